package jslib

// internalBinding('assert'): source lines for the "expression evaluated to a falsy
// value" message of assert.ok (Node reads them from V8's script source).

import (
	"bytes"
	"os"
	"strings"

	"github.com/dop251/goja"
)

func init() {
	Bindings["assert"] = func(vm *goja.Runtime) *goja.Object {
		b := vm.NewObject()
		// getSourceLine(file, line): the 1-based line of file, or undefined.
		_ = b.Set("getSourceLine", func(call goja.FunctionCall) goja.Value {
			file := call.Argument(0).String()
			line := int(call.Argument(1).ToInteger())
			if strings.HasPrefix(file, "file://") {
				file = strings.TrimPrefix(file, "file://")
			}
			if line < 1 || !strings.HasPrefix(file, "/") {
				return goja.Undefined()
			}
			data, err := os.ReadFile(file)
			if err != nil {
				return goja.Undefined()
			}
			for i := 1; i < line; i++ {
				nl := bytes.IndexByte(data, '\n')
				if nl < 0 {
					return goja.Undefined()
				}
				data = data[nl+1:]
			}
			if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
				data = data[:nl]
			}
			data = bytes.TrimSuffix(data, []byte("\r"))
			return vm.ToValue(string(data))
		})
		return b
	}
}
