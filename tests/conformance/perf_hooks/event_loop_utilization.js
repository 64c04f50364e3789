// performance.eventLoopUtilization() and nodeTiming loop fields measure the loop's idle
// time (waiting for work) and active time; worker.performance.eventLoopUtilization() reads
// a worker's loop from its parent (issue #3 item 6, issue #6 item 3). Only coarse,
// timing-robust facts are printed.
'use strict';
const { performance } = require('node:perf_hooks');
const { Worker } = require('node:worker_threads');

const before = performance.eventLoopUtilization();
console.log('before the loop starts', before, performance.nodeTiming.loopStart);

setTimeout(() => {
  const u = performance.eventLoopUtilization();
  console.log('idle while waiting on a timer', u.idle > 60, u.utilization < 0.5);
  console.log('nodeTiming', performance.nodeTiming.loopStart > 0, performance.nodeTiming.idleTime > 60);
  const start = Date.now();
  while (Date.now() - start < 50);
  const busy = performance.eventLoopUtilization(u);
  console.log('busy since', busy.active >= 45, busy.utilization > 0.8);
  const diff = performance.eventLoopUtilization(performance.eventLoopUtilization(), u);
  console.log('two-argument form', diff.active >= 45, typeof diff.utilization);

  const w = new Worker('setTimeout(() => {}, 300)', { eval: true });
  w.on('online', () => setTimeout(() => {
    const wu = w.performance.eventLoopUtilization();
    console.log('worker idle on its timer', wu.idle > 100, wu.utilization < 0.5);
    const later = w.performance.eventLoopUtilization(wu);
    console.log('worker delta form', typeof later.idle, later.idle >= 0);
    w.on('exit', () => console.log('after exit', w.performance.eventLoopUtilization()));
  }, 150));
}, 100);
