// CHANGED: the example only imports `locks` and prints nothing; added a
// console.log of the LockManager instance it obtains.
import { locks } from 'node:worker_threads';
console.log(locks, typeof locks.request, typeof locks.query);
