'use strict';
// Node's `timers` module over the loop's native timers (internalBinding('timers')).
const binding = internalBinding('timers');
// internal/errors loads when an error is thrown (see events.js).
let errorsModule;
const codes = new Proxy({}, {
  get(_, name) { return (errorsModule ??= require('internal/errors')).lazyCodes[name]; },
});
// The loop gives each Timeout and Immediate its async ids (under this symbol), captures
// the async context and runs the init hooks (runtime/asynccontext.go).
const async_id_symbol = binding.asyncIdSymbol;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kHandle = Symbol('handle');
const knownTimersById = new Map();
// Set once a timer was turned into its numeric id (and so entered knownTimersById).
const kHasPrimitive = Symbol('kHasPrimitive');

function validateCallback(cb) {
  if (typeof cb !== 'function') throw codes.ERR_INVALID_ARG_TYPE('callback', 'Function', cb);
}

function normalizeDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, repeat) {
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._repeat = repeat ? after : null;
    this._destroyed = false;
    const onTimeout = repeat ? callback : (...a) => {
      this._destroyed = true;
      if (this[kHasPrimitive]) knownTimersById.delete(this[async_id_symbol]);
      return callback.apply(this, a);
    };
    this[kHandle] = binding.start(this, onTimeout, after, repeat, args);
  }
  ref() { if (!this._destroyed || this._repeat) binding.ref(this[kHandle], true); return this; }
  unref() { binding.ref(this[kHandle], false); return this; }
  hasRef() { return binding.hasRef(this[kHandle]); }
  refresh() { if (!this._destroyed || !this._repeat) { this._destroyed = false; binding.refresh(this[kHandle]); } return this; }
  close() { clearTimeout(this); return this; }
  [Symbol.toPrimitive]() {
    const id = this[async_id_symbol];
    knownTimersById.set(id, this);
    this[kHasPrimitive] = true;
    return id;
  }
  [Symbol.dispose]() { clearTimeout(this); }
}

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  return new Timeout(callback, normalizeDelay(after), args, false);
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  return new Timeout(callback, normalizeDelay(repeat), args, true);
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function clearTimeout(timer) {
  if (timer && timer[kHandle]) {
    timer._destroyed = true;
    binding.clear(timer[kHandle]);
    if (timer[kHasPrimitive]) knownTimersById.delete(timer[async_id_symbol]);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(+timer);
    if (t) clearTimeout(t);
  }
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._destroyed = false;
    this[kHandle] = binding.immediate(this, (...a) => { this._destroyed = true; return callback.apply(this, a); }, args);
  }
  ref() { binding.refImmediate(this[kHandle], true); return this; }
  unref() { binding.refImmediate(this[kHandle], false); return this; }
  hasRef() { return binding.hasRefImmediate(this[kHandle]); }
  [Symbol.dispose]() { clearImmediate(this); }
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!immediate || !immediate[kHandle] || immediate._destroyed) return;
  immediate._destroyed = true;
  binding.clearImmediate(immediate[kHandle]);
}

module.exports = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true,
  get() { return require('timers/promises'); },
});
