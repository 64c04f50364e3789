'use strict';
// Atomics operations on every integer typed array, over shared and non-shared buffers:
// results, conversions, wrap-around, argument validation and error messages.
function fmt(v) {
  return typeof v === 'bigint' ? v + 'n' : typeof v === 'string' ? JSON.stringify(v) : Object.is(v, -0) ? '-0' : String(v);
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

show('Atomics tag', () => Object.prototype.toString.call(Atomics));
show('Atomics desc', () => JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'Atomics'), (k, v) => k === 'value' ? typeof v : v));
show('Atomics keys', () => JSON.stringify(Reflect.ownKeys(Atomics).map(String)));
show('Atomics fns', () => Object.entries(Object.getOwnPropertyDescriptors(Atomics)).filter(([, d]) => typeof d.value === 'function').map(([k, d]) => k + ':' + d.value.name + '/' + d.value.length + (d.writable && !d.enumerable && d.configurable ? '' : '!')).join(' '));
show('toStringTag desc', () => JSON.stringify(Object.getOwnPropertyDescriptor(Atomics, Symbol.toStringTag)));
show('not a constructor', () => { try { new Atomics.add(); return 'constructed'; } catch (e) { return e.constructor.name; } });

const INT = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array];
const BIG = [BigInt64Array, BigUint64Array];
for (const shared of [true, false]) {
  const mk = (T, n) => new T(shared ? new SharedArrayBuffer(n * T.BYTES_PER_ELEMENT) : new ArrayBuffer(n * T.BYTES_PER_ELEMENT));
  const tag = shared ? 'shared ' : 'plain ';
  for (const T of INT) {
    const a = mk(T, 4);
    const p = tag + T.name + ' ';
    show(p + 'store 300', () => Atomics.store(a, 1, 300));
    show(p + 'load', () => Atomics.load(a, 1));
    show(p + 'add 100', () => Atomics.add(a, 1, 100));
    show(p + 'sub 500', () => Atomics.sub(a, 1, 500));
    show(p + 'load', () => Atomics.load(a, 1));
    show(p + 'and 0xf0f0', () => Atomics.and(a, 1, 0xf0f0));
    show(p + 'or 0x0f01', () => Atomics.or(a, 1, 0x0f01));
    show(p + 'xor -1', () => Atomics.xor(a, 1, -1));
    show(p + 'exchange 2**31', () => Atomics.exchange(a, 1, 2 ** 31));
    show(p + 'cmpxchg miss', () => Atomics.compareExchange(a, 1, 5, 6));
    show(p + 'cmpxchg hit', () => Atomics.compareExchange(a, 1, Atomics.load(a, 1), -7));
    show(p + 'cmpxchg wrapped expected', () => Atomics.compareExchange(a, 1, -7 + 2 ** 32, 9));
    show(p + 'load', () => Atomics.load(a, 1));
    show(p + 'neighbours', () => [a[0], a[2], a[3]].join());
    show(p + 'store -0', () => Atomics.store(a, 0, -0));
    show(p + 'store 1.9', () => Atomics.store(a, 0, 1.9));
    show(p + 'store -1.9', () => Atomics.store(a, 0, -1.9));
    show(p + 'store "12"', () => Atomics.store(a, 0, '12'));
    show(p + 'store "x"', () => Atomics.store(a, 0, 'x'));
    show(p + 'store Infinity', () => Atomics.store(a, 0, Infinity));
    show(p + 'store 2**53+2', () => Atomics.store(a, 0, 2 ** 53 + 2));
    show(p + 'store undefined', () => Atomics.store(a, 0));
    show(p + 'store true', () => Atomics.store(a, 0, true));
    show(p + 'store valueOf', () => Atomics.store(a, 0, { valueOf() { return 77; } }));
    show(p + 'load after', () => Atomics.load(a, 0));
    show(p + 'store 1n', () => Atomics.store(a, 0, 1n));
    show(p + 'add symbol', () => Atomics.add(a, 0, Symbol()));
    show(p + 'min wrap', () => { Atomics.store(a, 3, 0); Atomics.sub(a, 3, 1); return Atomics.load(a, 3); });
  }
  for (const T of BIG) {
    const a = mk(T, 3);
    const p = tag + T.name + ' ';
    show(p + 'store 2n**64n+3n', () => Atomics.store(a, 1, 2n ** 64n + 3n));
    show(p + 'load', () => Atomics.load(a, 1));
    show(p + 'store -1n', () => Atomics.store(a, 1, -1n));
    show(p + 'load', () => Atomics.load(a, 1));
    show(p + 'add 2n', () => Atomics.add(a, 1, 2n));
    show(p + 'sub 3n', () => Atomics.sub(a, 1, 3n));
    show(p + 'and', () => Atomics.and(a, 1, 0xff00ff00ff00ff00n));
    show(p + 'or', () => Atomics.or(a, 1, 1n));
    show(p + 'xor', () => Atomics.xor(a, 1, -1n));
    show(p + 'exchange 2n**63n', () => Atomics.exchange(a, 1, 2n ** 63n));
    show(p + 'cmpxchg miss', () => Atomics.compareExchange(a, 1, 0n, 1n));
    show(p + 'cmpxchg hit', () => Atomics.compareExchange(a, 1, -(2n ** 63n), 5n));
    show(p + 'load', () => Atomics.load(a, 1));
    show(p + 'neighbours', () => [a[0], a[2]].join());
    show(p + 'store "0x10"', () => Atomics.store(a, 0, ' 0x10 '));
    show(p + 'store "-12"', () => Atomics.store(a, 0, '-12'));
    show(p + 'store ""', () => Atomics.store(a, 0, ''));
    show(p + 'store true', () => Atomics.store(a, 0, true));
    show(p + 'store valueOf', () => Atomics.store(a, 0, { valueOf() { return 9n; } }));
    show(p + 'store toPrimitive', () => Atomics.store(a, 0, { [Symbol.toPrimitive](h) { return h === 'number' ? 4n : 0n; } }));
    show(p + 'store 5', () => Atomics.store(a, 0, 5));
    show(p + 'store 1.5', () => Atomics.store(a, 0, 1.5));
    show(p + 'store NaN', () => Atomics.store(a, 0, NaN));
    show(p + 'store "1e3"', () => Atomics.store(a, 0, '1e3'));
    show(p + 'store "-0x1"', () => Atomics.store(a, 0, '-0x1'));
    show(p + 'store "1_0"', () => Atomics.store(a, 0, '1_0'));
    show(p + 'store undefined', () => Atomics.store(a, 0));
    show(p + 'store null', () => Atomics.store(a, 0, null));
    show(p + 'store symbol', () => Atomics.store(a, 0, Symbol('s')));
    show(p + 'store {}', () => Atomics.store(a, 0, {}));
    show(p + 'cmpxchg number', () => Atomics.compareExchange(a, 0, 1, 2n));
    show(p + 'load after', () => Atomics.load(a, 0));
  }
}

