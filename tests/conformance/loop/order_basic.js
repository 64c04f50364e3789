// Node's loop order: sync, nextTick queue, promise jobs, then timers/immediates phases.
const log = (s) => console.log(s);
log('sync 1');
setImmediate(() => {
  log('immediate 1');
  process.nextTick(() => log('tick in immediate 1'));
  Promise.resolve().then(() => log('promise in immediate 1'));
});
setImmediate(() => log('immediate 2'));
process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => log('tick nested'));
  Promise.resolve().then(() => log('promise from tick'));
});
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise'));
  Promise.resolve().then(() => log('promise nested'));
});
queueMicrotask(() => log('microtask 1'));
process.nextTick(() => log('tick 2'));
log('sync 2');
