'use strict';
// AbortController / AbortSignal (globals).
// Ported from Node.js v26 lib/internal/abort_controller.js (MIT License, Copyright
// Node.js contributors and Joyent, Inc.), itself modeled on mysticatea/abort-controller.
//
// Differences from Node: goja has no WeakRef/FinalizationRegistry, so AbortSignal.any()
// holds its source and dependent signals strongly and an AbortSignal.timeout() timer
// keeps its signal reachable until it fires (the timer is unref'd, so it never keeps the
// process alive). Signals are not transferable (no structured clone of AbortSignal).

const {
  defineEventHandler,
  EventTarget,
  Event,
  kTrustEvent,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kWeakHandler,
} = require('internal/event_target');
const {
  lazyCodes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
  codedError,
} = require('internal/errors');
const {
  validateObject,
  validateUint32,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const { DOMException } = require('internal/domexception');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEnumerableProperty = { __proto__: null, enumerable: true };
const kEmptyObject = Object.freeze({ __proto__: null });

const kDontThrowSymbol = Symbol('kDontThrowSymbol');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');

// Signals with pending timeouts or sources and an abort listener (Node keeps these
// from being collected; here they are simply referenced).
const gcPersistentSignals = new Set();

let lazyInspect;
function customInspect(self, obj, depth, options) {
  if (depth < 0)
    return self;

  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  lazyInspect ??= require('util').inspect;
  return `${self.constructor.name} ${lazyInspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined)
    throw new ERR_INVALID_THIS('AbortSignal');
}

// WebIDL sequence<AbortSignal> conversion (Node's internal/webidl converters).
function webidlError(message) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}
function toAbortSignalSequence(value, context) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw webidlError(`${context} cannot be converted to sequence.`);
  }
  const method = value[Symbol.iterator];
  if (typeof method !== 'function') {
    throw webidlError(`${context} cannot be converted to sequence.`);
  }
  const out = [];
  const iter = method.call(value);
  for (;;) {
    const { done, value: item } = iter.next();
    if (done) break;
    if (item === null || typeof item !== 'object' || !(item instanceof AbortSignal)) {
      throw webidlError(`${context}[${out.length}] is not of type AbortSignal.`);
    }
    out.push(item);
  }
  return out;
}

// The timeout cannot be cancelled and must not keep the process open: unref it.
function setAbortSignalTimeout(signal, delay) {
  const timeout = setTimeout(() => {
    gcPersistentSignals.delete(signal);
    abortSignal(
      signal,
      new DOMException(
        'The operation was aborted due to timeout',
        'TimeoutError'));
  }, delay);
  if (typeof timeout?.unref === 'function') timeout.unref();
  return timeout;
}

class AbortSignal extends EventTarget {
  /**
   * @param {symbol | undefined} dontThrowSymbol
   * @param {{ aborted?: boolean, reason?: any, composite?: boolean }} [init]
   * @private
   */
  constructor(dontThrowSymbol = undefined, init = kEmptyObject) {
    if (dontThrowSymbol !== kDontThrowSymbol) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    super();

    const {
      aborted = false,
      reason = undefined,
      composite = false,
    } = init;
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  /** @type {boolean} */
  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  /** @type {any} */
  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) {
      throw this[kReason];
    }
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, {
      aborted: this.aborted,
    }, depth, options);
  }

  /**
   * @param {any} [reason]
   * @returns {AbortSignal}
   */
  static abort(
    reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  /**
   * @param {number} delay
   * @returns {AbortSignal}
   */
  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTimeout] = true;
    setAbortSignalTimeout(signal, delay);
    return signal;
  }

  /**
   * @param {AbortSignal[]} signals
   * @returns {AbortSignal}
   */
  static any(signals) {
    const signalsArray = toAbortSignalSequence(signals, 'signals');

    const resultSignal = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (!signalsArray.length) {
      return resultSignal;
    }
    resultSignal[kSourceSignals] = new Set();

    for (let i = 0; i < signalsArray.length; i++) {
      const signal = signalsArray[i];
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
      signal[kDependantSignals] ??= new Set();

      if (!signal[kComposite]) {
        resultSignal[kSourceSignals].add(signal);
        signal[kDependantSignals].add(resultSignal);
      } else if (!signal[kSourceSignals]) {
        continue;
      } else {
        for (const sourceSignal of signal[kSourceSignals]) {
          if (resultSignal[kSourceSignals].has(sourceSignal)) {
            continue;
          }
          resultSignal[kSourceSignals].add(sourceSignal);
          sourceSignal[kDependantSignals].add(resultSignal);
        }
      }
    }
    return resultSignal;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    const isTimeoutOrNonEmptyCompositeSignal = this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (isTimeoutOrNonEmptyCompositeSignal &&
        type === 'abort' &&
        !this.aborted &&
        !weak &&
        size === 1) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    const isTimeoutOrNonEmptyCompositeSignal = this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (isTimeoutOrNonEmptyCompositeSignal && type === 'abort' && size === 0) {
      gcPersistentSignals.delete(this);
    }
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: kEnumerableProperty,
});

Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null,
  writable: false,
  enumerable: false,
  configurable: true,
  value: 'AbortSignal',
});

defineEventHandler(AbortSignal.prototype, 'abort');

// https://dom.spec.whatwg.org/#dom-abortsignal-abort
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;

  signal[kAborted] = true;
  signal[kReason] = reason;
  const dependentSignalsToAbort = [];
  signal[kDependantSignals]?.forEach((dependentSignal) => {
    if (!dependentSignal[kAborted]) {
      dependentSignal[kReason] = reason;
      dependentSignal[kAborted] = true;
      dependentSignalsToAbort.push(dependentSignal);
    }
  });

  runAbort(signal);
  for (let i = 0; i < dependentSignalsToAbort.length; i++) {
    runAbort(dependentSignalsToAbort[i]);
  }
}

// To run the abort steps for an AbortSignal signal
function runAbort(signal) {
  const event = new Event('abort', {
    [kTrustEvent]: true,
  });
  signal.dispatchEvent(event);
}

class AbortController {
  #signal;

  /** @type {AbortSignal} */
  get signal() {
    this.#signal ??= new AbortSignal(kDontThrowSymbol);
    return this.#signal;
  }

  /** @param {any} [reason] */
  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= new AbortSignal(kDontThrowSymbol), reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, {
      signal: this.signal,
    }, depth, options);
  }
}

/**
 * Node marks the signal transferable for structuredClone/postMessage; gonode only
 * validates it.
 * @param {AbortSignal} signal
 * @returns {AbortSignal}
 */
function transferableAbortSignal(signal) {
  if (signal?.[kAborted] === undefined)
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

/**
 * @param {AbortSignal} signal
 * @param {any} resource
 * @returns {Promise<void>}
 */
async function aborted(signal, resource) {
  if (signal === null || typeof signal !== 'object' || !(signal instanceof AbortSignal)) {
    throw webidlError('signal is not of type AbortSignal.');
  }
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted)
    return;
  let resolve;
  const promise = new Promise((r) => { resolve = r; });
  const opts = { __proto__: null, [kWeakHandler]: resource, once: true, [kResistStopPropagation]: true };
  signal.addEventListener('abort', resolve, opts);
  return promise;
}

Object.defineProperties(AbortController.prototype, {
  signal: kEnumerableProperty,
  abort: kEnumerableProperty,
});

Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null,
  writable: false,
  enumerable: false,
  configurable: true,
  value: 'AbortController',
});

module.exports = {
  AbortController,
  AbortSignal,
  aborted,
  transferableAbortSignal,
  transferableAbortController,
};
