// CHANGED: the example only requires the module and prints nothing; added a
// console.log so the required module is observed.
'use strict';

const worker_threads = require('node:worker_threads');
console.log(typeof worker_threads, typeof worker_threads.Worker, worker_threads.isMainThread);
