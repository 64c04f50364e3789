package addon

import (
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/goid"
	"github.com/gonode/gonode/runtime"
)

// DataFinalizer finalizes instance data at env teardown. It runs on the loop goroutine,
// with JS disabled (env is still usable for Go-side state; calls into JS fail).
type DataFinalizer func(env *runtime.Env, data any)

// Instance is one addon module instantiated in one env (rule E2). It is created on the
// env's loop goroutine by the first require (or LoadFresh) and lives until the env is torn
// down; the *Instance stays valid afterwards (methods then return ErrClosed).
type Instance struct {
	env   *runtime.Env
	name  string
	id    uint64
	envID uint64
	gid   uint64
	fresh bool

	closed atomic.Bool

	mu          sync.Mutex // guards data, dataFin, cells, cellsClosed
	data        any
	dataFin     DataFinalizer
	cells       map[uint64]*cell
	cellsClosed bool

	// loop goroutine only
	dataReg  *runtime.Finalizer
	exports  goja.Value
	hookKeys map[any]*Hook
}

func newInstance(env *runtime.Env, st *envState, name string, fresh bool) *Instance {
	i := &Instance{
		env:   env,
		name:  name,
		id:    instanceIDs.Add(1),
		envID: st.id,
		gid:   st.gid,
		fresh: fresh,
	}
	// Runs in E8 step 5 at the position of the instance's creation: drops LocalKey values
	// and marks the instance closed.
	env.AddFinalizer(i.finish)
	return i
}

// ID returns the instance's process-unique id (never reused, rule E5). Any goroutine.
func (i *Instance) ID() uint64 { return i.id }

// Name returns the module name. Any goroutine.
func (i *Instance) Name() string { return i.name }

// Env returns the env the instance lives in. Any goroutine; the env's loop-only methods
// stay loop-only.
func (i *Instance) Env() *runtime.Env { return i.env }

// EnvID returns a process-unique number identifying the instance's env (shared by all
// instances in that env). Any goroutine.
func (i *Instance) EnvID() uint64 { return i.envID }

// ThreadID returns worker_threads.threadId of the instance's env (0 on the main thread).
// Any goroutine.
func (i *Instance) ThreadID() int { return i.env.ThreadID() }

// Fresh reports whether the instance was created by LoadFresh rather than require. Any
// goroutine.
func (i *Instance) Fresh() bool { return i.fresh }

// Closed reports whether the instance's env has finished tearing it down. Any goroutine.
func (i *Instance) Closed() bool { return i.closed.Load() }

// Exports returns the value Init produced (nil while Init runs). Loop goroutine only.
func (i *Instance) Exports() goja.Value { return i.exports }

// Runtime returns the env's goja.Runtime. Loop goroutine only.
func (i *Instance) Runtime() *goja.Runtime { return i.env.Runtime() }

func (i *Instance) checkLoop() error {
	if i.closed.Load() {
		return ErrClosed
	}
	if !goid.Is(i.gid) {
		return ErrNotOnLoop
	}
	return nil
}

// report writes a recovered panic to the env's stderr with the module name (rule H5).
func (i *Instance) report(what string, r any) {
	fmt.Fprintf(i.env.Config().Stderr, "gonode: addon %q (instance %d): %s panicked: %v\n", i.name, i.id, what, r)
}

func (i *Instance) guard(what string, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			i.report(what, r)
		}
	}()
	fn()
}

// ---- instance data (I) --------------------------------------------------------------

// Data returns the instance data (nil before any SetData, rule I1). Any goroutine.
func (i *Instance) Data() any {
	i.mu.Lock()
	defer i.mu.Unlock()
	return i.data
}

// SetData replaces the instance data. fin, if non-nil, runs exactly once at env teardown
// (E8 step 5, rule I4) with the data; its position among teardown finalizers is the time
// of this call (I5). The previous value's finalizer is NOT called (I2, as Node): use
// SwapData to get it back. SetData(nil, nil) clears the slot (I3). Loop goroutine only;
// returns ErrNotOnLoop or ErrClosed.
func (i *Instance) SetData(v any, fin DataFinalizer) error {
	_, _, err := i.SwapData(v, fin)
	return err
}

