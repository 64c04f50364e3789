'use strict';
// Atomics.wait / notify / waitAsync on one thread (Node allows wait on the main thread).
function fmt(v) {
  return typeof v === 'bigint' ? v + 'n' : typeof v === 'string' ? JSON.stringify(v) : String(v);
}
function show(label, f) {
  let r;
  try {
    r = fmt(f());
  } catch (e) {
    r = e.constructor.name + ': ' + e.message;
  }
  console.log(label + ' -> ' + r);
}
const sab = new SharedArrayBuffer(32);
const i32 = new Int32Array(sab);
const i64 = new BigInt64Array(sab, 16);
Atomics.store(i32, 0, 5);

show('wait not-equal', () => Atomics.wait(i32, 0, 4));
show('wait timeout 0', () => Atomics.wait(i32, 0, 5, 0));
show('wait timeout -1', () => Atomics.wait(i32, 0, 5, -1));
show('wait timeout -Infinity', () => Atomics.wait(i32, 0, 5, -Infinity));
show('wait timeout 0.5', () => Atomics.wait(i32, 0, 5, 0.5));
show('wait timeout 20', () => { const t = Date.now(); const r = Atomics.wait(i32, 0, 5, 20); return r + ' ' + (Date.now() - t >= 19); });
show('wait value coerced', () => Atomics.wait(i32, 0, '5', 0));
show('wait value wraps', () => Atomics.wait(i32, 0, 5 + 2 ** 32, 0));
show('wait value valueOf', () => Atomics.wait(i32, 0, { valueOf() { return 5; } }, 0));
show('wait timeout string', () => Atomics.wait(i32, 0, 5, '1'));
show('wait bigint', () => Atomics.wait(i64, 0, 0n, 0));
show('wait bigint not-equal', () => Atomics.wait(i64, 0, 1n));
show('wait bigint 2**64', () => Atomics.wait(i64, 0, 2n ** 64n, 0));
show('wait bigint from number', () => Atomics.wait(i64, 0, 0, 0));
show('wait bigint from string', () => Atomics.wait(i64, 0, '0', 0));
show('wait plain Int32Array', () => Atomics.wait(new Int32Array(4), 0, 0, 0));
show('wait Uint32Array', () => Atomics.wait(new Uint32Array(sab), 0, 0, 0));
show('wait Int16Array', () => Atomics.wait(new Int16Array(sab), 0, 0, 0));
show('wait Float64Array', () => Atomics.wait(new Float64Array(sab), 0, 0, 0));
show('wait BigUint64Array', () => Atomics.wait(new BigUint64Array(sab), 0, 0n, 0));
show('wait string', () => Atomics.wait('x', 0, 0, 0));
show('wait index', () => Atomics.wait(i32, 8, 0, 0));
show('wait index -1', () => Atomics.wait(i32, -1, 0, 0));
show('wait symbol value', () => Atomics.wait(i32, 0, Symbol(), 0));
show('wait symbol timeout', () => Atomics.wait(i32, 0, 5, Symbol()));
show('wait bigint timeout', () => Atomics.wait(i32, 0, 5, 1n));
show('wait order', () => { const log = []; try { Atomics.wait(i32, { valueOf() { log.push('index'); return 0; } }, { valueOf() { log.push('value'); return 5; } }, { valueOf() { log.push('timeout'); return 0; } }); } catch (e) { log.push(e.message); } return log.join(); });

show('notify none', () => Atomics.notify(i32, 0));
show('notify count', () => Atomics.notify(i32, 0, 3));
show('notify -Infinity', () => Atomics.notify(i32, 0, -Infinity));
show('notify undefined count', () => Atomics.notify(i32, 0, undefined));
show('notify plain', () => Atomics.notify(new Int32Array(4), 0));
show('notify plain bad index', () => Atomics.notify(new Int32Array(4), 4));
show('notify bigint', () => Atomics.notify(i64, 1, 1));
show('notify Int8Array', () => Atomics.notify(new Int8Array(sab), 0));
show('notify Float32Array', () => Atomics.notify(new Float32Array(4), 0));
show('notify symbol count', () => Atomics.notify(i32, 0, Symbol()));
show('notify index before count', () => Atomics.notify(i32, 8, Symbol()));
show('notify throwing count', () => Atomics.notify(new Int32Array(4), 0, { valueOf() { throw new Error('count'); } }));

show('waitAsync not-equal', () => JSON.stringify(Atomics.waitAsync(i32, 0, 4)));
show('waitAsync timeout 0', () => JSON.stringify(Atomics.waitAsync(i32, 0, 5, 0)));
show('waitAsync timeout -5', () => JSON.stringify(Atomics.waitAsync(i32, 0, 5, -5)));
show('waitAsync bigint not-equal', () => JSON.stringify(Atomics.waitAsync(i64, 0, 3n)));
show('waitAsync plain', () => Atomics.waitAsync(new Int32Array(4), 0, 0));
show('waitAsync Uint32Array', () => Atomics.waitAsync(new Uint32Array(sab), 0, 0));
show('waitAsync index', () => Atomics.waitAsync(i32, 8, 0));
show('waitAsync bigint from number', () => Atomics.waitAsync(i64, 0, 0));

const r = Atomics.waitAsync(i32, 0, 5);
show('waitAsync result', () => [r.async, Object.prototype.toString.call(r.value), Object.getPrototypeOf(r) === Object.prototype, JSON.stringify(Object.keys(r))].join());
show('waitAsync descriptors', () => JSON.stringify(Object.getOwnPropertyDescriptor(r, 'async')));
const r2 = Atomics.waitAsync(i32, 0, 5, 1e9);
const r4 = Atomics.waitAsync(i64, 1, 0n);
show('notify other index', () => Atomics.notify(i32, 2));
show('notify 1 of 2', () => Atomics.notify(i32, 0, 1));
console.log('sync code done');
Promise.resolve().then(() => console.log('microtask'));
// Each step waits for the previous one's promises, so the output does not depend on timing.
// Pending waitAsync calls do not keep the loop alive: this timer does until the end.
const keepAlive = setTimeout(() => console.log('keep-alive timer fired'), 20000);
r.value.then((v) => {
  console.log('first waiter -> ' + v);
  show('notify remaining', () => Atomics.notify(i32, 0));
  show('notify bigint waiter', () => Atomics.notify(i64, 1));
  show('notify again', () => Atomics.notify(i32, 0));
  return Promise.all([r2.value, r4.value]);
}).then(([v2, v4]) => {
  console.log('second waiter -> ' + v2 + ', bigint waiter -> ' + v4);
  const t0 = Date.now();
  const r3 = Atomics.waitAsync(i32, 1, 0, 30);
  show('timed waiter async', () => r3.async);
  return r3.value.then((v) => v + ' ' + (Date.now() - t0 >= 29));
}).then((v3) => {
  console.log('timed waiter -> ' + v3);
  show('notify timed waiter after timeout', () => Atomics.notify(i32, 1));
  // A pending waitAsync does not keep the process alive.
  Atomics.waitAsync(i32, 3, 0).value.then(() => console.log('never'));
  Atomics.waitAsync(i32, 3, 0, 60000).value.then(() => console.log('never either'));
  clearTimeout(keepAlive);
  setTimeout(() => console.log('last timer'), 10);
});
