'use strict';
// node:buffer — Buffer as a Uint8Array subclass with Node v26's API, errors and pooled
// allocation. The byte work (encoding, decoding, search, compare, copy, fill) is in Go
// (internalBinding('buffer'), buffer_binding.go), on the typed arrays' own memory; the
// number readers and writers are plain JavaScript, as in Node.
//
// Module init stays cheap (Buffer is loaded on first use of the global): no tables are
// built here; DOMException loads on first use.

const binding = internalBinding('buffer');
const {
  byteLengthUtf8,
  compare: _compare,
  compareOffset,
  copy: _copyBytes,
  fill: bindingFill,
  indexOfBuffer,
  indexOfNumber,
  indexOfString,
  kMaxLength,
  kStringMaxLength,
} = binding;
const { lazyCodes: {
  ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_BUFFER_SIZE,
  ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE,
  ERR_UNKNOWN_ENCODING,
}, genericNodeError } = require('internal/errors');
const {
  normalizeEncoding,
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');

const MathFloor = Math.floor;
const MathMin = Math.min;
const MathTrunc = Math.trunc;
const NumberIsInteger = Number.isInteger;
const NumberIsNaN = Number.isNaN;
const NumberMAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const NumberMIN_SAFE_INTEGER = Number.MIN_SAFE_INTEGER;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ArrayIsArray = Array.isArray;
const ArrayBufferIsView = ArrayBuffer.isView;
const BigIntCtor = BigInt;
const SymbolToPrimitive = Symbol.toPrimitive;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayGetTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const TypedArrayPrototypeFill = TypedArrayPrototype.fill;
const TypedArrayPrototypeSet = TypedArrayPrototype.set;
const TypedArrayPrototypeSlice = TypedArrayPrototype.slice;

// Encoding numbers of the binding (buffer_binding.go).
const kUtf8 = 1;
const kUcs2 = 2;
const kLatin1 = 3;
const kAscii = 4;
const kBase64 = 5;
const kBase64Url = 6;
const kHex = 7;

function isUint8Array(v) {
  return TypedArrayGetTag.call(v) === 'Uint8Array';
}
function isTypedArray(v) {
  return TypedArrayGetTag.call(v) !== undefined;
}
const isAnyArrayBuffer = binding.isAnyArrayBuffer;
// The bytes of any ArrayBuffer view as a Uint8Array (what the binding accepts).
function asUint8Array(view) {
  if (isUint8Array(view)) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// No explicit constructor: goja's implicit derived constructor forwards the arguments
// without iterating them (ES2022) and is a third cheaper than an explicit one.
class FastBuffer extends Uint8Array {}

// ---- number readers and writers --------------------------------------------------

const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined)
    boundsError(offset, buf.length - (byteLength + 1));
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and ` +
                `< 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// first/last byte of a read of n bytes at offset, or a thrown range error.
function readCheck(buf, offset, n) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined)
    boundsError(offset, buf.length - n);
}

