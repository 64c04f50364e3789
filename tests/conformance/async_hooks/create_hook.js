// async_hooks.createHook: init/before/after/destroy for the resources gonode creates
// (Timeout, Immediate, TickObject, Microtask, AsyncResource), executionAsyncId,
// triggerAsyncId and executionAsyncResource inside each (issue #3 item 5).
// Ids are printed as labels in order of appearance, so the output does not depend on how
// many ids the runtime's own bootstrap consumed. PROMISE resources are left out: gonode
// does not report them (goja has no promise-creation hook; see async_hooks.js).
'use strict';
const ah = require('node:async_hooks');

const events = [];
const labels = new Map([[0, 'none'], [1, 'main']]);
const promises = new Set();
const label = (id) => labels.get(id) ?? 'unknown';
const hook = ah.createHook({
  init(id, type, trigger, resource) {
    if (type === 'PROMISE') { promises.add(id); return; }
    labels.set(id, `${type}${labels.size - 1}`);
    events.push(`init ${label(id)} trigger=${label(trigger)} resource=${typeof resource}`);
  },
  before(id) { if (!promises.has(id)) events.push(`before ${label(id)}`); },
  after(id) { if (!promises.has(id)) events.push(`after ${label(id)}`); },
  destroy(id) { if (!promises.has(id)) events.push(`destroy ${label(id)}`); },
});
console.log('enable returns hook', hook.enable() === hook, 'twice ok', hook.enable() === hook);
const where = (what) => events.push(
  `${what}: exec=${label(ah.executionAsyncId())} trigger=${label(ah.triggerAsyncId())}`);

where('main');
console.log('top-level resource is an object', typeof ah.executionAsyncResource());
setImmediate(function first() {
  where('immediate');
  const t = setTimeout(function second() {
    where('timeout');
    events.push(`resource is the Timeout: ${ah.executionAsyncResource() === t}`);
    process.nextTick(() => where('tick'));
    queueMicrotask(() => where('microtask'));
    let n = 0;
    const iv = setInterval(() => {
      where(`interval run ${++n}`);
      if (n === 2) {
        clearInterval(iv);
        third();
      }
    }, 1);
  }, 1);
  const never = setTimeout(() => {}, 1000);
  clearTimeout(never);
});

function third() {
  const r = new ah.AsyncResource('MyResource');
  const child = new ah.AsyncResource('Child', { triggerAsyncId: r.asyncId() });
  events.push(`child trigger is r: ${child.triggerAsyncId() === r.asyncId()}`);
  r.runInAsyncScope(function (x) {
    where(`runInAsyncScope this=${this} x=${x}`);
    child.runInAsyncScope(() => where('nested scope'));
    events.push(`resource is r: ${ah.executionAsyncResource() === r}`);
  }, 'T', 42);
  const bound = r.bind(() => where('bound'));
  bound();
  r.emitDestroy();
  child.emitDestroy();
  where('after scopes');
  setImmediate(() => {
    where('last immediate');
    setTimeout(() => {
      hook.disable();
      where('after disable');
      setImmediate(() => {
        console.log(events.join('\n'));
      });
    }, 2);
  });
}
