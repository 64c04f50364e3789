package jslib

import (
	"github.com/dop251/goja"
)

// internalBinding('tty'): terminal queries for the `tty` module.
//
//	isTTY(fd)              whether fd is a terminal
//	getWindowSize(fd, out) fills out[0], out[1] with columns and rows; false on error
//	setRawMode(fd, raw)    0 or a negative errno (raw mode as uv_tty_set_mode)
//	write(fd, bytes)       writes all bytes synchronously; 0 or a negative errno
func init() {
	Bindings["tty"] = func(vm *goja.Runtime) *goja.Object {
		b := vm.NewObject()
		fdArg := func(call goja.FunctionCall) int { return int(call.Argument(0).ToInteger()) }
		_ = b.Set("isTTY", func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(ttyIsTerminal(fdArg(call)))
		})
		_ = b.Set("getWindowSize", func(call goja.FunctionCall) goja.Value {
			cols, rows, ok := ttyWindowSize(fdArg(call))
			if !ok {
				return vm.ToValue(false)
			}
			if out, isObj := call.Argument(1).(*goja.Object); isObj {
				_ = out.Set("0", cols)
				_ = out.Set("1", rows)
			}
			return vm.ToValue(true)
		})
		_ = b.Set("setRawMode", func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(-int(ttySetRawMode(fdArg(call), call.Argument(1).ToBoolean())))
		})
		_ = b.Set("write", func(call goja.FunctionCall) goja.Value {
			var data []byte
			if s, ok := call.Argument(1).Export().(string); ok {
				data = []byte(s)
			} else if err := vm.ExportTo(call.Argument(1), &data); err != nil {
				panic(vm.NewTypeError("tty write: data must be a string or Uint8Array"))
			}
			return vm.ToValue(-int(ttyWrite(fdArg(call), data)))
		})
		return b
	}
}