// Sub-word cells are independent of their neighbours.
{
  const s = new SharedArrayBuffer(8);
  const u8 = new Uint8Array(s), i16 = new Int16Array(s);
  for (let i = 0; i < 8; i++) Atomics.store(u8, i, i * 16 + i);
  Atomics.add(u8, 2, 200);
  Atomics.sub(u8, 5, 100);
  Atomics.xor(i16, 3, 0x7fff);
  show('sub-word bytes', () => Array.from(u8).join(' '));
  show('sub-word i16', () => Array.from(i16).join(' '));
}

// Indexes
const s32 = new Int32Array(new SharedArrayBuffer(16));
Atomics.store(s32, 2, 42);
for (const idx of [0, '2', 2.9, -0, -0.5, NaN, undefined, null, false, true, '0x2', { valueOf() { return 2; } }, -1, 4, 2 ** 53, Infinity, -Infinity, '-1', Symbol(), 1n]) {
  show('index ' + (typeof idx === 'symbol' ? 'symbol' : typeof idx === 'bigint' ? '1n' : typeof idx === 'object' && idx ? 'obj' : typeof idx === 'string' ? JSON.stringify(idx) : Object.is(idx, -0) ? '-0' : String(idx)), () => Atomics.load(s32, idx));
}
show('sub-array index', () => { const v = new Int32Array(s32.buffer, 8, 1); return Atomics.load(v, 0) + ',' + (() => { try { return Atomics.load(v, 1); } catch (e) { return e.message; } })(); });
show('index checked before value', () => Atomics.store(s32, 9, Symbol()));
show('value coerced after index', () => { const log = []; try { Atomics.store(s32, { valueOf() { log.push('index'); return 0; } }, { valueOf() { log.push('value'); return 1; } }); } catch (e) { log.push(e.message); } return log.join(); });
show('cmpxchg coercion order', () => { const log = []; Atomics.compareExchange(s32, { valueOf() { log.push('i'); return 0; } }, { valueOf() { log.push('e'); return 1; } }, { valueOf() { log.push('r'); return 2; } }); return log.join(); });
show('throwing valueOf', () => Atomics.add(s32, 0, { valueOf() { throw new Error('from valueOf'); } }));