function readUInt8(offset = 0) {
  readCheck(this, offset, 1);
  return this[offset];
}
function readInt8(offset = 0) {
  readCheck(this, offset, 1);
  const val = this[offset];
  return val | (val & 2 ** 7) * 0x1fffffe;
}
function readUInt16LE(offset = 0) {
  readCheck(this, offset, 2);
  return this[offset] + this[offset + 1] * 2 ** 8;
}
function readUInt16BE(offset = 0) {
  readCheck(this, offset, 2);
  return this[offset] * 2 ** 8 + this[offset + 1];
}
function readInt16LE(offset = 0) {
  readCheck(this, offset, 2);
  const val = this[offset] + this[offset + 1] * 2 ** 8;
  return val | (val & 2 ** 15) * 0x1fffe;
}
function readInt16BE(offset = 0) {
  readCheck(this, offset, 2);
  const val = this[offset] * 2 ** 8 + this[offset + 1];
  return val | (val & 2 ** 15) * 0x1fffe;
}
function readUInt24LE(buf, offset) {
  readCheck(buf, offset, 3);
  return buf[offset] + buf[offset + 1] * 2 ** 8 + buf[offset + 2] * 2 ** 16;
}
function readUInt24BE(buf, offset) {
  readCheck(buf, offset, 3);
  return buf[offset] * 2 ** 16 + buf[offset + 1] * 2 ** 8 + buf[offset + 2];
}
function readInt24LE(buf, offset) {
  const val = readUInt24LE(buf, offset);
  return val | (val & 2 ** 23) * 0x1fe;
}
function readInt24BE(buf, offset) {
  const val = readUInt24BE(buf, offset);
  return val | (val & 2 ** 23) * 0x1fe;
}
function readUInt32LE(offset = 0) {
  readCheck(this, offset, 4);
  return this[offset] + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24;
}
function readUInt32BE(offset = 0) {
  readCheck(this, offset, 4);
  return this[offset] * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + this[offset + 3];
}
function readInt32LE(offset = 0) {
  readCheck(this, offset, 4);
  return this[offset] + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + (this[offset + 3] << 24);
}
function readInt32BE(offset = 0) {
  readCheck(this, offset, 4);
  return (this[offset] << 24) + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + this[offset + 3];
}
function readUInt40LE(buf, offset) {
  readCheck(buf, offset, 5);
  return buf[offset] + buf[offset + 1] * 2 ** 8 + buf[offset + 2] * 2 ** 16 + buf[offset + 3] * 2 ** 24 +
    buf[offset + 4] * 2 ** 32;
}
function readUInt40BE(buf, offset) {
  readCheck(buf, offset, 5);
  return buf[offset] * 2 ** 32 + buf[offset + 1] * 2 ** 24 + buf[offset + 2] * 2 ** 16 + buf[offset + 3] * 2 ** 8 +
    buf[offset + 4];
}
function readInt40LE(buf, offset) {
  readCheck(buf, offset, 5);
  const last = buf[offset + 4];
  return (last | (last & 2 ** 7) * 0x1fffffe) * 2 ** 32 +
    buf[offset] + buf[offset + 1] * 2 ** 8 + buf[offset + 2] * 2 ** 16 + buf[offset + 3] * 2 ** 24;
}
function readInt40BE(buf, offset) {
  readCheck(buf, offset, 5);
  const first = buf[offset];
  return (first | (first & 2 ** 7) * 0x1fffffe) * 2 ** 32 +
    buf[offset + 1] * 2 ** 24 + buf[offset + 2] * 2 ** 16 + buf[offset + 3] * 2 ** 8 + buf[offset + 4];
}
function readUInt48LE(buf, offset) {
  readCheck(buf, offset, 6);
  return buf[offset] + buf[offset + 1] * 2 ** 8 + buf[offset + 2] * 2 ** 16 + buf[offset + 3] * 2 ** 24 +
    (buf[offset + 4] + buf[offset + 5] * 2 ** 8) * 2 ** 32;
}
function readUInt48BE(buf, offset) {
  readCheck(buf, offset, 6);
  return (buf[offset] * 2 ** 8 + buf[offset + 1]) * 2 ** 32 +
    buf[offset + 2] * 2 ** 24 + buf[offset + 3] * 2 ** 16 + buf[offset + 4] * 2 ** 8 + buf[offset + 5];
}
function readInt48LE(buf, offset) {
  readCheck(buf, offset, 6);
  const val = buf[offset + 4] + buf[offset + 5] * 2 ** 8;
  return (val | (val & 2 ** 15) * 0x1fffe) * 2 ** 32 +
    buf[offset] + buf[offset + 1] * 2 ** 8 + buf[offset + 2] * 2 ** 16 + buf[offset + 3] * 2 ** 24;
}
function readInt48BE(buf, offset) {
  readCheck(buf, offset, 6);
  const val = buf[offset + 1] + buf[offset] * 2 ** 8;
  return (val | (val & 2 ** 15) * 0x1fffe) * 2 ** 32 +
    buf[offset + 2] * 2 ** 24 + buf[offset + 3] * 2 ** 16 + buf[offset + 4] * 2 ** 8 + buf[offset + 5];
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readUInt48LE(this, offset);
  if (byteLength === 5) return readUInt40LE(this, offset);
  if (byteLength === 3) return readUInt24LE(this, offset);
  if (byteLength === 4) return this.readUInt32LE(offset);
  if (byteLength === 2) return this.readUInt16LE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}
function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readUInt48BE(this, offset);
  if (byteLength === 5) return readUInt40BE(this, offset);
  if (byteLength === 3) return readUInt24BE(this, offset);
  if (byteLength === 4) return this.readUInt32BE(offset);
  if (byteLength === 2) return this.readUInt16BE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}
function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readInt48LE(this, offset);
  if (byteLength === 5) return readInt40LE(this, offset);
  if (byteLength === 3) return readInt24LE(this, offset);
  if (byteLength === 4) return this.readInt32LE(offset);
  if (byteLength === 2) return this.readInt16LE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}
function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readInt48BE(this, offset);
  if (byteLength === 5) return readInt40BE(this, offset);
  if (byteLength === 3) return readInt24BE(this, offset);
  if (byteLength === 4) return this.readInt32BE(offset);
  if (byteLength === 2) return this.readInt16BE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readBigUInt64LE(offset = 0) {
  readCheck(this, offset, 8);
  const lo = this[offset] + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24;
  const hi = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 + this[offset + 7] * 2 ** 24;
  return BigIntCtor(lo) + (BigIntCtor(hi) << 32n);
}
function readBigUInt64BE(offset = 0) {
  readCheck(this, offset, 8);
  const hi = this[offset] * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + this[offset + 3];
  const lo = this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 + this[offset + 7];
  return (BigIntCtor(hi) << 32n) + BigIntCtor(lo);
}
function readBigInt64LE(offset = 0) {
  readCheck(this, offset, 8);
  const val = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 + (this[offset + 7] << 24);
  return (BigIntCtor(val) << 32n) +
    BigIntCtor(this[offset] + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24);
}
function readBigInt64BE(offset = 0) {
  readCheck(this, offset, 8);
  const val = (this[offset] << 24) + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + this[offset + 3];
  return (BigIntCtor(val) << 32n) +
    BigIntCtor(this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 + this[offset + 7]);
}

