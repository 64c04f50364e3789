// AsyncLocalStorage API: run, exit, enterWith, getStore, disable, bind, snapshot,
// withScope, name, defaultValue, multiple instances and argument validation.
'use strict';
const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');

const a = new AsyncLocalStorage({ name: 'a' });
const b = new AsyncLocalStorage();
console.log('name', JSON.stringify(a.name), JSON.stringify(b.name));
console.log('outside', a.getStore());

console.log('run returns', a.run(1, (x, y) => x + y + a.getStore(), 10, 20));
a.run({ user: 'u1' }, () => {
  console.log('in run', a.getStore(), b.getStore());
  b.run('b-store', () => {
    console.log('nested', a.getStore(), b.getStore());
    a.exit(() => console.log('exit', a.getStore(), b.getStore()));
    console.log('after exit', a.getStore());
  });
  console.log('after nested', b.getStore());
  a.run({ user: 'u2' }, () => console.log('inner run', a.getStore()));
  console.log('restored', a.getStore());
});
console.log('after run', a.getStore());

const withDefault = new AsyncLocalStorage({ defaultValue: 'dflt' });
console.log('default', withDefault.getStore());
withDefault.run('set', () => console.log('default set', withDefault.getStore()));
console.log('default after run', withDefault.getStore());
console.log('default undefined store', withDefault.run(undefined, () => withDefault.getStore()));

// enterWith lasts for the rest of the synchronous execution and what it schedules.
const c = new AsyncLocalStorage();
setImmediate(() => {
  c.enterWith('entered');
  console.log('enterWith', c.getStore());
  setTimeout(() => {
    console.log('enterWith timer', c.getStore());
    // disable drops the store from the current context.
    c.disable();
    console.log('disabled', c.getStore());
    bindAndSnapshot();
  }, 1);
});
setImmediate(() => console.log('next immediate does not see it', c.getStore()));

function bindAndSnapshot() {
  const d = new AsyncLocalStorage();
  const bound = d.run('bound-ctx', () => AsyncLocalStorage.bind(function (x) { return `${d.getStore()} ${x} ${this}`; }));
  const snap = d.run('snap-ctx', () => AsyncLocalStorage.snapshot());
  console.log('bound', bound.call('self', 1), 'length', bound.length);
  console.log('snapshot', snap((x) => `${d.getStore()} ${x}`, 2));
  d.run('other', () => console.log('inside other', bound.call('t', 3), snap(() => d.getStore())));
  const r = d.run('resource-ctx', () => new AsyncResource('X'));
  console.log('resource scope', r.runInAsyncScope(() => d.getStore()));
  const scoped = new AsyncLocalStorage();
  {
    const scope = scoped.withScope('scoped');
    console.log('withScope', scoped.getStore());
    scope[Symbol.dispose]();
    scope.dispose();
  }
  console.log('after dispose', scoped.getStore());
  for (const bad of [null, 1, 'x']) {
    try {
      new AsyncLocalStorage(bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  try {
    AsyncLocalStorage.bind(1);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
