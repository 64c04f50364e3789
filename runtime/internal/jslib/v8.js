'use strict';
// Node's `v8` module for gonode, which runs on goja, not V8. After Node.js v26 lib/v8.js
// (MIT License, Copyright Node.js contributors and Joyent, Inc.).
//
// - getHeapStatistics()/getHeapSpaceStatistics() report Go heap numbers
//   (internalBinding('v8'), v8_binding.go) in V8's shapes.
// - setFlagsFromString() validates its argument and ignores the flags with a warning.
// - serialize()/deserialize(), Serializer/Deserializer, heap snapshots, CPU/heap
//   profiles and queryObjects() throw ERR_METHOD_NOT_IMPLEMENTED.
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

class Serializer {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('v8.Serializer');
  }
}
for (const name of ['writeHeader', 'writeValue', 'releaseBuffer', 'transferArrayBuffer',
  'writeUint32', 'writeUint64', 'writeDouble', 'writeRawBytes',
  '_setTreatArrayBufferViewsAsHostObjects', '_getDataCloneError']) {
  Serializer.prototype[name] = notImplemented(`v8.Serializer.prototype.${name}()`);
}

class Deserializer {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('v8.Deserializer');
  }
}
for (const name of ['readHeader', 'readValue', 'transferArrayBuffer', 'getWireFormatVersion',
  'readUint32', 'readUint64', 'readDouble', '_readRawBytes', 'readRawBytes']) {
  Deserializer.prototype[name] = notImplemented(`v8.Deserializer.prototype.${name}()`);
}

class DefaultSerializer extends Serializer {}
class DefaultDeserializer extends Deserializer {}

const serialize = notImplemented('v8.serialize()');
const deserialize = notImplemented('v8.deserialize()');

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
