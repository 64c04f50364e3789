'use strict';
// SharedArrayBuffer: constructor, prototype, descriptors, slice, growable, views.
function show(label, f) {
  let r;
  try {
    const v = f();
    r = typeof v === 'bigint' ? v + 'n' : typeof v === 'string' ? JSON.stringify(v) : String(v);
  } catch (e) {
    r = e.constructor.name + ': ' + e.message;
  }
  console.log(label + ' -> ' + r);
}
const desc = (o, k) => JSON.stringify(Object.getOwnPropertyDescriptor(o, k), (key, v) => typeof v === 'function' ? 'fn:' + v.name + '/' + v.length : v);

show('typeof', () => typeof SharedArrayBuffer);
show('name/length', () => SharedArrayBuffer.name + '/' + SharedArrayBuffer.length);
show('global desc', () => desc(globalThis, 'SharedArrayBuffer'));
show('prototype desc', () => JSON.stringify(Object.getOwnPropertyDescriptor(SharedArrayBuffer, 'prototype')));
show('ctor keys', () => JSON.stringify(Object.getOwnPropertyNames(SharedArrayBuffer).sort()));
show('species desc', () => desc(SharedArrayBuffer, Symbol.species));
show('species value', () => SharedArrayBuffer[Symbol.species] === SharedArrayBuffer);
show('proto keys', () => JSON.stringify(Reflect.ownKeys(SharedArrayBuffer.prototype).map(String)));
for (const k of ['constructor', 'byteLength', 'slice', 'maxByteLength', 'growable', 'grow', Symbol.toStringTag]) {
  show('proto ' + String(k), () => desc(SharedArrayBuffer.prototype, k));
}
show('constructor link', () => SharedArrayBuffer.prototype.constructor === SharedArrayBuffer);
show('call without new', () => SharedArrayBuffer(8));

const s = new SharedArrayBuffer(16);
show('byteLength', () => s.byteLength);
show('growable', () => s.growable);
show('maxByteLength', () => s.maxByteLength);
show('toString tag', () => Object.prototype.toString.call(s));
show('String()', () => String(s));
show('instanceof SAB', () => s instanceof SharedArrayBuffer);
show('instanceof ArrayBuffer', () => s instanceof ArrayBuffer);
show('isView', () => ArrayBuffer.isView(s));
show('own keys', () => Reflect.ownKeys(s).length);
show('proto', () => Object.getPrototypeOf(s) === SharedArrayBuffer.prototype);

for (const a of [undefined, 0, 1.9, '8', -0, NaN, null, true, -1, 2 ** 53, Infinity, Symbol('x'), 1n, { valueOf() { return 3; } }]) {
  show('new SAB(' + (typeof a === 'symbol' ? 'symbol' : typeof a === 'bigint' ? a + 'n' : typeof a === 'object' && a ? 'obj' : String(a)) + ')', () => new SharedArrayBuffer(a).byteLength);
}
show('new SAB(4, null)', () => new SharedArrayBuffer(4, null).growable);
show('new SAB(4, 5)', () => new SharedArrayBuffer(4, 5).growable);
show('new SAB(4, {})', () => new SharedArrayBuffer(4, {}).growable);
show('new SAB(4, {max: undefined})', () => new SharedArrayBuffer(4, { maxByteLength: undefined }).growable);
show('new SAB(4, {max: 8})', () => { const g = new SharedArrayBuffer(4, { maxByteLength: 8 }); return [g.byteLength, g.growable, g.maxByteLength].join(); });
show('new SAB(4, {max: "6"})', () => new SharedArrayBuffer(4, { maxByteLength: '6' }).maxByteLength);
show('new SAB(4, {max: 2})', () => new SharedArrayBuffer(4, { maxByteLength: 2 }));
show('new SAB(0, {max: NaN})', () => new SharedArrayBuffer(0, { maxByteLength: NaN }).maxByteLength);
show('new SAB(4, {max: -1})', () => new SharedArrayBuffer(4, { maxByteLength: -1 }));
show('new SAB(0, {max: 2**53})', () => new SharedArrayBuffer(0, { maxByteLength: 2 ** 53 }));
show('new SAB(0, {max: 2**53-1})', () => new SharedArrayBuffer(0, { maxByteLength: 2 ** 53 - 1 }));
show('new SAB(0, {max: 1n})', () => new SharedArrayBuffer(0, { maxByteLength: 1n }));
show('new SAB(0, {max: 2**32})', () => new SharedArrayBuffer(0, { maxByteLength: 2 ** 32 }).maxByteLength);
show('options getter throws', () => new SharedArrayBuffer(0, { get maxByteLength() { throw new Error('boom'); } }));
show('order', () => {
  const order = [];
  try {
    new SharedArrayBuffer({ valueOf() { order.push('length'); return 3; } }, { get maxByteLength() { order.push('max'); return 2; } });
  } catch (e) { order.push(e.message); }
  return order.join();
});

