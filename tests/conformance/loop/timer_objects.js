const t = setTimeout(() => {}, 1000);
console.log('hasRef', t.hasRef());
t.unref();
console.log('after unref', t.hasRef());
t.ref();
console.log('after ref', t.hasRef());
console.log('toPrimitive is number', typeof t[Symbol.toPrimitive]());
console.log('same id twice', +t === +t);
clearTimeout(+t);
const i = setImmediate(() => console.log('immediate ran'));
console.log('immediate hasRef', i.hasRef());
const j = setImmediate(() => console.log('cleared immediate: never'));
clearImmediate(j);
const r = setTimeout(() => console.log('refreshed timer fired'), 20);
setTimeout(() => r.refresh(), 10);
const u = setInterval(() => console.log('unref interval: never'), 5000);
u.unref();
console.log('refresh returns timer', r.refresh() === r);
for (const [name, fn] of [['setTimeout', setTimeout], ['setInterval', setInterval], ['setImmediate', setImmediate]]) {
  try { fn('not a function'); } catch (e) { console.log(name, e.name, e.code); }
}
try { process.nextTick(42); } catch (e) { console.log('nextTick', e.name, e.code); }
try { queueMicrotask({}); } catch (e) { console.log('queueMicrotask', e.name, e.code); }
