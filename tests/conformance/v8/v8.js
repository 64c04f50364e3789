'use strict';
// v8 on gonode: the exported names, heap statistics shapes and invariants, flags,
// and the pieces that do not depend on V8.
const v8 = require('v8');
const log = console.log;

log(Object.keys(v8));
const hs = v8.getHeapStatistics();
log(Object.keys(hs));
log(Object.values(hs).every((n) => typeof n === 'number' && n >= 0),
    hs.used_heap_size <= hs.total_heap_size, hs.heap_size_limit > hs.used_heap_size,
    hs.does_zap_garbage, hs.number_of_native_contexts, hs.number_of_detached_contexts);
const spaces = v8.getHeapSpaceStatistics();
log(spaces.map((s) => s.space_name));
log(spaces.every((s) => Object.keys(s).join() === 'space_name,space_size,space_used_size,space_available_size,physical_space_size' &&
  [s.space_size, s.space_used_size, s.space_available_size, s.physical_space_size].every((n) => typeof n === 'number' && n >= 0)));
log(Object.keys(v8.getHeapCodeStatistics()), Object.keys(v8.getCppHeapStatistics()));
log(typeof v8.cachedDataVersionTag(), v8.cachedDataVersionTag() === v8.cachedDataVersionTag());

log(v8.setFlagsFromString('--allow-natives-syntax'), v8.setFlagsFromString(''));
for (const fn of [
  () => v8.setFlagsFromString(1),
  () => v8.setFlagsFromString(),
  () => v8.isStringOneByteRepresentation(1),
  () => v8.setHeapSnapshotNearHeapLimit('x'),
  () => v8.startupSnapshot.addSerializeCallback(() => {}),
  () => v8.startupSnapshot.setDeserializeMainFunction(() => {}),
]) {
  try {
    log('ok', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
log(v8.isStringOneByteRepresentation('abc\u00ff'), v8.isStringOneByteRepresentation('\u0100'));
log(v8.startupSnapshot.isBuildingSnapshot(), Object.keys(v8.startupSnapshot));
log(v8.takeCoverage(), v8.stopCoverage(), v8.setHeapSnapshotNearHeapLimit(1), Object.keys(v8.promiseHooks));
const profiler = new v8.GCProfiler();
log(Object.getOwnPropertyNames(v8.GCProfiler.prototype), profiler.start(), typeof profiler.stop());
log(typeof v8.Serializer, typeof v8.Deserializer, Object.getPrototypeOf(v8.DefaultSerializer) === v8.Serializer,
    Object.getPrototypeOf(v8.DefaultDeserializer) === v8.Deserializer);
