'use strict';
// TextEncoder / TextDecoder (WHATWG Encoding Standard), after Node.js v26
// lib/internal/encoding.js (MIT License, Copyright Node.js contributors and Joyent, Inc.).
// The codecs are Go (internalBinding('encoding'), encoding_binding.go): UTF-8, UTF-16LE/BE,
// every single-byte encoding of the standard (latin1/ascii labels are windows-1252, as
// in browsers and Node), x-user-defined and the legacy CJK encodings (gbk, gb18030,
// big5, euc-jp, iso-2022-jp, shift_jis, euc-kr), like Node's full-ICU build.

const binding = internalBinding('encoding');
const {
  lazyCodes: {
    ERR_ENCODING_INVALID_ENCODED_DATA,
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
  codedError,
} = require('internal/errors');
const {
  validateObject,
  validateString,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const Uint8ArrayCtor = Uint8Array;
const TypedArrayPrototypeGetSymbolToStringTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

const kDecoder = Symbol('decoder');
const kFlags = Symbol('flags');
const kEncoding = Symbol('encoding');
const kHandle = Symbol('handle');

const CONVERTER_FLAGS_FATAL = 0x2;
const CONVERTER_FLAGS_IGNORE_BOM = 0x4;

// Decoders implemented in JavaScript in Node (single-byte) throw Node's coded error;
// the ones in C++ (UTF-8, UTF-16, ICU) a plain TypeError with a `code`.
const kCppErrorEncodings = new Set(['utf-8', 'utf-16le', 'utf-16be', 'gbk', 'gb18030',
  'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr']);

let lazyInspect;
function inspect(obj, opts) {
  lazyInspect ??= require('util').inspect;
  return lazyInspect(obj, opts);
}

function isUint8Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag.call(value) === 'Uint8Array';
}

function getEncodingFromLabel(label) {
  return binding.getEncodingFromLabel(`${label}`);
}

function receiverError(name) {
  return new TypeError(`Receiver must be an instance of class ${name}`);
}

class TextEncoder {
  #brand = true;

  get encoding() {
    if (!(this !== null && typeof this === 'object' && #brand in this)) throw receiverError('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this !== null && typeof this === 'object' && #brand in this)) throw receiverError('TextEncoder');
    return new Uint8ArrayCtor(binding.encodeUtf8String(`${input}`));
  }

  encodeInto(src, dest) {
    if (!(this !== null && typeof this === 'object' && #brand in this)) throw receiverError('TextEncoder');
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest))
      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const { 0: read, 1: written } = binding.encodeInto(src, dest);
    return { read, written };
  }

  [customInspectSymbol](depth, opts) {
    if (typeof depth === 'number' && depth < 0)
      return this;
    const obj = { __proto__: { constructor: TextEncoder } };
    obj.encoding = this.encoding;
    return inspect(obj, opts);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] !== true)
    throw new ERR_INVALID_THIS('TextDecoder');
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options !== undefined)
      validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);

    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined)
      throw new ERR_ENCODING_NOT_SUPPORTED(encoding);

    let flags = 0;
    if (options != null) {
      flags |= options.fatal ? CONVERTER_FLAGS_FATAL : 0;
      flags |= options.ignoreBOM ? CONVERTER_FLAGS_IGNORE_BOM : 0;
    }

    const handle = binding.createDecoder(enc, (flags & CONVERTER_FLAGS_FATAL) !== 0,
                                         (flags & CONVERTER_FLAGS_IGNORE_BOM) !== 0);
    if (handle === undefined)
      throw new ERR_ENCODING_NOT_SUPPORTED(enc);

    this[kDecoder] = true;
    this[kFlags] = flags;
    this[kEncoding] = enc;
    this[kHandle] = handle;
  }

  decode(input = undefined, options = undefined) {
    validateDecoder(this);
    if (options !== undefined)
      validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const stream = options != null && !!options.stream;
    const ret = input === undefined ? this[kHandle](new Uint8ArrayCtor(0), stream) :
      this[kHandle](input, stream);
    if (typeof ret === 'string') return ret;
    if (ret === undefined) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                       'The "list" argument must be an instance of SharedArrayBuffer, ' +
                       'ArrayBuffer or ArrayBufferView.');
    }
    const enc = this[kEncoding];
    if (kCppErrorEncodings.has(enc)) {
      throw codedError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
                       `The encoded data was not valid for encoding ${enc}`);
    }
    throw new ERR_ENCODING_INVALID_ENCODED_DATA(enc, undefined);
  }

  get encoding() {
    validateDecoder(this);
    return this[kEncoding];
  }

  get fatal() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FLAGS_FATAL) === CONVERTER_FLAGS_FATAL;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FLAGS_IGNORE_BOM) === CONVERTER_FLAGS_IGNORE_BOM;
  }

  [customInspectSymbol](depth, opts) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0)
      return this;
    // Shown as `TextDecoder { encoding, fatal, ignoreBOM }` (an object on the
    // prototype, inspected without calling this hook again).
    const obj = Object.create(Object.getPrototypeOf(this));
    const define = (key, value) => Object.defineProperty(obj, key, {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
    define('encoding', this.encoding);
    define('fatal', this.fatal);
    define('ignoreBOM', this.ignoreBOM);
    if (opts.showHidden) {
      define(kFlags, this[kFlags]);
      define(kHandle, undefined);
    }
    return inspect(obj, { ...opts, customInspect: false });
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [customInspectSymbol]: { __proto__: null, enumerable: false },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});
module.exports = {
  getEncodingFromLabel,
  TextDecoder,
  TextEncoder,
};
