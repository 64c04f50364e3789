// main.js
import { isInternalThread } from 'node:worker_threads';
console.log(isInternalThread);  // false
