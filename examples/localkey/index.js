// Neon's thread_id example reads `require` from the global object. In a CommonJS module
// require is module-scoped, so put it there first.
globalThis.require = require;

const { Worker, isMainThread, threadId } = require('worker_threads');
const addon = require('localkey');

const who = isMainThread ? 'main' : 'worker';
console.log(`${who}: thread_id() = ${addon.threadId()}, worker_threads.threadId = ${threadId}`);
console.log(`${who}: thread_id() again = ${addon.threadId()}, initialiser ran ${addon.initCount()} time(s) in this env`);

if (isMainThread) {
  new Worker(__filename).on('exit', (code) => console.log(`main: worker exited with code ${code}`));
}
