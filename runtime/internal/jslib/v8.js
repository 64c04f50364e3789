'use strict';
// Node's `v8` module for gonode, which runs on goja, not V8. After Node.js v26 lib/v8.js
// (MIT License, Copyright Node.js contributors and Joyent, Inc.).
//
// - getHeapStatistics()/getHeapSpaceStatistics() report Go heap numbers
//   (internalBinding('v8'), v8_binding.go) in V8's shapes.
// - setFlagsFromString() validates its argument and ignores the flags with a warning.
// - serialize()/deserialize(), Serializer/Deserializer and DefaultSerializer/
//   DefaultDeserializer write and read V8's wire format (version 15) byte for byte as
//   Node does (internalBinding('serdes'), v8_serdes_binding.go). Where V8's bytes depend
//   on how the engine stores a value they follow what the value looks like: an int32
//   other than -0 is a Smi; an array missing an index, frozen, or read by deserialize()
//   is sparse (V8 also keeps arrays created with holes, e.g. new Array(n), and numbers
//   computed as doubles in its heap representation, which goja cannot tell); a string is
//   one-byte when all its code units are at most 0xFF (V8 keeps some such strings
//   two-byte). goja has no resizable ArrayBuffer (one is read as a fixed-length copy) and
//   no Float16Array (such a view cannot be read); regexps are made by goja's engine.
// - Heap snapshots, CPU/heap profiles and queryObjects() throw
//   ERR_METHOD_NOT_IMPLEMENTED.
// - takeCoverage()/stopCoverage(), promiseHooks and GCProfiler are accepted no-ops.

const binding = internalBinding('v8');
const {
  codes: {
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_NOT_BUILDING_SNAPSHOT,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateNumber,
  validateString,
} = require('internal/validators');

function notImplemented(name) {
  return function() {
    throw new ERR_METHOD_NOT_IMPLEMENTED(name);
  };
}

/**
 * A version tag derived from the engine version (stable for a gonode build).
 * @returns {number}
 */
function cachedDataVersionTag() {
  return 1179546419;
}

const heapSpaceNames = [
  'read_only_space',
  'new_space',
  'old_space',
  'code_space',
  'shared_space',
  'trusted_space',
  'shared_trusted_space',
  'new_large_object_space',
  'large_object_space',
  'code_large_object_space',
  'shared_large_object_space',
  'shared_trusted_large_object_space',
  'trusted_large_object_space',
];

/**
 * @returns {object}
 */
function getHeapStatistics() {
  const s = binding.heapStatistics();
  return {
    total_heap_size: s[0],
    total_heap_size_executable: s[1],
    total_physical_size: s[2],
    total_available_size: s[3],
    used_heap_size: s[4],
    heap_size_limit: s[5],
    malloced_memory: s[6],
    peak_malloced_memory: s[7],
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
    total_allocated_bytes: s[8],
  };
}

/**
 * @returns {Array<object>}
 */
function getHeapSpaceStatistics() {
  const old = binding.heapSpaceStatistics();
  return heapSpaceNames.map((name) => {
    const isOld = name === 'old_space';
    return {
      space_name: name,
      space_size: isOld ? old[0] : 0,
      space_used_size: isOld ? old[1] : 0,
      space_available_size: isOld ? old[2] : 0,
      physical_space_size: isOld ? old[3] : 0,
    };
  });
}

/**
 * @returns {object}
 */
function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

function getCppHeapStatistics(detailLevel = 'detailed') {
  return {
    committed_size_bytes: 0,
    resident_size_bytes: 0,
    used_size_bytes: 0,
    space_statistics: [],
    type_names: [],
    detail_level: detailLevel,
  };
}

/**
 * V8 flags have no meaning on goja: they are accepted and ignored with a warning.
 * @param {string} flags
 * @returns {void}
 */
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  if (flags.trim() === '') return;
  process.emitWarning(`v8.setFlagsFromString(): gonode does not run on V8; ignoring flags: ${flags}`,
                      'UnsupportedWarning');
}

/**
 * @param {string} content
 * @returns {boolean}
 */
