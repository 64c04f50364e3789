'use strict';
// Every read/write method of Buffer.prototype: values, return offsets, endianness and
// Node's range errors for bad offsets, values and byte lengths.
const { Buffer } = require('buffer');
function show(v) {
  if (Buffer.isBuffer(v)) return v.toString('hex');
  if (typeof v === 'bigint') return `${v}n`;
  if (Object.is(v, -0)) return '-0';
  return String(v);
}
function t(label, fn) {
  try {
    console.log(label, '->', show(fn()));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}

const src = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x85, 0x86, 0x87, 0x88, 0xff, 0x7f]);
for (const m of ['readUInt8', 'readUint8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readUint16LE', 'readUint16BE',
  'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readUint32LE', 'readUint32BE', 'readInt32LE', 'readInt32BE',
  'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE',
  'readBigUint64LE', 'readBigUint64BE', 'readBigInt64LE', 'readBigInt64BE']) {
  t(m, () => [0, 1, 2].map((o) => show(src[m](o))).join(' '));
  t(m + ' default', () => src[m]());
  t(m + ' oob', () => src[m](src.length));
  t(m + ' negative', () => src[m](-1));
  t(m + ' float', () => src[m](1.5));
  t(m + ' string', () => src[m]('1'));
  t(m + ' NaN', () => src[m](NaN));
  t(m + ' empty', () => Buffer.alloc(0)[m](0));
}
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE']) {
  for (let bl = 1; bl <= 6; bl++) t(`${m} ${bl}`, () => [0, 1, 4].map((o) => show(src[m](o, bl))).join(' '));
  t(m + ' bl 0', () => src[m](0, 0));
  t(m + ' bl 7', () => src[m](0, 7));
  t(m + ' bl missing', () => src[m](0));
  t(m + ' bl string', () => src[m](0, '2'));
  t(m + ' offset missing', () => src[m]());
  t(m + ' oob', () => src[m](8, 3));
}

const writes = [
  ['writeUInt8', [0, 255, 256, -1, 1.9, '7']],
  ['writeUint8', [128]],
  ['writeInt8', [-128, 127, 128, -129, -1]],
  ['writeUInt16LE', [0x1234, 0xffff, 0x10000, -1]],
  ['writeUInt16BE', [0x1234]],
  ['writeUint16LE', [0x1234]],
  ['writeUint16BE', [0x1234]],
  ['writeInt16LE', [-2, 0x7fff, 0x8000, -0x8001]],
  ['writeInt16BE', [-2]],
  ['writeUInt32LE', [0x12345678, 0xffffffff, 2 ** 32, -1]],
  ['writeUInt32BE', [0x12345678]],
  ['writeUint32LE', [1]],
  ['writeUint32BE', [1]],
  ['writeInt32LE', [-2, 2 ** 31, -(2 ** 31) - 1]],
  ['writeInt32BE', [-2]],
  ['writeFloatLE', [1.5, -0, NaN, Infinity, 1e40, 'x', 3.4e38]],
  ['writeFloatBE', [1.5]],
  ['writeDoubleLE', [Math.PI, -0, NaN]],
  ['writeDoubleBE', [Math.PI]],
  ['writeBigUInt64LE', [0n, 2n ** 64n - 1n, 2n ** 64n, -1n, 5]],
  ['writeBigUInt64BE', [0x0102030405060708n]],
  ['writeBigUint64LE', [1n]],
  ['writeBigUint64BE', [1n]],
  ['writeBigInt64LE', [-1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n) - 1n]],
  ['writeBigInt64BE', [-2n]],
];
for (const [m, values] of writes) {
  for (const v of values) {
    t(`${m}(${show(v)})`, () => {
      const b = Buffer.alloc(10);
      const r = b[m](v, 1);
      return `${r} ${b.toString('hex')}`;
    });
  }
  t(m + ' default offset', () => {
    const b = Buffer.alloc(10);
    return `${b[m](m.includes('Big') ? 1n : 1)} ${b.toString('hex')}`;
  });
  t(m + ' oob', () => Buffer.alloc(4)[m](m.includes('Big') ? 1n : 1, 4));
  t(m + ' negative', () => Buffer.alloc(10)[m](m.includes('Big') ? 1n : 1, -1));
  t(m + ' float offset', () => Buffer.alloc(10)[m](m.includes('Big') ? 1n : 1, 0.5));
  t(m + ' string offset', () => Buffer.alloc(10)[m](m.includes('Big') ? 1n : 1, '0'));
  t(m + ' small buffer', () => Buffer.alloc(1)[m](m.includes('Big') ? 1n : 1, 0));
}
for (const m of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE', 'writeUintBE']) {
  for (let bl = 1; bl <= 6; bl++) {
    t(`${m} ${bl}`, () => {
      const b = Buffer.alloc(8);
      const v = m.includes('UInt') || m.includes('Uint') ? 2 ** (8 * bl) - 2 : -(2 ** (8 * bl - 1)) + 1;
      const r = b[m](v, 1, bl);
      return `${r} ${b.toString('hex')}`;
    });
    t(`${m} ${bl} too big`, () => Buffer.alloc(8)[m](2 ** (8 * bl), 0, bl));
  }
  t(m + ' bl 0', () => Buffer.alloc(8)[m](1, 0, 0));
  t(m + ' bl 7', () => Buffer.alloc(8)[m](1, 0, 7));
  t(m + ' bl missing', () => Buffer.alloc(8)[m](1, 0));
  t(m + ' offset missing', () => Buffer.alloc(8)[m](1));
  t(m + ' oob', () => Buffer.alloc(8)[m](1, 6, 3));
}
// Round trips.
const rt = Buffer.alloc(8);
rt.writeDoubleBE(-123.456);
console.log(rt.readDoubleBE(0), rt.toString('hex'));
rt.writeFloatLE(0.1);
console.log(rt.readFloatLE(0));
rt.writeBigInt64BE(-9007199254740993n);
console.log(rt.readBigInt64BE(), rt.readBigUInt64BE());
rt.writeIntBE(-123456789012, 0, 6);
console.log(rt.readIntBE(0, 6), rt.readUIntBE(0, 6));
rt.writeIntLE(-5, 2, 5);
console.log(rt.readIntLE(2, 5), rt.readUIntLE(2, 5));
// Methods work on subarrays at their offset.
const big = Buffer.alloc(16);
const sub = big.subarray(4, 8);
sub.writeUInt32BE(0xdeadbeef);
console.log(big.toString('hex'), sub.readUInt32LE());
