'use strict';
// Encodings: Buffer.from/toString/write/fill with every encoding, including Node's
// exact handling of invalid input (hex stops at the first bad pair, base64 skips
// garbage and stops at '=', utf8 replaces ill-formed sequences per maximal subpart,
// two-byte characters truncated in one-byte encodings), and atob/btoa.
const { Buffer, atob, btoa } = require('buffer');
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, '->', Buffer.isBuffer(v) ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
t('ascii/latin1 decode', () => { const b = Buffer.from([0x68, 0xe9, 0xff, 0x80, 0x41]); return [b.toString('ascii'), b.toString('latin1')]; });
t('utf8 invalid', () => Buffer.from([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0xed, 0xa0, 0x80, 0xc0, 0x80]).toString());
t('utf8 lone surrogate', () => Buffer.from('\ud800x'));
t('ascii encode', () => Buffer.from('é', 'ascii'));
t('latin1 encode', () => Buffer.from('é€', 'latin1'));
t('hex invalid', () => [Buffer.from('zz12gg34', 'hex'), Buffer.from('1', 'hex'), Buffer.from('123', 'hex'), Buffer.from('12zz34', 'hex')].map(String));
t('base64 ws', () => Buffer.from(' aGV sbG8 =\n', 'base64'));
t('base64 nopad', () => Buffer.from('aGVsbG8', 'base64'));
t('base64 url chars', () => Buffer.from('a-_b', 'base64'));
t('base64url std chars', () => Buffer.from('a+/b', 'base64url'));
t('base64 = mid', () => Buffer.from('aGVs=bG8', 'base64'));
t('base64 garbage', () => Buffer.from('aGVs*bG8', 'base64'));
t('write num', () => Buffer.alloc(4).write(5));
t('write num off', () => Buffer.alloc(4).write(5, 1));
t('utf8Write', () => Buffer.alloc(4).utf8Write('abcdef', 1, 10));
t('utf8Write oob', () => Buffer.alloc(4).utf8Write('abcdef', 5));
t('utf8Write ok', () => { const b = Buffer.alloc(4); return [b.utf8Write('abcdef', 1), b.toString('hex')]; });
t('utf8Slice oob', () => Buffer.alloc(4).utf8Slice(0, 10));
t('utf8Slice neg', () => Buffer.alloc(4).utf8Slice(-1, 2));
t('utf8Slice rev', () => Buffer.from('abcd').utf8Slice(3, 1));
t('utf8Slice str', () => Buffer.from('abcd').utf8Slice('1', '3'));
t('hexSlice', () => Buffer.from('abcd').hexSlice());
t('latin1Slice', () => Buffer.from([0xe9, 0x61]).latin1Slice(0, 1));
t('base64Slice', () => Buffer.from('abcd').base64Slice(1));
t('base64urlSlice', () => Buffer.from([0xfb, 0xff]).base64urlSlice());
t('ucs2Slice', () => Buffer.from('abcd', 'ucs2').ucs2Slice(2, 6));
t('asciiSlice', () => Buffer.from([0xe9, 0x61]).asciiSlice());
t('hexWrite', () => { const b = Buffer.alloc(3); return [b.hexWrite('a1b2c3d4', 1), b.toString('hex')]; });
t('latin1Write', () => { const b = Buffer.alloc(3); return [b.latin1Write('é\u0101x'), b.toString('hex')]; });
t('ucs2Write', () => { const b = Buffer.alloc(5); return [b.ucs2Write('abc'), b.toString('hex')]; });
t('hexSlice on u8', () => Buffer.prototype.hexSlice.call(new Uint8Array([1, 2])));
t('b64 2byte', () => Buffer.from('\u0141GVs', 'base64'));
t('b64 2byte b', () => Buffer.from('aGVs\u0141bG8', 'base64'));
t('b64 garbage high', () => Buffer.from('a\u00ffGVs', 'base64'));
t('hex 2byte', () => Buffer.from('ab\u0101cd', 'hex'));
t('hex trunc', () => Buffer.from('\u0161b', 'hex'));
t('hex trunc2', () => Buffer.from('ab\u0161b', 'hex'));
t('b64 two-byte eq', () => Buffer.from('YQ\u013d\u013dYQ', 'base64'));
t('latin1 2byte', () => Buffer.from('\u0101\u20ac', 'latin1'));
t('b64 = mid2', () => Buffer.from('YQ==YQ==', 'base64'));
t('b64 Y', () => Buffer.from('Y', 'base64'));
t('b64 YQ=', () => Buffer.from('YQ=', 'base64'));
t('b64 YR==', () => Buffer.from('YR==', 'base64'));
t('b64 ws2', () => Buffer.from('Y Q = =', 'base64'));
t('b64 tail', () => Buffer.from('YWJj\nZA', 'base64'));
t('b64 url chars2', () => Buffer.from('_-8', 'base64'));
t('b64 5', () => Buffer.from('YWJjZ', 'base64'));
t('b64 utf16', () => Buffer.from('YWJj', 'utf16le').toString('base64'));
t('b64url out', () => Buffer.from([0xfb, 0xff, 0xfe]).toString('base64url'));
t('b64 out', () => Buffer.from([0xfb, 0xff, 0xfe, 1]).toString('base64'));
t('ascii write', () => Buffer.from('\u0101é\u20ac', 'ascii'));
t('ucs2 odd', () => Buffer.from([0x61, 0, 0x62]).toString('ucs2'));
t('ucs2 lone', () => Buffer.from([0x00, 0xd8, 0x61, 0]).toString('ucs2').length);
t('write partial utf8', () => { const b = Buffer.alloc(4); const n = b.write('a€b'); return [n, b.toString('hex')]; });
t('write partial utf8 2', () => { const b = Buffer.alloc(3); const n = b.write('ab€'); return [n, b.toString('hex')]; });
t('write partial ucs2', () => { const b = Buffer.alloc(3); const n = b.write('abc', 'ucs2'); return [n, b.toString('hex')]; });
t('write hex partial', () => { const b = Buffer.alloc(4); const n = b.write('aabbzz', 'hex'); return [n, b.toString('hex')]; });
t('write hex odd', () => { const b = Buffer.alloc(4); const n = b.write('aab', 'hex'); return [n, b.toString('hex')]; });
t('write b64 partial', () => { const b = Buffer.alloc(2); const n = b.write('YWJj', 'base64'); return [n, b.toString('hex')]; });
t('write surrogate pair partial', () => { const b = Buffer.alloc(3); const n = b.write('\ud83d\ude00'); return [n, b.toString('hex')]; });
t('write lone surrogate', () => { const b = Buffer.alloc(5); const n = b.write('\ud83dx'); return [n, b.toString('hex')]; });
t('fill utf8 partial', () => Buffer.alloc(5).fill('€'));
t('fill ucs2', () => Buffer.alloc(5).fill('ab', 'ucs2'));
t('fill num', () => Buffer.alloc(3).fill(-1));
t('fill float', () => Buffer.alloc(3).fill(3.9));
t('fill obj', () => Buffer.alloc(3).fill({ valueOf() { return 0x102; } }));
t('fill u16', () => Buffer.alloc(5).fill(new Uint16Array([0x102])));
t('fill offset str enc', () => Buffer.alloc(5).fill('a', 2, 'latin1'));
t('fill offset bad', () => Buffer.alloc(5).fill('a', -1));
t('fill end bad', () => Buffer.alloc(5).fill('a', 0, 6));
t('fill bad enc type', () => Buffer.alloc(5).fill('a', 0, 5, 5));
t('fill 1char latin', () => Buffer.alloc(3).fill('\u0101', 'latin1'));
t('fill 1char utf8 hi', () => Buffer.alloc(3).fill('é'));
t('fill 1char ascii', () => Buffer.alloc(3).fill('é', 'ascii'));
t('fill hex', () => Buffer.alloc(5).fill('0102', 'hex'));
t('fill base64', () => Buffer.alloc(5).fill('AQID', 'base64'));
t('utf8 bom', () => Buffer.from([0xef, 0xbb, 0xbf, 0x61]).toString().length);
t('utf8 overlong', () => Buffer.from([0xe0, 0x80, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xf8, 0x61]).toString());
t('utf8 trunc end', () => Buffer.from([0x61, 0xf0, 0x9f, 0x98]).toString());
t('utf8 cont', () => Buffer.from([0x80, 0xbf, 0x61]).toString());
t('utf8 4byte', () => Buffer.from([0xf0, 0x9f, 0x98, 0x80]).toString());
t('latin1 out', () => Buffer.from([0x61, 0xe9, 0xff]).toString('latin1'));
t('toString args', () => { const b = Buffer.from('abcdef'); return [b.toString('utf8', 1, 3), b.toString('utf8', -5, 100), b.toString(undefined, 2), b.toString('hex', 4, 2), b.toString('utf8', '1', '4'), b.toString('utf8', 1.7, 3.2), b.toString('utf8', NaN, NaN), b.toString('utf8', 10)]; });
t('toString null enc', () => Buffer.from('a').toString(null));
t('toString bad enc', () => Buffer.from('a').toString('bogus'));
t('toString bad enc num', () => Buffer.from('a').toString(5));
t('toString empty enc', () => Buffer.from('a').toString(''));
t('toString empty bad enc', () => Buffer.alloc(0).toString('bogus'));
t('toString empty range bad enc', () => Buffer.from('abc').toString('bogus', 2, 1));
t('toString mixed case', () => [Buffer.from('hi').toString('HEX'), Buffer.from('hi').toString('Base64'), Buffer.from('hi').toString('UTF-16LE'), Buffer.from('hi').toString('BINARY')]);
t('btoa', () => btoa('hello'));
t('btoa latin1', () => btoa('\u00ff\u00fe'));
t('btoa bad', () => btoa('\u0100'));
t('btoa none', () => btoa());
t('btoa num', () => btoa(123));
t('btoa empty', () => btoa(''));
t('atob', () => atob('aGVsbG8='));
t('atob ws', () => atob(' aGVs bG8 '));
t('atob nopad', () => atob('aGVsbG8'));
t('atob bad char', () => atob('aGV$'));
t('atob bad len', () => atob('aGVsb'));
t('atob bad pad', () => atob('aG=Vs'));
t('atob url', () => atob('a-_b'));
t('atob none', () => atob());
t('atob null', () => atob(null));
t('atob undefined', () => atob(undefined));
t('atob ff', () => atob('/w==').charCodeAt(0));
t('atob 3 pad', () => atob('YQ==='));
t('atob 1 pad short', () => atob('YQ='));
t('atob formfeed', () => atob('Y\fQ=='));
t('atob vtab', () => atob('Y\vQ=='));
t('atob empty', () => atob(''));
t('atob high', () => atob('YQ\u0100'));
t('atob trailing bits', () => atob('YR=='));
try {
  atob('$$');
} catch (e) {
  const DOMExceptionClass = e.constructor;
  console.log(DOMExceptionClass.name, e instanceof DOMExceptionClass, e instanceof Error, e.name, e.code, e.message);
  console.log(Object.prototype.toString.call(e), Object.keys(e), String(e), e.stack.split('\n')[0]);
}
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  const s = all.toString(enc);
  const back = Buffer.from(s, enc);
  console.log(enc, s.length, JSON.stringify(s.slice(0, 40)), back.length, back.equals(all));
}
const text = 'ascii é ß € 𝄞 \ud800 end';
for (const enc of ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url']) {
  const b = Buffer.from(text, enc);
  console.log(enc, b.length, b.toString('hex'), JSON.stringify(b.toString(enc)), Buffer.byteLength(text, enc));
}
// Large strings (not pooled) round-trip.
const big = 'xé€'.repeat(20000);
for (const enc of ['utf8', 'latin1', 'ucs2', 'hex', 'base64']) {
  const s = Buffer.from(big).toString(enc);
  console.log('big', enc, s.length, Buffer.from(s, enc).toString() === big);
}
