package addon

import (
	"errors"
	goruntime "runtime"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime"
)

// onLooper is implemented by runtime.Env if the runtime offers a cheap check of the
// calling goroutine; the addon package uses it when present.
type onLooper interface{ OnLoop() bool }

// goroutineID returns the calling goroutine's id, parsed from runtime.Stack. It costs a
// few microseconds (more on deep stacks), so it is only used on rare paths: recording
// the loop goroutine once per env, and guarding registration methods.
func goroutineID() uint64 {
	var buf [64]byte
	n := goruntime.Stack(buf[:], false)
	const prefix = "goroutine "
	if n <= len(prefix) {
		return 0
	}
	var id uint64
	for _, c := range buf[len(prefix):n] {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + uint64(c-'0')
	}
	return id
}

// onLoop reports whether the caller runs on env's loop goroutine, whose id is gid.
func onLoop(env *runtime.Env, gid uint64) bool {
	if l, ok := any(env).(onLooper); ok {
		return l.OnLoop()
	}
	return gid != 0 && goroutineID() == gid
}

// cheapOnLoop is onLoop when the runtime offers a cheap check, else true (unchecked).
func cheapOnLoop(env *runtime.Env) bool {
	if l, ok := any(env).(onLooper); ok {
		return l.OnLoop()
	}
	return true
}

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
func (i *Instance) isLoopGoroutine(me uint64) bool {
	if l, ok := any(i.env).(onLooper); ok {
		return l.OnLoop()
	}
	return me != 0 && me == i.gid
}
