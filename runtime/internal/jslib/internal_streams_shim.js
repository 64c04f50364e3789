'use strict';

// The pieces of Node's internal modules (internal/util, internal/util/types,
// internal/fixed_queue, internal/options, internal/util/debuglog, ...) that the ported
// stream, fs and child_process sources use, for gonode's builtins.

const kEmptyObject = Object.freeze({ __proto__: null });
const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = Reflect.apply(callback, this, args);
    returnValue = preserveReturnValue ? result : undefined;
    return result;
  };
}

function assignFunctionName(name, fn, descriptor = kEmptyObject) {
  if (typeof name !== 'string') {
    name = `[${name.description}]`;
  }
  return Object.defineProperty(fn, 'name', {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    ...Object.getOwnPropertyDescriptor(fn, 'name'),
    ...descriptor,
    value: name,
  });
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
function isUint8Array(v) { return getTag.call(v) === 'Uint8Array'; }
function isTypedArray(v) { return getTag.call(v) !== undefined; }
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function isDataView(v) { return v instanceof DataView; }
function isArrayBuffer(v) { return v instanceof ArrayBuffer; }
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}
function isPromise(v) { return v instanceof Promise; }
function isDate(v) { return v instanceof Date; }

// internal/fixed_queue (a FIFO; Node's ring-buffer chunks are an optimization).
class FixedQueue {
  constructor() {
    this.items = [];
    this.head = 0;
  }
  isEmpty() { return this.head === this.items.length; }
  push(data) { this.items.push(data); }
  shift() {
    if (this.head === this.items.length) return null;
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

function debuglog() {
  const nop = () => {};
  nop.enabled = false;
  return nop;
}

let StringDecoderCtor;
// string_decoder when the runtime has it, else the small decoder below.
function getStringDecoder() {
  if (StringDecoderCtor === undefined) {
    try {
      StringDecoderCtor = require('string_decoder').StringDecoder;
    } catch {
      StringDecoderCtor = require('internal/streams/string_decoder').StringDecoder;
    }
  }
  return StringDecoderCtor;
}

let FallbackAbortController;
// The global AbortController, or (while the runtime has none) a minimal one on EventTarget.
function lazyAbortController() {
  if (typeof globalThis.AbortController === 'function') return globalThis.AbortController;
  if (FallbackAbortController === undefined) {
    const { EventTarget, Event } = require('internal/event_target');
    class AbortSignal extends EventTarget {
      constructor() {
        super();
        this.aborted = false;
        this.reason = undefined;
      }
      throwIfAborted() {
        if (this.aborted) throw this.reason;
      }
    }
    FallbackAbortController = class AbortController {
      constructor() { this.signal = new AbortSignal(); }
      abort(reason) {
        const signal = this.signal;
        if (signal.aborted) return;
        if (reason === undefined) {
          const { AbortError } = require('internal/errors');
          reason = new AbortError('This operation was aborted');
        }
        signal.aborted = true;
        signal.reason = reason;
        signal.dispatchEvent(new Event('abort'));
      }
    };
  }
  return FallbackAbortController;
}

// Buffer of the same memory as a Uint8Array (Node's FastBuffer constructor).
let BufferCtor;
function toBuffer(u8) {
  BufferCtor ??= require('buffer').Buffer;
  if (u8 instanceof BufferCtor) return u8;
  return BufferCtor.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// new FastBuffer(arrayBuffer, byteOffset, length): a Buffer view without copying.
function FastBuffer(arrayBuffer, byteOffset, length) {
  BufferCtor ??= require('buffer').Buffer;
  if (arrayBuffer === undefined) return BufferCtor.alloc(0);
  if (typeof arrayBuffer === 'number') return BufferCtor.alloc(arrayBuffer);
  return BufferCtor.from(arrayBuffer, byteOffset, length);
}

const kBreak = Symbol('break');

// The async iterator of v (`for await` semantics: Symbol.asyncIterator, else a sync
// iterator whose values are awaited).
function getAsyncIterator(v) {
  const am = v[Symbol.asyncIterator];
  if (am != null) return am.call(v);
  const it = v[Symbol.iterator]();
  return {
    next(x) {
      const r = it.next(x);
      if (r.done) return Promise.resolve(r);
      return Promise.resolve(r.value).then((value) => ({ value, done: false }));
    },
    return(x) {
      if (typeof it.return !== 'function') return Promise.resolve({ value: x, done: true });
      return Promise.resolve(it.return(x));
    },
  };
}

// forAwait(iterable, body) is `for await (const v of iterable) await body(v)` (goja has
// no for-await): body's result is awaited only when it is a promise; returning
// forAwait.BREAK leaves the loop; an exception closes the iterator (return()).
async function forAwait(iterable, body) {
  const it = getAsyncIterator(iterable);
  for (;;) {
    const r = await it.next();
    if (typeof r !== 'object' || r === null) {
      throw new TypeError(`Iterator result ${r} is not an object`);
    }
    if (r.done) return;
    let res;
    try {
      res = body(r.value);
      if (res !== null && typeof res === 'object' && typeof res.then === 'function') res = await res;
    } catch (err) {
      if (typeof it.return === 'function') {
        try { await it.return(); } catch { /* the body's error wins */ }
      }
      throw err;
    }
    if (res === kBreak) {
      if (typeof it.return === 'function') await it.return();
      return;
    }
  }
}
forAwait.BREAK = kBreak;

// asyncGen(function* () { ... }) emulates `async function* () { ... }` (goja has no async
// generators): inside the sync generator, `yield AWAIT(p)` is `await p` and a plain
// `yield v` is the async generator's `yield v`. next/return/throw queue like an async
// generator's, and return() runs the body's finally blocks (which may AWAIT).
class Await {
  constructor(p) { this.p = p; }
}
function AWAIT(p) { return new Await(p); }

const AsyncGenProto = {
  [Symbol.asyncIterator]() { return this; },
};

function asyncGen(genFn) {
  return function(...args) {
    const gen = Reflect.apply(genFn, this, args);
    const queue = [];
    let running = false;
    let finished = false;
    function settle(req, ok, value) {
      running = false;
      if (ok) req.resolve(value); else req.reject(value);
      drain();
    }
    function step(req, method, arg) {
      let r;
      try {
        r = gen[method](arg);
      } catch (err) {
        finished = true;
        settle(req, false, err);
        return;
      }
      if (r.done) {
        finished = true;
        Promise.resolve(r.value).then((v) => settle(req, true, { value: v, done: true }),
                                      (err) => settle(req, false, err));
        return;
      }
      if (r.value instanceof Await) {
        Promise.resolve(r.value.p).then((v) => step(req, 'next', v), (err) => step(req, 'throw', err));
        return;
      }
      Promise.resolve(r.value).then((v) => settle(req, true, { value: v, done: false }),
                                    (err) => step(req, 'throw', err));
    }
    function drain() {
      if (running || queue.length === 0) return;
      const req = queue.shift();
      running = true;
      if (finished) {
        if (req.method === 'throw') settle(req, false, req.arg);
        else Promise.resolve(req.method === 'return' ? req.arg : undefined)
          .then((v) => settle(req, true, { value: v, done: true }), (err) => settle(req, false, err));
        return;
      }
      step(req, req.method, req.arg);
    }
    function enqueue(method, arg) {
      return new Promise((resolve, reject) => {
        queue.push({ method, arg, resolve, reject });
        drain();
      });
    }
    const it = Object.create(AsyncGenProto);
    it.next = (v) => enqueue('next', v);
    it.return = (v) => enqueue('return', v);
    it.throw = (err) => enqueue('throw', err);
    return it;
  };
}

function getLazy(initializer) {
  let value;
  let initialized = false;
  return function() {
    if (initialized === false) {
      value = initializer();
      initialized = true;
    }
    return value;
  };
}

function defineLazyProperties(target, id, keys, enumerable = true) {
  const descriptors = { __proto__: null };
  let mod;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let lazyLoadedValue;
    function set(value) {
      Object.defineProperty(target, key, { __proto__: null, writable: true, value });
    }
    Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    function get() {
      mod ??= typeof id === 'function' ? id() : require(id);
      if (lazyLoadedValue === undefined) {
        lazyLoadedValue = mod[key];
        set(lazyLoadedValue);
      }
      return lazyLoadedValue;
    }
    Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    descriptors[key] = { __proto__: null, configurable: true, enumerable, get, set };
  }
  Object.defineProperties(target, descriptors);
}

// util.promisify(fn) for a callback API whose callback has several results, resolved as
// an object with these names (Node marks such functions with a private symbol of
// internal/util; here the promisified function itself is attached).
function definePromisifyArgs(fn, names) {
  Object.defineProperty(fn, customPromisify, {
    __proto__: null,
    enumerable: false,
    configurable: true,
    writable: true,
    value: function(...args) {
      return new Promise((resolve, reject) => {
        Reflect.apply(fn, this, [...args, (err, ...values) => {
          if (err) return reject(err);
          const obj = {};
          for (let i = 0; i < names.length; i++) obj[names[i]] = values[i];
          resolve(obj);
        }]);
      });
    },
  });
}

// A plain util.promisify for internal callback APIs.
function promisify(original) {
  if (typeof original[customPromisify] === 'function') return original[customPromisify];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, value) => {
        if (err) reject(err); else resolve(value);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  return fn;
}
promisify.custom = customPromisify;

function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  })[key];
}