function readFloatLE(offset = 0) {
  readCheck(this, offset, 4);
  uInt8Float32Array[0] = this[offset];
  uInt8Float32Array[1] = this[offset + 1];
  uInt8Float32Array[2] = this[offset + 2];
  uInt8Float32Array[3] = this[offset + 3];
  return float32Array[0];
}
function readFloatBE(offset = 0) {
  readCheck(this, offset, 4);
  uInt8Float32Array[3] = this[offset];
  uInt8Float32Array[2] = this[offset + 1];
  uInt8Float32Array[1] = this[offset + 2];
  uInt8Float32Array[0] = this[offset + 3];
  return float32Array[0];
}
function readDoubleLE(offset = 0) {
  readCheck(this, offset, 8);
  for (let i = 0; i < 8; i++) uInt8Float64Array[i] = this[offset + i];
  return float64Array[0];
}
function readDoubleBE(offset = 0) {
  readCheck(this, offset, 8);
  for (let i = 0; i < 8; i++) uInt8Float64Array[7 - i] = this[offset + i];
  return float64Array[0];
}

// Integer writers: value is stored little-endian (le) or big-endian over byteLength
// bytes, after Node's range checks.
function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}
function writeIntLEBytes(buf, value, offset, min, max, byteLength) {
  value = +value;
  checkInt(value, min, max, buf, offset, byteLength - 1);
  if (byteLength > 4) {
    const hi = MathFloor(value * 2 ** -32);
    buf[offset++] = value;
    value = value >>> 8;
    buf[offset++] = value;
    value = value >>> 8;
    buf[offset++] = value;
    value = value >>> 8;
    buf[offset++] = value;
    buf[offset++] = hi;
    if (byteLength === 6) buf[offset++] = hi >>> 8;
    return offset;
  }
  for (let i = 0; i < byteLength; i++) {
    buf[offset++] = value;
    value = value >>> 8;
  }
  return offset;
}
function writeIntBEBytes(buf, value, offset, min, max, byteLength) {
  value = +value;
  checkInt(value, min, max, buf, offset, byteLength - 1);
  if (byteLength > 4) {
    const hi = MathFloor(value * 2 ** -32);
    if (byteLength === 6) buf[offset++] = hi >>> 8;
    buf[offset++] = hi;
    byteLength = 4;
  }
  for (let i = byteLength - 1; i >= 0; i--) {
    buf[offset + i] = value;
    value = value >>> 8;
  }
  return offset + byteLength;
}

function writeUInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, 0, 0xff);
}
function writeInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}
function writeUInt16LE(value, offset = 0) {
  return writeIntLEBytes(this, value, offset, 0, 0xffff, 2);
}
function writeUInt16BE(value, offset = 0) {
  return writeIntBEBytes(this, value, offset, 0, 0xffff, 2);
}
function writeInt16LE(value, offset = 0) {
  return writeIntLEBytes(this, value, offset, -0x8000, 0x7fff, 2);
}
function writeInt16BE(value, offset = 0) {
  return writeIntBEBytes(this, value, offset, -0x8000, 0x7fff, 2);
}
function writeUInt32LE(value, offset = 0) {
  return writeIntLEBytes(this, value, offset, 0, 0xffffffff, 4);
}
function writeUInt32BE(value, offset = 0) {
  return writeIntBEBytes(this, value, offset, 0, 0xffffffff, 4);
}
function writeInt32LE(value, offset = 0) {
  return writeIntLEBytes(this, value, offset, -0x80000000, 0x7fffffff, 4);
}
function writeInt32BE(value, offset = 0) {
  return writeIntBEBytes(this, value, offset, -0x80000000, 0x7fffffff, 4);
}

const uintMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const intMin = [0, -0x80, -0x8000, -0x800000, -0x80000000, -0x8000000000, -0x800000000000];
const intMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

function writeUIntLE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  if (byteLength >= 2 && byteLength <= 6 && NumberIsInteger(byteLength))
    return writeIntLEBytes(this, value, offset, 0, uintMax[byteLength], byteLength);
  boundsError(byteLength, 6, 'byteLength');
}
function writeUIntBE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  if (byteLength >= 2 && byteLength <= 6 && NumberIsInteger(byteLength))
    return writeIntBEBytes(this, value, offset, 0, uintMax[byteLength], byteLength);
  boundsError(byteLength, 6, 'byteLength');
}
function writeIntLE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  if (byteLength >= 2 && byteLength <= 6 && NumberIsInteger(byteLength))
    return writeIntLEBytes(this, value, offset, intMin[byteLength], intMax[byteLength], byteLength);
  boundsError(byteLength, 6, 'byteLength');
}
function writeIntBE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  if (byteLength >= 2 && byteLength <= 6 && NumberIsInteger(byteLength))
    return writeIntBEBytes(this, value, offset, intMin[byteLength], intMax[byteLength], byteLength);
  boundsError(byteLength, 6, 'byteLength');
}

function writeBigU_Int64LE(buf, value, offset, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  buf[offset++] = lo;
  lo = lo >> 8;
  buf[offset++] = lo;
  lo = lo >> 8;
  buf[offset++] = lo;
  lo = lo >> 8;
  buf[offset++] = lo;
  let hi = Number(value >> 32n & 0xffffffffn);
  buf[offset++] = hi;
  hi = hi >> 8;
  buf[offset++] = hi;
  hi = hi >> 8;
  buf[offset++] = hi;
  hi = hi >> 8;
  buf[offset++] = hi;
  return offset;
}
function writeBigU_Int64BE(buf, value, offset, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  buf[offset + 7] = lo;
  lo = lo >> 8;
  buf[offset + 6] = lo;
  lo = lo >> 8;
  buf[offset + 5] = lo;
  lo = lo >> 8;
  buf[offset + 4] = lo;
  let hi = Number(value >> 32n & 0xffffffffn);
  buf[offset + 3] = hi;
  hi = hi >> 8;
  buf[offset + 2] = hi;
  hi = hi >> 8;
  buf[offset + 1] = hi;
  hi = hi >> 8;
  buf[offset] = hi;
  return offset + 8;
}
function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, 0n, 0xffffffffffffffffn);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, 0n, 0xffffffffffffffffn);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn);
}

