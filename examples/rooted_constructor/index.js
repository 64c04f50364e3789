const { Worker, isMainThread } = require('worker_threads');
const addon = require('rooted_constructor');

const who = isMainThread ? 'main' : 'worker';
const a = addon.create(isMainThread ? 'alice' : 'bob');
console.log(`${who}: ${a.describe()}, instanceof constructor: ${a instanceof addon.constructor()}`);
console.log(`${who}: same constructor on every call: ${addon.constructor() === addon.constructor()}, created ${addon.constructorsCreated()} time(s)`);

if (isMainThread) {
  addon.rememberGloballyTheWrongWay();
  new Worker(__filename);
} else {
  try {
    addon.useGlobalTheWrongWay();
  } catch (e) {
    console.log(`${who}: a Root kept in a Go global is refused: ${e.code}`);
  }
}
