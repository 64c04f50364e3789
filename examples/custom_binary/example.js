const { Worker, isMainThread } = require('worker_threads');
const hello = require('hello');

if (isMainThread) {
  console.log(hello.greet('world'));
  console.log(hello.greet('gonode'));
  hello.later(20, (err, message) => {
    console.log(err, message);
    // A worker loads the addon again: its own instance, its own count.
    new Worker(__filename).on('exit', () => console.log('worker exited'));
  });
} else {
  console.log('worker: ' + hello.greet('worker'));
}
