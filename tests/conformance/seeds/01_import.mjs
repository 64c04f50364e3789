// CHANGED: the example only imports the module and prints nothing; added a
// console.log so the imported namespace default export is observed.
import worker_threads from 'node:worker_threads';
console.log(typeof worker_threads, typeof worker_threads.Worker, worker_threads.isMainThread);
