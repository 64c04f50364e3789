'use strict';

// A StringDecoder for streams while the runtime has no string_decoder builtin: Node's
// former pure-JS decoder (lib/string_decoder.js of Node.js v8, MIT license, Copyright
// Joyent, Inc. and other Node contributors), keeping partial multi-byte characters
// between writes for utf8, utf16le and base64.

const { Buffer } = require('buffer');
const { lazyCodes: { ERR_UNKNOWN_ENCODING, ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function normalizeEncoding(enc) {
  const e = `${enc ?? 'utf8'}`.toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'ascii': case 'hex': return e;
    default: return undefined;
  }
}

function toBuf(u8) {
  if (u8 instanceof Buffer) return u8;
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

class StringDecoder {
  constructor(encoding) {
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    this.encoding = enc;
    this.pending = null; // bytes of an incomplete character (group) kept for the next write
  }

  get lastNeed() {
    if (this.pending === null) return 0;
    const n = this.pending.length;
    switch (this.encoding) {
      case 'utf8': return utf8Need(this.pending[0]) - n;
      case 'utf16le': return (n % 2 === 1 ? 1 : 2);
      default: return 3 - n;
    }
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    buf = toBuf(buf);
    const enc = this.encoding;
    if (enc !== 'utf8' && enc !== 'utf16le' && enc !== 'base64' && enc !== 'base64url') {
      return buf.toString(enc);
    }
    if (this.pending !== null) {
      buf = Buffer.concat([this.pending, buf]);
      this.pending = null;
    }
    let keep = 0;
    const n = buf.length;
    if (enc === 'utf8') {
      // An incomplete character at the end: a lead byte wanting more bytes than follow.
      for (let j = n - 1, seen = 1; j >= 0 && seen <= 4; j--, seen++) {
        const b = buf[j];
        if ((b & 0xC0) !== 0x80) {
          if (utf8Need(b) > seen) keep = seen;
          break;
        }
      }
    } else if (enc === 'utf16le') {
      keep = n % 2;
      if (n - keep >= 2) {
        const hi = buf[n - keep - 1];
        if (hi >= 0xD8 && hi <= 0xDB) keep += 2; // a lead surrogate waits for its trail
      }
    } else {
      keep = n % 3;
    }
    if (keep > 0) {
      this.pending = Buffer.from(buf.subarray(n - keep));
    }
    return n - keep > 0 ? buf.subarray(0, n - keep).toString(enc) : '';
  }

  end(buf) {
    let r = buf !== undefined && buf !== null ? this.write(buf) : '';
    if (this.pending !== null) {
      const p = this.pending;
      this.pending = null;
      r += this.encoding === 'utf8' ? '\ufffd' : p.toString(this.encoding);
    }
    return r;
  }

  text(buf, i) {
    return this.write(toBuf(buf).slice(i));
  }
}

function utf8Need(b) {
  if ((b & 0xE0) === 0xC0) return 2;
  if ((b & 0xF0) === 0xE0) return 3;
  if ((b & 0xF8) === 0xF0) return 4;
  return 1;
}

module.exports = { StringDecoder };
