'use strict';
// We load the native addon. Its Init registers four cleanup hooks; they print
// cleanup(4) ... cleanup(1) when this env is torn down, after the script ends.
const addon = require('cleanup_hooks');
