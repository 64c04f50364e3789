'use strict';
// perf_hooks histograms: createHistogram() (RecordableHistogram) and
// monitorEventLoopDelay() (IntervalHistogram / ELDHistogram), after Node.js v26
// lib/internal/histogram.js (MIT License, Copyright Node.js contributors and Joyent,
// Inc.). Node keeps the values in an HdrHistogram (hdr_histogram C library, public
// domain / BSD-2-Clause); the bucketing, min/max, mean, stddev, percentile and
// percentile-iteration algorithms below are a port of it so the numbers match Node's.
// Counts are kept sparse (a Map index -> count). Node 26's statistical extras (cdf,
// ksTest, ...) are not provided; the EWMA fields of toJSON() are 0.

const {
  lazyCodes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEnumerableProperty = { __proto__: null, enumerable: true };
const kEmptyObject = Object.freeze({ __proto__: null });
const kHandle = Symbol('kHandle');
const kRecordable = Symbol('kRecordable');
const kInt64Max = 9223372036854775807; // as a Number: 9223372036854775808
const kInt64MaxBigInt = BigInt('9223372036854775807');

let lazyUtilInspect;
function inspect(value, opts) {
  lazyUtilInspect ??= require('util').inspect;
  return lazyUtilInspect(value, opts);
}

const nowNs = (() => {
  const now = internalBinding('performance').now;
  return () => Math.round(now() * 1e6);
})();

function pow2(n) {
  return 2 ** n;
}

// Number of bits of a non-negative integer up to 2^53.
function bitLength(v) {
  if (v < 4294967296) return 32 - Math.clz32(v);
  return 64 - Math.clz32(Math.floor(v / 4294967296));
}

// ---- HdrHistogram core -----------------------------------------------------------

class Hdr {
  constructor(lowest, highest, figures) {
    const largestValueWithSingleUnitResolution = 2 * 10 ** figures;
    this.unitMagnitude = Math.floor(Math.log2(lowest));
    if (pow2(this.unitMagnitude + 1) <= lowest) this.unitMagnitude++;
    const subBucketCountMagnitude = Math.ceil(Math.log2(largestValueWithSingleUnitResolution));
    this.subBucketHalfCountMagnitude = (subBucketCountMagnitude > 1 ? subBucketCountMagnitude : 1) - 1;
    this.subBucketCount = pow2(this.subBucketHalfCountMagnitude + 1);
    this.subBucketHalfCount = this.subBucketCount / 2;
    this.subBucketMask = (this.subBucketCount - 1) * pow2(this.unitMagnitude);
    // buckets_needed_to_cover_value(highest)
    let smallestUntrackableValue = this.subBucketCount * pow2(this.unitMagnitude);
    let bucketsNeeded = 1;
    while (smallestUntrackableValue <= highest) {
      if (smallestUntrackableValue > kInt64Max / 2) {
        bucketsNeeded++;
        break;
      }
      smallestUntrackableValue *= 2;
      bucketsNeeded++;
    }
    this.bucketCount = bucketsNeeded;
    this.countsLen = (this.bucketCount + 1) * this.subBucketHalfCount;
    this.reset();
  }

  reset() {
    this.counts = new Map();
    this.sorted = null;
    this.totalCount = 0;
    this.minValue = kInt64Max;
    this.maxValue = 0;
  }

  bucketIndex(value) {
    const pow2ceiling = bitLength(Math.max(value, this.subBucketMask));
    return pow2ceiling - this.unitMagnitude - (this.subBucketHalfCountMagnitude + 1);
  }

  subBucketIndex(value, bucketIndex) {
    return Math.floor(value / pow2(bucketIndex + this.unitMagnitude));
  }

  countsIndex(bucketIndex, subBucketIndex) {
    const bucketBaseIndex = (bucketIndex + 1) * pow2(this.subBucketHalfCountMagnitude);
    const offsetInBucket = subBucketIndex - this.subBucketHalfCount;
    return bucketBaseIndex + offsetInBucket;
  }

  countsIndexFor(value) {
    const bucketIndex = this.bucketIndex(value);
    return this.countsIndex(bucketIndex, this.subBucketIndex(value, bucketIndex));
  }

  valueFromIndex(bucketIndex, subBucketIndex) {
    return subBucketIndex * pow2(bucketIndex + this.unitMagnitude);
  }

  valueAtIndex(index) {
    let bucketIndex = Math.floor(index / pow2(this.subBucketHalfCountMagnitude)) - 1;
    let subBucketIndex = (index % this.subBucketHalfCount) + this.subBucketHalfCount;
    if (bucketIndex < 0) {
      subBucketIndex -= this.subBucketHalfCount;
      bucketIndex = 0;
    }
    return this.valueFromIndex(bucketIndex, subBucketIndex);
  }

  sizeOfEquivalentValueRange(value) {
    const bucketIndex = this.bucketIndex(value);
    const subBucketIndex = this.subBucketIndex(value, bucketIndex);
    const adjustedBucket = subBucketIndex >= this.subBucketCount ? bucketIndex + 1 : bucketIndex;
    return pow2(this.unitMagnitude + adjustedBucket);
  }

  lowestEquivalentValue(value) {
    const bucketIndex = this.bucketIndex(value);
    const subBucketIndex = this.subBucketIndex(value, bucketIndex);
    return this.valueFromIndex(bucketIndex, subBucketIndex);
  }

  highestEquivalentValue(value) {
    return this.lowestEquivalentValue(value) + this.sizeOfEquivalentValueRange(value) - 1;
  }

  medianEquivalentValue(value) {
    return this.lowestEquivalentValue(value) + Math.floor(this.sizeOfEquivalentValueRange(value) / 2);
  }

  recordValues(value, count) {
    if (value < 0) return false;
    const index = this.countsIndexFor(value);
    if (index < 0 || this.countsLen <= index) return false;
    const prev = this.counts.get(index);
    if (prev === undefined) this.sorted = null;
    this.counts.set(index, (prev ?? 0) + count);
    this.totalCount += count;
    if (value < this.minValue && value !== 0) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
    return true;
  }

  // Recorded [index, count] pairs in index order.
  entries() {
    if (this.sorted === null) {
      this.sorted = [...this.counts.keys()].sort((a, b) => a - b);
    }
    return this.sorted;
  }

  min() {
    if ((this.counts.get(0) ?? 0) > 0) return 0;
    if (this.minValue === kInt64Max) return kInt64Max;
    return this.lowestEquivalentValue(this.minValue);
  }

  max() {
    if (this.maxValue === 0) return 0;
    return this.highestEquivalentValue(this.maxValue);
  }

  mean() {
    let total = 0;
    for (const index of this.entries()) {
      total += this.counts.get(index) * this.medianEquivalentValue(this.valueAtIndex(index));
    }
    return total / this.totalCount;
  }

  // [stddev, skewness, kurtosis] around the mean of the median-equivalent values.
  moments() {
    const mean = this.mean();
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    for (const index of this.entries()) {
      const c = this.counts.get(index);
      const d = this.medianEquivalentValue(this.valueAtIndex(index)) - mean;
      const d2 = d * d;
      m2 += c * d2;
      m3 += c * d * d * d;
      m4 += c * d2 * d2;
    }
    const n = this.totalCount;
    const variance = m2 / n;
    const stddev = Math.sqrt(variance);
    if (n === 0 || variance === 0) return [stddev, 0, 0];
    return [stddev, (m3 / n) / (stddev * stddev * stddev), (m4 / n) / (variance * variance) - 3];
  }

  valueAtPercentile(percentile) {
    const requested = Math.min(percentile, 100);
    let countAtPercentile = Math.floor(((requested / 100) * this.totalCount) + 0.5);
    countAtPercentile = Math.max(countAtPercentile, 1);
    let total = 0;
    for (const index of this.entries()) {
      total += this.counts.get(index);
      if (total >= countAtPercentile) {
        return this.highestEquivalentValue(this.valueAtIndex(index));
      }
    }
    return 0;
  }

  // The percentile iteration of hdr_iter_percentile_init(h, 1): calls fn(percentile,
  // value) like Node's Histogram::Percentiles.
  percentiles(fn) {
    const indices = this.entries();
    let pos = -1;
    let cumulative = 0;
    let value = 0;
    let count = 0;
    let percentileToIterateTo = 0;
    let seenLastValue = false;
    const total = this.totalCount;
    const hasNext = () => cumulative < total;
    const moveNext = () => {
      if (!hasNext() || pos + 1 >= indices.length) return false;
      pos++;
      const index = indices[pos];
      count = this.counts.get(index);
      cumulative += count;
      value = this.valueAtIndex(index);
      return true;
    };
    let started = false;
    let lastPercentile = 0;
    for (;;) {
      if (!hasNext()) {
        if (seenLastValue) return;
        seenLastValue = true;
        fn(100, value);
        continue;
      }
      if (!started) {
        started = true;
        if (!moveNext()) return;
      }
      let emitted = false;
      do {
        const currentPercentile = (100 * cumulative) / total;
        if (count !== 0 && percentileToIterateTo <= currentPercentile) {
          const percentile = percentileToIterateTo;
          const temp = Math.trunc(Math.log(100 / (100 - percentileToIterateTo)) / Math.log(2)) + 1;
          const halfDistance = 2 ** temp;
          percentileToIterateTo += 100 / halfDistance;
          lastPercentile = percentile;
          fn(percentile, value);
          emitted = true;
          break;
        }
      } while (moveNext());
      if (!emitted) {
        // Iteration ran out of buckets: hdr reports the current state once more.
        fn(lastPercentile, value);
        return;
      }
    }
  }

  add(other) {
    for (const index of other.entries()) {
      this.recordValues(other.valueAtIndex(index), other.counts.get(index));
    }
  }
}

class HistogramHandle {
  constructor(lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3) {
    this.hdr = new Hdr(lowest, highest, figures);
    this.count = 0;
    this.exceeds = 0;
    this.prev = 0;
  }

  record(value) {
    if (this.hdr.recordValues(value, 1)) this.count++;
    else this.exceeds++;
  }

  recordDelta() {
    const time = nowNs();
    if (this.prev > 0) {
      const delta = time - this.prev;
      if (delta > 0) this.record(delta);
    }
    this.prev = time;
  }

  reset() {
    this.hdr.reset();
    this.count = 0;
    this.exceeds = 0;
    this.prev = 0;
  }
}

// ---- JavaScript classes ----------------------------------------------------------

function isHistogram(object) {
  return object?.[kHandle] !== undefined;
}

function validateHistogram(self) {
  if (!isHistogram(self)) throw new ERR_INVALID_THIS('Histogram');
}

function percentileArg(percentile) {
  validateNumber(percentile, 'percentile');
  if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100)
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
  return percentile;
}

