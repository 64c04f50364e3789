// CHANGED: 'some-js-parsing-library' is a tiny fixture package in
// ./node_modules/some-js-parsing-library (exports parse()). The example only
// defines/exports parseJSAsync(); added a call at the bottom (main thread only,
// since the worker re-loads this same file) so its result gets printed.
'use strict';

const {
  Worker,
  isMainThread,
  parentPort,
  workerData,
} = require('node:worker_threads');

if (isMainThread) {
  module.exports = function parseJSAsync(script) {
    return new Promise((resolve, reject) => {
      const worker = new Worker(__filename, {
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
} else {
  const { parse } = require('some-js-parsing-library');
  const script = workerData;
  parentPort.postMessage(parse(script));
}

if (isMainThread) module.exports('const a = 1 + 2;').then(console.log);
