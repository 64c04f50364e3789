'use strict';
// Stand-ins for internal/errors that load it only when an error is made. Modules that
// every env or worker loads (event_target, MessagePort, worker_threads) take their error
// codes from here: loading internal/errors costs ~150 µs and 150 KB in a fresh runtime
// (BenchmarkRequireEvents), and reading its `codes` builds all ~320 error classes
// (BenchmarkErrorTable).

let errors;
// lazyErrors returns internal/errors, loading it on first call.
const lazyErrors = () => (errors ??= require('internal/errors'));

// lazyCodes.ERR_X is a stand-in for codes.ERR_X that builds the real class only when
// called (with or without new).
const lazyCodeCache = { __proto__: null };
const lazyCodes = new Proxy({}, {
  get(_, name) {
    if (typeof name !== 'string') return undefined;
    let f = lazyCodeCache[name];
    if (f === undefined) {
      f = function LazyNodeError(...args) { return new (lazyErrors().codes[name])(...args); };
      lazyCodeCache[name] = f;
    }
    return f;
  },
});

module.exports = { lazyCodes, lazyErrors };
