// AsyncLocalStorage from ESM across top-level await, and per-env state in a worker:
// a worker has its own stores and async ids (issue #3 item 5).
import { AsyncLocalStorage, executionAsyncId } from 'node:async_hooks';
import { Worker } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

const als = new AsyncLocalStorage();
als.enterWith('main-store');
console.log('main top', executionAsyncId(), als.getStore());
await sleep(1);
console.log('after top-level await', als.getStore());

const code = `
const { AsyncLocalStorage, executionAsyncId } = require('node:async_hooks');
const { parentPort } = require('node:worker_threads');
const als = new AsyncLocalStorage();
parentPort.postMessage(['worker top', executionAsyncId(), String(als.getStore())]);
als.run('worker-store', () => {
  setTimeout(() => parentPort.postMessage(['worker timer', als.getStore()]), 1);
});
`;
const w = new Worker(code, { eval: true });
const msgs = [];
w.on('message', (m) => msgs.push(m.join(' ')));
await new Promise((resolve) => w.on('exit', resolve));
console.log(msgs.join('\n'));
console.log('main still', als.getStore());
await als.run('scoped', async () => {
  await sleep(1);
  console.log('async run', als.getStore());
});
console.log('after async run', als.getStore());