// grow
const g = new SharedArrayBuffer(4, { maxByteLength: 16 });
show('grow(8)', () => g.grow(8));
show('after grow', () => [g.byteLength, g.maxByteLength, g.growable].join());
show('grow same', () => { g.grow(8); return g.byteLength; });
show('grow smaller', () => g.grow(4));
show('grow too big', () => g.grow(17));
show('grow -1', () => g.grow(-1));
show('grow NaN', () => g.grow(NaN));
show('grow "12"', () => { g.grow('12'); return g.byteLength; });
show('grow 13.7', () => { g.grow(13.7); return g.byteLength; });
show('grow symbol', () => g.grow(Symbol()));
show('grow non-growable', () => s.grow(16));
show('grow max', () => { g.grow(16); return g.byteLength; });
show('views after grow', () => [new Int32Array(g).length, new Uint8Array(g, 8).length, new DataView(g).byteLength, new Int32Array(g, 4, 3).length].join());
show('fixed view', () => new Int32Array(g, 12, 2).length);
show('growable slice', () => { const c = g.slice(2); return [c.byteLength, c.growable, c.maxByteLength].join(); });
show('grow write read', () => {
  const h = new SharedArrayBuffer(2, { maxByteLength: 64 });
  h.grow(64);
  const v = new Uint8Array(h);
  v[63] = 7;
  return new DataView(h).getUint8(63) + ',' + v.length;
});

// incompatible receivers
const get = (k) => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, k).get;
for (const k of ['byteLength', 'growable', 'maxByteLength']) {
  for (const [n, r] of [['undefined', undefined], ['1', 1], ['str', 'abc'], ['obj', {}], ['array', []], ['ab', new ArrayBuffer(1)], ['proto', SharedArrayBuffer.prototype]]) {
    show(k + ' on ' + n, () => get(k).call(r));
  }
}
show('slice on ab', () => SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(4)));
show('slice on null', () => SharedArrayBuffer.prototype.slice.call(null));
show('grow on ab', () => SharedArrayBuffer.prototype.grow.call(new ArrayBuffer(4), 1));
show('ab with SAB proto', () => { const a = new ArrayBuffer(4); Object.setPrototypeOf(a, SharedArrayBuffer.prototype); return a.byteLength; });
show('SAB with Object proto', () => { const a = new SharedArrayBuffer(4); Object.setPrototypeOf(a, Object.prototype); return get('byteLength').call(a); });

