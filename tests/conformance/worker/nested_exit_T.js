// Nested workers, thread ids, process.exit ending only the worker, ref/unref, T6.
const { Worker, isMainThread, parentPort, threadId, workerData } = require('node:worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: 1 });
  w.on('message', (m) => console.log('main got', JSON.stringify(m)));
  w.on('exit', (c) => {
    console.log('level 1 exit', c);
    const idle = new Worker('setInterval(() => {}, 100000)', { eval: true });
    idle.unref();
    idle.on('online', () => console.log('unref worker online: never printed'));
    console.log('main done');
  });
} else if (workerData === 1) {
  const w = new Worker(__filename, { workerData: 2 });
  w.on('message', (m) => parentPort.postMessage({ relay: m, mine: threadId }));
  w.on('exit', (c) => { parentPort.postMessage({ nestedExit: c }); process.exit(3); });
} else {
  parentPort.postMessage({ nested: threadId });
  // T6: parentPort.unref with nothing else pending lets the worker end with code 0.
  parentPort.on('message', () => {});
  parentPort.unref();
}