// SwapData is SetData that returns the previous value and its finalizer, which will then
// never run unless the caller runs it. Loop goroutine only.
func (i *Instance) SwapData(v any, fin DataFinalizer) (old any, oldFin DataFinalizer, err error) {
	if err := i.checkLoop(); err != nil {
		return nil, nil, err
	}
	i.mu.Lock()
	old, oldFin = i.data, i.dataFin
	i.data, i.dataFin = v, fin
	i.mu.Unlock()
	if i.dataReg != nil {
		i.dataReg.Remove()
		i.dataReg = nil
	}
	if fin != nil {
		env := i.env
		i.dataReg = env.AddFinalizer(func() {
			i.guard("instance data finalizer", func() { fin(env, v) })
		})
	}
	return old, oldFin, nil
}

// ---- teardown finalizers ------------------------------------------------------------

// Finalizer is a registration made with Instance.AddFinalizer.
type Finalizer struct {
	inst *Instance
	f    *runtime.Finalizer
}

// AddFinalizer registers fn to run once at env teardown (E8 step 5), LIFO together with
// instance-data finalizers and other finalizers (I5). This is what napi_add_finalizer and
// wrapped objects' finalizers become in gonode: goja gives no reliable GC callbacks, so
// they run with the env. Loop goroutine only.
func (i *Instance) AddFinalizer(fn func(env *runtime.Env)) (*Finalizer, error) {
	if fn == nil {
		return nil, fmt.Errorf("%w: nil finalizer", ErrInvalidArg)
	}
	if err := i.checkLoop(); err != nil {
		return nil, err
	}
	env := i.env
	f := &Finalizer{inst: i}
	f.f = env.AddFinalizer(func() { i.guard("finalizer", func() { fn(env) }) })
	return f, nil
}

// Remove unregisters the finalizer; false if it was already removed or already ran (or
// when called off the loop goroutine). Loop goroutine only.
func (f *Finalizer) Remove() bool {
	if f == nil || f.inst.checkLoop() != nil {
		return false
	}
	return f.f.Remove()
}

// ---- cleanup hooks (H) --------------------------------------------------------------

// Hook is a cleanup-hook registration.
type Hook struct {
	inst  *Instance
	h     *runtime.CleanupHook
	key   any
	keyed bool
	async bool
	done  bool // ran or removed (loop goroutine only)
}

// AddCleanupHook registers fn to run once at env teardown, on the loop goroutine, after
// the process 'exit' event (rule H1). Hooks of all instances and kinds run in one
// env-wide LIFO order (H3); a hook added during teardown runs in a later pass. A panic in
// fn is recovered and reported on stderr with the module name (H5). Unkeyed hooks are
// always distinct registrations: to pass an argument, close over it. Loop goroutine only.
func (i *Instance) AddCleanupHook(fn func()) (*Hook, error) {
	return i.addHook(nil, false, fn, nil)
}

// AddCleanupHookKey is AddCleanupHook with an identity: key (any comparable, non-nil
// value, the Go form of N-API's (function, argument) pair) must not already be registered
// on this instance, else ErrDuplicateHook and the existing registration stays (H2). Keys
// are per instance. A key is free again once its hook ran or was removed. Loop goroutine only.
func (i *Instance) AddCleanupHookKey(key any, fn func()) (*Hook, error) {
	return i.addHook(key, true, fn, nil)
}

// AddAsyncCleanupHook registers an async cleanup hook (H6): at its LIFO position fn is
// started with a done function and the following hooks run at once, without waiting.
// The env is not finished (worker 'exit', terminate() resolution, Env.Close returning,
// finalizers) until done has been called (H7). done may be called from any goroutine;
// calls after the first are no-ops. If fn panics, the panic is reported and done is
// called for it. Loop goroutine only.
func (i *Instance) AddAsyncCleanupHook(fn func(done func())) (*Hook, error) {
	return i.addHook(nil, false, nil, fn)
}

// AddAsyncCleanupHookKey is AddAsyncCleanupHook with a key, like AddCleanupHookKey.
func (i *Instance) AddAsyncCleanupHookKey(key any, fn func(done func())) (*Hook, error) {
	return i.addHook(key, true, nil, fn)
}

// RemoveCleanupHook removes the hook registered under key (H4); false if there is none
// (never added, already removed or already ran). Loop goroutine only.
func (i *Instance) RemoveCleanupHook(key any) bool {
	if i.checkLoop() != nil || !comparableKey(key) {
		return false
	}
	h, ok := i.hookKeys[key]
	if !ok {
		return false
	}
	return h.Remove()
}

func comparableKey(key any) bool {
	return key != nil && reflect.ValueOf(key).Comparable()
}

var watchdogNanos atomic.Int64

