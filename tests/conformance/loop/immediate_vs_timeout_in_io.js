// Inside an immediate or timer callback the relative order of setImmediate and
// setTimeout(0) is deterministic: from a timer, the immediate runs first.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 50);
setImmediate(() => {
  setImmediate(() => console.log('immediate from immediate'));
  process.nextTick(() => console.log('tick from immediate'));
});
