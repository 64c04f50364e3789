'use strict';
// TextEncoder / TextDecoder: encode/encodeInto, UTF-8/UTF-16/single-byte/legacy
// decoding, fatal mode, BOM handling, streaming across chunks, labels and bad input.
const log = console.log;
const esc = (s) => JSON.stringify(s).replace(/[\u007f-\uffff]/g,
  (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
const bytes = (...b) => new Uint8Array(b);

const enc = new TextEncoder();
log(enc, enc.encoding, Object.getOwnPropertyNames(TextEncoder.prototype));
log(enc.encode('héllo €😀'), enc.encode(), enc.encode(undefined), enc.encode(null), enc.encode(12));
log(enc.encode('\ud800x\udc00'), enc.encode('\ud83d\ude00'));
for (const size of [0, 1, 2, 3, 4, 5, 6, 7, 8]) {
  const dest = new Uint8Array(size);
  const r = enc.encodeInto('aé😀b', dest);
  log(size, r, dest);
}
log(enc.encodeInto('\ud800', new Uint8Array(3)));
log(enc.encodeInto('abc', new Uint8Array(new ArrayBuffer(8), 2, 2)));
log(enc.encodeInto('xyz', Buffer.alloc(2)));

const dec = new TextDecoder();
log(dec, dec.encoding, dec.fatal, dec.ignoreBOM, Object.getOwnPropertyNames(TextDecoder.prototype));
log(esc(dec.decode(bytes(0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80))));
log(esc(dec.decode()), esc(dec.decode(undefined)), esc(dec.decode(new ArrayBuffer(2))));
log(esc(dec.decode(new Uint16Array([0x4241]))), esc(dec.decode(new DataView(bytes(0x41, 0x42).buffer))));
log(esc(dec.decode(Buffer.from('buf'))), esc(dec.decode(bytes(1, 2, 3, 0x41).subarray(3))));
// Replacement of invalid sequences (maximal subparts).
log(esc(dec.decode(bytes(0xff, 0x41, 0xc0, 0x80, 0xe0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80))));
log(esc(dec.decode(bytes(0xf0, 0x9f, 0x98, 0x41, 0xe2, 0x82))));
// BOM handling.
log(esc(dec.decode(bytes(0xef, 0xbb, 0xbf, 0x41))), esc(dec.decode(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf))));
log(esc(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(0xef, 0xbb, 0xbf, 0x41))));
// Streaming.
const s = new TextDecoder();
const parts = [[0xe2], [0x82], [0xac, 0xf0, 0x9f], [0x98, 0x80]].map((p) => esc(s.decode(bytes(...p), { stream: true })));
log(parts.join(' '), esc(s.decode()));
const s2 = new TextDecoder();
log(esc(s2.decode(bytes(0xe2, 0x82), { stream: true })), esc(s2.decode(bytes(0x41))));
const s3 = new TextDecoder();
log(esc(s3.decode(bytes(0xef, 0xbb), { stream: true })), esc(s3.decode(bytes(0xbf, 0x41), { stream: true })),
    esc(s3.decode(bytes(0xef, 0xbb, 0xbf))));
// Fatal.
const fatal = new TextDecoder('utf-8', { fatal: true });
log(fatal.fatal, esc(fatal.decode(bytes(0x41))));
for (const input of [bytes(0xff), bytes(0xe2, 0x82), bytes(0xed, 0xa0, 0x80)]) {
  try {
    fatal.decode(input);
  } catch (err) {
    log(err.name, err.code, err.message, Object.keys(err));
  }
}
log(esc(fatal.decode(bytes(0xe2, 0x82), { stream: true })), esc(fatal.decode(bytes(0xac))));

// UTF-16.
const u16 = new TextDecoder('utf-16le');
log(u16.encoding, esc(u16.decode(bytes(0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde))));
log(esc(u16.decode(bytes(0x41, 0x00, 0x42))), esc(u16.decode(bytes(0x00, 0xdc, 0x41, 0x00))));
const u16s = new TextDecoder('utf-16');
log(esc(u16s.decode(bytes(0x3d), { stream: true })), esc(u16s.decode(bytes(0xd8, 0x00), { stream: true })),
    esc(u16s.decode(bytes(0xde))));
