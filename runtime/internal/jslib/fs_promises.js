'use strict';

// Ported from Node.js v26 lib/fs/promises.js (MIT license, Copyright Node.js contributors).
module.exports = require('internal/fs/promises').exports;
