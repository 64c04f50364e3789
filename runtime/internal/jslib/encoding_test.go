package jslib

import "testing"

// The expected outputs were recorded by running each case under Node v26.10.0.

// TestTextEncoding covers internal/encoding (TextEncoder, TextDecoder) and its Go codecs.
func TestTextEncoding(t *testing.T) {
	const prelude = "const { TextEncoder, TextDecoder } = require('internal/encoding');\nconst esc = (s) => JSON.stringify(s).replace(/[\\u007f-\\uffff]/g, (ch) => '\\\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));\nconst bytes = (...b) => new Uint8Array(b);\n"
	runCases(t, []jsCase{
		{"encode", prelude + `const enc = new TextEncoder();
log(enc.encoding, JSON.stringify(Array.from(enc.encode('héllo €😀'))), enc.encode().length, JSON.stringify(Array.from(enc.encode(null))));
log(JSON.stringify(Array.from(enc.encode('\ud800x\udc00'))));
for (const size of [0, 1, 2, 3, 4, 5, 6, 7, 8]) {
  const dest = new Uint8Array(size);
  const r = enc.encodeInto('aé😀b', dest);
  log(size, r.read, r.written, JSON.stringify(Array.from(dest)));
}
log(JSON.stringify(enc.encodeInto('\ud800', new Uint8Array(3))), JSON.stringify(enc.encodeInto('abc', new Uint8Array(new ArrayBuffer(8), 2, 2))));`, "utf-8 [104,195,169,108,108,111,32,226,130,172,240,159,152,128] 0 [110,117,108,108]\n[239,191,189,120,239,191,189]\n0 0 0 []\n1 1 1 [97]\n2 1 1 [97,0]\n3 2 3 [97,195,169]\n4 2 3 [97,195,169,0]\n5 2 3 [97,195,169,0,0]\n6 2 3 [97,195,169,0,0,0]\n7 4 7 [97,195,169,240,159,152,128]\n8 5 8 [97,195,169,240,159,152,128,98]\n{\"read\":1,\"written\":3} {\"read\":2,\"written\":2}"},
		{"utf-8", prelude + `const dec = new TextDecoder();
log(dec.encoding, dec.fatal, dec.ignoreBOM);
log(esc(dec.decode(bytes(0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80))));
log(esc(dec.decode()), esc(dec.decode(new ArrayBuffer(2))), esc(dec.decode(new Uint16Array([0x4241]))), esc(dec.decode(new DataView(bytes(0x41, 0x42).buffer))));
log(esc(dec.decode(bytes(0xff, 0x41, 0xc0, 0x80, 0xe0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80))));
log(esc(dec.decode(bytes(0xf0, 0x9f, 0x98, 0x41, 0xe2, 0x82))));
log(esc(dec.decode(bytes(0xef, 0xbb, 0xbf, 0x41))), esc(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(0xef, 0xbb, 0xbf, 0x41))));`, "utf-8 false false\n\"h\\u00e9\\u20ac\\ud83d\\ude00\"\n\"\" \"\\u0000\\u0000\" \"AB\" \"AB\"\n\"\\ufffdA\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\"\n\"\\ufffdA\\ufffd\"\n\"A\" \"\\ufeffA\""},
		{"streaming", prelude + `const s = new TextDecoder();
log([[0xe2], [0x82], [0xac, 0xf0, 0x9f], [0x98, 0x80]].map((p) => esc(s.decode(bytes(...p), { stream: true }))).join(' '), esc(s.decode()));
log(esc(s.decode(bytes(0xe2, 0x82), { stream: true })), esc(s.decode(bytes(0x41))));
log(esc(s.decode(bytes(0xef, 0xbb), { stream: true })), esc(s.decode(bytes(0xbf, 0x41), { stream: true })), esc(s.decode(bytes(0xef, 0xbb, 0xbf))));
const u = new TextDecoder('utf-16');
log(esc(u.decode(bytes(0x3d), { stream: true })), esc(u.decode(bytes(0xd8, 0x00), { stream: true })), esc(u.decode(bytes(0xde))));
const sj = new TextDecoder('shift_jis');
log(esc(sj.decode(bytes(0x82), { stream: true })), esc(sj.decode(bytes(0xa0))));`, "\"\" \"\" \"\\u20ac\" \"\\ud83d\\ude00\" \"\"\n\"\" \"\\ufffdA\"\n\"\" \"A\" \"\\ufeff\"\n\"\" \"\" \"\\ud83d\\ude00\"\n\"\" \"\\u3042\""},
		{"fatal", prelude + `const fatal = new TextDecoder('utf-8', { fatal: true });
for (const input of [bytes(0xff), bytes(0xe2, 0x82), bytes(0xed, 0xa0, 0x80)]) {
  try {
    fatal.decode(input);
  } catch (err) {
    log(err.name, err.code, err.message, JSON.stringify(Object.keys(err)));
  }
}
log(esc(fatal.decode(bytes(0xe2, 0x82), { stream: true })), esc(fatal.decode(bytes(0xac))));
for (const [label, input] of [['utf-16le', bytes(0x41)], ['utf-16be', bytes(0xdc, 0x00)], ['windows-1253', bytes(0xaa)]]) {
  try {
    new TextDecoder(label, { fatal: true }).decode(input);
  } catch (err) {
    log(label, err.name, err.code, err.message, JSON.stringify(Object.keys(err)));
  }
}`, "TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8 [\"code\"]\nTypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8 [\"code\"]\nTypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8 [\"code\"]\n\"\" \"\\u20ac\"\nutf-16le TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le [\"code\"]\nutf-16be TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16be [\"code\"]\nwindows-1253 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding windows-1253 [\"code\",\"errno\"]"},
		{"utf-16", prelude + `const le = new TextDecoder('utf-16le');
log(esc(le.decode(bytes(0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde))), esc(le.decode(bytes(0x41, 0x00, 0x42))), esc(le.decode(bytes(0x00, 0xdc, 0x41, 0x00))));
const be = new TextDecoder('utf-16be');
log(be.encoding, esc(be.decode(bytes(0xfe, 0xff, 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00))));`, "\"A\\ud83d\\ude00\" \"A\\ufffd\" \"\\ufffdA\"\nutf-16be \"A\\ud83d\\ude00\""},
		{"single-byte", prelude + `const all = new Uint8Array(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const label of ['latin1', 'iso-8859-2', 'iso-8859-16', 'windows-1250', 'windows-1251', 'windows-1253', 'windows-1255', 'windows-1258', 'koi8-u',
  'ibm866', 'macintosh', 'x-mac-cyrillic', 'x-user-defined', 'iso-8859-8-i', 'windows-874']) {
  const d = new TextDecoder(label);
  const text = d.decode(all);
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum * 31 + text.charCodeAt(i)) % 1000000007;
  log(label, d.encoding, text.length, sum, esc(text.slice(0x80, 0x84)), esc(text.slice(0xfc)));
}`, "latin1 windows-1252 256 260961503 \"\\u20ac\\u0081\\u201a\\u0192\" \"\\u00fc\\u00fd\\u00fe\\u00ff\"\niso-8859-2 iso-8859-2 256 866140648 \"\\u0080\\u0081\\u0082\\u0083\" \"\\u00fc\\u00fd\\u0163\\u02d9\"\niso-8859-16 iso-8859-16 256 274510189 \"\\u0080\\u0081\\u0082\\u0083\" \"\\u00fc\\u0119\\u021b\\u00ff\"\nwindows-1250 windows-1250 256 10091104 \"\\u20ac\\u0081\\u201a\\u0083\" \"\\u00fc\\u00fd\\u0163\\u02d9\"\nwindows-1251 windows-1251 256 390657743 \"\\u0402\\u0403\\u201a\\u0453\" \"\\u044c\\u044d\\u044e\\u044f\"\nwindows-1253 windows-1253 256 394252917 \"\\u20ac\\u0081\\u201a\\u0192\" \"\\u03cc\\u03cd\\u03ce\\ufffd\"\nwindows-1255 windows-1255 256 53301143 \"\\u20ac\\u0081\\u201a\\u0192\" \"\\ufffd\\u200e\\u200f\\ufffd\"\nwindows-1258 windows-1258 256 733596216 \"\\u20ac\\u0081\\u201a\\u0192\" \"\\u00fc\\u01b0\\u20ab\\u00ff\"\nkoi8-u koi8-u 256 177650718 \"\\u2500\\u2502\\u250c\\u2510\" \"\\u042d\\u0429\\u0427\\u042a\"\nibm866 ibm866 256 948721341 \"\\u0410\\u0411\\u0412\\u0413\" \"\\u2116\\u00a4\\u25a0\\u00a0\"\nmacintosh macintosh 256 272015345 \"\\u00c4\\u00c5\\u00c7\\u00c9\" \"\\u00b8\\u02dd\\u02db\\u02c7\"\nx-mac-cyrillic x-mac-cyrillic 256 238220467 \"\\u0410\\u0411\\u0412\\u0413\" \"\\u044c\\u044d\\u044e\\u20ac\"\nx-user-defined x-user-defined 256 454776769 \"\\uf780\\uf781\\uf782\\uf783\" \"\\uf7fc\\uf7fd\\uf7fe\\uf7ff\"\niso-8859-8-i iso-8859-8-i 256 20248493 \"\\u0080\\u0081\\u0082\\u0083\" \"\\ufffd\\u200e\\u200f\\ufffd\"\nwindows-874 windows-874 256 85592913 \"\\u20ac\\u0081\\u0082\\u0083\" \"\\ufffd\\ufffd\\ufffd\\ufffd\""},
		{"legacy multi-byte", prelude + `log(esc(new TextDecoder('shift_jis').decode(bytes(0x82, 0xa0, 0x93, 0xfa, 0x96, 0x7b))));
log(esc(new TextDecoder('euc-jp').decode(bytes(0xa4, 0xa2))), esc(new TextDecoder('gbk').decode(bytes(0xc4, 0xe3))));
log(esc(new TextDecoder('euc-kr').decode(bytes(0xb0, 0xa1))), esc(new TextDecoder('big5').decode(bytes(0xa4, 0x40))));
log(esc(new TextDecoder('gb18030').decode(bytes(0x81, 0x30, 0x81, 0x30))));
log(esc(new TextDecoder('iso-2022-jp').decode(bytes(0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42, 0x41))));`, "\"\\u3042\\u65e5\\u672c\"\n\"\\u3042\" \"\\u4f60\"\n\"\\uac00\" \"\\u4e00\"\n\"\\u0080\"\n\"\\u3042A\""},
		{"labels", prelude + `for (const label of ['UTF8', ' utf-8\n', 'unicode-1-1-utf-8', 'utf-16', 'ucs-2', 'unicodefffe', 'l1', 'US-ASCII', 'cp1252', 'latin2', 'sjis', 'gb2312', 'korean', 'csbig5', 'x-mac-ukrainian', 'koi8-ru', 'dos-874']) {
  log(JSON.stringify(label), new TextDecoder(label).encoding);
}
for (const label of ['foo', 'replacement', 'iso-2022-kr', 'hz-gb-2312', 'utf-32', '']) {
  try {
    new TextDecoder(label);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}`, "\"UTF8\" utf-8\n\" utf-8\\n\" utf-8\n\"unicode-1-1-utf-8\" utf-8\n\"utf-16\" utf-16le\n\"ucs-2\" utf-16le\n\"unicodefffe\" utf-16be\n\"l1\" windows-1252\n\"US-ASCII\" windows-1252\n\"cp1252\" windows-1252\n\"latin2\" iso-8859-2\n\"sjis\" shift_jis\n\"gb2312\" gbk\n\"korean\" euc-kr\n\"csbig5\" big5\n\"x-mac-ukrainian\" x-mac-cyrillic\n\"koi8-ru\" koi8-u\n\"dos-874\" windows-874\nRangeError ERR_ENCODING_NOT_SUPPORTED The \"foo\" encoding is not supported\nRangeError ERR_ENCODING_NOT_SUPPORTED The \"replacement\" encoding is not supported\nRangeError ERR_ENCODING_NOT_SUPPORTED The \"replacement\" encoding is not supported\nRangeError ERR_ENCODING_NOT_SUPPORTED The \"replacement\" encoding is not supported\nRangeError ERR_ENCODING_NOT_SUPPORTED The \"utf-32\" encoding is not supported\nRangeError ERR_ENCODING_NOT_SUPPORTED The \"\" encoding is not supported"},
		{"errors", prelude + `const dec = new TextDecoder();
const enc = new TextEncoder();
for (const fn of [
  () => dec.decode(null),
  () => dec.decode('x'),
  () => dec.decode([1]),
  () => dec.decode(new Uint8Array(1), 5),
  () => new TextDecoder('utf-8', 5),
  () => Reflect.get(TextDecoder.prototype, 'encoding', {}),
  () => TextDecoder.prototype.decode.call({}),
  () => TextEncoder.prototype.encode.call({}),
  () => enc.encodeInto(1, new Uint8Array(1)),
  () => enc.encodeInto('x', []),
  () => enc.encodeInto('x', new Uint16Array(2)),
]) {
  try {
    log('ok', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
log(new TextDecoder('utf-8', null).encoding, esc(dec.decode(bytes(0x41), null)));`, "TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\nTypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\nTypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.\nTypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type number (5)\nTypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type number (5)\nTypeError ERR_INVALID_THIS Value of \"this\" must be of type TextDecoder\nTypeError ERR_INVALID_THIS Value of \"this\" must be of type TextDecoder\nTypeError undefined Receiver must be an instance of class TextEncoder\nTypeError ERR_INVALID_ARG_TYPE The \"src\" argument must be of type string. Received type number (1)\nTypeError ERR_INVALID_ARG_TYPE The \"dest\" argument must be an instance of Uint8Array. Received an instance of Array\nTypeError ERR_INVALID_ARG_TYPE The \"dest\" argument must be an instance of Uint8Array. Received an instance of Uint16Array\nutf-8 \"A\""},
		{"inspect", prelude + `log(new TextEncoder(), new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }));
log([new TextEncoder()], { a: { b: { c: new TextDecoder() } } });
log(Object.getOwnPropertyNames(TextDecoder.prototype).join(), Object.getOwnPropertyNames(TextEncoder.prototype).join());
log(Object.prototype.toString.call(new TextDecoder()), Object.prototype.toString.call(new TextEncoder()));`, "{ encoding: 'utf-8' } TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: true }\n[ { encoding: 'utf-8' } ] { a: { b: { c: [TextDecoder] } } }\nconstructor,decode,encoding,fatal,ignoreBOM constructor,encoding,encode,encodeInto\n[object TextDecoder] [object TextEncoder]"},
	})
}