function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) > 0xff) return false;
  }
  return true;
}

function setHeapSnapshotNearHeapLimit(limit) {
  validateNumber(limit, 'limit', 1);
}

function setHeapProfileNearHeapLimit(limit) {
  validateNumber(limit, 'limit', 1);
}

function takeCoverage() {}
function stopCoverage() {}

// ---- Serialization API ----------------------------------------------------------------
//
// Node's Serializer/Deserializer (src/node_serdes.cc) and lib/v8.js on V8's
// ValueSerializer/ValueDeserializer wire format, version 15. internalBinding('serdes')
// (v8_serdes_binding.go) writes and reads the bytes and walks the values; this file has
// Node's API and argument checks, DefaultSerializer/DefaultDeserializer, and the helpers
// the binding calls for what needs JavaScript: V8's DataCloneError messages, the user's
// _writeHostObject/_readHostObject/_getDataCloneError/_getSharedArrayBufferId, and the
// internal slots of dates, regexps, boxed primitives, views and errors.

const serdes = internalBinding('serdes');
const {
  typeTag,
  getProxyDetails,
  getOwnNonIndexKeys,
} = internalBinding('util');

// Type tags of internalBinding('util').typeTag (util_binding.go).
const {
  kTagMap,
  kTagSet,
  kTagMapIterator,
  kTagSetIterator,
  kTagWeakMap,
  kTagWeakSet,
  kTagDate,
  kTagRegExp,
  kTagError,
  kTagPromise,
  kTagProxy,
  kTagArrayBuffer,
  kTagDataView,
  kTagTypedArray,
  kTagArguments,
  kTagNumberObject,
  kTagStringObject,
  kTagBooleanObject,
  kTagBigIntObject,
  kTagSymbolObject,
} = internalBinding('util').typeTags;

// Primordials, captured so that user changes to builtins do not change the output.
const FunctionPrototypeCall = Function.prototype.call;
const uncurryThis = (fn) => FunctionPrototypeCall.bind(fn);
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const getterOf = (proto, key) => {
  const desc = ObjectGetOwnPropertyDescriptor(proto, key);
  return desc !== undefined && typeof desc.get === 'function' ? uncurryThis(desc.get) : undefined;
};
const ReflectApply = Reflect.apply;
const ObjectKeys = Object.keys;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
const ObjectPrototypePropertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const ObjectPrototypeToStringRaw = Object.prototype.toString;
const ObjectPrototypeToString = uncurryThis(ObjectPrototypeToStringRaw);
const ErrorPrototypeToStringRaw = Error.prototype.toString;
const FunctionPrototypeToString = uncurryThis(Function.prototype.toString);
const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
const SymbolToStringTag = Symbol.toStringTag;
const ArrayIsArray = Array.isArray;
const ArrayBufferIsView = ArrayBuffer.isView;
const ArrayBufferPrototype = ArrayBuffer.prototype;
const SharedArrayBufferPrototypeGetByteLength = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
const StringPrototypeSlice = uncurryThis(String.prototype.slice);
const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
const RegExpPrototypeGetSource = getterOf(RegExp.prototype, 'source');
// [bit of V8's JSRegExp::Flags, getter]; bit 64 (kLinear) is never set.
const regExpFlagGetters = [
  [1, 'global'], [2, 'ignoreCase'], [4, 'multiline'], [8, 'sticky'], [16, 'unicode'],
  [32, 'dotAll'], [128, 'hasIndices'], [256, 'unicodeSets'],
].map(({ 0: bit, 1: name }) => [bit, getterOf(RegExp.prototype, name)])
  .filter(({ 1: getter }) => getter !== undefined);
