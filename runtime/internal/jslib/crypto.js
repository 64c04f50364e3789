'use strict';
// node:crypto: hashing, HMAC, random values and the Web Crypto entry points, after
// Node.js v26 lib/crypto.js, lib/internal/crypto/{hash,random,webcrypto}.js (MIT
// License, Copyright Node.js contributors). The byte work is Go's (internalBinding
// 'crypto'); ciphers, keys, signatures, KDFs and most of SubtleCrypto are not provided.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  lazyCodes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  normalizeEncoding,
  validateBoolean,
  validateEncoding,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
  validateUint32,
} = require('internal/validators');

let util;
function lazyUtil() {
  util ??= require('util');
  return util;
}
function types() {
  return lazyUtil().types;
}
function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}
function isAnyArrayBuffer(v) {
  return types().isAnyArrayBuffer(v);
}

let DOMException;
function lazyDOMException(message, name) {
  DOMException ??= require('internal/domexception').DOMException;
  return new DOMException(message, name);
}

// Errors Node throws from C++: a plain error with an own `code`.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  if (code !== undefined) err.code = code;
  return err;
}

function bytesOf(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function toBytes(data, encoding) {
  if (typeof data === 'string') {
    return Buffer.from(data, normalizeEncoding(encoding) ?? 'utf8');
  }
  return bytesOf(data);
}

// Output encodings as Node's C++ ParseEncoding reads them: unknown ones mean a Buffer.
function encodeDigest(ab, outputEncoding) {
  const buf = Buffer.from(ab);
  if (outputEncoding === undefined || outputEncoding === null || outputEncoding === '') return buf;
  const enc = normalizeEncoding(`${outputEncoding}`);
  if (enc === undefined) return buf;
  return buf.toString(enc);
}

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

function xofError() {
  const err = nativeError(Error, undefined, 'error:030000B2:digital envelope routines::not XOF or invalid length');
  err.library = 'digital envelope routines';
  err.reason = 'not XOF or invalid length';
  err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
  return err;
}

let shakeWarned = false;
function maybeWarnShake(info) {
  if (!shakeWarned && info[1]) {
    shakeWarned = true;
    process.emitWarning('Creating SHAKE128/256 digests without an explicit options.outputLength is deprecated.',
                        'DeprecationWarning', 'DEP0198');
  }
}

function Hash(algorithm, options) {
  // instanceof rather than new.target: goja lets plain calls made inside a class
  // constructor see that constructor's new.target.
  if (!(this instanceof Hash))
    return new Hash(algorithm, options);
  const isCopy = algorithm !== null && typeof algorithm === 'object' && algorithm[kHandle] !== undefined;
  if (!isCopy)
    validateString(algorithm, 'algorithm');
  let xofLen = typeof options === 'object' && options !== null ?
    options.outputLength : undefined;
  if (xofLen !== undefined) {
    validateUint32(xofLen, 'options.outputLength');
    // Coerce -0 to +0.
    xofLen += 0;
  }
  const info = isCopy ? algorithm.info : binding.digestInfo(algorithm);
  if (info === null) throw nativeError(Error, undefined, 'Digest method not supported');
  if (xofLen !== undefined && !info[1] && xofLen !== info[0]) throw xofError();
  if (isCopy) {
    this[kHandle] = algorithm[kHandle].copy(xofLen);
  } else {
    this[kHandle] = binding.createHash(algorithm, xofLen);
    if (xofLen === undefined) maybeWarnShake(info);
  }
  this[kState] = { [kFinalized]: false, info };
  this._options = options;
}

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state[kFinalized])
    throw new ERR_CRYPTO_HASH_FINALIZED();

  return new Hash({ [kHandle]: this[kHandle], info: state.info }, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(toBytes(chunk, encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(Buffer.from(this[kHandle].digest()));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state[kFinalized])
    throw new ERR_CRYPTO_HASH_FINALIZED();

  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(
      'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }

  this[kHandle].update(toBytes(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized])
    throw new ERR_CRYPTO_HASH_FINALIZED();

  const ret = encodeDigest(this[kHandle].digest(), outputEncoding);
  state[kFinalized] = true;
  return ret;
};

function prepareSecretKey(key, encoding) {
  if (typeof key === 'string') return Buffer.from(key, normalizeEncoding(encoding) ?? 'utf8');
  if (isArrayBufferView(key)) return bytesOf(key);
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  throw new ERR_INVALID_ARG_TYPE(
    'key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'],
    key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac))
    return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  let encoding;
  if (options !== undefined && options !== null) {
    encoding = options.encoding;
    if (encoding !== undefined) validateString(encoding, 'options.encoding');
  }
  key = prepareSecretKey(key, encoding);
  const info = binding.digestInfo(hmac);
  if (info === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  const handle = binding.createHmac(hmac, key);
  if (handle === null) throw nativeError(Error, undefined, 'error:00000000:lib(0)::reason(0)');
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  this._options = options;
}

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];

  if (state[kFinalized]) {
    const buf = Buffer.from('');
    if (outputEncoding && outputEncoding !== 'buffer')
      return buf.toString(outputEncoding);
    return buf;
  }

  const ret = encodeDigest(this[kHandle].digest(), outputEncoding);
  state[kFinalized] = true;
  return ret;
};

