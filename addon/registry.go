package addon

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/goid"
	"github.com/gonode/gonode/runtime"
)

// Module is a gonode addon: a named Go module that JS loads with require(Name).
type Module struct {
	// Name is the id JS requires (and imports), e.g. "multiple_load". It must be non-empty;
	// a name equal to a core builtin replaces that builtin in envs that get the module.
	Name string
	// Init builds one instance's exports. It runs on the env's loop goroutine exactly once
	// per env that requires the module (rule E1), with a fresh exports object. Returning a
	// nil value keeps exports; any other value becomes module.exports. Returning an error
	// (or throwing: a goja panic) makes require throw; nothing is cached and the next
	// require runs Init again as a new instance (E6). A Go panic is reported as an error.
	Init func(inst *Instance, exports *goja.Object) (goja.Value, error)
}

func (m Module) validate() error {
	if m.Name == "" {
		return fmt.Errorf("%w: module name is empty", ErrInvalidArg)
	}
	if m.Init == nil {
		return fmt.Errorf("%w: module %q has no Init", ErrInvalidArg, m.Name)
	}
	return nil
}

// Validate checks a module list before it is turned into runtime modules: every module
// needs a non-empty name and an Init, and names must be unique. Any goroutine.
func Validate(mods []Module) error {
	seen := map[string]bool{}
	for _, m := range mods {
		if err := m.validate(); err != nil {
			return err
		}
		if seen[m.Name] {
			return fmt.Errorf("%w: %q", ErrDuplicateModule, m.Name)
		}
		seen[m.Name] = true
	}
	return nil
}

// RuntimeModules returns the runtime.Module for each addon, to append to
// runtime.Config.Modules of every env that should be able to load them (main and
// workers alike). Each env that requires a module gets its own Instance. RuntimeModules
// never fails: an invalid module (see Validate) makes its require throw ErrInvalidArg;
// for duplicate names the first one wins. Any goroutine.
func RuntimeModules(mods ...Module) []runtime.Module {
	out := make([]runtime.Module, 0, len(mods))
	seen := map[string]bool{}
	for _, m := range mods {
		if seen[m.Name] {
			continue
		}
		seen[m.Name] = true
		m := m
		out = append(out, runtime.Module{
			Name: m.Name,
			Load: func(env *runtime.Env) (goja.Value, error) {
				v, _, err := load(env, m, false)
				return v, err
			},
		})
	}
	return out
}

// Registry is a set of addons by name. The zero value is not usable; use NewRegistry or
// Default. All methods are safe for concurrent use from any goroutine.
type Registry struct {
	mu     sync.RWMutex
	mods   []Module
	byName map[string]int
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{byName: map[string]int{}} }

// Default is the process-wide registry used by Register and MustRegister, typically
// filled from addon packages' init functions and handed to the CLI as Default.List().
var Default = NewRegistry()

// Register adds m. It returns ErrInvalidArg for an empty name or nil Init and
// ErrDuplicateModule if the name is taken. Any goroutine.
func (r *Registry) Register(m Module) error {
	if err := m.validate(); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, dup := r.byName[m.Name]; dup {
		return fmt.Errorf("%w: %q", ErrDuplicateModule, m.Name)
	}
	r.byName[m.Name] = len(r.mods)
	r.mods = append(r.mods, m)
	return nil
}

// MustRegister is Register that panics on error, for init functions. Any goroutine.
func (r *Registry) MustRegister(m Module) {
	if err := r.Register(m); err != nil {
		panic(err)
	}
}

// Lookup returns the module registered under name. Any goroutine.
func (r *Registry) Lookup(name string) (Module, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	i, ok := r.byName[name]
	if !ok {
		return Module{}, false
	}
	return r.mods[i], true
}

// List returns the registered modules in registration order (a copy). Any goroutine.
func (r *Registry) List() []Module {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return append([]Module(nil), r.mods...)
}

// Modules is RuntimeModules(r.List()...): the runtime modules to put in every env's
// config. Any goroutine.
func (r *Registry) Modules() []runtime.Module { return RuntimeModules(r.List()...) }

// LoadFresh creates an additional instance of the module registered under name in env,
// bypassing require's cache (rule E4, Node's process.dlopen of an already-loaded file):
// Init runs again and the new instance has its own data, hooks and cells. Loop goroutine
// of env only.
func (r *Registry) LoadFresh(env *runtime.Env, name string) (goja.Value, *Instance, error) {
	m, ok := r.Lookup(name)
	if !ok {
		return nil, nil, fmt.Errorf("%w: no module %q", ErrInvalidArg, name)
	}
	return LoadFresh(env, m)
}

// Register adds m to Default. See Registry.Register.
func Register(m Module) error { return Default.Register(m) }

// MustRegister adds m to Default and panics on error. See Registry.MustRegister.
func MustRegister(m Module) { Default.MustRegister(m) }

// LoadFresh creates a new instance of m in env without touching require's cache (E4).
// It returns the instance's exports. Loop goroutine of env only.
func LoadFresh(env *runtime.Env, m Module) (goja.Value, *Instance, error) {
	if env == nil {
		return nil, nil, fmt.Errorf("%w: nil env", ErrInvalidArg)
	}
	if err := m.validate(); err != nil {
		return nil, nil, err
	}
	return load(env, m, true)
}

// InstanceOf returns the instance that require(name) created in env, if any (fresh
// instances from LoadFresh are not returned). Loop goroutine of env only.
func InstanceOf(env *runtime.Env, name string) (*Instance, bool) {
	st, _ := env.Local(envKey{}).(*envState)
	if st == nil {
		return nil, false
	}
	i, ok := st.byName[name]
	return i, ok
}

// ---- per-env state ------------------------------------------------------------------

type envKey struct{}

type envState struct {
	id     uint64
	gid    uint64
	byName map[string]*Instance
}

var (
	envIDs      atomic.Uint64
	instanceIDs atomic.Uint64
)

// stateOf returns env's addon state, creating it. Loop goroutine only.
func stateOf(env *runtime.Env) *envState {
	if st, ok := env.Local(envKey{}).(*envState); ok {
		return st
	}
	st := &envState{id: envIDs.Add(1), gid: goid.Get(), byName: map[string]*Instance{}}
	env.SetLocal(envKey{}, st)
	return st
}

func load(env *runtime.Env, m Module, fresh bool) (goja.Value, *Instance, error) {
	if err := m.validate(); err != nil {
		return nil, nil, err
	}
	st := stateOf(env)
	inst := newInstance(env, st, m.Name, fresh)
	vm := env.Runtime()
	exports := vm.NewObject()
	var ret goja.Value
	var err error
	var panicked any
	func() {
		defer func() {
			if r := recover(); r != nil {
				if runtime.IsInterrupt(r) {
					panic(r)
				}
				panicked = r
			}
		}()
		if ex := vm.Try(func() { ret, err = m.Init(inst, exports) }); ex != nil {
			err = ex
		}
	}()
	if panicked != nil {
		err = fmt.Errorf("addon %q: Init panicked: %v", m.Name, panicked)
	}
	if err != nil {
		return nil, inst, err
	}
	if ret == nil {
		ret = exports
	}
	inst.exports = ret
	if !fresh {
		st.byName[m.Name] = inst
	}
	return ret, inst, nil
}
