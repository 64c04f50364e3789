'use strict';
// v8.serialize()/v8.deserialize(): V8's wire format (version 15) byte for byte, and the
// values read back.
const v8 = require('v8');
const util = require('util');
const log = console.log;

function show(label, value) {
  const buf = v8.serialize(value);
  log(label, buf.toString('hex'));
  log('  ->', util.inspect(v8.deserialize(buf), { depth: 4 }));
}

// Primitives.
for (const [label, value] of [
  ['undefined', undefined], ['null', null], ['true', true], ['false', false],
  ['0', 0], ['-0', -0], ['1', 1], ['-1', -1], ['63', 63], ['64', 64], ['-65', -65],
  ['int32 max', 2 ** 31 - 1], ['int32 min', -(2 ** 31)], ['2**31', 2 ** 31], ['-2**31-1', -(2 ** 31) - 1],
  ['0.5', 0.5], ['-1.25', -1.25], ['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity],
  ['max value', Number.MAX_VALUE], ['min value', Number.MIN_VALUE], ['2**53', 2 ** 53],
  ['0n', 0n], ['1n', 1n], ['-1n', -1n], ['255n', 255n], ['2**63', 2n ** 63n], ['2**64', 2n ** 64n],
  ['-(2**64)+1', -(2n ** 64n) + 1n], ['big', 123456789012345678901234567890123456789n],
  ['empty string', ''], ['ascii', 'hello'], ['latin1', 'caf\u00e9 \u00ff'], ['two-byte', '\u0100'],
  ['euro', 'x\u20acy'], ['emoji', '\ud83d\ude00'], ['lone surrogate', 'a\ud800b'],
  ['long', 'abcdefghij'.repeat(30)], ['long two-byte', '\u0101'.repeat(100)],
]) {
  show(label, value);
}

// Two-byte strings are aligned on an even offset (a padding byte when needed).
show('[two-byte]', ['\u0100']);
show('[a, two-byte]', ['a', '\u0100']);
show('{a: two-byte}', { a: '\u0100' });
show('{ab: two-byte}', { ab: '\u0100\u0101' });
show('two-byte key', { '\u0100': 1, '\u00e9': 2 });

// Wrappers.
show('Number', new Number(3));
show('Number -0', new Number(-0));
show('String', new String('str'));
show('String two-byte', new String('\u0100'));
show('Boolean true', new Boolean(true));
show('Boolean false', new Boolean(false));
show('BigInt', Object(5n));

// Objects.
show('empty object', {});
show('object', { a: 1, b: 'x', c: true, d: null, e: undefined });
show('key order', { b: 1, 2: 2, a: 3, 1: 4, 0: 5 });
show('index keys', { 4294967294: 1, 4294967295: 2, 2147483647: 3, 2147483648: 4 });
show('not index keys', { '-1': 1, '01': 2, '1.5': 3, '1e3': 4, ' 1': 5 });
show('nested', { a: { b: { c: [1, { d: 'e' }] } } });
show('null prototype', Object.assign(Object.create(null), { x: 1 }));
class Point {
  constructor() {
    this.x = 1;
    this.y = 2;
  }
  get sum() { return this.x + this.y; }
}
show('class instance', new Point());
show('getter', { get a() { return 'got'; }, b: 2 });
show('non-enumerable', Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }));
show('symbol key', { [Symbol('s')]: 1, a: 2 });
const deleting = { a: 1, get b() { delete this.c; return 2; }, c: 3, d: 4 };
show('getter deleting a later key', deleting);
show('__proto__ key', JSON.parse('{"__proto__": 1, "x": 2}'));

// Arrays.
show('empty array', []);
show('ints', [1, 2, 3]);
show('doubles', [1.5, 2, -0]);
show('numbers beyond int32', [1, 2 ** 40]);
show('NaN element', [NaN, 1]);
show('mixed', [1, 'a', 0.5, null]);
show('holes', [1, , 3]); // eslint-disable-line no-sparse-arrays
const sparse = [];
sparse[5] = 'x';
show('sparse', sparse);
const far = [];
far[1e6] = 1;
far.tag = 't';
show('far sparse', far);
const withProps = [1, 2];
withProps.extra = 'e';
withProps[-1] = 'neg';
show('array with properties', withProps);
show('undefined elements', [undefined, undefined]);
show('nested arrays', [[1], [[2]], []]);

// V8 writes arrays with non-default elements, or that are not extensible, as sparse;
// the arrays it deserializes are holey, so they are written sparse from then on.
show('frozen array', Object.freeze([1, 2]));
show('sealed array', Object.seal(['s']));
const accessorElement = [1, 2];
Object.defineProperty(accessorElement, 0, { get() { return 5; }, enumerable: true });
show('accessor element', accessorElement);
const hiddenElement = [1, 2];
Object.defineProperty(hiddenElement, 0, { value: 5, enumerable: false });
show('non-enumerable element', hiddenElement);
log('reserialized', v8.serialize(v8.deserialize(v8.serialize([1, [2], { a: [] }]))).toString('hex'));

// Dates and regexps.
show('date', new Date(0));
show('date ms', new Date(1700000000123));
show('invalid date', new Date(NaN));
show('regexp', /ab+c/);
show('regexp flags', /x/gimsuy);
show('regexp escapes', /\d+\.\s*[a-z]/i);

