'use strict';
// A slot through which internal/streams/writable reaches internal/bootstrap's
// upgradeStdio without loading the bootstrap (envs always load it first; unit tests of
// single builtins never do, and then the slot stays empty).
module.exports = { upgrade: null };
