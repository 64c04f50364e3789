'use strict';
// PerformanceObserver: entryTypes vs type, buffered delivery, the entry list API,
// takeRecords, disconnect, supportedEntryTypes and bad input. Callbacks run from
// setImmediate; each step starts from the previous callback.
const { performance, PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');
const log = console.log;
const names = (list) => list.map((e) => `${e.name}/${e.entryType}`);

log(PerformanceObserver.supportedEntryTypes, Object.isFrozen(PerformanceObserver.supportedEntryTypes));
log(Object.getOwnPropertyNames(PerformanceObserver.prototype));
log(Object.getOwnPropertyNames(PerformanceObserverEntryList.prototype));

for (const fn of [
  () => new PerformanceObserver(),
  () => new PerformanceObserver(1),
  () => new PerformanceObserverEntryList(),
  () => new PerformanceObserver(() => {}).observe(),
  () => new PerformanceObserver(() => {}).observe(1),
  () => new PerformanceObserver(() => {}).observe({}),
  () => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' }),
  () => new PerformanceObserver(() => {}).observe({ entryTypes: ['mark'], type: 'mark' }),
]) {
  try {
    log('no error', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
const single = new PerformanceObserver(() => {});
single.observe({ type: 'mark' });
try {
  single.observe({ entryTypes: ['measure'] });
} catch (err) {
  log(err.name, err.code, err.message);
}
single.disconnect();
const multi = new PerformanceObserver(() => {});
multi.observe({ entryTypes: ['mark'] });
try {
  multi.observe({ type: 'measure' });
} catch (err) {
  log(err.name, err.code, err.message);
}
multi.disconnect();
log(new PerformanceObserver(() => {}).observe({ type: 'not-a-type' }));

performance.mark('early', { startTime: 1 });

const steps = [
  () => {
    const obs = new PerformanceObserver((list, observer) => {
      log('step1', observer === obs, list instanceof PerformanceObserverEntryList, names(list.getEntries()));
      log('byName', names(list.getEntriesByName('m2')), names(list.getEntriesByName('m2', 'mark')),
          names(list.getEntriesByName('m2', 'measure')));
      log('byType', names(list.getEntriesByType('measure')), list.getEntriesByType('gc'));
      try {
        list.getEntriesByName();
      } catch (err) {
        log(err.name, err.code, err.message);
      }
      obs.disconnect();
      next();
    });
    obs.observe({ entryTypes: ['mark', 'measure', 'bogus'] });
    log(require('util').inspect(obs));
    performance.mark('m2', { startTime: 20 });
    performance.mark('m1', { startTime: 10 });
    performance.measure('ms', { start: 5, end: 30 });
  },
  () => {
    const obs = new PerformanceObserver((list) => {
      log('step2 buffered', names(list.getEntries()));
      obs.disconnect();
      next();
    });
    obs.observe({ type: 'mark', buffered: true });
  },
  () => {
    const obs = new PerformanceObserver(() => log('never called'));
    obs.observe({ type: 'mark' });
    performance.mark('taken');
    log('step3 takeRecords', names(obs.takeRecords()), obs.takeRecords());
    obs.disconnect();
    performance.mark('after-disconnect');
    setImmediate(() => setImmediate(next));
  },
  () => {
    let calls = 0;
    const obs = new PerformanceObserver((list) => {
      calls++;
      log('step4 call', calls, names(list.getEntries()));
      if (calls === 2) {
        obs.disconnect();
        next();
      } else {
        performance.mark('second');
      }
    });
    obs.observe({ type: 'mark' });
    obs.observe({ type: 'measure' });
    performance.mark('first');
    performance.measure('first-measure', 'first');
  },
  () => {
    performance.clearMarks();
    performance.clearMeasures();
    log('done', performance.getEntries().length);
  },
];
function next() {
  const step = steps.shift();
  if (step) step();
}
next();
