package addon

import (
	"errors"
	"fmt"

	"github.com/gonode/gonode/runtime"
)

// Sentinel errors. Compare with errors.Is.
var (
	// ErrInvalidArg: a nil function, an empty module name, a non-comparable key, a nil
	// instance, or a value that is not what the call needs.
	ErrInvalidArg = errors.New("addon: invalid argument")
	// ErrDuplicateModule: Register was called twice with the same module name.
	ErrDuplicateModule = errors.New("addon: duplicate module name")
	// ErrDuplicateHook: a keyed cleanup hook with this key is already registered on the
	// instance (rule H2; Node aborts the process here).
	ErrDuplicateHook = errors.New("addon: duplicate cleanup hook")
	// ErrWrongEnv: a Ref was dereferenced by an instance that does not own it (rule R1).
	// The concrete error is a *WrongEnvError naming both sides.
	ErrWrongEnv = errors.New("addon: value belongs to another env")
	// ErrNotOnLoop: a loop-goroutine-only method was called from another goroutine (R3).
	ErrNotOnLoop = errors.New("addon: not on the env's loop goroutine")
	// ErrReentrantInit: a LocalKey was asked to initialise while its own initialiser is
	// running on the same goroutine (rule L3/L4; Neon panics here).
	ErrReentrantInit = errors.New("addon: LocalKey initialisation is re-entrant")
	// ErrReleased: the Ref was released.
	ErrReleased = errors.New("addon: reference was released")
	// ErrCannotRunJS is runtime.ErrCannotRunJS: JS was requested during teardown (E9).
	ErrCannotRunJS = runtime.ErrCannotRunJS
	// ErrClosed is runtime.ErrClosed: the instance's env has been torn down.
	ErrClosed = runtime.ErrClosed
)

// WrongEnvError is returned (wrapped as ErrWrongEnv) when an instance other than a
// Ref's owner dereferences it. Env ids are process-unique numbers the addon package gives
// each env on its first addon load; thread ids are worker_threads.threadId values.
type WrongEnvError struct {
	OwnerEnv, OwnerInstance   uint64
	OwnerThread               int
	CallerEnv, CallerInstance uint64
	CallerThread              int
}

// Error describes both sides. Any goroutine.
func (e *WrongEnvError) Error() string {
	return fmt.Sprintf("addon: reference owned by env %d (thread %d, instance %d) used from env %d (thread %d, instance %d)",
		e.OwnerEnv, e.OwnerThread, e.OwnerInstance, e.CallerEnv, e.CallerThread, e.CallerInstance)
}

// Is makes errors.Is(err, ErrWrongEnv) true.
func (e *WrongEnvError) Is(target error) bool { return target == ErrWrongEnv }
