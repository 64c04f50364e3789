package addon

import (
	"errors"

	"github.com/dop251/goja"
)

// isUncatchable reports whether a recovered panic value is goja's interrupt, which must
// keep unwinding so that Terminate and process.exit work.
func isUncatchable(r any) bool {
	err, ok := r.(error)
	if !ok {
		return false
	}
	var ie *goja.InterruptedError
	return errors.As(err, &ie)
}

// isLoopGoroutine reports whether the goroutine with id me is the instance's loop.
func (i *Instance) isLoopGoroutine(me uint64) bool { return me != 0 && me == i.gid }
