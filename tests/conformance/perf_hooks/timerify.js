'use strict';
// performance.timerify and 'function' entries; eventLoopUtilization and nodeTiming
// shapes.
const { performance, PerformanceObserver, timerify, eventLoopUtilization, createHistogram } = require('perf_hooks');
const log = console.log;

function add(a, b) {
  return a + b;
}
const timed = performance.timerify(add);
log(timed.name, timed.length, typeof timed, timed === add, timerify === performance.timerify);
log(Object.getOwnPropertyDescriptor(timed, 'name'), Object.getOwnPropertyDescriptor(timed, 'length'));
class Point {
  constructor(x) {
    this.x = x;
  }
}
const TimedPoint = performance.timerify(Point);
log(new TimedPoint(3) instanceof Point, new TimedPoint(4).x);
log(performance.timerify(() => 1).name, performance.timerify(function() {}).name);

const h = createHistogram();
const withHistogram = performance.timerify(add, { histogram: h });
withHistogram(1, 1);
withHistogram(2, 2);
log('histogram count', h.count, h.min > 0);

for (const fn of [
  () => performance.timerify(),
  () => performance.timerify(1),
  () => performance.timerify(add, 1),
  () => performance.timerify(add, { histogram: {} }),
  () => performance.timerify(add, { histogram: 1 }),
]) {
  try {
    log('no error', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}

const obs = new PerformanceObserver((list) => {
  const entries = list.getEntries();
  log(entries.map((e) => `${e.name}/${e.entryType}/${e.constructor.name}`));
  const [first] = entries;
  log(first.detail, first[0], first[1], typeof first.startTime, first.duration >= 0);
  log(Object.keys(first.toJSON()), JSON.stringify(first.toJSON().detail));
  obs.disconnect();

  const elu = performance.eventLoopUtilization();
  log(Object.keys(elu), elu === eventLoopUtilization ? 'same' : typeof elu.utilization);
  log(Object.keys(performance.eventLoopUtilization(elu)), Object.keys(performance.eventLoopUtilization(elu, elu)));
  log(performance.eventLoopUtilization(elu, elu));
  const nt = performance.nodeTiming;
  log(nt.constructor.name, nt.name, nt.entryType, nt.startTime, Object.keys(nt));
  log(Object.keys(nt.toJSON()), Object.keys(nt.uvMetricsInfo));
  log(typeof nt.duration, nt.duration > 0, nt.loopExit, typeof nt.idleTime, typeof nt.bootstrapComplete);
  log(Object.keys(performance.toJSON()), performance.toJSON().nodeTiming === nt);
});
obs.observe({ type: 'function' });
log(timed(2, 3));
new TimedPoint(9);
