package addon

import (
	"fmt"
	"sync"

	"github.com/dop251/goja"
)

// Ref is a persistent reference (napi_ref, Neon's Root): it keeps a JS value of its owner
// instance's env alive across calls, for example a constructor kept for later use. A Ref
// records its owner; only the owner may dereference it (rule R1). A Ref may be moved to and
// released from any goroutine (R2).
type Ref[T goja.Value] struct {
	owner *Instance

	mu       sync.Mutex
	v        T
	released bool
}

// NewRef makes a reference to v owned by i. Loop goroutine of i's env only
// (ErrNotOnLoop); ErrClosed after teardown; ErrInvalidArg for a nil instance or value.
func NewRef[T goja.Value](i *Instance, v T) (*Ref[T], error) {
	if i == nil || goja.Value(v) == nil {
		return nil, fmt.Errorf("%w: nil instance or value", ErrInvalidArg)
	}
	if err := i.checkLoop(); err != nil {
		return nil, err
	}
	return &Ref[T]{owner: i, v: v}, nil
}

// Owner returns the instance that created the reference. Any goroutine.
func (r *Ref[T]) Owner() *Instance { return r.owner }

// Value returns the referenced value. i must be the owner: another instance — another
// env's, or another module's in the same env — gets a *WrongEnvError (errors.Is
// ErrWrongEnv) naming both envs, never the value. ErrReleased after Release; ErrClosed
// once the owner env has finished tearing down (during teardown the value can still be
// read, rule E9). Loop goroutine of the owner only; the goroutine itself is not verified
// (too costly per call), the owner token always is.
func (r *Ref[T]) Value(i *Instance) (T, error) {
	var zero T
	if r == nil || i == nil {
		return zero, fmt.Errorf("%w: nil reference or instance", ErrInvalidArg)
	}
	if i != r.owner {
		return zero, &WrongEnvError{
			OwnerEnv: r.owner.envID, OwnerInstance: r.owner.id, OwnerThread: r.owner.ThreadID(),
			CallerEnv: i.envID, CallerInstance: i.id, CallerThread: i.ThreadID(),
		}
	}
	if r.owner.closed.Load() {
		return zero, ErrClosed
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.released {
		return zero, ErrReleased
	}
	return r.v, nil
}

// Release drops the reference so the value can be collected. Idempotent; a no-op if the
// owner env is gone. Any goroutine: releasing never touches the env, so it neither needs
// nor keeps the owner's loop.
func (r *Ref[T]) Release() {
	if r == nil {
		return
	}
	r.mu.Lock()
	var zero T
	r.v = zero
	r.released = true
	r.mu.Unlock()
}
