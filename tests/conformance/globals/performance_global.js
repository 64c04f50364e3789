'use strict';
// The performance global and the PerformanceEntry family of globals are perf_hooks'.
const log = console.log;
const perfHooks = require('perf_hooks');

log(performance === perfHooks.performance);
for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  log(name, typeof globalThis[name], globalThis[name] === perfHooks[name]);
}
log(typeof performance.now(), performance.now() >= 0, performance.timeOrigin > 1e12);
const start = performance.now();
let x = 0;
for (let i = 0; i < 1e5; i++) x += i;
log(performance.now() >= start, x > 0);
log(Object.prototype.toString.call(performance), performance instanceof EventTarget);
const mark = performance.mark('global-mark');
log(mark instanceof PerformanceMark, mark instanceof PerformanceEntry, mark.entryType);
log(Object.keys(performance.toJSON()));