// slice
const b = new SharedArrayBuffer(8);
new Uint8Array(b).set([1, 2, 3, 4, 5, 6, 7, 8]);
const bytes = (x) => Array.from(new Uint8Array(x)).join(' ');
for (const args of [[], [2], [-3], [2, 5], [-3, -1], [5, 2], ['1', '3'], [-Infinity, Infinity], [NaN, NaN], [1.5, 6.9], [undefined, 4]]) {
  show('slice(' + args.map(String).join(',') + ')', () => { const c = b.slice(...args); return (c instanceof SharedArrayBuffer) + ' ' + c.byteLength + ' [' + bytes(c) + ']'; });
}
show('slice copy independent', () => { const c = b.slice(0, 2); new Uint8Array(c)[0] = 99; return new Uint8Array(b)[0]; });
show('slice symbol', () => b.slice(Symbol()));
class Sub extends SharedArrayBuffer {}
const sub = new Sub(4);
show('subclass', () => [sub instanceof Sub, sub instanceof SharedArrayBuffer, sub.byteLength, Object.prototype.toString.call(sub)].join());
show('subclass slice', () => sub.slice(1) instanceof Sub);
const sp = (ctor) => { const x = new SharedArrayBuffer(8); x.constructor = ctor; return x; };
show('species undefined ctor', () => sp(undefined).slice(1).byteLength);
show('species ctor not object', () => sp(1).slice(1));
show('species null', () => sp({ [Symbol.species]: null }).slice(2).byteLength);
show('species not ctor', () => sp({ [Symbol.species]: () => {} }).slice(1));
show('species returns this', () => { const x = new SharedArrayBuffer(8); x.constructor = { [Symbol.species]: function () { return x; } }; return x.slice(1); });
show('species too small', () => sp({ [Symbol.species]: function () { return new SharedArrayBuffer(1); } }).slice(1));
show('species returns ab', () => sp({ [Symbol.species]: function () { return new ArrayBuffer(8); } }).slice(1));
show('species bigger ok', () => sp({ [Symbol.species]: function () { return new SharedArrayBuffer(32); } }).slice(1).byteLength);
function F() {}
F.prototype = 1;
show('reflect construct bad proto', () => Object.getPrototypeOf(Reflect.construct(SharedArrayBuffer, [1], F)) === SharedArrayBuffer.prototype);
const P = {};
function G() {}
G.prototype = P;
show('reflect construct proto', () => Object.getPrototypeOf(Reflect.construct(SharedArrayBuffer, [1], G)) === P);

// typed arrays and DataView over a SAB share its memory
const m = new SharedArrayBuffer(32);
const u8 = new Uint8Array(m), i32 = new Int32Array(m, 4, 2), f64 = new Float64Array(m, 8, 1), dv = new DataView(m, 16);
i32[0] = -2;
f64[0] = 1.5;
dv.setInt16(0, 0x1234);
const i64 = new BigInt64Array(m, 24, 1);
i64[0] = -5n;
show('bytes', () => bytes(m));
show('view buffers', () => [u8.buffer === m, i32.buffer === m, f64.buffer === m, dv.buffer === m].join());
show('view offsets', () => [i32.byteOffset, i32.length, dv.byteOffset, dv.byteLength].join());
show('cross read', () => [new Int32Array(m)[1], new Float64Array(m)[1], dv.getUint8(0), new BigUint64Array(m)[3]].join());
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  show(T.name + ' over SAB', () => { const v = new T(m); return v.length + ' ' + (v.buffer === m) + ' ' + (v.subarray(1).buffer === m) + ' ' + (v.slice(1).buffer instanceof ArrayBuffer) + ' ' + (new T(v).buffer instanceof ArrayBuffer); });
}
show('typed array too long', () => new Int32Array(m, 0, 9));
show('dataview out of range', () => new DataView(m, 33));
show('zero length', () => { const z = new SharedArrayBuffer(0); return [z.byteLength, new Uint8Array(z).length].join(); });
show('zero length slice', () => new SharedArrayBuffer(0).slice().byteLength);
show('zero length growable slice', () => new SharedArrayBuffer(0, { maxByteLength: 4 }).slice().byteLength);
show('empty slice', () => new SharedArrayBuffer(4).slice(2, 2).byteLength);
