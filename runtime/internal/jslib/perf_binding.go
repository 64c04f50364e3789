package jslib

import (
	"time"

	"github.com/dop251/goja"
)

// perfStart is the time origin of performance.now() (the process start, as far as Go
// can tell: the package's initialisation).
var perfStart = time.Now()

// internalBinding('performance'): the clock of perf_hooks.
//
//	now()        milliseconds since the time origin (monotonic, sub-millisecond)
//	timeOrigin   the time origin in milliseconds since the Unix epoch
//	bindingTime  now() when this env first asked for the binding (used as an estimate
//	             of the env's bootstrap completion)
func init() {
	Bindings["performance"] = func(vm *goja.Runtime) *goja.Object {
		b := vm.NewObject()
		_ = b.Set("now", func(goja.FunctionCall) goja.Value {
			return vm.ToValue(perfNow())
		})
		_ = b.Set("timeOrigin", float64(perfStart.UnixNano())/1e6)
		_ = b.Set("bindingTime", perfNow())
		return b
	}
}

func perfNow() float64 {
	return float64(time.Since(perfStart).Nanoseconds()) / 1e6
}
