// CHANGED: the example prints nothing; wrapped the isMarkedAsUntransferable()
// call in console.log so the returned value (true) is observed.
import { markAsUntransferable, isMarkedAsUntransferable } from 'node:worker_threads';

const pooledBuffer = new ArrayBuffer(8);
markAsUntransferable(pooledBuffer);

console.log(isMarkedAsUntransferable(pooledBuffer));  // Returns true.
