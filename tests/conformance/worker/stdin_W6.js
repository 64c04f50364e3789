// W6: stdin: true gives the parent a Writable feeding the worker's process.stdin.
const { Worker } = require('node:worker_threads');
const w = new Worker(`
  let got = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => { got += d; });
  process.stdin.on('end', () => require('node:worker_threads').parentPort.postMessage(got));
`, { eval: true, stdin: true });
w.on('message', (m) => console.log('worker read', JSON.stringify(m)));
w.on('exit', (c) => console.log('exit', c));
console.log('stdin is writable', typeof w.stdin.write, new Worker('0', { eval: true }).stdin);
w.stdin.write('hello ');
w.stdin.end('worker');
