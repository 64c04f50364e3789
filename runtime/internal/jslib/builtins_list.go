package jslib

import "github.com/dop251/goja"

// NodeBuiltins lists the module ids Node v26 ships (require('module').builtinModules), in
// Node's order; those with a "node:" prefix load only with it. The runtime's resolver and
// module.js (through internalBinding('builtins')) both read this one list. Read-only.
var NodeBuiltins = []string{
	"_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing",
	"_http_server", "_tls_common", "_tls_wrap", "assert", "assert/strict", "async_hooks",
	"buffer", "child_process", "cluster", "console", "constants", "crypto", "dgram",
	"diagnostics_channel", "dns", "dns/promises", "domain", "events", "fs", "fs/promises",
	"http", "http2", "https", "inspector", "inspector/promises", "module", "net", "os",
	"path", "path/posix", "path/win32", "perf_hooks", "process", "punycode", "querystring",
	"readline", "readline/promises", "repl", "stream", "stream/consumers", "stream/promises",
	"stream/web", "string_decoder", "sys", "timers", "timers/promises", "tls",
	"trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi", "worker_threads",
	"zlib", "node:ffi", "node:sea", "node:sqlite", "node:test", "node:test/reporters",
}

func init() {
	Bindings["builtins"] = func(vm *goja.Runtime) *goja.Object {
		ids := make([]any, len(NodeBuiltins))
		for i, id := range NodeBuiltins {
			ids[i] = id
		}
		b := vm.NewObject()
		_ = b.Set("builtinModules", vm.NewArray(ids...))
		return b
	}
}
