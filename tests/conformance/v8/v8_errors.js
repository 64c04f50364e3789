'use strict';
// v8 serialization errors: DataCloneError for values V8 refuses (class, code, message),
// malformed or unsupported input to deserialize(), and argument validation.
const v8 = require('v8');
const log = console.log;

function attempt(label, fn) {
  try {
    const r = fn();
    log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (err) {
    log(label, err.constructor.name, err.name, err.code, JSON.stringify(err.message),
        err instanceof Error, Object.keys(err));
  }
}

// Values V8 cannot clone.
function named(a) { return a; }
class Klass { method() {} }
class FancyMap extends WeakMap {}
const revocable = Proxy.revocable({}, {});
revocable.revoke();
const errorish = new WeakSet();
Object.defineProperty(errorish, 'toString', { value: Error.prototype.toString });
errorish.name = 'Name';
errorish.message = 'msg';
const ctorless = new WeakMap();
ctorless.constructor = Object.defineProperty(function() {}, 'name', { value: '' });
const longFunction = function aFunctionWithAVeryLongSourceText() {
  return 'abcdefghijklmnopqrstuvwxyz' + 'abcdefghijklmnopqrstuvwxyz' + 'abcdefghijklmnopqrstuvwxyz' + 'abcdefghijklmnopqrstuvwxyz';
};
for (const [label, value] of [
  ['function', named],
  ['arrow', (x) => x * 2],
  ['class', Klass],
  ['async function', async function run() {}],
  ['generator function', function* gen() {}],
  ['native function', Math.max],
  ['long function', longFunction],
  ['method', { m() {} }.m],
  ['symbol', Symbol('desc')],
  ['symbol no description', Symbol()],
  ['well-known symbol', Symbol.iterator],
  ['registered symbol', Symbol.for('reg')],
  ['Symbol object', Object(Symbol('boxed'))],
  ['promise', Promise.resolve(1)],
  ['WeakMap', new WeakMap()],
  ['WeakSet', new WeakSet()],
  ['WeakMap subclass', new FancyMap()],
  ['WeakMap without prototype', Object.setPrototypeOf(new WeakMap(), null)],
  ['WeakMap with a nameless constructor', ctorless],
  ['WeakSet with Error toString', errorish],
  ['proxy', new Proxy({}, {})],
  ['proxy of a Map', new Proxy(new Map(), {})],
  ['proxy of a function', new Proxy(function target() {}, {})],
  ['revoked proxy', revocable.proxy],
  ['arguments', (function() { return arguments; })(1, 2)],
  ['generator', (function* () {})()],
  ['map iterator', new Map().keys()],
  ['set iterator', new Set().values()],
  ['globalThis', globalThis],
  ['nested function', { a: 1, b: { c: [() => 1] } }],
  ['function in a map', new Map([['k', named]])],
  ['symbol in a set', new Set([Symbol('in set')])],
  ['symbol as map key', new Map([[Symbol('key'), 1]])],
  ['error cause', new Error('e', { cause: named })],
]) {
  attempt(label, () => v8.serialize(value));
}

// What a failed write leaves in the buffer.
const partial = new v8.Serializer();
partial.writeHeader();
attempt('partial', () => partial.writeValue({ a: 1, b: [2, 'x'], c: Symbol('stop'), d: 4 }));
log('partial buffer', partial.releaseBuffer().toString('hex'));
const getterThrows = { a: 1, get b() { throw new RangeError('from getter'); } };
attempt('throwing getter', () => v8.serialize(getterThrows));
attempt('throwing name', () => v8.serialize(Object.defineProperty(new Error('x'), 'name', { get() { throw new EvalError('name getter'); } })));
attempt('symbol message', () => v8.serialize(Object.assign(new Error('x'), { message: Symbol('m') })));
attempt('throwing toString message', () => v8.serialize(Object.assign(new Error('x'), { message: { toString() { throw new URIError('toString'); } } })));

// Malformed or unsupported input.
for (const [label, hex] of [
  ['empty', ''],
  ['no header', '4902'],
  ['version 12', 'ff0c4902'],
  ['version 16', 'ff104902'],
  ['truncated version', 'ff8f'],
  ['header only', 'ff0f'],
  ['padding only', 'ff0f0000'],
  ['truncated int', 'ff0f4980'],
  ['truncated double', 'ff0f4e0000'],
  ['truncated string', 'ff0f220561'],
  ['odd two-byte length', 'ff0f6303616200'],
  ['negative zero bigint', 'ff0f5a01'],
  ['truncated bigint', 'ff0f5a100100'],
  ['bad reference', 'ff0f5e00'],
  ['forward reference', 'ff0f6f2201615e057b01'],
  ['object key object', 'ff0f6f6f7b0049027b01'],
  ['object key undefined', 'ff0f6f5f49027b01'],
  ['duplicate key', 'ff0f6f2201614902220161490a7b02'],
  ['duplicate number key', 'ff0f6f49024902220131490a7b02'],
  ['wrong property count', 'ff0f6f22016149027b02'],
  ['unterminated object', 'ff0f6f2201614902'],
  ['dense array too long', 'ff0f410a4902'],
  ['dense array wrong length', 'ff0f4101490224000002'],
  ['dense array length key', 'ff0f410149022206' + Buffer.from('length').toString('hex') + '4902240101'],
  ['dense array element twice', 'ff0f41014902490049042401'],
  ['sparse array count', 'ff0f6103400103'],
  ['map odd entries', 'ff0f3b49023a01'],
  ['map count', 'ff0f3b490249043a04'],
  ['set count', 'ff0f2749022c02'],
  ['unknown tag', 'ff0f4d'],
  ['shared array buffer', 'ff0f7501'],
  ['shared object', 'ff0f7001'],
  ['wasm module', 'ff0f7701'],
  ['transfer without buffer', 'ff0f7401'],
  ['regexp bad flags', 'ff0f52220161ff03'],
  ['regexp linear flag', 'ff0f5222016140'],
  ['regexp u and v', 'ff0f52220161900200'],
  ['regexp pattern not a string', 'ff0f52490200'],
  ['view out of bounds', 'ff0f42020000564200030000'],
  ['view misaligned', 'ff0f420400000000565701020000'],
  ['view bad subtag', 'ff0f42020000567801010000'],
  ['view length tracking', 'ff0f42020000564200020100'],
  ['view without buffer', 'ff0f56420001'],
  ['error unknown tag', 'ff0f72782e'],
  ['error stack then message', 'ff0f72732201536d22016d2e'],
  ['error missing end', 'ff0f726d22016d'],
  ['string object of number', 'ff0f734902'],
  ['host object', 'ff0f5c00'],
  ['verify count', 'ff0f3f01'],
]) {
  attempt(label, () => v8.deserialize(Buffer.from(hex, 'hex')));
}
try {
  v8.deserialize(Buffer.from('ff0f5222015b01', 'hex'));
} catch (err) {
  log('regexp syntax', err.name, err instanceof SyntaxError);
}

// Argument validation.
for (const [label, fn] of [
  ['deserialize()', () => v8.deserialize()],
  ['deserialize(string)', () => v8.deserialize('ff0f')],
  ['deserialize(array)', () => v8.deserialize([0xff, 0x0f])],
  ['deserialize(ArrayBuffer)', () => v8.deserialize(new ArrayBuffer(2))],
  ['new Deserializer(null)', () => new v8.Deserializer(null)],
  ['writeRawBytes(number)', () => new v8.Serializer().writeRawBytes(1)],
  ['transferArrayBuffer(1, view)', () => new v8.Serializer().transferArrayBuffer(1, new Uint8Array(1))],
  ['Deserializer transferArrayBuffer(1, null)', () => new v8.Deserializer(Buffer.alloc(1)).transferArrayBuffer(1, null)],
  ['_readRawBytes(Symbol)', () => new v8.Deserializer(Buffer.alloc(1))._readRawBytes(Symbol('n'))],
]) {
  attempt(label, fn);
}