Hmac.prototype._flush = function _flush(callback) {
  this.push(Buffer.from(this[kHandle].digest()));
  this[kState][kFinalized] = true;
  callback();
};
Hmac.prototype._transform = Hash.prototype._transform;

// Hash and Hmac are Transform streams whose stream state is only built when the stream
// side is used (Node's LazyTransform). node:stream itself is loaded the first time a
// property of the stream side is looked up: until then the prototype of
// Hash.prototype and Hmac.prototype is a proxy that loads it and rewires the chain.
let LazyTransform;
function lazyTransformPrototype() {
  if (LazyTransform === undefined) {
    const stream = require('stream');
    LazyTransform = function LazyTransform(options) {
      this._options = options;
    };
    Object.setPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
    Object.setPrototypeOf(LazyTransform, stream.Transform);
    const makeGetter = (name) => function() {
      stream.Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    };
    const makeSetter = (name) => function(val) {
      Object.defineProperty(this, name, {
        __proto__: null,
        value: val,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    };
    Object.defineProperties(LazyTransform.prototype, {
      _readableState: {
        __proto__: null,
        get: makeGetter('_readableState'),
        set: makeSetter('_readableState'),
        configurable: true,
        enumerable: true,
      },
      _writableState: {
        __proto__: null,
        get: makeGetter('_writableState'),
        set: makeSetter('_writableState'),
        configurable: true,
        enumerable: true,
      },
    });
    for (const C of [Hash, Hmac]) {
      Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
      Object.setPrototypeOf(C, LazyTransform);
    }
  }
  return LazyTransform.prototype;
}
const lazyStreamPrototype = new Proxy({}, {
  __proto__: null,
  get(target, key, receiver) {
    return Reflect.get(lazyTransformPrototype(), key, receiver);
  },
  set(target, key, value, receiver) {
    return Reflect.set(lazyTransformPrototype(), key, value, receiver);
  },
  has(target, key) {
    return key in lazyTransformPrototype();
  },
  getPrototypeOf() {
    return Object.getPrototypeOf(lazyTransformPrototype());
  },
});
Object.setPrototypeOf(Hash.prototype, lazyStreamPrototype);
Object.setPrototypeOf(Hmac.prototype, lazyStreamPrototype);

function hash(algorithm, input, options) {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let outputEncoding;
  let outputLength;
  if (typeof options === 'string') {
    outputEncoding = options;
  } else if (options !== undefined) {
    validateObject(options, 'options');
    outputLength = options.outputLength;
    outputEncoding = options.outputEncoding;
  }

  outputEncoding ??= 'hex';

  let normalized = outputEncoding;
  if (normalized !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() === 'buffer') {
        normalized = 'buffer';
      } else {
        throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      }
    }
  }

  if (outputLength !== undefined) {
    validateUint32(outputLength, 'outputLength');
    outputLength += 0;
  }

  const info = binding.digestInfo(algorithm);
  if (info === null) throw nativeError(Error, undefined, `Digest method ${algorithm} is not supported`);
  if (outputLength === undefined) {
    maybeWarnShake(info);
  } else if (!info[1] && outputLength !== info[0]) {
    throw nativeError(Error, undefined,
                      `Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
  }
  const ab = binding.digest(algorithm, toBytes(input, 'utf8'), outputLength);
  const buf = Buffer.from(ab);
  return normalized === 'buffer' ? buf : buf.toString(normalized);
}

function getHashes() {
  return binding.hashNames();
}

// ---- random -------------------------------------------------------------------------

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = kMaxInt32;

// Completion of work Node runs on its thread pool: after the current turn's immediates.
function afterPool(fn) {
  setImmediate(() => setImmediate(fn));
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;

  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }

  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;

  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size',
                               `>= 0 && <= ${kMaxPossibleLength}`, size);
  }

  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }

  return size >>> 0;
}

function fillBytes(buf, offset, size) {
  const ab = isAnyArrayBuffer(buf) ? buf : buf.buffer;
  const base = isAnyArrayBuffer(buf) ? 0 : buf.byteOffset;
  binding.randomFill(new Uint8Array(ab, base + offset, size));
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
  }

  const buf = Buffer.alloc(size);

  if (callback === undefined) {
    if (size > 0) fillBytes(buf, 0, size);
    return buf;
  }

  afterPool(() => {
    if (size > 0) fillBytes(buf, 0, size);
    callback(null, buf);
  });
}

function randomFillSync(buf, offset = 0, size) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE(
      'buf',
      ['ArrayBuffer', 'ArrayBufferView'],
      buf);
  }

  const elementSize = buf.BYTES_PER_ELEMENT || 1;

  offset = assertOffset(offset, elementSize, buf.byteLength);

  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }

  if (size === 0)
    return buf;

  fillBytes(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE(
      'buf',
      ['ArrayBuffer', 'ArrayBufferView'],
      buf);
  }

  const elementSize = buf.BYTES_PER_ELEMENT || 1;

  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    // Size is a length here, assertSize() call turns it into a number of bytes
    size = buf.length;
  } else if (typeof size === 'function') {
    callback = size;
    size = (buf.length ?? buf.byteLength) - offset;
  } else {
    validateFunction(callback, 'callback');
  }

  offset = assertOffset(offset, elementSize, buf.byteLength);

  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }

  if (size === 0) {
    callback(null, buf);
    return;
  }

  afterPool(() => {
    fillBytes(buf, offset, size);
    callback(null, buf);
  });
}

// Largest integer we can read from a buffer.
const RAND_MAX = 0xFFFF_FFFF_FFFF;

// Cache random data to use in randomInt. The cache size must be evenly
// divisible by 6 because each attempt to obtain a random int uses 6 bytes.
let randomCache;
let randomCacheOffset = 0;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' ||
    typeof max === 'function';

  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }

  const isSync = typeof callback === 'undefined';
  if (!isSync) {
    validateFunction(callback, 'callback');
  }
  if (!Number.isSafeInteger(min)) {
    throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  }
  if (!Number.isSafeInteger(max)) {
    throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  }
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE(
      'max', `greater than the value of "min" (${min})`, max,
    );
  }

  const range = max - min;

  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`,
                               `<= ${RAND_MAX}`, range);
  }

  const randLimit = RAND_MAX - (RAND_MAX % range);

  if (randomCache === undefined) {
    randomCache = Buffer.alloc(6 * 1024);
    randomCacheOffset = randomCache.length;
  }
  // If we don't have a callback, or if there is still data in the cache, we can
  // do this synchronously.
  while (isSync || (randomCacheOffset < randomCache.length)) {
    if (randomCacheOffset === randomCache.length) {
      binding.randomFill(randomCache);
      randomCacheOffset = 0;
    }

    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;

    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }

  // Async mode with an empty cache: queue this call until the cache is refilled.
  asyncCachePendingTasks.push({ min, max, callback });
  asyncRefillRandomIntCache();
}