// SetTeardownWatchdog makes every async cleanup hook started from now on report on its
// env's stderr if it has not called done after d (rule H8); 0 (the default) disables it.
// The hook is only reported, never abandoned. Any goroutine.
func SetTeardownWatchdog(d time.Duration) { watchdogNanos.Store(int64(d)) }

func (i *Instance) addHook(key any, keyed bool, fn func(), async func(done func())) (*Hook, error) {
	if fn == nil && async == nil {
		return nil, fmt.Errorf("%w: nil cleanup hook", ErrInvalidArg)
	}
	if keyed && !comparableKey(key) {
		return nil, fmt.Errorf("%w: cleanup hook key must be a non-nil comparable value", ErrInvalidArg)
	}
	if err := i.checkLoop(); err != nil {
		return nil, err
	}
	if keyed {
		if _, dup := i.hookKeys[key]; dup {
			return nil, fmt.Errorf("%w: key %v on module %q", ErrDuplicateHook, key, i.name)
		}
	}
	h := &Hook{inst: i, key: key, keyed: keyed, async: async != nil}
	if fn != nil {
		h.h = i.env.AddCleanupHook(func() {
			h.finished()
			i.guard("cleanup hook", fn)
		})
	} else {
		h.h = i.env.AddAsyncCleanupHook(func(done func()) {
			h.finished()
			var once sync.Once
			var timer *time.Timer
			d := func() {
				once.Do(func() {
					if timer != nil {
						timer.Stop()
					}
					done()
				})
			}
			if w := time.Duration(watchdogNanos.Load()); w > 0 {
				stderr := i.env.Config().Stderr
				timer = time.AfterFunc(w, func() {
					fmt.Fprintf(stderr, "gonode: addon %q (instance %d): async cleanup hook has not called done after %v\n", i.name, i.id, w)
				})
			}
			defer func() {
				if r := recover(); r != nil {
					i.report("async cleanup hook", r)
					d()
				}
			}()
			async(d)
		})
	}
	if keyed {
		if i.hookKeys == nil {
			i.hookKeys = map[any]*Hook{}
		}
		i.hookKeys[key] = h
	}
	return h, nil
}

// finished marks the hook as started/removed and frees its key. Loop goroutine.
func (h *Hook) finished() {
	h.done = true
	if h.keyed && h.inst.hookKeys[h.key] == h {
		delete(h.inst.hookKeys, h.key)
	}
}

// Remove unregisters the hook (H4). It reports false if the hook was already removed or
// already ran, or when called off the loop goroutine. Removing an async hook that has
// started counts as its done (H7). Loop goroutine only.
func (h *Hook) Remove() bool {
	if h == nil || !goid.Is(h.inst.gid) {
		return false
	}
	if h.done {
		// Still let the runtime count a started async hook as done.
		h.h.Remove()
		return false
	}
	h.finished()
	return h.h.Remove()
}

// ---- JS calls -----------------------------------------------------------------------

// CanRunJS reports whether JS may run in the instance's env now: false during and after
// teardown. Loop goroutine only.
func (i *Instance) CanRunJS() bool {
	return !i.closed.Load() && i.env.CanRunJS()
}

// Call calls fn with this and args and returns its result. A JS exception is returned as
// the error (a *goja.Exception) and is not reported as uncaught: the caller decides (as
// with napi_call_function's pending exception). It returns ErrCannotRunJS during or after
// teardown (rule E9), ErrInvalidArg if fn is not callable. Loop goroutine only (not
// verified: telling goroutines apart costs microseconds, too much for every call).
func (i *Instance) Call(fn, this goja.Value, args ...goja.Value) (goja.Value, error) {
	if i.closed.Load() {
		return nil, ErrCannotRunJS
	}
	if !i.env.CanRunJS() {
		return nil, ErrCannotRunJS
	}
	f, ok := goja.AssertFunction(fn)
	if !ok {
		return nil, fmt.Errorf("%w: not a function", ErrInvalidArg)
	}
	if this == nil {
		this = goja.Undefined()
	}
	return f(this, args...)
}

// finish runs as a teardown finalizer: drops LocalKey values, then marks the instance
// closed. Loop goroutine.
func (i *Instance) finish() {
	i.mu.Lock()
	cells := i.cells
	i.cells = nil
	i.cellsClosed = true
	i.mu.Unlock()
	for _, c := range cells {
		if c.state == cellReady && c.drop != nil {
			i.guard("LocalKey drop", c.drop)
		}
	}
	i.closed.Store(true)
}
