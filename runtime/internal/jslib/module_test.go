package jslib

import "testing"

// The expected outputs were recorded by running each case under Node v26.10.0.

// TestModule covers the parts of the module module that do not need the runtime's loader.
func TestModule(t *testing.T) {
	const prelude = "const Module = require('module');\n"
	runCases(t, []jsCase{
		{"builtins", prelude + `log(Module.builtinModules.length, Object.isFrozen(Module.builtinModules), JSON.stringify(Module.builtinModules));
for (const id of ['fs', 'node:fs', 'node:test', 'test', 'node:sea', '_http_agent', 'internal/errors', 'node:internal/errors', 'sys', '', 1, undefined, 'timers_promises']) {
  log(String(id), Module.isBuiltin(id));
}`, "67 true [\"_http_agent\",\"_http_client\",\"_http_common\",\"_http_incoming\",\"_http_outgoing\",\"_http_server\",\"_tls_common\",\"_tls_wrap\",\"assert\",\"assert/strict\",\"async_hooks\",\"buffer\",\"child_process\",\"cluster\",\"console\",\"constants\",\"crypto\",\"dgram\",\"diagnostics_channel\",\"dns\",\"dns/promises\",\"domain\",\"events\",\"fs\",\"fs/promises\",\"http\",\"http2\",\"https\",\"inspector\",\"inspector/promises\",\"module\",\"net\",\"os\",\"path\",\"path/posix\",\"path/win32\",\"perf_hooks\",\"process\",\"punycode\",\"querystring\",\"readline\",\"readline/promises\",\"repl\",\"stream\",\"stream/consumers\",\"stream/promises\",\"stream/web\",\"string_decoder\",\"sys\",\"timers\",\"timers/promises\",\"tls\",\"trace_events\",\"tty\",\"url\",\"util\",\"util/types\",\"v8\",\"vm\",\"wasi\",\"worker_threads\",\"zlib\",\"node:ffi\",\"node:sea\",\"node:sqlite\",\"node:test\",\"node:test/reporters\"]\nfs true\nnode:fs true\nnode:test true\ntest false\nnode:sea true\n_http_agent true\ninternal/errors false\nnode:internal/errors false\nsys true\n false\n1 false\nundefined false\ntimers_promises false"},
		{"statics", prelude + `log(Module.wrap('x'), Module.wrapper.length, Module.Module === Module);
log(JSON.stringify(Module._nodeModulePaths('/a/b/node_modules/c')), JSON.stringify(Module._nodeModulePaths('/')));
const m = new Module('/virtual/file.js');
log(m.id, m.path, JSON.stringify(m.exports), m.filename, m.loaded, m.children.length, m instanceof Module);
for (const bad of [1, 'relative/x.js', null, {}]) {
  try {
    Module.createRequire(bad);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}`, "(function (exports, require, module, __filename, __dirname) { x\n}); 2 true\n[\"/a/b/node_modules/c/node_modules\",\"/a/b/node_modules\",\"/a/node_modules\",\"/node_modules\"] [\"/node_modules\"]\n/virtual/file.js /virtual {} null false 0 true\nTypeError ERR_INVALID_ARG_VALUE The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received 1\nTypeError ERR_INVALID_ARG_VALUE The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received 'relative/x.js'\nTypeError ERR_INVALID_ARG_VALUE The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received null\nTypeError ERR_INVALID_ARG_VALUE The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received {}"},
	})
}
