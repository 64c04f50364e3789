// AsyncResource and EventEmitterAsyncResource: ids, scopes, bind, validation errors;
// createHook validation; executionAsyncId/triggerAsyncId outside hooks (issue #3 item 5).
'use strict';
const ah = require('node:async_hooks');
const { AsyncResource, executionAsyncId, triggerAsyncId, createHook } = ah;
const { EventEmitterAsyncResource, EventEmitter } = require('node:events');

const show = (e) => console.log(`${e.name} ${e.code} ${e.message}`);

console.log('top level', executionAsyncId(), triggerAsyncId());
const r = new AsyncResource('R');
console.log('id grows', r.asyncId() > executionAsyncId(), 'trigger is main', r.triggerAsyncId() === 1);
const explicit = new AsyncResource('R', { triggerAsyncId: 42 });
console.log('explicit trigger', explicit.triggerAsyncId());
const numeric = new AsyncResource('R', 7);
console.log('numeric trigger', numeric.triggerAsyncId());
console.log('scope ids', r.runInAsyncScope(() => [executionAsyncId() === r.asyncId(), triggerAsyncId()]));
console.log('after scope', executionAsyncId());
console.log('emitDestroy returns this', r.emitDestroy() === r);

try {
  r.runInAsyncScope(() => { throw new Error('boom'); });
} catch (e) {
  console.log('thrown through scope', e.message, 'restored', executionAsyncId());
}

const bound = AsyncResource.bind(function named(a, b) { return [this, a + b, executionAsyncId() > 1]; });
console.log('static bind', bound.length, bound.call('me', 1, 2));
const obj = { v: 'obj' };
const boundThis = r.bind(function () { return this.v; }, obj);
console.log('bind thisArg', boundThis());

for (const args of [[1], [undefined], ['R', { triggerAsyncId: -2 }], ['R', { triggerAsyncId: 1.5 }], ['R', 'x']]) {
  try {
    new AsyncResource(...args);
    console.log('no error for', args);
  } catch (e) {
    show(e);
  }
}
try { r.bind(3); } catch (e) { show(e); }

for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
  try { createHook({ [name]: 1 }); } catch (e) { show(e); }
}
try { createHook({ trackPromises: 'yes' }); } catch (e) { show(e); }
try { createHook({ trackPromises: false, promiseResolve() {} }); } catch (e) { show(e); }
try { createHook(); } catch (e) { console.log(e.name); }

// With an init hook, an empty type is refused.
const h = createHook({ init() {} }).enable();
try { new AsyncResource(''); } catch (e) { show(e); }
h.disable();
console.log('empty type without hooks ok', new AsyncResource('') instanceof AsyncResource);

// EventEmitterAsyncResource runs listeners in the scope of its resource.
class Emitter extends EventEmitterAsyncResource {}
const als = new ah.AsyncLocalStorage();
const em = als.run('at construction', () => new Emitter({ name: 'MyEmitter' }));
console.log('is EventEmitter', em instanceof EventEmitter, 'asyncId > 1', em.asyncId > 1,
  'triggerAsyncId', em.triggerAsyncId, 'resource', em.asyncResource.constructor.name,
  'back link', em.asyncResource.eventEmitter === em);
em.on('x', (v) => console.log('listener', v, als.getStore(), executionAsyncId() === em.asyncId));
als.run('at emit', () => em.emit('x', 1));
em.emitDestroy();
const plain = new EventEmitter();
plain.on('x', () => console.log('plain emitter sees emit context:', als.getStore()));
als.run('at emit', () => plain.emit('x'));
try { new EventEmitterAsyncResource({ name: 5 }); } catch (e) { show(e); }

process.nextTick(() => {
  const [id, trig] = [executionAsyncId(), triggerAsyncId()];
  console.log('in tick: id > 1', id > 1, 'trigger main', trig === 1);
  setTimeout(() => console.log('timer from tick: trigger is tick', triggerAsyncId() === id), 1);
});
Promise.resolve().then(() => console.log('in promise reaction', executionAsyncId(), triggerAsyncId()));
