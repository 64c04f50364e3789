'use strict';
// Node's `perf_hooks` module and the `performance` global (with PerformanceEntry,
// PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceObserverEntryList
// and PerformanceResourceTiming). After Node.js v26 lib/perf_hooks.js and
// lib/internal/perf/*.js (MIT License, Copyright Node.js contributors and Joyent, Inc.).
//
// Differences from Node:
// - The clock is Go's monotonic clock from the process start (internalBinding
//   ('performance')); timeOrigin is the same for every env of the process.
// - Loop timing (nodeTiming.loopStart/idleTime, eventLoopUtilization()) comes from the
//   env's loop (internalBinding('process').loopTiming()); idle is the time spent waiting
//   for work in the poll phase, as libuv's idle time. Without an env (unit tests) all time
//   since the bootstrap counts as active.
// - Only 'mark', 'measure' and 'function' entries are ever produced; observing 'gc',
//   'http', 'http2', 'net', 'dns' or 'resource' is accepted and never called back.
// - Histograms (createHistogram, monitorEventLoopDelay) are in
//   internal/perf/histogram, loaded on first use.

const binding = internalBinding('performance');
const {
  EventTarget,
  defineEventHandler,
} = require('internal/event_target');
const {
  lazyCodes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
  validateThisInternalField,
} = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEnumerableProperty = { __proto__: null, enumerable: true };
const kEmptyObject = Object.freeze({ __proto__: null });

let lazyUtilInspect;
function inspect(value, opts) {
  lazyUtilInspect ??= require('util').inspect;
  return lazyUtilInspect(value, opts);
}

let lazyDOMExceptionClass;
function lazyDOMException(message, name) {
  lazyDOMExceptionClass ??= require('internal/domexception').DOMException;
  return new lazyDOMExceptionClass(message, name);
}

const bindingNow = binding.now;
function now() {
  return bindingNow();
}

// ---- structuredClone of mark/measure details ------------------------------------

function cloneDetail(value) {
  if (typeof globalThis.structuredClone === 'function') return globalThis.structuredClone(value);
  const seen = new Map();
  const clone = (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      if (typeof v === 'symbol') throw lazyDOMException(`${String(v)} could not be cloned.`, 'DataCloneError');
      return v;
    }
    if (typeof v === 'function') throw lazyDOMException(`${v} could not be cloned.`, 'DataCloneError');
    if (seen.has(v)) return seen.get(v);
    let out;
    if (Array.isArray(v)) {
      out = [];
      seen.set(v, out);
      for (let i = 0; i < v.length; i++) out[i] = clone(v[i]);
      return out;
    }
    if (v instanceof Date) return new Date(v.getTime());
    if (v instanceof RegExp) return new RegExp(v.source, v.flags);
    if (v instanceof Map) {
      out = new Map();
      seen.set(v, out);
      for (const [k, x] of v) out.set(clone(k), clone(x));
      return out;
    }
    if (v instanceof Set) {
      out = new Set();
      seen.set(v, out);
      for (const x of v) out.add(clone(x));
      return out;
    }
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return v.slice(0);
    out = {};
    seen.set(v, out);
    for (const k of Object.keys(v)) out[k] = clone(v[k]);
    return out;
  };
  return clone(value);
}

// ---- PerformanceEntry -----------------------------------------------------------

const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('kDetail');
const kSkipThrow = Symbol('kSkipThrow');

function isPerformanceEntry(obj) {
  return obj?.[kName] !== undefined;
}

class PerformanceEntry {
  constructor(
    skipThrowSymbol = undefined,
    name = undefined,
    type = undefined,
    start = undefined,
    duration = undefined,
  ) {
    if (skipThrowSymbol !== kSkipThrow) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }

    this[kName] = name;
    this[kEntryType] = type;
    this[kStartTime] = start;
    this[kDuration] = duration;
  }

  get name() {
    validateThisInternalField(this, kName, 'PerformanceEntry');
    return this[kName];
  }

  get entryType() {
    validateThisInternalField(this, kEntryType, 'PerformanceEntry');
    return this[kEntryType];
  }

  get startTime() {
    validateThisInternalField(this, kStartTime, 'PerformanceEntry');
    return this[kStartTime];
  }

  get duration() {
    validateThisInternalField(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;

    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };

    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    validateThisInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
    };
  }
}
Object.defineProperties(PerformanceEntry.prototype, {
  name: kEnumerableProperty,
  entryType: kEnumerableProperty,
  startTime: kEnumerableProperty,
  duration: kEnumerableProperty,
  toJSON: kEnumerableProperty,
});

// Node.js specific extension to PerformanceEntry (function, gc, http... entries).
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() {
    validateThisInternalField(this, kDetail, 'NodePerformanceEntry');
    return this[kDetail];
  }

  toJSON() {
    validateThisInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
      detail: this[kDetail],
    };
  }
}

function createPerformanceNodeEntry(name, type, start, duration, detail) {
  const entry = new PerformanceNodeEntry(kSkipThrow, name, type, start, duration);
  entry[kDetail] = detail;
  return entry;
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'PerformanceResourceTiming',
});

// ---- observers and the performance timeline --------------------------------------

const kSupportedEntryTypes = Object.freeze([
  'dns',
  'function',
  'gc',
  'http',
  'http2',
  'mark',
  'measure',
  'net',
  'quic',
  'resource',
]);

let markEntryBuffer = [];
let measureEntryBuffer = [];
let resourceTimingBuffer = [];
const kPerformanceEntryBufferWarnSize = 1e6;
const kClearPerformanceEntryBuffers = Object.freeze({
  'mark': 'performance.clearMarks',
  'measure': 'performance.clearMeasures',
});
const kWarnedEntryTypes = new Map();

const kBuffer = Symbol('kBuffer');
const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kTypeSingle = 0;
const kTypeMultiple = 1;

const kObservers = new Set();
const kPending = new Set();
let isPending = false;

function queuePending() {
  if (isPending) return;
  isPending = true;
  setImmediate(() => {
    isPending = false;
    const pendings = Array.from(kPending.values());
    kPending.clear();
    for (const pending of pendings)
      pending[kDispatch]();
  });
}

const performanceObserverSorter = (first, second) => {
  return first.startTime - second.startTime;
};

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }

    this[kBuffer] = entries.sort(performanceObserverSorter);
  }

  getEntries() {
    validateThisInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    validateThisInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) {
      throw new ERR_MISSING_ARGS('type');
    }
    type = `${type}`;
    return this[kBuffer].filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    validateThisInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) {
      throw new ERR_MISSING_ARGS('name');
    }
    name = `${name}`;
    if (type != null) {
      return this[kBuffer].filter((entry) => entry.name === name && entry.entryType === type);
    }
    return this[kBuffer].filter((entry) => entry.name === name);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;

    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };

    return `PerformanceObserverEntryList ${inspect(this[kBuffer], opts)}`;
  }
}
Object.defineProperties(PerformanceObserverEntryList.prototype, {
  getEntries: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'PerformanceObserverEntryList',
  },
});

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = kEmptyObject) {
    validateObject(options, 'options');
    const {
      entryTypes,
      type,
      buffered,
    } = { ...options };
    if (entryTypes === undefined && type === undefined)
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null)
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes',
                                      entryTypes,
                                      'options.entryTypes can not set with ' +
                                      'options.type together');

    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined)
          throw lazyDOMException(
            'PerformanceObserver can not change to multiple observations',
            'InvalidModificationError');
        break;
      case kTypeMultiple:
        if (type !== undefined)
          throw lazyDOMException(
            'PerformanceObserver can not change to single observation',
            'InvalidModificationError');
        break;
    }

    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE(
          'options.entryTypes',
          'string[]',
          entryTypes);
      }
      this.#entryTypes.clear();
      for (let n = 0; n < entryTypes.length; n++) {
        if (kSupportedEntryTypes.includes(entryTypes[n])) {
          this.#entryTypes.add(entryTypes[n]);
        }
      }
    } else {
      if (!kSupportedEntryTypes.includes(type))
        return;
      this.#entryTypes.add(type);
      if (buffered) {
        const entries = filterBufferMapByNameAndType(undefined, type);
        this.#buffer.push(...entries);
        kPending.add(this);
        if (kPending.size)
          queuePending();
      }
    }

    if (this.#entryTypes.size)
      kObservers.add(this);
    else
      this.disconnect();
  }

  disconnect() {
    kObservers.delete(this);
    kPending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType))
      return;
    this.#buffer.push(entry);
    kPending.add(this);
    if (kPending.size)
      queuePending();
  }

  [kDispatch]() {
    const entryList = new PerformanceObserverEntryList(kSkipThrow, this.takeRecords());

    this.#callback(entryList, this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;

    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };

    return `PerformanceObserver ${inspect({
      connected: kObservers.has(this),
      pending: kPending.has(this),
      entryTypes: Array.from(this.#entryTypes),
      buffer: this.#buffer,
    }, opts)}`;
  }
}
Object.defineProperties(PerformanceObserver.prototype, {
  observe: kEnumerableProperty,
  disconnect: kEnumerableProperty,
  takeRecords: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'PerformanceObserver',
  },
});