class Histogram {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0)
      return this;

    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };

    const [stddev, skewness, kurtosis] = this[kHandle].hdr.moments();
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev,
      skewness,
      kurtosis,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }

  /** @readonly @type {number} */
  get count() {
    validateHistogram(this);
    return this[kHandle].count;
  }

  /** @readonly @type {bigint} */
  get countBigInt() {
    validateHistogram(this);
    return BigInt(this[kHandle].count);
  }

  /** @readonly @type {number} */
  get min() {
    validateHistogram(this);
    return this[kHandle].hdr.min();
  }

  /** @readonly @type {bigint} */
  get minBigInt() {
    validateHistogram(this);
    const min = this[kHandle].hdr.min();
    return min === kInt64Max ? kInt64MaxBigInt : BigInt(min);
  }

  /** @readonly @type {number} */
  get max() {
    validateHistogram(this);
    return this[kHandle].hdr.max();
  }

  /** @readonly @type {bigint} */
  get maxBigInt() {
    validateHistogram(this);
    return BigInt(this[kHandle].hdr.max());
  }

  /** @readonly @type {number} */
  get mean() {
    validateHistogram(this);
    return this[kHandle].hdr.mean();
  }

  /** @readonly @type {number} */
  get exceeds() {
    validateHistogram(this);
    return this[kHandle].exceeds;
  }

  /** @readonly @type {bigint} */
  get exceedsBigInt() {
    validateHistogram(this);
    return BigInt(this[kHandle].exceeds);
  }

  /** @readonly @type {number} */
  get stddev() {
    validateHistogram(this);
    return this[kHandle].hdr.moments()[0];
  }

  /** @readonly @type {number} */
  get skewness() {
    validateHistogram(this);
    return this[kHandle].hdr.moments()[1];
  }

  /** @readonly @type {number} */
  get kurtosis() {
    validateHistogram(this);
    return this[kHandle].hdr.moments()[2];
  }

  /**
   * @param {number} percentile
   * @returns {number}
   */
  percentile(percentile) {
    validateHistogram(this);
    return this[kHandle].hdr.valueAtPercentile(percentileArg(percentile));
  }

  /**
   * @param {number} percentile
   * @returns {bigint}
   */
  percentileBigInt(percentile) {
    validateHistogram(this);
    return BigInt(this[kHandle].hdr.valueAtPercentile(percentileArg(percentile)));
  }

  /** @readonly @type {Map<number,number>} */
  get percentiles() {
    validateHistogram(this);
    const map = new Map();
    this[kHandle].hdr.percentiles((p, v) => map.set(p, v));
    return map;
  }

  /** @readonly @type {Map<number,bigint>} */
  get percentilesBigInt() {
    validateHistogram(this);
    const map = new Map();
    this[kHandle].hdr.percentiles((p, v) => map.set(p, BigInt(v)));
    return map;
  }

  reset() {
    validateHistogram(this);
    this[kHandle].reset();
  }

  toJSON() {
    const [stddev, skewness, kurtosis] = this[kHandle].hdr.moments();
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev,
      skewness,
      kurtosis,
      ewmaMean: 0,
      ewmaStddev: 0,
      ewmaErrorRate: 0,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }
}

