package jslib

import (
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
)

// Host is what bindings with asynchronous work (fs, child_process) need from the env
// that owns a runtime. The runtime package installs HostOf.
type Host interface {
	// Enqueue schedules task on the loop goroutine as a macrotask (nextTick queue and
	// promise jobs drain after it); false if the env no longer accepts work. Any goroutine.
	Enqueue(task func()) bool
	// Hold keeps the loop alive until release is called (once). Any goroutine.
	Hold() (release func())
	// Done is closed when the env starts terminating; blocking host calls select on it.
	Done() <-chan struct{}
	// Cwd is process.cwd(). Loop goroutine only.
	Cwd() string
	// AsyncResource starts an async_hooks resource of type typ (a provider name such as
	// "FSREQCALLBACK", emitting the init hook with resource) for a request whose callback
	// runs later. It returns the function that runs that callback in the resource's async
	// context (its async ids, before/after hooks, the AsyncLocalStorage stores of the
	// caller) and then destroys the resource. Both on the loop goroutine; call AsyncResource
	// from within a JS call and the returned function at most once.
	AsyncResource(typ string, resource goja.Value) (run func(callback func()))
}

// HostOf returns the Host of the env owning vm (nil if none). It is set by the runtime
// package (and by tests); bindings that need it panic with a clear error while it is nil.
// The runtime's wiring is, in essence:
//
//	var vmEnvs sync.Map // *goja.Runtime -> *Env, stored when the env's runtime is created
//	jslib.HostOf = func(vm *goja.Runtime) jslib.Host {
//		if v, ok := vmEnvs.Load(vm); ok {
//			return v.(*Env)
//		}
//		return nil
//	}
//	func (e *Env) Cwd() string { return e.cfg.Dir }
var HostOf func(vm *goja.Runtime) Host

func hostOf(vm *goja.Runtime) Host {
	if HostOf != nil {
		if h := HostOf(vm); h != nil {
			return h
		}
	}
	panic(vm.NewGoError(errNoHost))
}

type hostError string

func (e hostError) Error() string { return string(e) }

const errNoHost = hostError("jslib: no Host installed for this runtime (jslib.HostOf)")

// resolvePath makes p absolute against the host's cwd (Node resolves relative paths
// against process.cwd(), which here is per env, not the Go process's directory).
func resolvePath(h Host, p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	cwd := h.Cwd()
	if strings.HasSuffix(cwd, "/") {
		return cwd + p
	}
	// Not filepath.Join: the OS must see "dir/link/.." and a trailing "/" as written.
	return cwd + "/" + p
}
