'use strict';
// timers/promises: ported from Node.js v26 lib/timers/promises.js (MIT License,
// Copyright Node.js contributors) to gonode. Built on the global timer functions
// (setTimeout/setInterval/setImmediate and their clear* counterparts, whose handles have
// ref()/unref()); setInterval's async generator is emulated since goja has none.

const {
  AbortError,
  lazyCodes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');

const {
  validateAbortSignal,
  validateBoolean,
  validateObject,
  validateNumber,
} = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const kScheduler = Symbol('kScheduler');
let kResistStopPropagation;

// The timer functions, captured on first use (like Node's, they are not affected by
// later changes to the globals).
let timers;
function lazyTimers() {
  timers ??= {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
    setImmediate: globalThis.setImmediate,
    clearImmediate: globalThis.clearImmediate,
  };
  return timers;
}

function lazyResistStopPropagation() {
  kResistStopPropagation ??= require('internal/event_target').kResistStopPropagation;
  return kResistStopPropagation;
}

function PromiseWithResolvers() {
  let resolve;
  let reject;
  const promise = new Promise((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
}

// primordials' SafePromisePrototypeFinally
function SafePromisePrototypeFinally(thisPromise, onFinally) {
  return new Promise((a, b) =>
    new Promise((a, b) => thisPromise.then(a, b)).finally(onFinally).then(a, b));
}

function cancelListenerHandler(state, clear, reject, signal) {
  if (!state.destroyed) {
    state.destroyed = true;
    clear(state.handle);
    reject(new AbortError(undefined, { cause: signal?.reason }));
  }
}

function setTimeout(after, value, options = kEmptyObject) {
  try {
    if (typeof after !== 'undefined') {
      validateNumber(after, 'delay');
    }

    validateObject(options, 'options');

    if (typeof options?.signal !== 'undefined') {
      validateAbortSignal(options.signal, 'options.signal');
    }

    if (typeof options?.ref !== 'undefined') {
      validateBoolean(options.ref, 'options.ref');
    }
  } catch (err) {
    return Promise.reject(err);
  }

  const { signal, ref = true } = options;

  if (signal?.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }

  let oncancel;
  const { promise, resolve, reject } = PromiseWithResolvers();
  const t = lazyTimers();
  const state = { handle: undefined, destroyed: false };
  state.handle = t.setTimeout(() => {
    state.destroyed = true;
    resolve(value);
  }, after);
  if (!ref) state.handle?.unref?.();
  if (signal) {
    oncancel = cancelListenerHandler.bind(undefined, state, t.clearTimeout, reject, signal);
    signal.addEventListener('abort', oncancel, { __proto__: null, [lazyResistStopPropagation()]: true });
  }
  return oncancel !== undefined ?
    SafePromisePrototypeFinally(
      promise,
      () => signal.removeEventListener('abort', oncancel)) : promise;
}

function setImmediate(value, options = kEmptyObject) {
  try {
    validateObject(options, 'options');

    if (typeof options?.signal !== 'undefined') {
      validateAbortSignal(options.signal, 'options.signal');
    }

    if (typeof options?.ref !== 'undefined') {
      validateBoolean(options.ref, 'options.ref');
    }
  } catch (err) {
    return Promise.reject(err);
  }

  const { signal, ref = true } = options;

  if (signal?.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }

  let oncancel;
  const { promise, resolve, reject } = PromiseWithResolvers();
  const t = lazyTimers();
  const state = { handle: undefined, destroyed: false };
  state.handle = t.setImmediate(() => {
    state.destroyed = true;
    resolve(value);
  });
  if (!ref) state.handle?.unref?.();
  if (signal) {
    oncancel = cancelListenerHandler.bind(undefined, state, t.clearImmediate, reject, signal);
    signal.addEventListener('abort', oncancel, { __proto__: null, [lazyResistStopPropagation()]: true });
  }
  return oncancel !== undefined ?
    SafePromisePrototypeFinally(
      promise,
      () => signal.removeEventListener('abort', oncancel)) : promise;
}

// --- async generator emulation -------------------------------------------------------

// %AsyncIteratorPrototype%; Symbol.asyncIterator is looked up on use (the runtime may
// polyfill it).
let asyncIteratorPrototype;
function lazyAsyncIteratorPrototype() {
  const sym = Symbol.asyncIterator || Symbol.for('nodejs.asyncIterator');
  if (asyncIteratorPrototype === undefined || !(sym in asyncIteratorPrototype)) {
    asyncIteratorPrototype = {
      [sym]() {
        return this;
      },
    };
  }
  return asyncIteratorPrototype;
}

class GeneratorReturn {
  constructor(value) {
    this.value = value;
  }
}

/**
 * Returns an object behaving like the async generator object of
 * `async function* () { ...body... }`, where body is an async function receiving
 * `yieldValue`: `await yieldValue(v)` stands for `yield v`.
 * @param {(yieldValue: (v: any) => Promise<any>) => Promise<any>} body
 * @returns {AsyncGenerator}
 */
function makeAsyncGenerator(body) {
  let state = 'suspendedStart'; // 'suspendedYield', 'executing', 'completed'
  const queue = [];
  let resume;

  function yieldValue(value) {
    return Promise.resolve(value).then((v) => {
      const req = queue.shift();
      state = 'suspendedYield';
      const p = new Promise((resolve, reject) => {
        resume = { resolve, reject };
      });
      req.resolve({ value: v, done: false });
      drain();
      return p;
    });
  }

  function finish(value, isError) {
    state = 'completed';
    const req = queue.shift();
    if (!isError) {
      req.resolve({ value, done: true });
    } else if (value instanceof GeneratorReturn) {
      req.resolve({ value: value.value, done: true });
    } else {
      req.reject(value);
    }
    drain();
  }

  function drain() {
    while (state !== 'executing' && queue.length > 0) {
      const req = queue[0];
      if (state === 'suspendedStart' && req.kind !== 'next') {
        state = 'completed';
      }
      if (state === 'completed') {
        queue.shift();
        if (req.kind === 'next') req.resolve({ value: undefined, done: true });
        else if (req.kind === 'return') req.resolve({ value: req.value, done: true });
        else req.reject(req.value);
        continue;
      }
      const wasStart = state === 'suspendedStart';
      state = 'executing';
      if (wasStart) {
        let p;
        try {
          p = body(yieldValue);
        } catch (err) {
          p = Promise.reject(err);
        }
        p.then((v) => finish(v, false), (e) => finish(e, true));
      } else {
        const r = resume;
        resume = undefined;
        if (req.kind === 'next') r.resolve(req.value);
        else if (req.kind === 'throw') r.reject(req.value);
        else r.reject(new GeneratorReturn(req.value));
      }
    }
  }

  function enqueue(kind, value) {
    return new Promise((resolve, reject) => {
      queue.push({ kind, value, resolve, reject });
      drain();
    });
  }

  return {
    __proto__: lazyAsyncIteratorPrototype(),
    next(value) {
      return enqueue('next', value);
    },
    return(value) {
      return enqueue('return', value);
    },
    throw(err) {
      return enqueue('throw', err);
    },
  };
}

function setInterval(after, value, options = kEmptyObject) {
  return makeAsyncGenerator(async (yieldValue) => {
    if (typeof after !== 'undefined') {
      validateNumber(after, 'delay');
    }

    validateObject(options, 'options');

    if (typeof options?.signal !== 'undefined') {
      validateAbortSignal(options.signal, 'options.signal');
    }

    if (typeof options?.ref !== 'undefined') {
      validateBoolean(options.ref, 'options.ref');
    }

    const { signal, ref = true } = options;

    if (signal?.aborted) {
      throw new AbortError(undefined, { cause: signal.reason });
    }

    const t = lazyTimers();
    let onCancel;
    let interval;
    try {
      let notYielded = 0;
      let callback;
      interval = t.setInterval(() => {
        notYielded++;
        if (callback) {
          callback();
          callback = undefined;
        }
      }, after);
      if (!ref) interval?.unref?.();
      if (signal) {
        onCancel = () => {
          t.clearInterval(interval);
          if (callback) {
            callback(
              Promise.reject(
                new AbortError(undefined, { cause: signal.reason })));
            callback = undefined;
          }
        };
        signal.addEventListener('abort', onCancel, { __proto__: null, once: true, [lazyResistStopPropagation()]: true });
      }

      while (!signal?.aborted) {
        if (notYielded === 0) {
          await new Promise((resolve) => callback = resolve);
        }
        for (; notYielded > 0; notYielded--) {
          await yieldValue(value);
        }
      }
      throw new AbortError(undefined, { cause: signal?.reason });
    } finally {
      t.clearInterval(interval);
      signal?.removeEventListener('abort', onCancel);
    }
  });
}

// TODO(@jasnell): Scheduler is an API currently being discussed by WICG
// for Web Platform standardization: https://github.com/WICG/scheduling-apis
// The scheduler.yield() and scheduler.wait() methods correspond roughly to
// the awaitable setTimeout and setImmediate implementations here. This api
// should be considered to be experimental until the spec for these are
// finalized. Note, also, that Scheduler is expected to be defined as a global,
// but while the API is experimental we shouldn't expose it as such.
class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  /**
   * @returns {Promise<void>}
   */
  yield() {
    if (!this[kScheduler])
      throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  /**
   * @param {number} delay
   * @param {{ signal?: AbortSignal }} [options]
   * @returns {Promise<void>}
   */
  wait(delay, options) {
    if (!this[kScheduler])
      throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: Reflect.construct(function() {
    this[kScheduler] = true;
  }, [], Scheduler),
};
