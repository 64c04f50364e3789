package jslib

import "github.com/dop251/goja"

// internalBinding('async_wrap') outside an env: the runtime package gives every env its
// own (runtime/asynccontext.go), which takes precedence. This stand-in serves runtimes
// without an event loop (unit tests of single builtins): one frame slot, no hooks.
func init() {
	Bindings["async_wrap"] = func(vm *goja.Runtime) *goja.Object {
		b := vm.NewObject()
		fields, err := vm.New(vm.Get("Float64Array"), vm.ToValue(10))
		if err != nil {
			panic(err)
		}
		_ = fields.Set("3", -1) // no default trigger id
		var frame goja.Value = goja.Undefined()
		noop := func(goja.FunctionCall) goja.Value { return goja.Undefined() }
		for k, v := range map[string]any{
			"fields":                  fields,
			"async_id_symbol":         goja.NewSymbol("async_id_symbol"),
			"trigger_async_id_symbol": goja.NewSymbol("trigger_async_id_symbol"),
			"getFrame":                func(goja.FunctionCall) goja.Value { return frame },
			"setFrame": func(c goja.FunctionCall) goja.Value {
				frame = c.Argument(0)
				return goja.Undefined()
			},
			"pushScope":              noop,
			"popScope":               func(goja.FunctionCall) goja.Value { return vm.ToValue(true) },
			"stackLength":            func(goja.FunctionCall) goja.Value { return vm.ToValue(0) },
			"clearStack":             noop,
			"executionAsyncResource": func(goja.FunctionCall) goja.Value { return vm.NewObject() },
			"queueDestroy":           noop,
			"setHookRunners":         noop,
		} {
			_ = b.Set(k, v)
		}
		return b
	}
}