function writeFloatLE(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset++] = uInt8Float32Array[0];
  this[offset++] = uInt8Float32Array[1];
  this[offset++] = uInt8Float32Array[2];
  this[offset++] = uInt8Float32Array[3];
  return offset;
}
function writeFloatBE(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset++] = uInt8Float32Array[3];
  this[offset++] = uInt8Float32Array[2];
  this[offset++] = uInt8Float32Array[1];
  this[offset++] = uInt8Float32Array[0];
  return offset;
}
// goja's NaN has a payload bit set; V8 stores the canonical quiet NaN.
function canonicalNaN() {
  uInt8Float64Array.fill(0);
  uInt8Float64Array[6] = 0xf8;
  uInt8Float64Array[7] = 0x7f;
}
function writeDoubleLE(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  if (val !== val) canonicalNaN();
  for (let i = 0; i < 8; i++) this[offset++] = uInt8Float64Array[i];
  return offset;
}
function writeDoubleBE(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  if (val !== val) canonicalNaN();
  for (let i = 7; i >= 0; i--) this[offset++] = uInt8Float64Array[i];
  return offset;
}

// ---- string slices and writes (the binding's public methods) ---------------------

function makeSlice(enc) {
  return function(start, end) {
    return binding.sliceChecked(this, start, end, enc);
  };
}
function makeWrite(enc) {
  return function(string, offset, length) {
    return binding.write(this, string, offset, length, enc);
  };
}
const asciiSlice = makeSlice(kAscii);
const base64Slice = makeSlice(kBase64);
const base64urlSlice = makeSlice(kBase64Url);
const latin1Slice = makeSlice(kLatin1);
const hexSlice = makeSlice(kHex);
const ucs2Slice = makeSlice(kUcs2);
const utf8Slice = makeSlice(kUtf8);
const asciiWrite = makeWrite(kAscii);
const base64Write = makeWrite(kBase64);
const base64urlWrite = makeWrite(kBase64Url);
const latin1Write = makeWrite(kLatin1);
const hexWrite = makeWrite(kHex);
const ucs2Write = makeWrite(kUcs2);
const utf8Write = makeWrite(kUtf8);

const proto = FastBuffer.prototype;
proto.readBigUInt64LE = readBigUInt64LE;
proto.readBigUInt64BE = readBigUInt64BE;
proto.readBigUint64LE = readBigUInt64LE;
proto.readBigUint64BE = readBigUInt64BE;
proto.readBigInt64LE = readBigInt64LE;
proto.readBigInt64BE = readBigInt64BE;
proto.writeBigUInt64LE = writeBigUInt64LE;
proto.writeBigUInt64BE = writeBigUInt64BE;
proto.writeBigUint64LE = writeBigUInt64LE;
proto.writeBigUint64BE = writeBigUInt64BE;
proto.writeBigInt64LE = writeBigInt64LE;
proto.writeBigInt64BE = writeBigInt64BE;
proto.readUIntLE = readUIntLE;
proto.readUInt32LE = readUInt32LE;
proto.readUInt16LE = readUInt16LE;
proto.readUInt8 = readUInt8;
proto.readUIntBE = readUIntBE;
proto.readUInt32BE = readUInt32BE;
proto.readUInt16BE = readUInt16BE;
proto.readUintLE = readUIntLE;
proto.readUint32LE = readUInt32LE;
proto.readUint16LE = readUInt16LE;
proto.readUint8 = readUInt8;
proto.readUintBE = readUIntBE;
proto.readUint32BE = readUInt32BE;
proto.readUint16BE = readUInt16BE;
proto.readIntLE = readIntLE;
proto.readInt32LE = readInt32LE;
proto.readInt16LE = readInt16LE;
proto.readInt8 = readInt8;
proto.readIntBE = readIntBE;
proto.readInt32BE = readInt32BE;
proto.readInt16BE = readInt16BE;
proto.writeUIntLE = writeUIntLE;
proto.writeUInt32LE = writeUInt32LE;
proto.writeUInt16LE = writeUInt16LE;
proto.writeUInt8 = writeUInt8;
proto.writeUIntBE = writeUIntBE;
proto.writeUInt32BE = writeUInt32BE;
proto.writeUInt16BE = writeUInt16BE;
proto.writeUintLE = writeUIntLE;
proto.writeUint32LE = writeUInt32LE;
proto.writeUint16LE = writeUInt16LE;
proto.writeUint8 = writeUInt8;
proto.writeUintBE = writeUIntBE;
proto.writeUint32BE = writeUInt32BE;
proto.writeUint16BE = writeUInt16BE;
proto.writeIntLE = writeIntLE;
proto.writeInt32LE = writeInt32LE;
proto.writeInt16LE = writeInt16LE;
proto.writeInt8 = writeInt8;
proto.writeIntBE = writeIntBE;
proto.writeInt32BE = writeInt32BE;
proto.writeInt16BE = writeInt16BE;
proto.readFloatLE = readFloatLE;
proto.readFloatBE = readFloatBE;
proto.readDoubleLE = readDoubleLE;
proto.readDoubleBE = readDoubleBE;
proto.writeFloatLE = writeFloatLE;
proto.writeFloatBE = writeFloatBE;
proto.writeDoubleLE = writeDoubleLE;
proto.writeDoubleBE = writeDoubleBE;
proto.asciiSlice = asciiSlice;
proto.base64Slice = base64Slice;
proto.base64urlSlice = base64urlSlice;
proto.latin1Slice = latin1Slice;
proto.hexSlice = hexSlice;
proto.ucs2Slice = ucs2Slice;
proto.utf8Slice = utf8Slice;
proto.asciiWrite = asciiWrite;
proto.base64Write = base64Write;
proto.base64urlWrite = base64urlWrite;
proto.latin1Write = latin1Write;
proto.hexWrite = hexWrite;
proto.ucs2Write = ucs2Write;
proto.utf8Write = utf8Write;

