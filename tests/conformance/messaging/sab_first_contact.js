// A SharedArrayBuffer that reaches a worker before the worker's code has touched the
// SharedArrayBuffer or Atomics globals still has the worker's own prototype and works
// with its Atomics (gonode builds those globals on first use).
'use strict';
const { Worker } = require('node:worker_threads');
const code = `
const { parentPort } = require('node:worker_threads');
parentPort.once('message', (sab) => {
  const proto = Object.getPrototypeOf(sab);
  const ia = new Int32Array(sab);
  Atomics.add(ia, 0, 41);
  parentPort.postMessage([proto === SharedArrayBuffer.prototype, sab instanceof SharedArrayBuffer,
    Object.prototype.toString.call(sab), typeof Atomics.wait,
    Object.getOwnPropertyDescriptor(globalThis, 'SharedArrayBuffer').enumerable]);
});
`;
const w = new Worker(code, { eval: true });
const sab = new SharedArrayBuffer(8);
w.postMessage(sab);
w.once('message', (m) => {
  console.log(m.join(' '), new Int32Array(sab)[0]);
  // Assigning the globals before use replaces them, as for any global.
  const w2 = new Worker(`globalThis.SharedArrayBuffer = 1; Atomics = 2;
    require('node:worker_threads').parentPort.postMessage([SharedArrayBuffer, Atomics]);`, { eval: true });
  w2.once('message', (m2) => console.log(m2.join(' ')));
});