class RecordableHistogram extends Histogram {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  /** @param {number|bigint} val */
  record(val) {
    if (this[kRecordable] === undefined)
      throw new ERR_INVALID_THIS('RecordableHistogram');
    if (typeof val === 'bigint') {
      this[kHandle].record(Number(val));
      return;
    }

    validateInteger(val, 'val', 1);

    this[kHandle].record(val);
  }

  recordDelta() {
    if (this[kRecordable] === undefined)
      throw new ERR_INVALID_THIS('RecordableHistogram');
    this[kHandle].recordDelta();
  }

  /** @param {RecordableHistogram} other */
  add(other) {
    if (this[kRecordable] === undefined)
      throw new ERR_INVALID_THIS('RecordableHistogram');
    if (other?.[kRecordable] === undefined)
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    const mine = this[kHandle];
    const theirs = other[kHandle];
    mine.hdr.add(theirs.hdr);
    mine.count += theirs.count;
    mine.exceeds += theirs.exceeds;
  }
}

function internalRecordableHistogram(handle) {
  const h = Object.create(RecordableHistogram.prototype);
  h[kHandle] = handle;
  h[kRecordable] = true;
  return h;
}

/**
 * @param {{ lowest?: number, highest?: number, figures?: number }} [options]
 * @returns {RecordableHistogram}
 */
