// Workers from ES modules: new Worker(URL of this module), a file: URL object, and a
// TypeScript worker.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

if (isMainThread) {
  const run = (spec, data) => new Promise((resolve, reject) => {
    const w = new Worker(spec, { workerData: data });
    w.once('message', (m) => { console.log('main got:', m); });
    w.once('error', reject);
    w.once('exit', (code) => resolve(code));
  });
  console.log('exit', await run(new URL(import.meta.url), 'self'));
  console.log('exit', await run(new URL('./fixtures/worker_child.mjs', import.meta.url), 'url object'));
  console.log('exit', await run(new URL('./fixtures/worker_child.mjs', import.meta.url).pathname, 'path'));
  console.log('exit', await run(new URL('./fixtures/worker_child.ts', import.meta.url), 'typescript'));
} else {
  parentPort.postMessage('worker ran this module with ' + workerData + ', main=' + import.meta.main);
}
