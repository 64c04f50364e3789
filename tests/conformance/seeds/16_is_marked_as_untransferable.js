// CHANGED: the example prints nothing; wrapped the isMarkedAsUntransferable()
// call in console.log so the returned value (true) is observed.
'use strict';

const { markAsUntransferable, isMarkedAsUntransferable } = require('node:worker_threads');

const pooledBuffer = new ArrayBuffer(8);
markAsUntransferable(pooledBuffer);

console.log(isMarkedAsUntransferable(pooledBuffer));  // Returns true.