// ---- Buffer ----------------------------------------------------------------------

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;

const constants = {};
ObjectDefineProperties(constants, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true, configurable: false },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true, configurable: false },
});

Buffer.poolSize = 64 * 1024;
let poolSize, poolOffset, allocPool, allocBuffer;
// Every pool ArrayBuffer: worker_threads must refuse to transfer them (see
// module.exports[kIsPool] below).
const pools = new WeakSet();

function createPool() {
  poolSize = Buffer.poolSize;
  allocBuffer = new FastBuffer(poolSize);
  allocPool = allocBuffer.buffer;
  pools.add(allocPool);
  // R3: pool memory is shared by many Buffers, so it must never be transferred.
  binding.markUntransferable(allocPool);
  poolOffset = 0;
}
let poolCreated = false;
function ensurePool() {
  if (!poolCreated) {
    poolCreated = true;
    createPool();
  }
}

function alignPool() {
  // Ensure aligned slices
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

let bufferWarningAlreadyEmitted = false;
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
                      'issues. Please use the Buffer.alloc(), ' +
                      'Buffer.allocUnsafe(), or Buffer.from() methods instead.';

function isInsideNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n');
  // Skip the frames of this file; the first other frame is the caller's.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('node:buffer:')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted || isInsideNodeModules()) return;
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  }
  bufferWarningAlreadyEmitted = true;
}

/**
 * The Buffer() constructor is deprecated in documentation and should not be
 * used moving forward. Rather, developers should use one of the three new
 * factory APIs: Buffer.from(), Buffer.allocUnsafe() or Buffer.alloc().
 * Deprecation Code: DEP0005
 */
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  // Common case.
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

ObjectDefineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

/**
 * Functionally equivalent to Buffer(arg, encoding) but throws a TypeError
 * if value is a number.
 * Buffer.from(str[, encoding])
 * Buffer.from(array)
 * Buffer.from(buffer)
 * Buffer.from(arrayBuffer[, byteOffset[, length]])
 */
Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string')
    return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value))
      return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null &&
        valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b)
      return b;

    if (typeof value[SymbolToPrimitive] === 'function') {
      const primitive = value[SymbolToPrimitive]('string');
      if (typeof primitive === 'string') {
        return fromString(primitive, encodingOrOffset);
      }
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
    value,
  );
};

/**
 * Creates the Buffer as a copy of the underlying ArrayBuffer of the view
 * rather than the contents of the view.
 */
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }

  const viewLength = view.length;
  if (viewLength === 0) {
    return Buffer.alloc(0);
  }

  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }

    view = TypedArrayPrototypeSlice.call(view, offset, end);
  }

  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

// Identical to the built-in %TypedArray%.of(), but avoids using the deprecated
// Buffer() constructor.
const of = (...items) => {
  const newObj = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++)
    newObj[k] = items[k];
  return newObj;
};
Buffer.of = of;

ObjectSetPrototypeOf(Buffer, Uint8Array);

/**
 * Creates a new filled Buffer instance.
 * alloc(size[, fill[, encoding]])
 */
Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

/**
 * Equivalent to Buffer(num), by default creates a non-zero-filled Buffer
 * instance. If `--zero-fill-buffers` is set, will zero-fill the buffer.
 */
Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

/**
 * By default creates a non-zero-filled Buffer instance that is not allocated
 * off the pre-initialized pool.
 */
Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

function allocate(size) {
  if (size <= 0) {
    return new FastBuffer();
  }
  if (size < (Buffer.poolSize >>> 1)) {
    ensurePool();
    if (size > (poolSize - poolOffset))
      createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function createFromString(string, encodingVal) {
  return new FastBuffer(binding.fromString(string, encodingVal));
}

function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;

  let length = string.length; // Min length

  if (length >= maxLength)
    return createFromString(string, ops.encodingVal);

  length *= 4; // Max length (4 bytes per character)

  if (length >= maxLength)
    length = ops.byteLength(string); // Actual length

  if (length >= maxLength)
    return createFromString(string, ops.encodingVal);

  ensurePool();
  if (length > (poolSize - poolOffset))
    createPool();

  const actual = binding.write(allocBuffer, string, poolOffset, length, ops.encodingVal);
  const b = new FastBuffer(allocPool, poolOffset, actual);

  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (!encoding || encoding === 'utf8' || typeof encoding !== 'string') {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined)
      throw new ERR_UNKNOWN_ENCODING(encoding);
  }

  if (string.length === 0)
    return new FastBuffer();
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  // Convert byteOffset to integer
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset))
      byteOffset = 0;
  }

  const maxLength = obj.byteLength - byteOffset;

  if (maxLength < 0)
    throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');

  if (length === undefined) {
    length = maxLength;
  } else {
    // Convert length to non-negative integer.
    length = +length;
    if (length > 0) {
      if (length > maxLength)
        throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }

  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0)
    return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    ensurePool();
    if (obj.length > (poolSize - poolOffset))
      createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    TypedArrayPrototypeSet.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') {
      return new FastBuffer();
    }
    return fromArrayLike(obj);
  }

  if (obj.type === 'Buffer' && ArrayIsArray(obj.data)) {
    return fromArrayLike(obj.data);
  }
}

