'use strict';
// v8.Serializer / v8.Deserializer and the Default* subclasses: the low-level API,
// host objects, transferred ArrayBuffers and the class shapes.
const v8 = require('v8');
const util = require('util');
const log = console.log;
const { Serializer, Deserializer, DefaultSerializer, DefaultDeserializer } = v8;

function attempt(fn) {
  try {
    return util.inspect(fn());
  } catch (err) {
    return `${err.name} ${err.code} ${err.message}`;
  }
}

// Shapes.
for (const C of [Serializer, Deserializer, DefaultSerializer, DefaultDeserializer]) {
  log(C.name, C.length, Object.getOwnPropertyNames(C.prototype),
      Object.getOwnPropertyNames(C.prototype).map((k) => {
        const d = Object.getOwnPropertyDescriptor(C.prototype, k);
        return `${k}:${typeof d.value === 'function' ? d.value.length : '-'}${d.enumerable ? 'e' : ''}`;
      }).join(' '));
}
log(Serializer.prototype._getDataCloneError === Error);
log(util.inspect(new Serializer()), util.inspect(new DefaultSerializer()), Object.keys(new Serializer()));
log(util.inspect(new Deserializer(Buffer.from([1, 2]))), Object.keys(new DefaultDeserializer(new Uint8Array(1))));
log(attempt(() => Serializer()), '|', attempt(() => Deserializer(Buffer.alloc(1))));
log(attempt(() => Serializer.prototype.writeHeader.call({})), '|', attempt(() => Deserializer.prototype.readHeader.call({})));
log(attempt(() => Deserializer.prototype.readValue.call(new Serializer())));

// Raw writes.
const s = new Serializer();
log(s.writeHeader(), s.writeValue('v'), s.writeUint32(300), s.writeUint32(-1), s.writeUint32('7'),
    s.writeUint64(1, 2), s.writeUint64(2 ** 32 + 5, -1), s.writeDouble(1.5), s.writeDouble('x'),
    s.writeRawBytes(Buffer.from('ab')), s.writeRawBytes(new Uint16Array([0x102])),
    s.writeRawBytes(new DataView(new Uint8Array([7, 8, 9]).buffer, 1)));
const raw = s.releaseBuffer();
log(raw.toString('hex'), raw.length, Buffer.isBuffer(raw));
log(s.releaseBuffer().length, s.writeUint32(1), s.releaseBuffer().toString('hex'));
log(attempt(() => s.writeRawBytes('ab')), '|', attempt(() => s.writeRawBytes([1])));
log(attempt(() => s.writeUint32({ valueOf() { throw new Error('valueOf'); } })));
log(attempt(() => s.writeUint32(1n)), '|', attempt(() => s.writeDouble(Symbol('d'))));