// Non-integer arrays and non-arrays
const badArrays = [
  ['Float32Array', new Float32Array(4)], ['Float64Array', new Float64Array(new SharedArrayBuffer(16))], ['Uint8ClampedArray', new Uint8ClampedArray(4)],
  ['array', [1, 2]], ['object', {}], ['null', null], ['undefined', undefined], ['number', 1.5], ['string', 'abc'], ['symbol', Symbol('q')], ['bigint', 10n], ['true', true],
  ['function', function foo() { return 1; }], ['class instance', new (class Foo {})()], ['null proto', Object.create(null)], ['date', new Date(0)], ['error', new Error('m')],
  ['regexp', /re/g], ['map', new Map()], ['ArrayBuffer', new ArrayBuffer(4)], ['SharedArrayBuffer', new SharedArrayBuffer(4)], ['DataView', new DataView(new SharedArrayBuffer(4))],
  ['Math', Math], ['Number object', new Number(3)], ['Boolean object', new Boolean(true)], ['String object', new String('s')], ['promise', Promise.resolve()],
  ['tagged', { [Symbol.toStringTag]: 'Tag' }], ['typed array, null proto', Object.setPrototypeOf(new Float32Array(1), null)],
];
for (const [n, v] of badArrays) {
  show('add(' + n + ')', () => Atomics.add(v, 0, 0));
}
show('load(Uint8Clamped shared)', () => Atomics.load(new Uint8ClampedArray(new SharedArrayBuffer(4)), 0));
show('no args', () => Atomics.load());
show('subclass ok', () => { class My extends Int16Array {} return Atomics.add(new My(new SharedArrayBuffer(4)), 1, 5) + Atomics.load(new My(2), 0); });
show('typed array own tag', () => { const x = new Int32Array(4); Object.defineProperty(x, Symbol.toStringTag, { value: 'zz' }); return Atomics.wait(x, 0, 0); });

// isLockFree, pause
show('isLockFree', () => [0, 1, 2, 3, 4, 5, 6, 7, 8, 16, -4].map((n) => Atomics.isLockFree(n)).join());
show('isLockFree coercion', () => [Atomics.isLockFree('4'), Atomics.isLockFree(4.9), Atomics.isLockFree(), Atomics.isLockFree(NaN)].join());
show('isLockFree symbol', () => Atomics.isLockFree(Symbol()));
for (const [n, v] of [['none', undefined], ['0', 0], ['-0', -0], ['5', 5], ['-5', -5], ['2**53', 2 ** 53], ['1e300', 1e300], ['1.5', 1.5], ['NaN', NaN], ['Infinity', Infinity], ['"1"', '1'], ['null', null], ['1n', 1n], ['object', { valueOf() { return 1; } }]]) {
  show('pause(' + n + ')', () => Atomics.pause(v));
}
