package jslib

import "testing"

// The expected outputs were recorded by running each case under Node v26.10.0.

// TestStringDecoder covers string_decoder and its Go port of src/string_decoder.cc.
func TestStringDecoder(t *testing.T) {
	const prelude = "const { StringDecoder } = require('string_decoder');\nconst { Buffer } = require('buffer');\nconst esc = (s) => JSON.stringify(s).replace(/[\\u007f-\\uffff]/g, (ch) => '\\\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));\nconst bytes = (...b) => new Uint8Array(b);\nconst b = (...x) => Buffer.from(x);\n"
	runCases(t, []jsCase{
		{"encodings", prelude + `for (const e of [undefined, 'utf8', 'UTF-8', 'ucs2', 'utf-16le', 'binary', 'latin1', 'hex', 'base64', 'base64url', 'ascii', '', null, 'buffer', 'foo', 1]) {
  try {
    log(String(e), new StringDecoder(e).encoding);
  } catch (err) {
    log(String(e), err.name, err.code, err.message);
  }
}`, "undefined utf8\nutf8 utf8\nUTF-8 utf8\nucs2 utf16le\nutf-16le utf16le\nbinary latin1\nlatin1 latin1\nhex hex\nbase64 base64\nbase64url base64url\nascii ascii\n utf8\nnull utf8\nbuffer TypeError ERR_UNKNOWN_ENCODING Unknown encoding: buffer\nfoo TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo\n1 TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 1"},
		{"utf8 partial", prelude + `const d = new StringDecoder('utf8');
log(esc(d.write(b(0xe2))), d.lastNeed, d.lastTotal, JSON.stringify(Array.from(d.lastChar)));
log(esc(d.write(b(0x82))), d.lastNeed, d.lastTotal);
log(esc(d.end(b(0xac, 0x41))), d.lastNeed, d.lastTotal);
log(esc(d.write(b(0xe2, 0x41))), esc(d.end()));
log(esc(d.write(b(0xf0, 0x9f))), esc(d.write(b(0x41))), esc(d.end()));
log(esc(d.write(b(0xf0, 0x9f, 0x98))), d.lastNeed, d.lastTotal, esc(d.write(b(0x80, 0x41))));
log(esc(d.write(b(0xe2, 0x82))), esc(d.write(b(0xe2, 0x82, 0xac))), esc(d.end()));
log(esc(d.write(b(0x80, 0x80, 0x80, 0x80))), esc(d.write(b(0xc3))), esc(d.write(b(0xc3))), esc(d.end()));
log(esc(d.end(b(0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80, 0xff))));
const one = new StringDecoder();
let out = '';
for (const byte of Buffer.from('aé€😀z')) out += '[' + esc(one.write(b(byte))) + ']';
log(out, esc(one.end()));`, "\"\" 2 3 [226,0,0,0]\n\"\" 1 3\n\"\\u20acA\" 0 0\n\"\\ufffdA\" \"\"\n\"\" \"\\ufffdA\" \"\"\n\"\" 1 4 \"\\ud83d\\ude00A\"\n\"\" \"\\ufffd\\u20ac\" \"\"\n\"\\ufffd\\ufffd\\ufffd\\ufffd\" \"\" \"\\ufffd\" \"\\ufffd\"\n\"\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\"\n[\"a\"][\"\"][\"\\u00e9\"][\"\"][\"\"][\"\\u20ac\"][\"\"][\"\"][\"\"][\"\\ud83d\\ude00\"][\"z\"] \"\""},
		{"utf16le", prelude + `const u = new StringDecoder('utf16le');
log(esc(u.write(b(0x3d))), esc(u.write(b(0xd8, 0x00))), esc(u.write(b(0xde))), esc(u.end()));
log(esc(u.write(b(0x3d, 0xd8))), u.lastNeed, u.lastTotal, esc(u.end()), esc(u.write(b(0x41))), esc(u.end()));
log(esc(u.write(b(0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde))), esc(u.end(b(0x42))));`, "\"\" \"\\ud83d\" \"\\ude00\" \"\"\n\"\" 2 4 \"\\ud83d\" \"\" \"\"\n\"A\\ud83d\\ude00\" \"\""},
		{"base64 hex latin1 ascii", prelude + `const b64 = new StringDecoder('base64');
log(b64.write(b(0x61, 0x62)), b64.lastNeed, b64.write(b(0x63, 0x64, 0x65)), b64.end(), b64.end(b(0x78)));
const url = new StringDecoder('base64url');
log(url.write(b(0xfb, 0xff)), url.end(), url.end(b(0xfb, 0xff, 0xbf)));
const hex = new StringDecoder('hex');
log(hex.write(b(1, 255)), hex.end(b(16)));
log(esc(new StringDecoder('ascii').write(b(0x41, 0xe9, 0xff))), esc(new StringDecoder('latin1').write(b(0x41, 0xe9, 0xff))));
log(esc(new StringDecoder().write(new Uint16Array([0xa9c3]))), esc(new StringDecoder().write(new DataView(new Uint8Array([0xc3, 0xa9]).buffer))));`, " 1 YWJj ZGU= eA==\n -_8 -_-_\n01ff 10\n\"Ai\\u007f\" \"A\\u00e9\\u00ff\"\n\"\\u00e9\" \"\\u00e9\""},
		{"errors and text", prelude + `const d = new StringDecoder();
log(esc(d.write('str')), esc(d.end('s')));
for (const fn of [() => d.write(1), () => d.write(null), () => d.write(new ArrayBuffer(1)), () => d.end(null), () => StringDecoder.prototype.write.call({}, b(0x61))]) {
  try {
    log('ok', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
const t = new StringDecoder();
log(esc(t.write(b(0xe2))), esc(t.text(b(0x61, 0x62, 0x63), 1)), t.lastNeed);`, "\"str\" \"s\"\nTypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (1)\nTypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received null\nTypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received an instance of ArrayBuffer\nTypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received null\nTypeError ERR_INVALID_THIS Value of \"this\" must be of type StringDecoder\n\"\" \"bc\" 0"},
	})
}