let asyncCacheFillInProgress = false;
const asyncCachePendingTasks = [];

function asyncRefillRandomIntCache() {
  if (asyncCacheFillInProgress)
    return;

  asyncCacheFillInProgress = true;
  afterPool(() => {
    binding.randomFill(randomCache);
    asyncCacheFillInProgress = false;
    randomCacheOffset = 0;
    const tasks = asyncCachePendingTasks.splice(0);
    for (const task of tasks) {
      randomInt(task.min, task.max, task.callback);
    }
  });
}

function isIntegerTypedArray(data) {
  if (!types().isTypedArray(data)) return false;
  const tag = Object.prototype.toString.call(data);
  return tag !== '[object Float32Array]' && tag !== '[object Float64Array]' &&
    tag !== '[object Float16Array]';
}

function getRandomValuesImpl(data) {
  if (!isIntegerTypedArray(data)) {
    throw lazyDOMException(
      'The data argument must be an integer-type TypedArray',
      'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw lazyDOMException(
      'The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  randomFillSync(data, 0);
  return data;
}

const kBatchSize = 128;
let uuidData;
let uuidBatch = 0;

let hexBytesCache;
function getHexBytes() {
  if (hexBytesCache === undefined) {
    hexBytesCache = new Array(256);
    for (let i = 0; i < hexBytesCache.length; i++) {
      hexBytesCache[i] = i.toString(16).padStart(2, '0');
    }
  }
  return hexBytesCache;
}

function serializeUUID(buf, version, variant, offset = 0) {
  const kHexBytes = getHexBytes();
  return kHexBytes[buf[offset]] +
    kHexBytes[buf[offset + 1]] +
    kHexBytes[buf[offset + 2]] +
    kHexBytes[buf[offset + 3]] +
    '-' +
    kHexBytes[buf[offset + 4]] +
    kHexBytes[buf[offset + 5]] +
    '-' +
    kHexBytes[(buf[offset + 6] & 0x0f) | version] +
    kHexBytes[buf[offset + 7]] +
    '-' +
    kHexBytes[(buf[offset + 8] & 0x3f) | variant] +
    kHexBytes[buf[offset + 9]] +
    '-' +
    kHexBytes[buf[offset + 10]] +
    kHexBytes[buf[offset + 11]] +
    kHexBytes[buf[offset + 12]] +
    kHexBytes[buf[offset + 13]] +
    kHexBytes[buf[offset + 14]] +
    kHexBytes[buf[offset + 15]];
}

function uuidBytes(disableEntropyCache) {
  if (disableEntropyCache) {
    const b = new Uint8Array(16);
    binding.randomFill(b);
    return [b, 0];
  }
  uuidData ??= new Uint8Array(16 * kBatchSize);
  if (uuidBatch === 0) binding.randomFill(uuidData);
  uuidBatch = (uuidBatch + 1) % kBatchSize;
  return [uuidData, uuidBatch * 16];
}

function uuidOptions(options) {
  if (options !== undefined)
    validateObject(options, 'options');
  const {
    disableEntropyCache = false,
  } = options || {};

  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return disableEntropyCache;
}

function randomUUID(options) {
  const [buf, offset] = uuidBytes(uuidOptions(options));
  return serializeUUID(buf, 0x40, 0x80, offset);
}

function randomUUIDv7(options) {
  const [buf, offset] = uuidBytes(uuidOptions(options));
  const now = Date.now();
  const msb = now / (2 ** 32);
  buf[offset] = msb >>> 8;
  buf[offset + 1] = msb;
  buf[offset + 2] = now >>> 24;
  buf[offset + 3] = now >>> 16;
  buf[offset + 4] = now >>> 8;
  buf[offset + 5] = now;
  return serializeUUID(buf, 0x70, 0x80, offset);
}

function timingSafeEqual(buf1, buf2) {
  const check = (v, name) => {
    if (isArrayBufferView(v)) return bytesOf(v);
    if (isAnyArrayBuffer(v)) return new Uint8Array(v);
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  };
  const a = check(buf1, 'buf1');
  const b = check(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) {
    throw nativeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
                      'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(a, b);
}

// ---- Web Crypto ---------------------------------------------------------------------

const kDigestNames = {
  'sha-1': ['SHA-1', 'sha1'],
  'sha-256': ['SHA-256', 'sha256'],
  'sha-384': ['SHA-384', 'sha384'],
  'sha-512': ['SHA-512', 'sha512'],
  'sha3-256': ['SHA3-256', 'sha3-256'],
  'sha3-384': ['SHA3-384', 'sha3-384'],
  'sha3-512': ['SHA3-512', 'sha3-512'],
};

let internalConstruct = false;

class SubtleCrypto {
  constructor() {
    if (!internalConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
    if (arguments.length < 2) {
      const err = new TypeError(`${prefix}: 2 arguments required, but only ${arguments.length} present.`);
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    let name = algorithm;
    if (algorithm !== null && typeof algorithm === 'object') name = algorithm.name;
    const entry = typeof name === 'string' ? kDigestNames[name.toLowerCase()] : undefined;
    if (!isArrayBufferView(data) && !isAnyArrayBuffer(data)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        `${prefix}: 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
    if (entry === undefined) {
      throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
    }
    const bytes = isAnyArrayBuffer(data) ? new Uint8Array(data.slice(0)) : new Uint8Array(bytesOf(data));
    const ab = binding.digest(entry[1], bytes, undefined);
    return new Promise((resolve) => afterPool(() => resolve(ab)));
  }
}

for (const name of ['decapsulateBits', 'decapsulateKey', 'decrypt', 'deriveBits', 'deriveKey',
  'encapsulateBits', 'encapsulateKey', 'encrypt', 'exportKey', 'generateKey', 'getPublicKey',
  'importKey', 'sign', 'unwrapKey', 'verify', 'wrapKey']) {
  const fn = {
    async [name]() {
      if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
      throw lazyDOMException(`SubtleCrypto.${name} is not supported by gonode`, 'NotSupportedError');
    },
  }[name];
  Object.defineProperty(SubtleCrypto.prototype, name, {
    __proto__: null, value: fn, writable: true, enumerable: true, configurable: true,
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', configurable: true,
});

let subtle;

class Crypto {
  constructor() {
    if (!internalConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (subtle === undefined) {
      internalConstruct = true;
      try {
        subtle = new SubtleCrypto();
      } finally {
        internalConstruct = false;
      }
    }
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return getRandomValuesImpl(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Crypto', configurable: true,
});
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  const d = Object.getOwnPropertyDescriptor(Crypto.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Crypto.prototype, name, d);
}

internalConstruct = true;
const webcrypto = new Crypto();
internalConstruct = false;

// ---- exports ------------------------------------------------------------------------

const constants = {
  OPENSSL_VERSION_NUMBER: 810549376,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_SSLV23_PADDING: 2,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};
constants.defaultCipherList = constants.defaultCoreCipherList;
Object.freeze(constants);

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function deprecated(fn, msg, code) {
  let warned = false;
  function wrapper(...args) {
    if (!warned) {
      warned = true;
      process.emitWarning(msg, 'DeprecationWarning', code);
    }
    if (this instanceof wrapper) return Reflect.construct(fn, args, new.target ?? wrapper);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(wrapper, fn);
  wrapper.prototype = fn.prototype;
  Object.defineProperty(wrapper, 'name', { __proto__: null, value: fn.name, configurable: true });
  return wrapper;
}

module.exports = {
  createHash,
  createHmac,
  getHashes,
  getRandomValues(array) {
    return webcrypto.getRandomValues(array);
  },
  hash,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
  timingSafeEqual,
  getFips() {
    return 0;
  },
  Hash: deprecated(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: deprecated(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  constants,
  webcrypto,
};

Object.defineProperties(module.exports, {
  subtle: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return webcrypto.subtle; },
  },
  pseudoRandomBytes: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    value: randomBytes,
    writable: true,
  },
  prng: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    value: randomBytes,
    writable: true,
  },
  rng: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    value: randomBytes,
    writable: true,
  },
});
