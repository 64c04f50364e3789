// CHANGED: the example only requires `locks` and prints nothing; added a
// console.log of the LockManager instance it obtains.
'use strict';

const { locks } = require('node:worker_threads');
console.log(locks, typeof locks.request, typeof locks.query);
