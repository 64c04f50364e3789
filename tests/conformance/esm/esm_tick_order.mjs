// In an ES module entry, promise callbacks queued by the top level run before
// process.nextTick callbacks (evaluation happens inside a promise job).
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