// https://www.w3.org/TR/performance-timeline/#dfn-queue-a-performanceentry
function enqueue(entry) {
  if (!isPerformanceEntry(entry))
    throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);

  for (const obs of kObservers) {
    obs[kMaybeBuffer](entry);
  }
}

// Adds a user timing entry to the global buffer.
function bufferUserTiming(entry) {
  const entryType = entry.entryType;
  let buffer;
  if (entryType === 'mark') {
    buffer = markEntryBuffer;
  } else if (entryType === 'measure') {
    buffer = measureEntryBuffer;
  } else {
    return;
  }

  buffer.push(entry);
  const count = buffer.length;

  if (count > kPerformanceEntryBufferWarnSize &&
    !kWarnedEntryTypes.has(entryType)) {
    kWarnedEntryTypes.set(entryType, true);
    const w = new Error('Possible perf_hooks memory leak detected. ' +
                        `${count} ${entryType} entries added to the global ` +
                        'performance entry buffer. Use ' +
                        `${kClearPerformanceEntryBuffers[entryType]} to ` +
                        'clear the buffer.');
    w.name = 'MaxPerformanceEntryBufferExceededWarning';
    w.entryType = entryType;
    w.count = count;
    process.emitWarning(w);
  }
}

function clearEntriesFromBuffer(type, name) {
  if (type === 'mark') {
    markEntryBuffer = name === undefined ?
      [] : markEntryBuffer.filter((entry) => entry.name !== name);
  } else if (type === 'measure') {
    measureEntryBuffer = name === undefined ?
      [] : measureEntryBuffer.filter((entry) => entry.name !== name);
  } else if (type === 'resource') {
    resourceTimingBuffer = name === undefined ?
      [] : resourceTimingBuffer.filter((entry) => entry.name !== name);
  }
}

function filterBufferMapByNameAndType(name, type) {
  let bufferList;
  if (type === 'mark') {
    bufferList = markEntryBuffer;
  } else if (type === 'measure') {
    bufferList = measureEntryBuffer;
  } else if (type === 'resource') {
    bufferList = resourceTimingBuffer;
  } else if (type !== undefined) {
    // Unrecognized type;
    return [];
  } else {
    bufferList = [...markEntryBuffer, ...measureEntryBuffer, ...resourceTimingBuffer];
  }
  if (name !== undefined) {
    bufferList = bufferList.filter((buffer) => buffer.name === name);
  } else if (type !== undefined) {
    bufferList = bufferList.slice();
  }

  return bufferList.sort(performanceObserverSorter);
}

// ---- nodeTiming ------------------------------------------------------------------

function loopTiming() {
  let b;
  try {
    b = internalBinding('process');
  } catch {
    return undefined;
  }
  if (typeof b?.loopTiming !== 'function') return undefined;
  // [loop start in ms since the Unix epoch (0: not started), idle ms] -> performance time.
  const t = b.loopTiming();
  return [t[0] === 0 ? -1 : t[0] - binding.timeOrigin, t[1]];
}