function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      process.emitWarning(msg, 'DeprecationWarning', code);
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function lazyDOMException(message, name) {
  if (typeof globalThis.DOMException === 'function') return new globalThis.DOMException(message, name);
  const err = new Error(message);
  err.name = name;
  return err;
}

module.exports = {
  getLazy,
  defineLazyProperties,
  definePromisifyArgs,
  setOwnProperty,
  deprecate,
  lazyDOMException,
  customPromisifyArgs: Symbol('customPromisifyArgs'),
  SideEffectFreeRegExpPrototypeExec: (re, s) => RegExp.prototype.exec.call(re, s),
  isWindows: process.platform === 'win32',
  isMacOS: process.platform === 'darwin',
  isBigInt64Array: (v) => typeof BigInt64Array === 'function' && v instanceof BigInt64Array,
  asyncGen,
  AWAIT,
  forAwait,
  getAsyncIterator,
  FastBuffer,
  kEmptyObject,
  once,
  assignFunctionName,
  createDeferredPromise,
  promisify,
  customPromisify,
  SymbolAsyncDispose: Symbol.asyncDispose,
  SymbolDispose: Symbol.dispose,
  isUint8Array,
  isTypedArray,
  isArrayBufferView,
  isDataView,
  isArrayBuffer,
  isAnyArrayBuffer,
  isPromise,
  isDate,
  FixedQueue,
  debuglog,
  getOptionValue: () => false,
  getStringDecoder,
  lazyAbortController,
  toBuffer,
  kEnumerableProperty: { __proto__: null, enumerable: true },
};
