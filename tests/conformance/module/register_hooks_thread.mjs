import { register } from 'node:module';
import { Worker, threadId } from 'node:worker_threads';
console.log('before');
register('./fixtures/loader.mjs', import.meta.url);
console.log('after', threadId);
const w = new Worker('console.log("worker", require("node:worker_threads").threadId)', { eval: true });
