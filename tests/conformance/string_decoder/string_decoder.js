'use strict';
// StringDecoder: encodings and their normalisation, partial characters across writes
// for utf8/utf16le/base64/base64url, end(), lastChar/lastNeed/lastTotal, the legacy
// text(), typed-array inputs and bad input.
const { StringDecoder } = require('string_decoder');
const log = console.log;
const esc = (s) => JSON.stringify(s).replace(/[\u007f-\uffff]/g,
  (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
const b = (...bytes) => Buffer.from(bytes);

for (const e of [undefined, 'utf8', 'UTF-8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le',
  'binary', 'latin1', 'LATIN1', 'hex', 'base64', 'base64url', 'ascii', '', null,
  'buffer', 'foo', 1, {}]) {
  try {
    log(String(e), new StringDecoder(e).encoding);
  } catch (err) {
    log(String(e), err.name, err.code, err.message);
  }
}

const d = new StringDecoder('utf8');
log(d, Object.keys(d), Object.keys(StringDecoder.prototype));
log(typeof StringDecoder, StringDecoder.name, StringDecoder.length);
log(esc(d.write(b(0xe2))), d.lastNeed, d.lastTotal, d.lastChar);
log(esc(d.write(b(0x82))), d.lastNeed, d.lastTotal);
log(esc(d.end(b(0xac, 0x41))), d.lastNeed, d.lastTotal);
log(esc(d.write(b(0xe2, 0x41))), esc(d.end()));
log(esc(d.write(b(0xf0, 0x9f))), esc(d.write(b(0x41))), esc(d.end()));
log(esc(d.write(b(0xf0, 0x9f))), esc(d.end()));
log(esc(d.write(b(0xf0, 0x9f, 0x98))), d.lastChar, d.lastNeed, d.lastTotal, esc(d.write(b(0x80, 0x41))));
log(esc(d.write(b(0xe2, 0x82))), esc(d.write(b(0xe2, 0x82, 0xac))), esc(d.end()));
log(esc(d.write(b(0x80, 0x80, 0x80, 0x80))), esc(d.write(b(0xc3))), esc(d.write(b(0xc3))), esc(d.end()));
log(esc(d.end(b(0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80, 0xff))));
log(esc(d.write('a string')), esc(d.end('tail')));
// One byte at a time through a mixed text.
const text = Buffer.from('aé€😀z');
const oneByOne = new StringDecoder();
let out = '';
for (const byte of text) out += `[${esc(oneByOne.write(b(byte)))}]`;
log(out, esc(oneByOne.end()));

const u = new StringDecoder('utf16le');
log(esc(u.write(b(0x3d))), esc(u.write(b(0xd8, 0x00))), esc(u.write(b(0xde))), esc(u.end()));
log(esc(u.write(b(0x3d, 0xd8))), u.lastNeed, u.lastTotal, esc(u.end()), esc(u.write(b(0x41))), esc(u.end()));
log(esc(u.write(b(0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde))), esc(u.end(b(0x42))));
log(esc(u.end(b(0x00, 0xdc, 0x41, 0x00))));

const b64 = new StringDecoder('base64');
log(b64.write(b(0x61, 0x62)), b64.lastNeed, b64.write(b(0x63, 0x64, 0x65)), b64.end(), b64.end(b(0x78)));
log(b64.write(b(1, 2, 3, 4)), b64.end());
const b64url = new StringDecoder('base64url');
log(b64url.write(b(0xfb, 0xff)), b64url.end(), b64url.end(b(0xfb, 0xff, 0xbf)));
const hex = new StringDecoder('hex');
log(hex.write(b(1, 255)), hex.end(b(16)), hex.lastNeed);
log(esc(new StringDecoder('ascii').write(b(0x41, 0xe9, 0xff, 0x80))));
log(esc(new StringDecoder('latin1').write(b(0x41, 0xe9, 0xff, 0x80))));

log(esc(new StringDecoder().write(new Uint16Array([0xa9c3]))));
log(esc(new StringDecoder().write(new DataView(new Uint8Array([0xc3, 0xa9]).buffer))));
log(esc(new StringDecoder().write(new Uint8Array([0xe2, 0x82, 0xac]))));
log(esc(new StringDecoder('hex').write(new Float32Array([1]))));

const t = new StringDecoder();
log(esc(t.write(b(0xe2))), esc(t.text(b(0x61, 0x62, 0x63), 1)), t.lastNeed);

for (const fn of [
  () => d.write(1),
  () => d.write(null),
  () => d.write({}),
  () => d.write([1, 2]),
  () => d.write(new ArrayBuffer(2)),
  () => d.end(null),
  () => StringDecoder.prototype.write.call({}, b(0x61)),
]) {
  try {
    log('ok', esc(fn()));
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
