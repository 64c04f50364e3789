// T1: terminate() before start resolves 0, after online 1 (also a busy loop), after exit undefined.
const { Worker } = require('node:worker_threads');
(async () => {
  const early = new Worker('setInterval(() => {}, 1000)', { eval: true });
  const p1 = early.terminate();
  const p2 = early.terminate();
  console.log('new promise each call', p1 !== p2);
  console.log('before start', await p1);
  const busy = new Worker('require("node:worker_threads").parentPort.postMessage("spinning"); for (;;) {}', { eval: true });
  await new Promise((r) => busy.once('message', r));
  busy.on('exit', (c) => console.log('busy exit event', c));
  console.log('busy loop', await busy.terminate());
  console.log('after exit', await busy.terminate());
  const idle = new Worker('setInterval(() => {}, 1000)', { eval: true });
  await new Promise((r) => idle.once('online', r));
  console.log('idle', await idle.terminate(), idle.threadId, idle.threadName);
})();
