'use strict';
// perf_hooks histograms: createHistogram (HdrHistogram statistics as Node computes
// them), record/recordDelta/add/reset, percentiles, bigint variants, inspect,
// monitorEventLoopDelay and bad input.
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const log = console.log;

const empty = createHistogram();
log(empty.count, empty.min, empty.max, empty.mean, empty.stddev, empty.exceeds, empty.percentiles,
    empty.percentile(50), empty.minBigInt, empty.maxBigInt, empty.countBigInt, empty.exceedsBigInt);
log(empty);
log(empty.constructor.name, Object.prototype.toString.call(empty));

const h = createHistogram();
for (const v of [1, 2, 3, 4, 100, 1000, 12345]) h.record(v);
log(h.count, h.min, h.max, h.mean, h.stddev);
log(h.percentiles, h.percentile(50), h.percentile(99), h.percentile(100), h.percentileBigInt(90));
log(h.percentilesBigInt);
log(h.toJSON());
log(h);
h.record(10n);
log(h.count);

const big = createHistogram();
for (let i = 1; i < 5000; i += 7) big.record(i * 1234567);
log(big.count, big.min, big.max, big.mean, big.stddev);
log(big.percentiles);
log(big.percentile(33.3), big.percentile(0.001), big.toJSON().skewness, big.toJSON().kurtosis);

const small = createHistogram({ lowest: 10, highest: 1000, figures: 2 });
for (const v of [5, 10, 11, 999, 1000, 5000]) small.record(v);
log(small.count, small.exceeds, small.min, small.max, small.percentiles);

const a = createHistogram();
const b = createHistogram();
a.record(5);
b.record(7);
b.record(9);
log(a.add(b), a.count, a.min, a.max);
a.reset();
log(a.count, a.min, a.max, a.percentiles);
a.recordDelta();
log(a.count);

for (const fn of [
  () => h.record(0),
  () => h.record('1'),
  () => h.record(1.5),
  () => h.record(-1),
  () => h.percentile(0),
  () => h.percentile(101),
  () => h.percentile('50'),
  () => h.add({}),
  () => createHistogram(1),
  () => createHistogram({ lowest: 0 }),
  () => createHistogram({ lowest: 5, highest: 6 }),
  () => createHistogram({ figures: 6 }),
  () => createHistogram({ figures: 0 }),
  () => monitorEventLoopDelay(1),
  () => monitorEventLoopDelay({ resolution: 0 }),
  () => monitorEventLoopDelay({ resolution: 'x' }),
]) {
  try {
    log('no error', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}

// Started from the loop so that the timers count from the current time.
setImmediate(() => {
  const eld = monitorEventLoopDelay({ resolution: 10 });
  log(eld.constructor.name, eld.count, eld.enable(), eld.enable());
  setTimeout(() => {
    log(eld.disable(), eld.disable(), eld.count > 0, eld.min >= 1e6, eld.max >= eld.min,
        typeof eld.mean, eld.percentile(50) >= eld.min);
    eld.reset();
    log(eld.count);
  }, 100);
});