const be = new TextDecoder('utf-16be');
log(be.encoding, esc(be.decode(bytes(0xfe, 0xff, 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00))));
try {
  new TextDecoder('utf-16le', { fatal: true }).decode(bytes(0x41));
} catch (err) {
  log(err.name, err.code, err.message);
}

// Single-byte and legacy encodings.
const all = new Uint8Array(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const label of ['latin1', 'ascii', 'iso-8859-2', 'windows-1251', 'koi8-r', 'ibm866',
  'macintosh', 'x-user-defined', 'iso-8859-8-i', 'windows-874']) {
  const d = new TextDecoder(label);
  const text = d.decode(all);
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum * 31 + text.charCodeAt(i)) % 1000000007;
  log(label, d.encoding, text.length, sum, esc(text.slice(0x80, 0x88)));
}
try {
  new TextDecoder('windows-1253', { fatal: true }).decode(bytes(0xaa));
} catch (err) {
  log(err.name, err.code, err.message);
}
log(esc(new TextDecoder('shift_jis').decode(bytes(0x82, 0xa0, 0x93, 0xfa, 0x96, 0x7b))));
log(esc(new TextDecoder('euc-jp').decode(bytes(0xa4, 0xa2))), esc(new TextDecoder('gbk').decode(bytes(0xc4, 0xe3))));
log(esc(new TextDecoder('euc-kr').decode(bytes(0xb0, 0xa1))), esc(new TextDecoder('big5').decode(bytes(0xa4, 0x40))));
log(esc(new TextDecoder('gb18030').decode(bytes(0x81, 0x30, 0x81, 0x30))));
log(esc(new TextDecoder('iso-2022-jp').decode(bytes(0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42, 0x41))));
const sj = new TextDecoder('shift_jis');
log(esc(sj.decode(bytes(0x82), { stream: true })), esc(sj.decode(bytes(0xa0))));

// Labels.
for (const label of ['UTF8', ' utf-8\n', 'unicode-1-1-utf-8', 'utf-16', 'ucs-2', 'unicodefffe',
  'l1', 'US-ASCII', 'cp1252', 'iso88591', 'latin2', 'sjis', 'x-sjis', 'gb2312', 'korean',
  'csbig5', 'x-mac-ukrainian', 'koi8-ru', 'dos-874', 'x-cp1250']) {
  log(JSON.stringify(label), new TextDecoder(label).encoding);
}
for (const label of ['foo', 'replacement', 'iso-2022-kr', 'utf-32', '', 'utf\u00a08']) {
  try {
    new TextDecoder(label);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}

// Bad input.
for (const fn of [
  () => dec.decode(null),
  () => dec.decode(1),
  () => dec.decode('x'),
  () => dec.decode([1]),
  () => dec.decode(new Uint8Array(1), 5),
  () => new TextDecoder('utf-8', 5),
  () => new TextDecoder('utf-8', 'x'),
  () => Reflect.get(TextDecoder.prototype, 'encoding', {}),
  () => TextDecoder.prototype.decode.call({}),
  () => enc.encodeInto(1, new Uint8Array(1)),
  () => enc.encodeInto('x', []),
  () => enc.encodeInto('x', new Uint16Array(2)),
  () => enc.encodeInto('x'),
]) {
  try {
    log('ok', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
log(new TextDecoder('utf-8', null).encoding, esc(dec.decode(bytes(0x41), null)));
log(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }));
log([new TextEncoder()], { a: { b: { c: new TextDecoder() } } });
log(TextDecoder.length, TextEncoder.length, Object.prototype.toString.call(dec), Object.prototype.toString.call(enc));
log(require('util').TextDecoder === TextDecoder, require('util').TextEncoder === TextEncoder);
