package jslib

import (
	"fmt"

	"github.com/dop251/goja"
)

// Loader instantiates builtins in one runtime, each at most once. The runtime package
// owns one Loader per env; tests of single builtins may use one directly.
//
// Concurrency: a Loader belongs to its runtime's loop goroutine.
type Loader struct {
	VM *goja.Runtime
	// Fallback resolves ids that are not JavaScript builtins (Go-implemented modules).
	// It may be nil.
	Fallback func(id string) (goja.Value, error)
	// Extra holds bindings specific to this runtime (e.g. the env's process binding);
	// they take precedence over Bindings.
	Extra map[string]*goja.Object
	// LazyExtra builds bindings specific to this runtime on first use, for those that
	// most envs never ask for.
	LazyExtra map[string]func() *goja.Object

	modules  map[string]*goja.Object
	bindings map[string]*goja.Object
	require  goja.Value
	binding  goja.Value
}

// Require returns module.exports of builtin id, loading it on first use.
func (l *Loader) Require(id string) (goja.Value, error) {
	if m, ok := l.modules[id]; ok {
		return m.Get("exports"), nil
	}
	if !Has(id) {
		if l.Fallback != nil {
			return l.Fallback(id)
		}
		return nil, fmt.Errorf("jslib: no builtin %q", id)
	}
	prg, err := Program(id)
	if err != nil {
		return nil, err
	}
	vm := l.VM
	if l.modules == nil {
		l.modules = map[string]*goja.Object{}
		l.bindings = map[string]*goja.Object{}
		l.require = vm.ToValue(func(call goja.FunctionCall) goja.Value {
			v, err := l.Require(call.Argument(0).String())
			if err != nil {
				panic(vm.NewGoError(err))
			}
			return v
		})
		l.binding = vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return l.Binding(call.Argument(0).String())
		})
	}
	fn, err := vm.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	wrapper, _ := goja.AssertFunction(fn)
	module := vm.NewObject()
	exports := vm.NewObject()
	_ = module.Set("exports", exports)
	_ = module.Set("id", id)
	l.modules[id] = module
	if _, err := wrapper(goja.Undefined(), exports, l.require, module, l.binding); err != nil {
		delete(l.modules, id)
		return nil, err
	}
	return module.Get("exports"), nil
}

// Loaded reports whether builtin id has been loaded into this runtime.
func (l *Loader) Loaded(id string) bool {
	_, ok := l.modules[id]
	return ok
}

// Binding returns the internal binding object name for this runtime, creating it once.
// It panics with a JS error for an unknown name (callers are builtin sources).
func (l *Loader) Binding(name string) *goja.Object {
	if l.bindings == nil {
		l.bindings = map[string]*goja.Object{}
	}
	if b, ok := l.Extra[name]; ok {
		return b
	}
	if b, ok := l.bindings[name]; ok {
		return b
	}
	if mk, ok := l.LazyExtra[name]; ok {
		b := mk()
		l.bindings[name] = b
		return b
	}
	mk, ok := Bindings[name]
	if !ok {
		panic(l.VM.NewGoError(fmt.Errorf("jslib: no internal binding %q", name)))
	}
	b := mk(l.VM)
	l.bindings[name] = b
	return b
}
