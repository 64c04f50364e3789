'use strict';
// Buffer construction: from/alloc/allocUnsafe/of/copyBytesFrom/concat and the statics,
// with Node's errors for bad input.
const { Buffer } = require('buffer');
function show(v) {
  if (Buffer.isBuffer(v)) return `${v.constructor.name}(${v.length}) ${v.toString('hex')}`;
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}
function t(label, fn) {
  try {
    console.log(label, '->', show(fn()));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}

t('from string', () => Buffer.from('héllo wörld'));
t('from string utf8', () => Buffer.from('€', 'utf8'));
t('from string UTF-8', () => Buffer.from('€', 'UTF-8'));
t('from string hex', () => Buffer.from('deadBEEF', 'hex'));
t('from string base64', () => Buffer.from('aGVsbG8=', 'base64'));
t('from string latin1', () => Buffer.from('ÿé', 'latin1'));
t('from string binary', () => Buffer.from('ÿé', 'binary'));
t('from string ascii', () => Buffer.from('abc\u00e9', 'ascii'));
t('from string ucs2', () => Buffer.from('ab', 'ucs2'));
t('from string utf16le', () => Buffer.from('€', 'utf16le'));
t('from string empty encoding', () => Buffer.from('x', ''));
t('from string null encoding', () => Buffer.from('x', null));
t('from string number encoding', () => Buffer.from('x', 5));
t('from string bad encoding', () => Buffer.from('x', 'utf9'));
t('from string empty', () => Buffer.from(''));
t('from array', () => Buffer.from([1, 2, 3, 256, -1, 1.7, '7', 'x', null]));
t('from empty array', () => Buffer.from([]));
t('from array-like', () => Buffer.from({ length: 3, 0: 9, 1: 8 }));
t('from array-like bad length', () => Buffer.from({ length: 'x', 0: 1 }));
t('from json', () => Buffer.from({ type: 'Buffer', data: [104, 105] }));
t('from json roundtrip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('ok')))));
t('from Uint16Array', () => Buffer.from(new Uint16Array([1, 256, 0xffff])));
t('from Float64Array', () => Buffer.from(new Float64Array([1.5, 300])));
t('from buffer copies', () => {
  const a = Buffer.from('abc');
  const b = Buffer.from(a);
  b[0] = 0x7a;
  return a.toString() + ' ' + b.toString();
});
t('from arrayBuffer shares', () => {
  const ab = new ArrayBuffer(8);
  const b = Buffer.from(ab, 2, 3);
  new Uint8Array(ab)[2] = 42;
  return `${b.length} ${b[0]} ${b.buffer === ab} ${b.byteOffset}`;
});
t('from arrayBuffer no length', () => Buffer.from(new ArrayBuffer(5), 1).length);
t('from arrayBuffer offset NaN', () => Buffer.from(new ArrayBuffer(5), 'x').length);
t('from arrayBuffer negative length', () => Buffer.from(new ArrayBuffer(5), 1, -3).length);
t('from arrayBuffer bad offset', () => Buffer.from(new ArrayBuffer(5), 6));
t('from arrayBuffer bad length', () => Buffer.from(new ArrayBuffer(5), 1, 5));
t('from valueOf string', () => Buffer.from(new String('boxed')));
t('from valueOf obj', () => Buffer.from({ valueOf() { return 'vo'; } }));
t('from toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }, 'utf8'));
t('from number', () => Buffer.from(5));
t('from undefined', () => Buffer.from());
t('from null', () => Buffer.from(null));
t('from bool', () => Buffer.from(true));
t('from function', () => Buffer.from(function foo() {}));
t('from symbol', () => Buffer.from(Symbol('s')));
t('from plain object', () => Buffer.from({}));

t('alloc', () => Buffer.alloc(4));
t('alloc fill number', () => Buffer.alloc(4, 257));
t('alloc fill string', () => Buffer.alloc(5, 'ab'));
t('alloc fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
t('alloc fill base64', () => Buffer.alloc(4, 'AQI=', 'base64'));
t('alloc fill buffer', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('alloc fill empty string', () => Buffer.alloc(3, ''));
t('alloc fill bad hex', () => Buffer.alloc(3, 'zz', 'hex'));
t('alloc fill bad encoding', () => Buffer.alloc(3, 'a', 'nope'));
t('alloc fill empty buffer', () => Buffer.alloc(3, Buffer.alloc(0)));
t('alloc fill bool', () => Buffer.alloc(3, true));
t('alloc zero', () => Buffer.alloc(0));
t('alloc negative', () => Buffer.alloc(-1));
t('alloc string', () => Buffer.alloc('5'));
t('alloc NaN', () => Buffer.alloc(NaN));
t('alloc float', () => Buffer.alloc(2.5).length);
t('alloc huge', () => Buffer.alloc(2 ** 53));
t('allocUnsafe', () => Buffer.allocUnsafe(3).length);
t('allocUnsafe bad', () => Buffer.allocUnsafe('3'));
t('allocUnsafe negative', () => Buffer.allocUnsafe(-3));
t('allocUnsafeSlow', () => Buffer.allocUnsafeSlow(10).length);
t('allocUnsafeSlow bad', () => Buffer.allocUnsafeSlow({}));
t('of', () => Buffer.of(1, 2, 300));
t('of empty', () => Buffer.of());
t('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
t('copyBytesFrom all', () => Buffer.copyBytesFrom(new Uint8Array([5, 6])));
t('copyBytesFrom offset past', () => Buffer.copyBytesFrom(new Uint8Array([5, 6]), 5));
t('copyBytesFrom bad', () => Buffer.copyBytesFrom([1, 2]));
t('copyBytesFrom bad offset', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));

t('Buffer(number)', () => Buffer(3));
t('new Buffer(string)', () => new Buffer('abc'));
t('Buffer(number, enc)', () => Buffer(3, 'utf8'));
t('Buffer(array)', () => Buffer([1, 2]));

t('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer()].join());
t('isEncoding', () => ['utf8', 'UTF-8', 'hex', 'Latin1', 'binary', 'ucs-2', 'base64url', 'utf16le', 'utf-16le', 'ASCII', '', 'foo', null, 1].map((e) => Buffer.isEncoding(e)).join());
t('byteLength', () => [Buffer.byteLength('héllo'), Buffer.byteLength('€', 'utf16le'), Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('abc', 'hex'), Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbG8', 'base64url'), Buffer.byteLength('é', 'latin1'), Buffer.byteLength('é', 'ascii'), Buffer.byteLength('é', 'bogus'), Buffer.byteLength('\ud83d\ude00'), Buffer.byteLength('\ud83d')].join());
t('byteLength views', () => [Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new DataView(new ArrayBuffer(4)))].join());
t('byteLength bad', () => Buffer.byteLength(5));
t('byteLength none', () => Buffer.byteLength());
t('compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.compare(Buffer.from(''), Buffer.from('')), Buffer.compare(new Uint8Array([1]), Buffer.from([1]))].join());
t('compare bad 1', () => Buffer.compare('a', Buffer.from('b')));
t('compare bad 2', () => Buffer.compare(Buffer.from('b'), [1]));
t('sort', () => [Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare).map(String).join());
t('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('d')]));
t('concat length short', () => Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4));
t('concat length long', () => Buffer.concat([Buffer.from('abc')], 6));
t('concat empty', () => Buffer.concat([]));
t('concat not array', () => Buffer.concat('abc'));
t('concat bad element', () => Buffer.concat([Buffer.from('a'), 'b']));
t('concat bad length', () => Buffer.concat([Buffer.from('a')], -1));
t('concat length string', () => Buffer.concat([Buffer.from('a')], '1'));
t('poolSize', () => Buffer.poolSize);
t('species', () => Buffer[Symbol.species] === Buffer);
t('subclass', () => Object.getPrototypeOf(Buffer) === Uint8Array && Buffer.prototype instanceof Uint8Array);
t('instanceof', () => Buffer.alloc(1) instanceof Buffer && Buffer.alloc(1) instanceof Uint8Array);
t('names', () => [Buffer.name, Buffer.length, Buffer.from.name, Buffer.alloc.name, Buffer.concat.name].join());
t('map keeps Buffer', () => Buffer.from([1, 2]).map((x) => x * 2));
t('filter keeps Buffer', () => Buffer.from([1, 2, 3]).filter((x) => x > 1));
t('Uint8Array.from', () => Buffer.from(new Set([1, 2])));
