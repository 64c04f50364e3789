// CHANGED: 'some-js-parsing-library' is a tiny fixture package in
// ./node_modules/some-js-parsing-library (exports parse()). The example only
// defines parseJSAsync(); added a call at the bottom (main thread only, since
// the worker re-loads this same file) so its result gets printed.
import {
  Worker,
  isMainThread,
  parentPort,
  workerData,
} from 'node:worker_threads';

if (!isMainThread) {
  const { parse } = await import('some-js-parsing-library');
  const script = workerData;
  parentPort.postMessage(parse(script));
}

export default function parseJSAsync(script) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: script,
    });
    worker.on('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`Worker stopped with exit code ${code}`));
    });
  });
};

if (isMainThread) parseJSAsync('const a = 1 + 2;').then(console.log);
