// CHANGED: isInternalThread is only true inside an internal thread such as the
// module-customization-hooks (loader) thread. Added the `register` require and
// the `if (...) register(...); else` guard so that, run as the main script, this
// file registers itself as a (hook-less) loader; Node then loads it again on the
// loader thread, where the example's console.log prints `true`. The main-thread
// copy prints nothing, so the only output is the loader's.
const { register } = require('node:module');
const { pathToFileURL } = require('node:url');
// loader.js
'use strict';

const { isInternalThread } = require('node:worker_threads');
if (!isInternalThread) register(pathToFileURL(__filename)); else
console.log(isInternalThread);  // true
