package jslib

// Code generated from Node.js v26.10.0; the want strings are the output of each src
// there. DO NOT EDIT by hand: re-record instead.

import "testing"

func TestBuffer(t *testing.T) {
	runCases(t, []jsCase{
		{name: "from_and_encodings",
			src: `const { Buffer } = require('buffer');
const b = Buffer.from('héllo wörld €𝄞');
for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'ucs2']) log(enc, JSON.stringify(b.toString(enc)));
log(Buffer.from('deadbeefzz', 'hex').toString('hex'), Buffer.from(' aGV sbG8 =', 'base64').toString(), Buffer.from('\u0141GVs', 'base64').toString('hex'));
log(JSON.stringify(Buffer.from([0xe2, 0x82, 0x41, 0xed, 0xa0, 0x80, 0xc0]).toString()));
log(Buffer.from('\ud800x').toString('hex'), Buffer.from('\u0101é', 'latin1').toString('hex'));`,
			want: `utf8 "héllo wörld €𝄞"
hex "68c3a96c6c6f2077c3b6726c6420e282acf09d849e"
base64 "aMOpbGxvIHfDtnJsZCDigqzwnYSe"
base64url "aMOpbGxvIHfDtnJsZCDigqzwnYSe"
latin1 "hÃ©llo wÃ¶rld â¬ð"
ascii "hC)llo wC6rld b\u0002,p\u001d\u0004\u001e"
ucs2 "써沩潬眠뛃汲⁤苢蒝"
deadbeef hello 00656c
"�A����"
efbfbd78 01e9`},
		{name: "shares_memory",
			src: `const { Buffer } = require('buffer');
const ab = new ArrayBuffer(8);
const b = Buffer.from(ab, 2, 4);
b[0] = 7;
log(new Uint8Array(ab)[2], b.buffer === ab, b.byteOffset);
const s = b.subarray(1, 3); s[0] = 9; log(b[1], s.length, s instanceof Buffer);
const c = Buffer.from(b); c[0] = 1; log(b[0]);`,
			want: `7 true 2
9 2 true
7`},
		{name: "pooled",
			src: `const { Buffer } = require('buffer');
const a = Buffer.from('abc'), u = Buffer.allocUnsafe(10), s = Buffer.allocUnsafeSlow(10);
log(a.buffer === u.buffer, a.buffer.byteLength >= Buffer.poolSize, s.buffer.byteLength, u.byteOffset % 8);`,
			want: `true true 10 0`},
		{name: "alloc_fill",
			src: `const { Buffer } = require('buffer');
log(Buffer.alloc(5, 'ab').toString(), Buffer.alloc(5, 'a1b2', 'hex').toString('hex'), Buffer.alloc(3, 257).toString('hex'), Buffer.alloc(5, '€').toString('hex'));
for (const f of [() => Buffer.alloc(-1), () => Buffer.alloc('5'), () => Buffer.alloc(3, 'zz', 'hex'), () => Buffer.alloc(3, 'a', 'nope'), () => Buffer.from(5)]) {
  try { f(); } catch (e) { log(e.name, e.code, e.message); }
}`,
			want: `ababa a1b2a1b2a1 010101 e282ace282
RangeError ERR_OUT_OF_RANGE The value of "size" is out of range. It must be >= 0 && <= 9007199254740991. Received -1
TypeError ERR_INVALID_ARG_TYPE The "size" argument must be of type number. Received type string ('5')
TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received 'zz'
TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)`},
		{name: "read_write",
			src: `const { Buffer } = require('buffer');
const b = Buffer.alloc(16);
log(b.writeUInt32BE(0xdeadbeef, 0), b.writeInt16LE(-2, 4), b.writeDoubleLE(Math.PI, 6), b.writeBigInt64BE(-5n, 8));
log(b.toString('hex'), b.readUInt32BE(0), b.readInt16LE(4), b.readDoubleLE(6), b.readBigInt64BE(8), b.readUIntBE(0, 3), b.readIntLE(0, 6));
for (const f of [() => b.readUInt8(16), () => b.readUInt32LE(-1), () => b.readInt8(1.5), () => b.writeUInt8(256), () => b.readUIntLE(0, 7), () => b.writeInt32LE(1, 13), () => Buffer.alloc(1).readUInt16LE()]) {
  try { f(); } catch (e) { log(e.name, e.code, e.message); }
}`,
			want: `4 6 14 16
deadbeeffeff182dfffffffffffffffb 3735928559 -2 NaN -5n 14593470 -4567683618
RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 and <= 15. Received 16
RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 and <= 12. Received -1
RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be an integer. Received 1.5
RangeError ERR_OUT_OF_RANGE The value of "value" is out of range. It must be >= 0 and <= 255. Received 256
RangeError ERR_OUT_OF_RANGE The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7
RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 and <= 12. Received 13
RangeError ERR_BUFFER_OUT_OF_BOUNDS Attempt to access memory outside buffer bounds`},
		{name: "search_compare_copy",
			src: `const { Buffer } = require('buffer');
const b = Buffer.from('abcabc');
log(b.indexOf('b'), b.lastIndexOf('b'), b.indexOf(99, 3), b.includes('ca'), b.indexOf(Buffer.from('bc'), -3), b.indexOf(''), b.lastIndexOf('b', -3));
log(Buffer.from('abcab', 'ucs2').indexOf('b', 3, 'ucs2'), b.indexOf('YWI=', 'base64'));
log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), b.compare(Buffer.from('abd')), b.equals(Buffer.from('abcabc')), b.compare(b, 1, 3, 4, 6));
const d = Buffer.alloc(8); log(b.copy(d, 2, 1, 4), d.toString('hex'));
const o = Buffer.from('abcdef'); o.copy(o, 2, 0, 4); log(o.toString());
log(Buffer.concat([Buffer.from('ab'), new Uint8Array([99])], 5).toString('hex'));
try { b.indexOf({}); } catch (e) { log(e.code, e.message); }`,
			want: `1 4 5 true 4 0 1
2 0
-1 -1 true 0
3 0000626361000000
ababcd
6162630000
ERR_INVALID_ARG_TYPE The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object`},
		{name: "swap_json_inspect",
			src: `const { Buffer } = require('buffer');
const util = require('util');
log(Buffer.from([1, 2, 3, 4]).swap16().toString('hex'), Buffer.from([1, 2, 3, 4]).swap32().toString('hex'), Buffer.alloc(256, 'ab').swap16().toString('latin1', 0, 4));
log(JSON.stringify(Buffer.from('hi')), util.inspect(Buffer.from('hi')), util.inspect(Buffer.alloc(52)));
const x = Buffer.from('p'); x.extra = 1; log(util.inspect(x));
try { Buffer.from([1, 2, 3]).swap16(); } catch (e) { log(e.code, e.message); }`,
			want: `02010403 04030201 baba
{"type":"Buffer","data":[104,105]} <Buffer 68 69> <Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 2 more bytes>
<Buffer 70, extra: 1>
ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 16-bits`},
		{name: "write",
			src: `const { Buffer } = require('buffer');
const b = Buffer.alloc(6);
log(b.write('a€b'), b.write('ff', 4, 'hex'), b.write('xyz', 1, 1), b.toString('hex'));
const p = Buffer.alloc(3); log(p.write('ab€'), p.toString('hex'), Buffer.alloc(3).write('\ud83d\ude00'));
for (const f of [() => b.write(1), () => b.write('a', 7), () => b.write('a', 0, 1, 'bogus'), () => b.utf8Write('abc', 7)]) {
  try { f(); } catch (e) { log(e.name, e.code, e.message); }
}`,
			want: `5 1 1 617882acff00
2 616200 0
TypeError ERR_INVALID_ARG_TYPE argument must be a string
RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 && <= 6. Received 7
TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bogus
RangeError ERR_BUFFER_OUT_OF_BOUNDS "offset" is outside of buffer bounds`},
		{name: "atob_btoa_domexception",
			src: `const { atob, btoa } = require('buffer');
log(btoa('hello'), atob(' aGVs bG8 '), JSON.stringify(atob('/w==')));
for (const f of [() => atob('aGVsb'), () => atob('$'), () => btoa('\u0100'), () => atob()]) {
  try { f(); } catch (e) { log(e.name, e.code, e.message, e instanceof Error, Object.prototype.toString.call(e)); }
}`,
			want: `aGVsbG8= hello "ÿ"
InvalidCharacterError 5 The string to be decoded is not correctly encoded. true [object DOMException]
InvalidCharacterError 5 Invalid character true [object DOMException]
InvalidCharacterError 5 Invalid character true [object DOMException]
TypeError ERR_MISSING_ARGS The "input" argument must be specified true [object Error]`},
		{name: "module",
			src: `const buffer = require('buffer');
const { Buffer } = buffer;
log(Object.keys(buffer).join(), buffer.kMaxLength, buffer.kStringMaxLength, JSON.stringify(buffer.constants), buffer.INSPECT_MAX_BYTES);
log(buffer.isUtf8(Buffer.from([0xff])), buffer.isAscii(Buffer.from('a')), buffer.transcode(Buffer.from('€é'), 'utf8', 'latin1').toString('hex'));
try { buffer.transcode(Buffer.from('a'), 'utf8', 'hex'); } catch (e) { log(e.code, e.message, e.errno); }`,
			want: `Buffer,transcode,isUtf8,isAscii,kMaxLength,kStringMaxLength,btoa,atob,constants,INSPECT_MAX_BYTES,Blob,resolveObjectURL,File 9007199254740991 536870888 {"MAX_LENGTH":9007199254740991,"MAX_STRING_LENGTH":536870888} 50
false true 3fe9
U_ILLEGAL_ARGUMENT_ERROR Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR] 1`},
		{name: "blob",
			src: `const { Blob, File } = require('buffer');
const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d'])], { type: 'Text/Plain' });
log(b.size, b.type, b.slice(1, 3).size, Object.prototype.toString.call(b));
const f = new File(['x'], 'f.txt', { lastModified: 5 });
log(f.name, f.lastModified, f.size, f instanceof Blob);
b.text().then((t) => log('text', t));
b.slice(-2).arrayBuffer().then((ab) => log('ab', ab.byteLength));
try { new Blob('x'); } catch (e) { log(e.code, e.message); }`,
			want: `4 text/plain 2 [object Blob]
f.txt 5 1 true
ERR_INVALID_ARG_TYPE Value cannot be converted to sequence.
ab 2
text abcd`},
	})
}