const bootstrapComplete = binding.bindingTime;

class PerformanceNodeTiming {
  constructor() {
    Object.defineProperties(this, {
      name: { __proto__: null, enumerable: true, configurable: true, value: 'node' },
      entryType: { __proto__: null, enumerable: true, configurable: true, value: 'node' },
      startTime: { __proto__: null, enumerable: true, configurable: true, value: 0 },
      duration: {
        __proto__: null, enumerable: true, configurable: true,
        get() { return now(); },
      },
      nodeStart: { __proto__: null, enumerable: true, configurable: true, value: 0 },
      v8Start: { __proto__: null, enumerable: true, configurable: true, value: 0 },
      environment: { __proto__: null, enumerable: true, configurable: true, value: bootstrapComplete },
      loopStart: {
        __proto__: null, enumerable: true, configurable: true,
        get() {
          const t = loopTiming();
          return t !== undefined ? t[0] : -1;
        },
      },
      loopExit: { __proto__: null, enumerable: true, configurable: true, value: -1 },
      bootstrapComplete: { __proto__: null, enumerable: true, configurable: true, value: bootstrapComplete },
      idleTime: {
        __proto__: null, enumerable: true, configurable: true,
        get() {
          const t = loopTiming();
          return t !== undefined ? t[1] : 0;
        },
      },
      uvMetricsInfo: {
        __proto__: null, enumerable: true, configurable: true,
        get() { return { loopCount: 0, events: 0, eventsWaiting: 0 }; },
      },
    });
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;

    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };

    return `PerformanceNodeTiming ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
const nodeTiming = new PerformanceNodeTiming();

function eventLoopUtilization(util1, util2) {
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }

  const t = loopTiming();
  let idle;
  let active;
  if (t !== undefined) {
    const ls = t[0];
    if (ls <= 0) return { idle: 0, active: 0, utilization: 0 };
    idle = t[1];
    active = now() - ls - idle;
  } else {
    // No loop data: all the time since the bootstrap counts as active.
    idle = 0;
    active = Math.max(now() - bootstrapComplete, 0);
  }

  if (!util1) {
    return {
      idle,
      active,
      utilization: active / (idle + active),
    };
  }

  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  const utilization = activeDelta / (idleDelta + activeDelta);
  return {
    idle: idleDelta,
    active: activeDelta,
    utilization,
  };
}

// ---- user timing -----------------------------------------------------------------

const markTimings = new Map();

const nodeTimingReadOnlyAttributes = new Set([
  'nodeStart',
  'v8Start',
  'environment',
  'loopStart',
  'loopExit',
  'bootstrapComplete',
]);

function getMark(name) {
  if (name === undefined) return;
  if (typeof name === 'number') {
    if (name < 0)
      throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (nodeTimingReadOnlyAttributes.has(name))
    return nodeTiming[name];
  const ts = markTimings.get(name);
  if (ts === undefined)
    throw lazyDOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return ts;
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) {
      throw new ERR_MISSING_ARGS('name');
    }
    name = `${name}`;
    if (nodeTimingReadOnlyAttributes.has(name))
      throw new ERR_INVALID_ARG_VALUE('name', name);
    if (options != null) {
      validateObject(options, 'options');
    }
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0)
      throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimings.set(name, startTime);

    let detail = options?.detail;
    detail = detail != null ?
      cloneDetail(detail) :
      null;

    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = detail;
  }

  get detail() {
    validateThisInternalField(this, kDetail, 'PerformanceMark');
    return this[kDetail];
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this[kDetail],
    };
  }
}
Object.defineProperties(PerformanceMark.prototype, {
  detail: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'PerformanceMark',
  },
});

class PerformanceMeasure extends PerformanceEntry {
  constructor(
    skipThrowSymbol = undefined,
    name = undefined,
    type = undefined,
    start = undefined,
    duration = undefined,
  ) {
    if (skipThrowSymbol !== kSkipThrow) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }

    super(skipThrowSymbol, name, type, start, duration);
  }

  get detail() {
    validateThisInternalField(this, kDetail, 'PerformanceMeasure');
    return this[kDetail];
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this[kDetail],
    };
  }
}
Object.defineProperties(PerformanceMeasure.prototype, {
  detail: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'PerformanceMeasure',
  },
});

function createPerformanceMeasure(name, start, duration, detail) {
  const measure = new PerformanceMeasure(kSkipThrow, name, 'measure', start, duration);
  measure[kDetail] = detail;
  return measure;
}

function mark(name, options) {
  validateThisInternalField(this, kPerformanceBrand, 'Performance');
  if (arguments.length === 0) {
    throw new ERR_MISSING_ARGS('name');
  }
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function calculateStartDuration(startOrMeasureOptions, endMark) {
  startOrMeasureOptions ??= 0;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrMeasureOptions === 'object') {
    ({ start, end, duration } = startOrMeasureOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'endMark must not be specified');
    }

    if (start === undefined && end === undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'One of options.start or options.end is required');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and ' +
        'options.duration specified');
    }
  }

  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (optionsValid && end !== undefined) {
    end = getMark(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }

  if (typeof startOrMeasureOptions === 'string') {
    start = getMark(startOrMeasureOptions);
  } else if (optionsValid && start !== undefined) {
    start = getMark(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }

  duration = end - start;
  return { start, duration };
}

function measure(name, startOrMeasureOptions, endMark) {
  validateThisInternalField(this, kPerformanceBrand, 'Performance');
  if (arguments.length === 0) {
    throw new ERR_MISSING_ARGS('name');
  }
  validateString(name, 'name');
  const {
    start,
    duration,
  } = calculateStartDuration(startOrMeasureOptions, endMark);
  let detail = startOrMeasureOptions?.detail;
  detail = detail != null ? cloneDetail(detail) : null;
  const entry = createPerformanceMeasure(name, start, duration, detail);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function clearMarkTimings(name) {
  if (name !== undefined) {
    name = `${name}`;
    if (nodeTimingReadOnlyAttributes.has(name))
      throw new ERR_INVALID_ARG_VALUE('name', name);
    markTimings.delete(name);
    return;
  }
  markTimings.clear();
}

// ---- timerify --------------------------------------------------------------------

function processComplete(name, start, args, histogram) {
  const duration = now() - start;
  if (histogram !== undefined)
    histogram.record(Math.ceil(duration * 1e6));
  const entry = createPerformanceNodeEntry(name, 'function', start, duration, args);

  for (let n = 0; n < args.length; n++)
    entry[n] = args[n];

  enqueue(entry);
}

function timerify(fn, options = kEmptyObject) {
  validateFunction(fn, 'fn');

  validateObject(options, 'options');
  const {
    histogram,
  } = options;

  if (histogram !== undefined &&
      (histogram === null || typeof histogram.record !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(
      'options.histogram',
      'RecordableHistogram',
      histogram);
  }

  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ?
      Reflect.construct(fn, args, fn) :
      Reflect.apply(fn, this, args);
    if (!isConstructorCall && typeof result?.finally === 'function') {
      return result.finally(
        processComplete.bind(result, fn.name, start, args, histogram));
    }
    processComplete(fn.name, start, args, histogram);
    return result;
  }

  Object.defineProperties(timerified, {
    length: {
      __proto__: null,
      configurable: false,
      enumerable: true,
      value: fn.length,
    },
    name: {
      __proto__: null,
      configurable: false,
      enumerable: true,
      value: `timerified ${fn.name}`,
    },
  });

  return timerified;
}

// ---- Performance -----------------------------------------------------------------

const kPerformanceBrand = Symbol('performance');

class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;

    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };

    return `Performance ${inspect({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, opts)}`;
  }
}

const timeOrigin = binding.timeOrigin;

function validatePerformance(self) {
  validateThisInternalField(self, kPerformanceBrand, 'Performance');
}

Object.defineProperties(Performance.prototype, {
  clearMarks: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function clearMarks(name) {
      validatePerformance(this);
      if (name !== undefined) {
        name = `${name}`;
      }
      clearMarkTimings(name);
      clearEntriesFromBuffer('mark', name);
    },
  },
  clearMeasures: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function clearMeasures(name) {
      validatePerformance(this);
      if (name !== undefined) {
        name = `${name}`;
      }
      clearEntriesFromBuffer('measure', name);
    },
  },
  clearResourceTimings: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function clearResourceTimings(name) {
      validatePerformance(this);
      if (name !== undefined) {
        name = `${name}`;
      }
      clearEntriesFromBuffer('resource', name);
    },
  },
  getEntries: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function getEntries() {
      validatePerformance(this);
      return filterBufferMapByNameAndType();
    },
  },
  getEntriesByName: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function getEntriesByName(name, type = undefined) {
      validatePerformance(this);
      if (arguments.length === 0) {
        throw new ERR_MISSING_ARGS('name');
      }
      name = `${name}`;
      if (type !== undefined) {
        type = `${type}`;
      }
      return filterBufferMapByNameAndType(name, type);
    },
  },
  getEntriesByType: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function getEntriesByType(type) {
      validatePerformance(this);
      if (arguments.length === 0) {
        throw new ERR_MISSING_ARGS('type');
      }
      type = `${type}`;
      return filterBufferMapByNameAndType(undefined, type);
    },
  },
  mark: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: mark,
  },
  measure: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: measure,
  },
  now: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function now() {
      validatePerformance(this);
      return bindingNow();
    },
  },
  setResourceTimingBufferSize: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function setResourceTimingBufferSize(maxSize) {
      validatePerformance(this);
      if (arguments.length === 0) {
        throw new ERR_MISSING_ARGS('maxSize');
      }
    },
  },
  timeOrigin: {
    __proto__: null, configurable: true, enumerable: true,
    get() {
      validatePerformance(this);
      return timeOrigin;
    },
  },
  toJSON: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function toJSON() {
      validatePerformance(this);
      return {
        nodeTiming: this.nodeTiming,
        timeOrigin: this.timeOrigin,
        eventLoopUtilization: this.eventLoopUtilization(),
      };
    },
  },
  eventLoopUtilization: {
    __proto__: null, configurable: true, enumerable: false, writable: true,
    value: eventLoopUtilization,
  },
  nodeTiming: {
    __proto__: null, configurable: true, enumerable: false, writable: true,
    value: nodeTiming,
  },
  markResourceTiming: {
    __proto__: null, configurable: true, enumerable: false, writable: true,
    value: function markResourceTiming() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('markResourceTiming()');
    },
  },
  timerify: {
    __proto__: null, configurable: true, enumerable: false, writable: true,
    value: timerify,
  },
  [Symbol.toStringTag]: {
    __proto__: null, configurable: true, writable: false, enumerable: false,
    value: 'Performance',
  },
});
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');

class InternalPerformance extends EventTarget {
  constructor() {
    super();
    Object.defineProperty(this, kPerformanceBrand, { __proto__: null, value: true });
  }
}
InternalPerformance.prototype.constructor = Performance.prototype.constructor;
Object.setPrototypeOf(InternalPerformance.prototype, Performance.prototype);

const performance = new InternalPerformance();

// ---- histograms (loaded on first use) --------------------------------------------

function histograms() {
  return require('internal/perf/histogram');
}

function monitorEventLoopDelay(options) {
  return histograms().monitorEventLoopDelay(options);
}

function createHistogram(options) {
  return histograms().createHistogram(options);
}

function createSlidingWindowHistogram(options) {
  validateObject(options, 'options');
  throw new ERR_METHOD_NOT_IMPLEMENTED('createSlidingWindowHistogram()');
}

function importHistogram(data) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('importHistogram()');
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  eventLoopUtilization,
  timerify,
  createHistogram,
  createSlidingWindowHistogram,
  importHistogram,
  performance,
  constants,
};

Object.defineProperty(module.exports, 'constants', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  value: constants,
});