const MapPrototypeForEach = uncurryThis(Map.prototype.forEach);
const MapPrototypeSet = uncurryThis(Map.prototype.set);
const SetPrototypeForEach = uncurryThis(Set.prototype.forEach);
const SetPrototypeAdd = uncurryThis(Set.prototype.add);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetBuffer = getterOf(TypedArrayPrototype, 'buffer');
const TypedArrayPrototypeGetByteOffset = getterOf(TypedArrayPrototype, 'byteOffset');
const TypedArrayPrototypeGetByteLength = getterOf(TypedArrayPrototype, 'byteLength');
const TypedArrayPrototypeGetSymbolToStringTag = getterOf(TypedArrayPrototype, SymbolToStringTag);
const DataViewPrototypeGetBuffer = getterOf(DataView.prototype, 'buffer');
const DataViewPrototypeGetByteOffset = getterOf(DataView.prototype, 'byteOffset');
const DataViewPrototypeGetByteLength = getterOf(DataView.prototype, 'byteLength');
const Uint8ArrayCtor = Uint8Array;
const ErrorCtor = Error;
const RangeErrorCtor = RangeError;
const TypeErrorCtor = TypeError;
const DateCtor = Date;
const RegExpCtor = RegExp;
const MapCtor = Map;
const SetCtor = Set;
const ObjectCtor = Object;
const DataViewCtor = DataView;

// V8's ErrorTag for the error constructors it knows, and back.
const errorPrototypeTags = {
  __proto__: null,
  EvalError: 0x45, // 'E'
  RangeError: 0x52, // 'R'
  ReferenceError: 0x46, // 'F'
  SyntaxError: 0x53, // 'S'
  TypeError: 0x54, // 'T'
  URIError: 0x55, // 'U'
};
const errorConstructors = {
  __proto__: null,
  0x45: EvalError,
  0x52: RangeError,
  0x46: ReferenceError,
  0x53: SyntaxError,
  0x54: TypeError,
  0x55: URIError,
};
// ArrayBufferViewTag by Symbol.toStringTag, and the constructors goja has by tag.
const viewSubtags = {
  __proto__: null,
  Int8Array: 0x62, // 'b'
  Uint8Array: 0x42, // 'B'
  Uint8ClampedArray: 0x43, // 'C'
  Int16Array: 0x77, // 'w'
  Uint16Array: 0x57, // 'W'
  Int32Array: 0x64, // 'd'
  Uint32Array: 0x44, // 'D'
  Float16Array: 0x68, // 'h'
  Float32Array: 0x66, // 'f'
  Float64Array: 0x46, // 'F'
  BigInt64Array: 0x71, // 'q'
  BigUint64Array: 0x51, // 'Q'
};
const kViewSubtagDataView = 0x3F; // '?'
const viewConstructors = { __proto__: null, [kViewSubtagDataView]: DataView };
for (const name in viewSubtags) {
  const ctor = globalThis[name];
  if (typeof ctor === 'function') viewConstructors[viewSubtags[name]] = ctor;
}

let lazyBuffer;
let lazyFastBuffer;
function bufferCtor() {
  lazyBuffer ??= require('buffer').Buffer;
  return lazyBuffer;
}
// Buffer's internal Uint8Array subclass (Buffer[Symbol.species] in buffer.js).
function fastBuffer() {
  lazyFastBuffer ??= bufferCtor()[Symbol.species];
  return lazyFastBuffer;
}
let lazyInspect;
function inspect(value) {
  lazyInspect ??= require('util').inspect;
  return lazyInspect(value);
}

// An error as Node's C++ throws it: a plain error with a code property.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  if (code !== undefined) err.code = code;
  return err;
}

function isSharedArrayBuffer(value) {
  if (SharedArrayBufferPrototypeGetByteLength === undefined ||
      ObjectGetPrototypeOf(value) === ArrayBufferPrototype) {
    return false;
  }
  try {
    SharedArrayBufferPrototypeGetByteLength(value);
    return true;
  } catch {
    return false;
  }
}

// The bytes of an ArrayBufferView as a Uint8Array over the same memory.
function viewBytes(view) {
  if (typeTag(view) === kTagDataView) {
    return new Uint8ArrayCtor(DataViewPrototypeGetBuffer(view), DataViewPrototypeGetByteOffset(view),
                              DataViewPrototypeGetByteLength(view));
  }
  return new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer(view), TypedArrayPrototypeGetByteOffset(view),
                            TypedArrayPrototypeGetByteLength(view));
}