// Raw reads.
const d = new Deserializer(raw);
log(d.getWireFormatVersion(), d.readHeader(), d.getWireFormatVersion(), d.readValue());
log(d.readUint32(), d.readUint32(), d.readUint32(), d.readUint64(), d.readUint64(), d.readDouble(), d.readDouble());
log(d._readRawBytes(2), d.readRawBytes(2), d.readRawBytes(2));
log(attempt(() => d.readUint32()), '|', attempt(() => d.readUint64()), '|', attempt(() => d.readDouble()));
log(attempt(() => d.readRawBytes(1)), '|', attempt(() => d._readRawBytes(-1)), '|', attempt(() => d.readValue()));
const d2 = new Deserializer(Buffer.from([0xff, 0x0f, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0x05]));
d2.readHeader();
log(d2.readUint32(), d2.readUint32());
const d3 = new Deserializer(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
log(d3.readUint64(), d3.readUint32 && attempt(() => d3.readUint32()));
log(attempt(() => new Deserializer(Buffer.from([0x49, 0x02])).readHeader()), new Deserializer(Buffer.from([0x49, 0x02])).readValue());

// Views without DefaultSerializer: the ArrayBuffer then a view of it.
const plain = new Serializer();
plain.writeHeader();
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
plain.writeValue([new Uint8Array(ab, 2, 3), new Int16Array(ab, 4, 2), new DataView(ab, 1, 1), ab, new Float64Array(ab)]);
const plainBuf = plain.releaseBuffer();
log(plainBuf.toString('hex'));
const views = new Deserializer(plainBuf);
views.readHeader();
const vs = views.readValue();
log(util.inspect(vs), vs[0].buffer === vs[3], vs[1].buffer === vs[3], vs[4].buffer === vs[3]);
// Each kind of view.
const kinds = new Serializer();
kinds.writeValue([new Int8Array(1), new Uint8ClampedArray(1), new Uint16Array(1), new Int32Array(1), new Uint32Array(1),
                  new Float32Array(1), new BigInt64Array(1), new BigUint64Array(1)]);
log(kinds.releaseBuffer().toString('hex'));
// Host objects with the plain Serializer / Deserializer.
const host = new Serializer();
host._setTreatArrayBufferViewsAsHostObjects(true);
log(attempt(() => host.writeValue(new Uint8Array(2))), host.releaseBuffer().toString('hex'));
log(attempt(() => new Deserializer(Buffer.from('ff0f5c00', 'hex')).readValue()));

// Transferred ArrayBuffers.
const t = new Serializer();
t.writeHeader();
const moved = new Uint8Array([1, 2, 3, 4]).buffer;
t.transferArrayBuffer(7, moved);
t.writeValue({ moved, view: new Uint8Array(moved, 1, 2) });
const tBuf = t.releaseBuffer();
log(tBuf.toString('hex'));
const td = new Deserializer(tBuf);
td.readHeader();
const target = new ArrayBuffer(4);
td.transferArrayBuffer(7, target);
const tv = td.readValue();
log(util.inspect(tv), tv.moved === target, tv.view.buffer === target);
const td2 = new Deserializer(tBuf);
td2.readHeader();
log(attempt(() => td2.readValue()));
log(attempt(() => t.transferArrayBuffer(1, {})), '|', attempt(() => t.transferArrayBuffer(1, new SharedArrayBuffer(1))));
log(attempt(() => td.transferArrayBuffer(1, new Uint8Array(1))), td.transferArrayBuffer(2, new SharedArrayBuffer(1)));

// SharedArrayBuffers need _getSharedArrayBufferId to be written; Node reads none.
const sab = new SharedArrayBuffer(4);
log(attempt(() => v8.serialize(sab)));
const sabSer = new Serializer();
sabSer._getSharedArrayBufferId = function(buffer) {
  log('id for', buffer === sab, this === sabSer);
  return 9;
};
sabSer.writeValue([sab, sab]);
const sabBuf = sabSer.releaseBuffer();
log(sabBuf.toString('hex'), attempt(() => new Deserializer(sabBuf).readValue()));
const sd = new Deserializer(Buffer.from('ff0f7403', 'hex'));
sd.readHeader();
sd.transferArrayBuffer(3, sab);
log(sd.readValue() === sab);

// Custom host objects.
class Tagged {
  constructor(id) {
    this.id = id;
  }
}
class TaggedSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }
  _writeHostObject(view) {
    log('write host', view.constructor.name, view.length);
    this.writeUint32(view.length);
    this.writeValue(new Tagged(view[0]));
  }
}
class TaggedDeserializer extends Deserializer {
  _readHostObject() {
    const n = this.readUint32();
    const inner = this.readValue();
    log('read host', n, util.inspect(inner));
    return new Uint8Array(n).fill(inner.id);
  }
}
const hs = new TaggedSerializer();
hs.writeHeader();
const hv = new Uint8Array([42, 0, 0]);
hs.writeValue({ a: hv, b: hv });
const hBuf = hs.releaseBuffer();
log(hBuf.toString('hex'));
const hd = new TaggedDeserializer(hBuf);
hd.readHeader();
const hr = hd.readValue();
log(util.inspect(hr), hr.a === hr.b);
class BadHost extends Deserializer {
  _readHostObject() { return 5; }
}
log(attempt(() => new BadHost(hBuf).readValue()));
const thrower = new Serializer();
thrower._setTreatArrayBufferViewsAsHostObjects(true);
thrower._writeHostObject = () => { throw new RangeError('from host'); };
log(attempt(() => thrower.writeValue([new Uint8Array(1)])));

// _getDataCloneError decides what is thrown.
const custom = new Serializer();
custom._getDataCloneError = function(message) {
  return { custom: message, self: this === custom };
};
try {
  custom.writeValue({ f() {} });
} catch (err) {
  log(util.inspect(err));
}
custom._getDataCloneError = (message) => new TypeError(`custom: ${message}`);
log(attempt(() => custom.writeValue(Symbol('sym'))));
custom._getDataCloneError = () => { throw new SyntaxError('thrown instead'); };
log(attempt(() => custom.writeValue(() => 1)));

// DefaultSerializer / DefaultDeserializer.
const ds = new DefaultSerializer();
ds.writeHeader();
ds.writeValue([Buffer.from('buf'), new Float64Array([0.5]), new DataView(new ArrayBuffer(2))]);
const dBuf = ds.releaseBuffer();
log(dBuf.toString('hex'));
const dd = new DefaultDeserializer(dBuf);
dd.readHeader();
const dr = dd.readValue();
log(util.inspect(dr), Buffer.isBuffer(dr[0]), dr[1].buffer === dBuf.buffer);
// Unaligned data is copied before a multi-byte view is made over it.
const unaligned = Buffer.alloc(dBuf.length + 1);
dBuf.copy(unaligned, 1);
const ud = new DefaultDeserializer(unaligned.subarray(1));
ud.readHeader();
const ur = ud.readValue();
log(util.inspect(ur), ur[1].buffer === unaligned.buffer, ur[1].byteOffset % 8);
