package jslib

import "testing"

// The expected outputs were recorded by running each case under Node v26.10.0.

// TestV8ClusterTTY covers v8, cluster (primary) and tty (without a terminal).
func TestV8ClusterTTY(t *testing.T) {
	const prelude = "process.argv ??= ['node', 'main.js'];\nprocess.execArgv ??= [];\n"
	runCases(t, []jsCase{
		{"v8", prelude + `const v8 = require('v8');
log(JSON.stringify(Object.keys(v8)));
const hs = v8.getHeapStatistics();
log(JSON.stringify(Object.keys(hs)), Object.values(hs).every((n) => typeof n === 'number' && n >= 0), hs.heap_size_limit > hs.used_heap_size);
log(JSON.stringify(v8.getHeapSpaceStatistics().map((s) => s.space_name)));
log(v8.setFlagsFromString('--foo'), v8.isStringOneByteRepresentation('\u00ff'), v8.isStringOneByteRepresentation('\u0100'));
for (const fn of [() => v8.setFlagsFromString(1), () => v8.startupSnapshot.addSerializeCallback(() => {})]) {
  try {
    fn();
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}`, "[\"cachedDataVersionTag\",\"getHeapSnapshot\",\"getHeapStatistics\",\"getHeapSpaceStatistics\",\"getHeapCodeStatistics\",\"getCppHeapStatistics\",\"setFlagsFromString\",\"Serializer\",\"Deserializer\",\"DefaultSerializer\",\"DefaultDeserializer\",\"deserialize\",\"takeCoverage\",\"stopCoverage\",\"serialize\",\"writeHeapSnapshot\",\"promiseHooks\",\"queryObjects\",\"startupSnapshot\",\"setHeapSnapshotNearHeapLimit\",\"setHeapProfileNearHeapLimit\",\"GCProfiler\",\"isStringOneByteRepresentation\",\"startCpuProfile\",\"startHeapProfile\"]\n[\"total_heap_size\",\"total_heap_size_executable\",\"total_physical_size\",\"total_available_size\",\"used_heap_size\",\"heap_size_limit\",\"malloced_memory\",\"peak_malloced_memory\",\"does_zap_garbage\",\"number_of_native_contexts\",\"number_of_detached_contexts\",\"total_global_handles_size\",\"used_global_handles_size\",\"external_memory\",\"total_allocated_bytes\"] true true\n[\"read_only_space\",\"new_space\",\"old_space\",\"code_space\",\"shared_space\",\"trusted_space\",\"shared_trusted_space\",\"new_large_object_space\",\"large_object_space\",\"code_large_object_space\",\"shared_large_object_space\",\"shared_trusted_large_object_space\",\"trusted_large_object_space\"]\nundefined true false\nTypeError ERR_INVALID_ARG_TYPE The \"flags\" argument must be of type string. Received type number (1)\nError ERR_NOT_BUILDING_SNAPSHOT Operation cannot be invoked when not building startup snapshot"},
		{"cluster", prelude + `const cluster = require('cluster');
log(JSON.stringify(Object.keys(cluster)), cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.schedulingPolicy);
cluster.on('setup', (s) => log('setup', s.exec));
cluster.setupPrimary({ exec: 'w.js' });
cluster.disconnect(() => log('disconnected'));
const w = new cluster.Worker({ id: 2, state: 'online' });
log(w.id, w.state, JSON.stringify(Object.getOwnPropertyNames(cluster.Worker.prototype)));`, "[\"_events\",\"_eventsCount\",\"_maxListeners\",\"isWorker\",\"isMaster\",\"isPrimary\",\"Worker\",\"workers\",\"settings\",\"SCHED_NONE\",\"SCHED_RR\",\"schedulingPolicy\",\"setupPrimary\",\"setupMaster\",\"fork\",\"disconnect\"] true true false 2\n2 online [\"constructor\",\"kill\",\"send\",\"isDead\",\"isConnected\",\"disconnect\",\"destroy\"]\nsetup w.js\ndisconnected"},
		{"tty", prelude + `const tty = require('tty');
log(tty.isatty(99), tty.isatty(-1), tty.isatty('1'), tty.isatty(1.5));
for (const fd of [99, -1, 'x']) {
  try {
    new tty.WriteStream(fd);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
const { getColorDepth, hasColors } = tty.WriteStream.prototype;
for (const env of [{}, { TERM: 'dumb' }, { TERM: 'xterm-256color' }, { TMUX: '1' }, { CI: '1', GITHUB_ACTIONS: '1' }, { FORCE_COLOR: '2' }, { NO_COLOR: '1' }]) {
  log(JSON.stringify(env), getColorDepth(env), hasColors(env), hasColors(256, env));
}`, "false false false false\nSystemError ERR_TTY_INIT_FAILED TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)\nRangeError ERR_INVALID_FD \"fd\" must be a positive integer: -1\nRangeError ERR_INVALID_FD \"fd\" must be a positive integer: x\n{} 1 false false\n{\"TERM\":\"dumb\"} 1 false false\n{\"TERM\":\"xterm-256color\"} 8 true true\n{\"TMUX\":\"1\"} 24 true true\n{\"CI\":\"1\",\"GITHUB_ACTIONS\":\"1\"} 24 true true\n{\"FORCE_COLOR\":\"2\"} 8 true true\n{\"NO_COLOR\":\"1\"} 1 false false"},
	})
}
