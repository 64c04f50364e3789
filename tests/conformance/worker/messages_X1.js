// X1: online, then every message (also those posted right before process.exit), then exit.
const { Worker } = require('node:worker_threads');
const w = new Worker(`
  const { parentPort } = require('node:worker_threads');
  for (let i = 0; i < 3; i++) parentPort.postMessage('m' + i);
  process.exit(0);
`, { eval: true });
const seen = [];
w.on('online', () => seen.push('online'));
w.on('message', (m) => seen.push(m));
w.on('exit', (c) => { seen.push('exit' + c); console.log(seen.join(',')); });