// Regexp sources are written as V8 escapes them.
for (const re of [new RegExp('a/b[/]'), new RegExp('a\nb'), new RegExp('\\/'), new RegExp(''), new RegExp('\u0100|\u2028')]) {
  const buf = v8.serialize(re);
  const back = v8.deserialize(buf);
  log('regexp source', buf.toString('hex'), back.test('a/b/'), back.flags);
}

// Maps and sets.
show('map', new Map([[1, 'one'], ['two', 2], [{ k: 1 }, [1]]]));
show('set', new Set([1, 'a', 1.5, null]));
show('empty map', new Map());
show('nested collections', new Map([['s', new Set([new Map()])]]));

// Buffers and views (DefaultSerializer writes views as host objects).
show('ArrayBuffer', new Uint8Array([1, 2, 3]).buffer);
show('empty ArrayBuffer', new ArrayBuffer(0));
show('Buffer', Buffer.from('buf'));
show('Uint8Array', new Uint8Array([1, 2, 255]));
show('Int8Array', new Int8Array([-1, 1]));
show('Uint8ClampedArray', new Uint8ClampedArray([300, -5]));
show('Int16Array', new Int16Array([-2, 2]));
show('Uint16Array', new Uint16Array([65535]));
show('Int32Array', new Int32Array([-3]));
show('Uint32Array', new Uint32Array([4294967295]));
show('Float32Array', new Float32Array([1.5]));
show('Float64Array', new Float64Array([Math.PI]));
show('BigInt64Array', new BigInt64Array([-1n]));
show('BigUint64Array', new BigUint64Array([2n ** 64n - 1n]));
show('DataView', new DataView(new Uint8Array([9, 8, 7]).buffer, 1, 2));
show('subarray', new Uint16Array([1, 2, 3, 4]).subarray(1, 3));
const shared = new Uint8Array([5, 6]);
show('same view twice', [shared, shared]);

// Errors (stacks are set: gonode's stack text is not V8's).
function err(e, stack = 'STACK') {
  e.stack = stack;
  return e;
}
function showError(label, e) {
  const buf = v8.serialize(e);
  log(label, buf.toString('hex'));
  const back = v8.deserialize(buf);
  log('  ->', back.constructor.name, back.name, JSON.stringify(back.message), JSON.stringify(back.stack),
      Object.getOwnPropertyNames(back), 'cause' in back ? util.inspect(back.cause) : '-');
}
showError('Error', err(new Error('boom')));
showError('TypeError', err(new TypeError('t')));
showError('RangeError', err(new RangeError('r')));
showError('EvalError', err(new EvalError('e')));
showError('ReferenceError', err(new ReferenceError('f')));
showError('SyntaxError', err(new SyntaxError('s')));
showError('URIError', err(new URIError('u')));
showError('renamed', Object.assign(err(new Error('n')), { name: 'TypeError' }));
class MyError extends Error {}
showError('subclass', Object.assign(err(new MyError('sub')), { extra: 1 }));
showError('no message', err(new Error()));
showError('two-byte message', err(new Error('\u0100')));
showError('cause', err(new Error('outer', { cause: err(new Error('inner'), 'S2') })));
showError('cause value', err(new Error('c', { cause: { code: 42 } })));
showError('undefined cause', err(new Error('c', { cause: undefined })));
const selfCause = err(new Error('self'));
selfCause.cause = selfCause;
showError('self cause', selfCause);
showError('non-string stack', err(new Error('ns'), 42));
showError('number message', Object.assign(err(new Error('x')), { message: 12 }));
show('errors in array', [err(new Error('a')), err(new TypeError('b'))]);

// Object identity: shared references and cycles.
const obj = { v: 1 };
show('shared', [obj, obj, { obj }]);
const cyc = { name: 'cyc' };
cyc.self = cyc;
show('cycle', cyc);
const arr = [1];
arr.push(arr);
show('array cycle', arr);
const m = new Map();
m.set('me', m);
show('map cycle', m);
const back = v8.deserialize(v8.serialize([obj, obj]));
log('identity kept', back[0] === back[1]);
const ab = new ArrayBuffer(2);
show('buffer twice', [ab, ab]);

// Reading accepts any ArrayBufferView and ignores trailing bytes.
const bytes = v8.serialize({ a: [1, 'x'] });
log(util.inspect(v8.deserialize(new Uint8Array(bytes))), util.inspect(v8.deserialize(new DataView(bytes.buffer, bytes.byteOffset, bytes.length))));
log(util.inspect(v8.deserialize(Buffer.concat([v8.serialize(7), Buffer.from([0x49, 0x02])]))));
// Version 13 and 14 data, and padding bytes before a tag.
log(v8.deserialize(Buffer.from('ff0d4202000056420002', 'hex')), v8.deserialize(Buffer.from('ff0e4902', 'hex')),
    v8.deserialize(Buffer.from('ff0f00004904', 'hex')));
log(util.inspect(v8.deserialize(Buffer.from('ff0f3f03490a', 'hex'))), v8.deserialize(Buffer.from('ff0f55ffffffff0f', 'hex')),
    v8.deserialize(Buffer.from('ff0f530568c3a96c6c', 'hex')));
// A released buffer is a fresh Buffer of exactly the bytes.
const released = v8.serialize('abc');
log(Buffer.isBuffer(released), released.byteOffset, released.buffer.byteLength === released.length);