function createHistogram(options = kEmptyObject) {
  validateObject(options, 'options');
  const {
    lowest = 1,
    highest = Number.MAX_SAFE_INTEGER,
    figures = 3,
  } = options;
  if (typeof lowest !== 'bigint')
    validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint')
    validateInteger(highest, 'options.highest', 1, Number.MAX_SAFE_INTEGER);
  if (BigInt(highest) < 2n * BigInt(lowest)) {
    throw new ERR_OUT_OF_RANGE('options.highest',
                               `>= 2 * options.lowest (${2n * BigInt(lowest)}n)`, highest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return internalRecordableHistogram(new HistogramHandle(Number(lowest), Number(highest), figures));
}

// ---- monitorEventLoopDelay -------------------------------------------------------

const kEnabled = Symbol('kEnabled');
const kTimer = Symbol('kTimer');
const kResolution = Symbol('kResolution');

class ELDHistogram extends Histogram {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  /** @returns {boolean} */
  enable() {
    if (this[kEnabled] === undefined)
      throw new ERR_INVALID_THIS('ELDHistogram');
    if (this[kEnabled]) return false;
    this[kEnabled] = true;
    const handle = this[kHandle];
    // As Node's ELDHistogram: the first tick only starts the measurement.
    handle.prev = 0;
    const timer = setInterval(() => handle.recordDelta(), this[kResolution]);
    if (typeof timer?.unref === 'function') timer.unref();
    this[kTimer] = timer;
    return true;
  }

  /** @returns {boolean} */
  disable() {
    if (this[kEnabled] === undefined)
      throw new ERR_INVALID_THIS('ELDHistogram');
    if (!this[kEnabled]) return false;
    this[kEnabled] = false;
    clearInterval(this[kTimer]);
    this[kTimer] = undefined;
    return true;
  }

  [Symbol.dispose]() {
    this.disable();
  }
}

/**
 * @param {{ resolution?: number }} [options]
 * @returns {ELDHistogram}
 */
function monitorEventLoopDelay(options = kEmptyObject) {
  validateObject(options, 'options');

  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);

  const h = Object.create(ELDHistogram.prototype);
  h[kHandle] = new HistogramHandle(1, Number.MAX_SAFE_INTEGER, 3);
  h[kEnabled] = false;
  h[kResolution] = resolution;
  return h;
}

Object.defineProperties(Histogram.prototype, {
  count: kEnumerableProperty,
  countBigInt: kEnumerableProperty,
  min: kEnumerableProperty,
  minBigInt: kEnumerableProperty,
  max: kEnumerableProperty,
  maxBigInt: kEnumerableProperty,
  mean: kEnumerableProperty,
  exceeds: kEnumerableProperty,
  exceedsBigInt: kEnumerableProperty,
  stddev: kEnumerableProperty,
  percentile: kEnumerableProperty,
  percentileBigInt: kEnumerableProperty,
  percentiles: kEnumerableProperty,
  percentilesBigInt: kEnumerableProperty,
  reset: kEnumerableProperty,
});

module.exports = {
  Histogram,
  RecordableHistogram,
  ELDHistogram,
  createHistogram,
  monitorEventLoopDelay,
  isHistogram,
};
