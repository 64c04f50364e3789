'use strict';
// perf_hooks user timing: mark, measure (all argument forms), the performance
// timeline (getEntries*, clear*), entry classes and their JSON, bad input.
const {
  performance, PerformanceEntry, PerformanceMark, PerformanceMeasure,
} = require('perf_hooks');
const log = console.log;
const shape = (e) => `${e.constructor.name} ${e.name} ${e.entryType} ${typeof e.startTime} ${typeof e.duration}`;

log(Object.keys(require('perf_hooks')));
log(Object.getOwnPropertyNames(PerformanceEntry.prototype));
log(Object.getOwnPropertyNames(PerformanceMark.prototype), Object.getOwnPropertyNames(PerformanceMeasure.prototype));

const m1 = performance.mark('a');
const m2 = performance.mark('b', { startTime: 5, detail: { x: [1, 2] } });
log(shape(m1), m1.duration, m1.detail, m1 instanceof PerformanceEntry, m1.startTime > 0);
log(shape(m2), m2.startTime, m2.detail, Object.keys(m2), JSON.stringify(m2));
const detail = { y: 1 };
const m3 = performance.mark('c', { startTime: 1, detail });
log(m3.detail, m3.detail === detail);
log(Object.prototype.toString.call(m1), String(m1));
log(performance.mark(42).name, performance.mark('d', null).detail, performance.mark('e', undefined).startTime > 0);

const me1 = performance.measure('from-b', 'b');
log(shape(me1), me1.startTime, me1.duration > 0, me1.detail);
const me2 = performance.measure('b-to-c', 'b', 'c');
log(me2.startTime, me2.duration);
log(performance.measure('opts', { start: 1, end: 3, detail: 'd' }).toJSON());
log(performance.measure('start-dur', { start: 2, duration: 3 }).toJSON());
log(performance.measure('end-dur', { end: 10, duration: 4 }).toJSON());
log(performance.measure('marks-in-opts', { start: 'c', end: 'b' }).toJSON());
const me3 = performance.measure('to-end', undefined, 'b');
log(me3.startTime, me3.duration);
log(performance.measure('only-duration', { duration: 1 }).startTime);
log(performance.measure('nodeStart', 'nodeStart').name);

log(performance.getEntries().map((e) => e.name));
log(performance.getEntriesByType('mark').map((e) => e.name));
log(performance.getEntriesByType('measure').map((e) => e.name));
log(performance.getEntriesByType('function'), performance.getEntriesByType('nope'));
log(performance.getEntriesByName('b').map((e) => e.entryType), performance.getEntriesByName('b', 'mark').length,
    performance.getEntriesByName('b', 'measure').length, performance.getEntriesByName('zzz'));

performance.clearMarks('b');
log(performance.getEntriesByType('mark').map((e) => e.name));
try {
  performance.measure('after-clear', 'b');
} catch (err) {
  log(err.name, err.code, err.message);
}
performance.clearMeasures('opts');
log(performance.getEntriesByType('measure').length);
performance.clearMeasures();
performance.clearMarks();
log(performance.getEntries());

const direct = new PerformanceMark('direct', { startTime: 7 });
log(direct.startTime, performance.getEntriesByName('direct').length, performance.measure('via-direct', 'direct').startTime);
performance.clearMeasures();

for (const fn of [
  () => performance.mark(),
  () => performance.mark('nodeStart'),
  () => performance.mark('x', 5),
  () => performance.mark('x', { startTime: -1 }),
  () => performance.mark('x', { startTime: '1' }),
  () => performance.mark('x', { detail: () => {} }),
  () => performance.measure(),
  () => performance.measure(1),
  () => performance.measure('x', 'no-such-mark'),
  () => performance.measure('x', -1).startTime,
  () => performance.measure('x', { start: 1 }, 'b'),
  () => performance.measure('x', { start: 1, end: 2, duration: 1 }),
  () => performance.getEntriesByName(),
  () => performance.getEntriesByType(),
  () => performance.clearMarks('nodeStart'),
  () => new PerformanceEntry(),
  () => new PerformanceMeasure(),
  () => new PerformanceMark(),
  () => Reflect.get(PerformanceMark.prototype, 'detail', {}),
  () => Reflect.get(PerformanceEntry.prototype, 'name', {}),
  () => performance.now.call({}),
]) {
  try {
    log('no error', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
log(performance.getEntries().length);
