// worker_threads.locks: the Web Locks API (LockManager) over the Go lock manager.
// Evaluated once per env as (function (binding, errors, module) { ... }).
// Reference: lib/internal/locks.js (MIT).
'use strict';
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_ILLEGAL_CONSTRUCTOR } } = errors;
const kConstruct = Symbol('kConstruct');

function domException(message, name) {
  return new DOMException(message, name);
}

class Lock {
  #name; #mode;
  constructor(key, name, mode) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#mode = mode;
  }
  get name() { return this.#name; }
  get mode() { return this.#mode; }
}
Object.defineProperty(Lock.prototype, Symbol.toStringTag, { value: 'Lock', configurable: true });

class LockManager {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async request(name, options, callback) {
    if (callback === undefined) {
      callback = options;
      options = undefined;
    }
    name = `${name}`;
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
    if (options === undefined || options === null) options = {};
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const mode = options.mode === undefined ? 'exclusive' : `${options.mode}`;
    if (mode !== 'exclusive' && mode !== 'shared') {
      const err = new TypeError(`mode '${mode}' is not a valid enum value of type LockMode.`);
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    const { ifAvailable = false, steal = false, signal } = options;
    if (signal !== undefined && signal !== null && signal.aborted) throw signal.reason;
    if (name.startsWith('-')) {
      throw domException('Lock name may not start with hyphen', 'NotSupportedError');
    }
    if (steal && ifAvailable) {
      throw domException('ifAvailable and steal are mutually exclusive', 'NotSupportedError');
    }
    if (steal && mode !== 'exclusive') {
      throw domException('mode: "shared" and steal are mutually exclusive', 'NotSupportedError');
    }
    if (signal && (steal || ifAvailable)) {
      throw domException('signal cannot be used with steal or ifAvailable', 'NotSupportedError');
    }

    return new Promise((resolve, reject) => {
      let id = null;
      let granted = false;
      let settled = false;
      const settle = (fn, v) => { if (!settled) { settled = true; fn(v); } };
      const onAbort = () => {
        if (!granted && id !== null && binding.abort(id)) settle(reject, signal.reason);
      };
      const onGrant = (lockId) => {
        granted = true;
        if (signal) signal.removeEventListener('abort', onAbort);
        const lock = lockId === null ? null : new Lock(kConstruct, name, mode);
        let result;
        try {
          result = callback(lock);
        } catch (err) {
          // K6: a synchronous throw rejects and releases (Web Locks spec).
          if (lockId !== null) binding.release(lockId);
          settle(reject, err);
          return;
        }
        Promise.resolve(result).then(
          (v) => { if (lockId !== null) binding.release(lockId); settle(resolve, v); },
          (e) => { if (lockId !== null) binding.release(lockId); settle(reject, e); },
        );
      };
      const onSteal = () => settle(reject, domException('The operation was aborted', 'AbortError'));
      id = binding.request(name, mode === 'shared', Boolean(ifAvailable), Boolean(steal), onGrant, onSteal);
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  async query() {
    return binding.query();
  }
}
Object.defineProperty(LockManager.prototype, Symbol.toStringTag, { value: 'LockManager', configurable: true });

module.exports = { locks: new LockManager(kConstruct), Lock, LockManager };
