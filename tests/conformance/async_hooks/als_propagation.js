// AsyncLocalStorage carries its store across promises, await, timers, immediates,
// nextTick, queueMicrotask, EventEmitter callbacks and fs callbacks (issue #3 item 5).
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const EventEmitter = require('node:events');
const fs = require('node:fs');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = [];
const note = (what) => log.push(`${what}: ${als.getStore()} / ${other.getStore()}`);

const ee = new EventEmitter();
ee.on('ping', () => note('emitter listener (emit context)'));

function work(id) {
  return als.run(`req${id}`, async () => {
    note(`sync ${id}`);
    await null;
    note(`after await ${id}`);
    await new Promise((r) => setTimeout(r, 5 * id));
    note(`after timer await ${id}`);
    setTimeout(() => note(`timeout ${id}`), 1);
    setImmediate(() => note(`immediate ${id}`));
    process.nextTick(() => note(`tick ${id}`));
    queueMicrotask(() => note(`microtask ${id}`));
    Promise.resolve().then(() => note(`then ${id}`));
    ee.emit('ping');
    other.run(`inner${id}`, () => {
      setTimeout(() => note(`nested timeout ${id}`), 2);
    });
    await new Promise((resolve) => fs.stat(__filename, () => { note(`fs callback ${id}`); resolve(); }));
    await fs.promises.readFile(__filename);
    note(`after fs.promises ${id}`);
    return als.getStore();
  });
}

note('top before');
Promise.all([work(1), work(2)]).then((r) => {
  note(`all done ${r}`);
  setTimeout(() => {
    note('end');
    // Grouped by request and sorted: only which store each callback saw matters here,
    // not the interleaving of timers, immediates and fs completions.
    for (const id of ['1', '2', '']) {
      console.log(`-- ${id || 'outside'}`);
      const lines = log.filter((line) => {
        const m = /(\d)(?:\D*)$/.exec(line.split(':')[0]);
        return (m ? m[1] : '') === id;
      });
      for (const line of lines.sort()) console.log(line);
    }
  }, 20);
});
note('top after');