// Static methods

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) {
    throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  }

  if (!isUint8Array(buf2)) {
    throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  }

  if (buf1 === buf2) {
    return 0;
  }

  return _compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
         normalizeEncoding(encoding) !== undefined;
};
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number' || !NumberIsInteger(value) || value < min || value > max)
    validateInteger(value, name, min, max);
}

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');

  if (list.length === 0)
    return new FastBuffer();

  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) {
        length += list[i].length;
      }
    }
  } else {
    validateOffset(length, 'length');
  }

  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      // TODO(BridgeAR): This should not be of type ERR_INVALID_ARG_TYPE.
      // Instead, find the proper error code for this.
      throw new ERR_INVALID_ARG_TYPE(
        `list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }

  // Note: `length` is always equal to `buffer.length` at this point
  if (pos < length) {
    // Zero-fill the remaining bytes if the specified `length` was more than
    // the actual total length, i.e. if we have some remaining allocated bytes
    // there were not initialized.
    TypedArrayPrototypeFill.call(buffer, 0, pos, length);
  }

  return buffer;
};

function base64ByteLength(str, bytes) {
  // Handle padding
  if (str.charCodeAt(bytes - 1) === 0x3D)
    bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D)
    bytes--;

  // Base64 ratio: 3/4
  return (bytes * 3) >>> 2;
}

function ucs2ByteLength(string) {
  return string.length * 2;
}
function oneByteLength(string) {
  return string.length;
}
function base64Length(string) {
  return base64ByteLength(string, string.length);
}
function hexByteLength(string) {
  return string.length >>> 1;
}

// The binding searches for a string as the bytes it encodes to (ucs2: 16-bit aligned).
function makeOps(encoding, encodingVal, byteLength) {
  return { encoding, encodingVal, byteLength };
}
const encodingOps = {
  utf8: makeOps('utf8', kUtf8, byteLengthUtf8),
  ucs2: makeOps('utf16le', kUcs2, ucs2ByteLength),
  utf16le: makeOps('utf16le', kUcs2, ucs2ByteLength),
  latin1: makeOps('latin1', kLatin1, oneByteLength),
  ascii: makeOps('ascii', kAscii, oneByteLength),
  base64: makeOps('base64', kBase64, base64Length),
  base64url: makeOps('base64url', kBase64Url, base64Length),
  hex: makeOps('hex', kHex, hexByteLength),
};

function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le')
        return encodingOps.utf16le;
      break;
    case 8:
      if (encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le')
        return encodingOps.utf16le;
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary')
        return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary')
        return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || encoding.toLowerCase() === 'hex')
        return encodingOps.hex;
      break;
    case 9:
      if (encoding === 'base64url' || encoding.toLowerCase() === 'base64url')
        return encodingOps.base64url;
      break;
  }
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBufferIsView(string) || isAnyArrayBuffer(string)) {
      return string.byteLength;
    }

    throw new ERR_INVALID_ARG_TYPE(
      'string', ['string', 'Buffer', 'ArrayBuffer'], string,
    );
  }

  const len = string.length;
  if (len === 0)
    return 0;

  if (!encoding || encoding === 'utf8') {
    return byteLengthUtf8(string);
  }

  if (encoding === 'ascii') {
    return len;
  }

  const ops = getEncodingOps(encoding);
  if (ops === undefined) {
    // TODO (ronag): Makes more sense to throw here.
    // throw new ERR_UNKNOWN_ENCODING(encoding);
    return byteLengthUtf8(string);
  }

  return ops.byteLength(string);
}

Buffer.byteLength = byteLength;

// For backwards compatibility.
ObjectDefineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer))
      return undefined;
    return this.buffer;
  },
});
ObjectDefineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer))
      return undefined;
    return this.byteOffset;
  },
});

Buffer.prototype.copy =
  function copy(target, targetStart, sourceStart, sourceEnd) {
    return _copy(this, target, targetStart, sourceStart, sourceEnd);
  };

function toInteger(n, defaultVal) {
  n = +n;
  if (!NumberIsNaN(n) &&
      n >= NumberMIN_SAFE_INTEGER &&
      n <= NumberMAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : MathFloor(n));
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source))
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target))
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);

  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = NumberIsInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0)
      throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }

  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = NumberIsInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength)
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
  }

  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = NumberIsInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0)
      throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }

  if (targetStart >= target.byteLength || sourceStart >= sourceEnd)
    return 0;

  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart)
    sourceEnd = sourceStart + target.byteLength - targetStart;

  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen)
    nb = sourceLen;

  if (nb <= 0)
    return 0;

  _copyBytes(source, target, targetStart, sourceStart, nb);

  return nb;
}

// No need to verify that "buf.length <= MAX_UINT32" since it's a read-only
// property of a typed array.
// This behaves neither like String nor Uint8Array in that we set start/end
// to their upper/lower bounds if the value passed is out of range.
Buffer.prototype.toString = function toString(encoding, start, end) {
  // (Node tests arguments.length === 0; an `arguments` object costs in goja, and
  // toString(undefined, undefined, undefined) gives the same result.)
  if (encoding === undefined && start === undefined && end === undefined) {
    return binding.slice(this, 0, this.length, kUtf8);
  }

  const len = this.length;

  if (start <= 0)
    start = 0;
  else if (start >= len)
    return '';
  else
    start = MathTrunc(start) || 0;

  if (end === undefined || end > len)
    end = len;
  else
    end = MathTrunc(end) || 0;

  if (end <= start)
    return '';

  if (encoding === undefined)
    return binding.slice(this, start, end, kUtf8);

  const ops = getEncodingOps(encoding);
  if (ops === undefined)
    throw new ERR_UNKNOWN_ENCODING(encoding);

  return binding.slice(this, start, end, ops.encodingVal);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE(
      'otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }

  if (this === otherBuffer)
    return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength)
    return false;

  return len === 0 || _compare(this, otherBuffer) === 0;
};

let INSPECT_MAX_BYTES = 50;
let utilInternals;
function lazyUtil() {
  if (utilInternals === undefined) {
    require('util');
    utilInternals = internalBinding('util').internals;
  }
  return utilInternals;
}

// Override how buffers are presented by util.inspect().
Buffer.prototype[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = MathMin(max, this.length);
  const remaining = this.length - max;
  let str = binding.sliceChecked(this, 0, actualMax, kHex).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0)
    str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Inspect special properties as they are normally not visible without a
  // custom inspect function.
  if (ctx) {
    let extras = false;
    const util = lazyUtil();
    const filter = ctx.showHidden ? 0 /* ALL_PROPERTIES */ : 2 /* ONLY_ENUMERABLE */;
    const obj = { __proto__: null };
    const keys = util.getOwnNonIndexProperties(this, filter);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0)
        str += ', ';
      // '[Object: null prototype] {'.length === 26
      // This is guarded with a test.
      str += util.inspect(obj, {
        ...ctx,
        breakLength: Infinity,
        compact: true,
      }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
Buffer.prototype.inspect = Buffer.prototype[customInspectSymbol];

Buffer.prototype.compare = function compare(target,
                                            targetStart,
                                            targetEnd,
                                            sourceStart,
                                            sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1)
    return _compare(this, target);

  if (targetStart === undefined)
    targetStart = 0;
  else
    validateOffset(targetStart, 'targetStart');

  if (targetEnd === undefined)
    targetEnd = target.length;
  else
    validateOffset(targetEnd, 'targetEnd', 0, target.length);

  if (sourceStart === undefined)
    sourceStart = 0;
  else
    validateOffset(sourceStart, 'sourceStart');

  if (sourceEnd === undefined)
    sourceEnd = this.length;
  else
    validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

  if (sourceStart >= sourceEnd)
    return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd)
    return 1;

  return compareOffset(this, target, targetStart, sourceStart, targetEnd,
                       sourceEnd);
};

// Finds either the first index of `val` in `buffer` at offset >= `byteOffset`,
// OR the last index of `val` in `buffer` at offset <= `byteOffset`.
//
// Arguments:
// - buffer - a Buffer to search
// - val - a string, Buffer, or number
// - byteOffset - an index into `buffer`; will be clamped to an int32
// - encoding - an optional encoding, relevant if val is a string
// - dir - true for indexOf, false for lastIndexOf
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBufferIsView(buffer))
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  buffer = asUint8Array(buffer);

  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // Coerce to Number. Values like null and [] become 0.
  byteOffset = +byteOffset;
  // If the offset is undefined, "foo", {}, coerces to NaN, search whole buffer.
  if (NumberIsNaN(byteOffset)) {
    byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  }
  dir = !!dir;  // Cast to bool.

  if (typeof val === 'number')
    return indexOfNumber(buffer, val >>> 0, byteOffset, dir);

  let ops;
  if (encoding === undefined)
    ops = encodingOps.utf8;
  else
    ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined)
      throw new ERR_UNKNOWN_ENCODING(encoding);
    return indexOfString(buffer, val, byteOffset, ops.encodingVal, dir);
  }

  if (isUint8Array(val)) {
    const encodingVal =
      (ops === undefined ? kUtf8 : ops.encodingVal);
    return indexOfBuffer(buffer, val, byteOffset, encodingVal, dir);
  }

  throw new ERR_INVALID_ARG_TYPE(
    'value', ['number', 'string', 'Buffer', 'Uint8Array'], val,
  );
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// Usage:
//    buffer.fill(number[, offset[, end]])
//    buffer.fill(buffer[, offset[, end]])
//    buffer.fill(string[, offset[, end]][, encoding])
Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function _fill(buf, value, offset, end, encoding) {
  let encodingVal;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }

    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    encodingVal = getEncodingOps(normalizedEncoding).encodingVal;

    if (value.length === 0) {
      // If value === '' default to zero.
      value = 0;
    } else if (value.length === 1) {
      // Fast path: If `value` fits into a single byte, use that numeric value.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) {
          value = code;
        }
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    // Invalid ranges are not set to a default, so can range check early.
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end)
      return buf;
  }

  if (typeof value === 'number') {
    // OOB check
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen)
      throw new ERR_BUFFER_OUT_OF_BOUNDS();

    TypedArrayPrototypeFill.call(buf, value, offset, end);
  } else {
    if (ArrayBufferIsView(value)) value = asUint8Array(value);
    const res = bindingFill(asUint8Array(buf), value, offset, end, encodingVal);
    if (res < 0) {
      if (res === -1)
        throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }

  return buf;
}

Buffer.prototype.write = function write(string, offset, length, encoding) {
  // Buffer#write(string);
  if (offset === undefined) {
    return binding.write(this, string, 0, this.length, kUtf8);
  }
  // Buffer#write(string, encoding)
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;

  // Buffer#write(string, offset[, length][, encoding])
  } else {
    validateOffset(offset, 'offset', 0, this.length);

    const remaining = this.length - offset;

    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining)
        length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8')
    return binding.write(this, string, offset, length, kUtf8);
  if (encoding === 'ascii')
    return binding.write(this, string, offset, length, kAscii);

  const ops = getEncodingOps(encoding);
  if (ops === undefined)
    throw new ERR_UNKNOWN_ENCODING(encoding);
  return binding.write(this, string, offset, length, ops.encodingVal);
};

Buffer.prototype.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i)
      data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  // Use Math.trunc() to convert offset to an integer value that can be larger
  // than an Int32. Hence, don't use offset | 0 or similar techniques.
  offset = MathTrunc(offset);
  if (offset === 0 || offset !== offset) {
    return 0;
  }
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) {
    return offset;
  }
  return length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

Buffer.prototype.swap16 = function swap16() {
  // For Buffer.length < 128, it's generally faster to
  // do the swap in javascript. For larger buffers,
  // dropping down to the native code is faster.
  const len = this.length;
  if (len % 2 !== 0)
    throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 2)
      swap(this, i, i + 1);
    return this;
  }
  binding.swap16(this);
  return this;
};

Buffer.prototype.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0)
    throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  }
  binding.swap32(this);
  return this;
};

Buffer.prototype.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0)
    throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  }
  binding.swap64(this);
  return this;
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// ---- module functions ------------------------------------------------------------

const icuErrorNames = { 1: 'U_ILLEGAL_ARGUMENT_ERROR', 10: 'U_INVALID_CHAR_FOUND' };
const transcodeEncodings = { utf8: kUtf8, utf16le: kUcs2, latin1: kLatin1, ascii: kAscii };

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source',
                                   ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);

  fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
  toEncoding = normalizeEncoding(toEncoding) || toEncoding;
  const result = binding.transcode(source, transcodeEncodings[fromEncoding] || 0,
                                   transcodeEncodings[toEncoding] || 0);
  if (typeof result !== 'number')
    return new FastBuffer(result);

  const code = icuErrorNames[result] || `U_ERROR_${result}`;
  const err = genericNodeError(
    `Unable to transcode Buffer [${code}]`,
    { code: code, errno: result },
  );
  throw err;
}

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    return binding.isUtf8(isAnyArrayBuffer(input) ? new Uint8Array(input) : asUint8Array(input));
  }

  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    return binding.isAscii(isAnyArrayBuffer(input) ? new Uint8Array(input) : asUint8Array(input));
  }

  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

let DOMException;
function lazyDOMException(message, name) {
  if (DOMException === undefined) DOMException = require('internal/domexception').DOMException;
  return new DOMException(message, name);
}

function btoa(input) {
  // The implementation here has not been performance optimized in any way and
  // should not be.
  // Refs: https://github.com/nodejs/node/pull/38433#issuecomment-828426932
  if (arguments.length === 0) {
    throw new ERR_MISSING_ARGS('input');
  }
  const result = binding.btoa(`${input}`);
  if (result === -1) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  return result;
}

function atob(input) {
  if (arguments.length === 0) {
    throw new ERR_MISSING_ARGS('input');
  }

  const result = binding.atob(`${input}`);

  switch (result) {
    case -2: // Invalid character
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    case -1: // Single character remained
      throw lazyDOMException(
        'The string to be decoded is not correctly encoded.',
        'InvalidCharacterError');
    default:
      return result;
  }
}

const { Blob, File, resolveObjectURL } = require('internal/blob');

// For worker_threads (invisible to user code): internalBinding('buffer').isPool(ab) is
// true when ab is (or was) one of the ArrayBuffers Buffer pools its small allocations
// in (Buffer.from(string), allocUnsafe, ...); Node marks them untransferable.
binding.isPool = function isPool(ab) {
  return pools.has(ab);
};

module.exports = {
  Buffer,
  transcode,
  isUtf8,
  isAscii,

  // Legacy
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

ObjectDefineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
  Blob: { __proto__: null, value: Blob, writable: true, enumerable: true, configurable: true },
  resolveObjectURL: { __proto__: null, value: resolveObjectURL, writable: true, enumerable: true, configurable: true },
  File: { __proto__: null, value: File, writable: true, enumerable: true, configurable: true },
});
