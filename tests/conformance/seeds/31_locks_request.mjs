// CHANGED: the example prints nothing; added console.log calls where its
// comments say the lock is acquired and released.
import { locks } from 'node:worker_threads';

await locks.request('my_resource', async (lock) => {
  // The lock has been acquired.
  console.log('acquired', lock.name, lock.mode);
});
// The lock has been released here.
console.log('released');