// ---- V8's Object::NoSideEffectsToString, for DataCloneError messages -----------------

// V8's %IteratorPrototype%.constructor is an accessor (goja's inherits Object).
const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][Symbol.iterator]()));

function getDataProperty(object, key) {
  for (let o = object; o !== null && o !== undefined; o = ObjectGetPrototypeOf(o)) {
    if (typeTag(o) === kTagProxy) return undefined;
    if (o === IteratorPrototype && key === 'constructor') return undefined;
    const desc = ObjectGetOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return ObjectPrototypeHasOwnProperty(desc, 'value') ? desc.value : undefined;
  }
  return undefined;
}

function errorToStringNoSideEffects(error) {
  let name = getDataProperty(error, 'name');
  if (typeof name !== 'string') name = '';
  let message = getDataProperty(error, 'message');
  if (typeof message !== 'string') message = '';
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

const builtinClassNames = {
  __proto__: null,
  [kTagMap]: 'Map',
  [kTagSet]: 'Set',
  [kTagMapIterator]: 'Map Iterator',
  [kTagSetIterator]: 'Set Iterator',
  [kTagWeakMap]: 'WeakMap',
  [kTagWeakSet]: 'WeakSet',
  [kTagDate]: 'Date',
  [kTagRegExp]: 'RegExp',
  [kTagError]: 'Error',
  [kTagPromise]: 'Promise',
  [kTagArrayBuffer]: 'ArrayBuffer',
  [kTagDataView]: 'DataView',
  [kTagArguments]: 'Arguments',
  [kTagNumberObject]: 'Number',
  [kTagStringObject]: 'String',
  [kTagBooleanObject]: 'Boolean',
  [kTagBigIntObject]: 'BigInt',
  [kTagSymbolObject]: 'Symbol',
};

function noSideEffectsToString(value) {
  switch (typeof value) {
    case 'symbol':
      return SymbolPrototypeToString(value);
    case 'function': {
      if (typeTag(value) === kTagProxy) return noSideEffectsToString(getProxyDetails(value, false));
      const source = FunctionPrototypeToString(value);
      if (source.length <= 128) return source;
      return `${StringPrototypeSlice(source, 0, 111)}...<omitted>...${StringPrototypeSlice(source, -2)}`;
    }
    case 'object':
      break;
    default:
      return `${value}`;
  }
  if (value === null) return 'null';
  const tag = typeTag(value);
  if (tag === kTagProxy) return noSideEffectsToString(getProxyDetails(value, false));
  const toString = getDataProperty(value, 'toString');
  if (tag === kTagError || toString === ErrorPrototypeToStringRaw) {
    return errorToStringNoSideEffects(value);
  }
  if (toString === ObjectPrototypeToStringRaw) {
    const ctor = getDataProperty(value, 'constructor');
    if (typeof ctor === 'function' && typeTag(ctor) !== kTagProxy) {
      const name = getDataProperty(ctor, 'name');
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  let builtinTag = getDataProperty(value, SymbolToStringTag);
  if (typeof builtinTag !== 'string') {
    if (tag === kTagTypedArray) {
      builtinTag = TypedArrayPrototypeGetSymbolToStringTag(value);
    } else if (tag === kTagArrayBuffer && isSharedArrayBuffer(value)) {
      builtinTag = 'SharedArrayBuffer';
    } else {
      builtinTag = builtinClassNames[tag] ?? (ArrayIsArray(value) ? 'Array' : 'Object');
    }
  }
  return `[object ${builtinTag}]`;
}

function dataCloneMessage(value) {
  return `${noSideEffectsToString(value)} could not be cloned.`;
}

// ---- Helpers the binding calls ------------------------------------------------------------

serdes.setup({
  __proto__: null,
  // SerializerContext::ThrowDataCloneError: the error _getDataCloneError makes.
  dataCloneError(owner, value, message) {
    message ??= dataCloneMessage(value);
    const getError = owner._getDataCloneError;
    if (typeof getError !== 'function') throw new ErrorCtor(message);
    throw ReflectApply(getError, owner, [message]);
  },
  writeHostObject(owner, object) {
    const write = owner._writeHostObject;
    if (typeof write !== 'function') throw new ErrorCtor(dataCloneMessage(object));
    ReflectApply(write, owner, [object]);
  },
  sharedArrayBufferId(owner, sab) {
    const getId = owner._getSharedArrayBufferId;
    if (typeof getId !== 'function') throw new ErrorCtor(dataCloneMessage(sab));
    return +ReflectApply(getId, owner, [sab]) >>> 0;
  },
  isSharedArrayBuffer,
  regExpParts(re) {
    let flags = 0;
    for (let i = 0; i < regExpFlagGetters.length; i++) {
      if (regExpFlagGetters[i][1](re)) flags |= regExpFlagGetters[i][0];
    }
    return [RegExpPrototypeGetSource(re), flags];
  },
  dateValue: DatePrototypeGetTime,
  primitiveValue(object, tag) {
    switch (tag) {
      case kTagNumberObject: return NumberPrototypeValueOf(object);
      case kTagStringObject: return StringPrototypeValueOf(object);
      case kTagBooleanObject: return BooleanPrototypeValueOf(object);
      default: return BigIntPrototypeValueOf(object);
    }
  },
  entries(collection, isMap) {
    const entries = [];
    if (isMap) {
      MapPrototypeForEach(collection, (value, key) => {
        entries[entries.length] = key;
        entries[entries.length] = value;
      });
    } else {
      SetPrototypeForEach(collection, (value) => {
        entries[entries.length] = value;
      });
    }
    return entries;
  },
  viewInfo(view, isDataView) {
    if (isDataView) {
      return [kViewSubtagDataView, DataViewPrototypeGetByteOffset(view),
              DataViewPrototypeGetByteLength(view), DataViewPrototypeGetBuffer(view)];
    }
    return [viewSubtags[TypedArrayPrototypeGetSymbolToStringTag(view)], TypedArrayPrototypeGetByteOffset(view),
            TypedArrayPrototypeGetByteLength(view), TypedArrayPrototypeGetBuffer(view)];
  },
  // What ValueSerializer::WriteJSError reads, in its order.
  errorParts(error) {
    const messageDesc = ObjectGetOwnPropertyDescriptor(error, 'message');
    const causeDesc = ObjectGetOwnPropertyDescriptor(error, 'cause');
    const name = `${error.name}`;
    let message;
    if (messageDesc !== undefined && ObjectPrototypeHasOwnProperty(messageDesc, 'value')) {
      message = `${messageDesc.value}`;
    }
    let stack = error.stack;
    if (typeof stack !== 'string') stack = undefined;
    const hasCause = causeDesc !== undefined && ObjectPrototypeHasOwnProperty(causeDesc, 'value');
    return [errorPrototypeTags[name] ?? 0, message, stack, hasCause, hasCause ? causeDesc.value : undefined];
  },
  // [key, value, ...] of the enumerable own string properties (only those that are not
  // array indices if nonIndexOnly).
  ownEntries(object, nonIndexOnly) {
    let keys;
    if (nonIndexOnly) {
      keys = getOwnNonIndexKeys(object) ?? ObjectKeys(object);
    } else {
      keys = ObjectKeys(object);
    }
    const entries = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (typeof key !== 'string') continue;
      if (nonIndexOnly) {
        if (`${key >>> 0}` === key && key !== '4294967295') continue;
        if (!ObjectPrototypePropertyIsEnumerable(object, key)) continue;
      } else if (!ObjectPrototypeHasOwnProperty(object, key)) {
        continue;
      }
      const value = object[key];
      entries[entries.length] = key;
      entries[entries.length] = value;
    }
    return entries;
  },
  stackOverflow() {
    return new RangeErrorCtor('Maximum call stack size exceeded');
  },
  makeError(message) {
    return new ErrorCtor(message);
  },
  newDate(time) {
    return new DateCtor(time);
  },
  newWrapper(tag, value) {
    return ObjectCtor(value);
  },
  newRegExp(pattern, flags) {
    return new RegExpCtor(pattern, flags);
  },
  newMap() {
    return new MapCtor();
  },
  mapSet: MapPrototypeSet,
  newSet() {
    return new SetCtor();
  },
  setAdd: SetPrototypeAdd,
  newView(buffer, subtag, byteOffset, length) {
    const ctor = viewConstructors[subtag];
    if (ctor === undefined) return undefined;
    if (ctor === DataViewCtor) return new DataViewCtor(buffer, byteOffset, length);
    return new ctor(buffer, byteOffset, length);
  },
  newError(prototypeTag, message, stack) {
    const error = new (errorConstructors[prototypeTag] ?? ErrorCtor)(message);
    ObjectDefineProperty(error, 'stack', {
      __proto__: null, value: stack, writable: true, enumerable: false, configurable: true,
    });
    return error;
  },
  setCause(error, cause) {
    ObjectDefineProperty(error, 'cause', {
      __proto__: null, value: cause, writable: true, enumerable: false, configurable: true,
    });
  },
  // DeserializerContext::ReadHostObject.
  readHostObject(owner) {
    const read = owner._readHostObject;
    if (typeof read !== 'function') throw new ErrorCtor('Unable to deserialize cloned data.');
    const object = ReflectApply(read, owner, []);
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new TypeErrorCtor('readHostObject must return an object');
    }
    return object;
  },
  defineProperty(object, key, value) {
    if (ObjectPrototypeHasOwnProperty(object, key)) return false;
    ObjectDefineProperty(object, key, {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
    return true;
  },
});

// ---- Serializer / Deserializer (Node's internalBinding('serdes') classes) ---------------

// The binding's handle of each Serializer/Deserializer.
const handles = new WeakMap();
const WeakMapPrototypeGet = uncurryThis(WeakMap.prototype.get);
const WeakMapPrototypeSet = uncurryThis(WeakMap.prototype.set);

function handleOf(self, kind) {
  const handle = typeof self === 'object' && self !== null ? WeakMapPrototypeGet(handles, self) : undefined;
  if (handle === undefined || handle.kind !== kind) throw new TypeErrorCtor('Illegal invocation');
  return handle.h;
}

function constructCallRequired(name) {
  return nativeError(TypeErrorCtor, 'ERR_CONSTRUCT_CALL_REQUIRED',
                     `Class constructor ${name} cannot be invoked without 'new'`);
}

function Serializer() {
  if (new.target === undefined) throw constructCallRequired('Serializer');
  WeakMapPrototypeSet(handles, this, { __proto__: null, kind: 0, h: serdes.newSerializer(this) });
}

const serializerMethods = {
  writeHeader() {
    serdes.writeHeader(handleOf(this, 0));
  },
  writeValue(value) {
    serdes.writeValue(handleOf(this, 0), value);
    return true;
  },
  releaseBuffer() {
    const FastBuffer = fastBuffer();
    return new FastBuffer(serdes.releaseBuffer(handleOf(this, 0)));
  },
  transferArrayBuffer(id, arrayBuffer) {
    const h = handleOf(this, 0);
    id = +id >>> 0;
    if (typeTag(arrayBuffer) !== kTagArrayBuffer || isSharedArrayBuffer(arrayBuffer)) {
      throw nativeError(TypeErrorCtor, 'ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer');
    }
    serdes.serializerTransferArrayBuffer(h, id, arrayBuffer);
  },
  writeUint32(value) {
    const h = handleOf(this, 0);
    serdes.writeUint32(h, +value >>> 0);
  },
  writeUint64(hi, lo) {
    const h = handleOf(this, 0);
    hi = +hi >>> 0;
    lo = +lo >>> 0;
    serdes.writeUint64(h, hi, lo);
  },
  writeDouble(value) {
    const h = handleOf(this, 0);
    serdes.writeDouble(h, +value);
  },
  writeRawBytes(source) {
    const h = handleOf(this, 0);
    if (!ArrayBufferIsView(source)) {
      throw nativeError(TypeErrorCtor, 'ERR_INVALID_ARG_TYPE', 'source must be a TypedArray or a DataView');
    }
    serdes.writeRawBytes(h, viewBytes(source));
  },
  _setTreatArrayBufferViewsAsHostObjects(value) {
    serdes.setTreatArrayBufferViewsAsHostObjects(handleOf(this, 0), !!value);
  },
};

function Deserializer(buffer) {
  if (new.target === undefined) throw constructCallRequired('Deserializer');
  if (!ArrayBufferIsView(buffer)) {
    throw nativeError(TypeErrorCtor, 'ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
  }
  WeakMapPrototypeSet(handles, this, { __proto__: null, kind: 1, h: serdes.newDeserializer(this, viewBytes(buffer)) });
  this.buffer = buffer;
}

const deserializerMethods = {
  readHeader() {
    return serdes.readHeader(handleOf(this, 1));
  },
  readValue() {
    return serdes.readValue(handleOf(this, 1));
  },
  getWireFormatVersion() {
    return serdes.getWireFormatVersion(handleOf(this, 1));
  },
  transferArrayBuffer(id, arrayBuffer) {
    const h = handleOf(this, 1);
    id = +id >>> 0;
    if (typeTag(arrayBuffer) !== kTagArrayBuffer) {
      throw nativeError(TypeErrorCtor, 'ERR_INVALID_ARG_TYPE',
                        'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    serdes.deserializerTransferArrayBuffer(h, id, arrayBuffer);
  },
  readUint32() {
    return serdes.readUint32(handleOf(this, 1));
  },
  readUint64() {
    return serdes.readUint64(handleOf(this, 1));
  },
  readDouble() {
    return serdes.readDouble(handleOf(this, 1));
  },
  _readRawBytes(length) {
    const h = handleOf(this, 1);
    return serdes.readRawBytes(h, +length);
  },
};

// The native methods of Node's binding take no declared parameters and come before
// `constructor` on the prototype.
for (const { 0: ctor, 1: methods } of [[Serializer, serializerMethods], [Deserializer, deserializerMethods]]) {
  delete ctor.prototype.constructor;
  for (const name of ObjectKeys(methods)) {
    const fn = methods[name];
    ObjectDefineProperty(fn, 'length', { __proto__: null, value: 0 });
    ctor.prototype[name] = fn;
  }
  ObjectDefineProperty(ctor.prototype, 'constructor', {
    __proto__: null, value: ctor, writable: true, enumerable: false, configurable: true,
  });
}

Serializer.prototype._getDataCloneError = Error;

/**
 * Reads raw bytes from the deserializer's internal buffer.
 * @param {number} length
 * @returns {Buffer}
 */
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  // `this.buffer` can be a Buffer or a plain Uint8Array, so just calling
  // `.slice()` doesn't work.
  const FastBuffer = fastBuffer();
  return new FastBuffer(this.buffer.buffer,
                        this.buffer.byteOffset + offset,
                        length);
};

/* Keep track of how to handle different ArrayBufferViews. The default
   Serializer for Node does not use the V8 methods for serializing those
   objects because Node's `Buffer` objects use pooled allocation in many
   cases, and their underlying `ArrayBuffer`s would show up in the
   serialization. Because a) those may contain sensitive data and the user
   may not be aware of that and b) they are often much larger than the `Buffer`
   itself, custom serialization is applied. */
const arrayBufferViewTypes = [Int8Array, Uint8Array, Uint8ClampedArray,
                              Int16Array, Uint16Array, Int32Array, Uint32Array,
                              Float32Array, Float64Array, DataView,
                              undefined /* FastBuffer */, BigInt64Array, BigUint64Array,
                              typeof Float16Array === 'function' ? Float16Array : undefined];

const arrayBufferViewTypeIndices = {
  __proto__: null,
  '[object Int8Array]': 0,
  '[object Uint8Array]': 1,
  '[object Uint8ClampedArray]': 2,
  '[object Int16Array]': 3,
  '[object Uint16Array]': 4,
  '[object Int32Array]': 5,
  '[object Uint32Array]': 6,
  '[object Float32Array]': 7,
  '[object Float64Array]': 8,
  '[object DataView]': 9,
  // Index 10 is FastBuffer.
  '[object BigInt64Array]': 11,
  '[object BigUint64Array]': 12,
  '[object Float16Array]': 13,
};

function arrayBufferViewTypeToIndex(abView) {
  return arrayBufferViewTypeIndices[ObjectPrototypeToString(abView)] ?? -1;
}

function arrayBufferViewIndexToType(index) {
  if (index === 10) return fastBuffer();
  return arrayBufferViewTypes[index];
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();

    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  /**
   * Used to write some kind of host object, i.e. an
   * object that is created by native C++ bindings.
   * @param {object} abView
   * @returns {void}
   */
  _writeHostObject(abView) {
    let i = 10; // FastBuffer
    if (abView.constructor !== bufferCtor()) {
      i = arrayBufferViewTypeToIndex(abView);
      if (i === -1) {
        throw new this._getDataCloneError(
          `Unserializable host object: ${inspect(abView)}`);
      }
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer,
                                      abView.byteOffset,
                                      abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  /**
   * Used to read some kind of host object, i.e. an
   * object that is created by native C++ bindings.
   * @returns {any}
   */
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = arrayBufferViewIndexToType(typeIndex);
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const BYTES_PER_ELEMENT = ctor.BYTES_PER_ELEMENT || 1;

    const offset = this.buffer.byteOffset + byteOffset;
    if (offset % BYTES_PER_ELEMENT === 0) {
      return new ctor(this.buffer.buffer,
                      offset,
                      byteLength / BYTES_PER_ELEMENT);
    }
    // Copy to an aligned buffer first.
    const bufferCopy = bufferCtor().allocUnsafe(byteLength);
    bufferCopy.set(new Uint8Array(this.buffer.buffer, this.buffer.byteOffset + byteOffset, byteLength));
    return new ctor(bufferCopy.buffer,
                    bufferCopy.byteOffset,
                    byteLength / BYTES_PER_ELEMENT);
  }
}

/**
 * Uses a `DefaultSerializer` to serialize `value`
 * into a buffer.
 * @param {any} value
 * @returns {Buffer}
 */
function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

/**
 * Uses a `DefaultDeserializer` with default options
 * to read a JavaScript value from a buffer.
 * @param {Buffer | TypedArray | DataView} buffer
 * @returns {any}
 */
function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

function noopStop() {}
const promiseHooks = {
  createHook(hooks) {
    return noopStop;
  },
  onInit(hook) {
    validateFunction(hook, 'initHook');
    return noopStop;
  },
  onBefore(hook) {
    validateFunction(hook, 'beforeHook');
    return noopStop;
  },
  onAfter(hook) {
    validateFunction(hook, 'afterHook');
    return noopStop;
  },
  onSettled(hook) {
    validateFunction(hook, 'settledHook');
    return noopStop;
  },
};

function throwNotBuildingSnapshot() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}
const startupSnapshot = {
  addDeserializeCallback: throwNotBuildingSnapshot,
  addSerializeCallback: throwNotBuildingSnapshot,
  setDeserializeMainFunction: throwNotBuildingSnapshot,
  isBuildingSnapshot() {
    return 0;
  },
};

class GCProfiler {
  #startTime;

  start() {
    this.#startTime = Date.now();
  }

  stop() {
    if (this.#startTime === undefined) return undefined;
    const data = {
      version: 1,
      startTime: this.#startTime,
      endTime: Date.now(),
      statistics: [],
    };
    this.#startTime = undefined;
    return data;
  }
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: notImplemented('v8.getHeapSnapshot()'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot: notImplemented('v8.writeHeapSnapshot()'),
  promiseHooks,
  queryObjects: notImplemented('v8.queryObjects()'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  setHeapProfileNearHeapLimit,
  GCProfiler,
  isStringOneByteRepresentation,
  startCpuProfile: notImplemented('v8.startCpuProfile()'),
  startHeapProfile: notImplemented('v8.startHeapProfile()'),
};
