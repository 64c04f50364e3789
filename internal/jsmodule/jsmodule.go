// Package jsmodule runs the JS halves of gonode's Go-implemented modules (worker_threads,
// the MessagePort machinery, Web Locks): a source evaluated as
// (function (params..., module) { ... }), compiled once per process and called once per env
// with its bindings and a fresh module object.
package jsmodule

import (
	"sync"

	"github.com/dop251/goja"
)

// Source is one module's JS, compiled on first use. Program may be called from any
// goroutine.
type Source struct {
	name, params, src string
	once              sync.Once
	prg               *goja.Program
	err               error
}

// New describes the module name whose body src sees params (comma-separated) and module.
func New(name, params, src string) *Source {
	return &Source{name: name, params: params, src: src}
}

func (s *Source) program() (*goja.Program, error) {
	s.once.Do(func() {
		s.prg, s.err = goja.Compile(s.name, "(function ("+s.params+", module) {"+s.src+"\n})", true)
	})
	return s.prg, s.err
}

// Run evaluates the module in vm with args for its params and returns module.exports.
// Call it on vm's loop goroutine.
func (s *Source) Run(vm *goja.Runtime, args ...goja.Value) (*goja.Object, error) {
	prg, err := s.program()
	if err != nil {
		return nil, err
	}
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fnv)
	module := vm.NewObject()
	_ = module.Set("exports", vm.NewObject())
	if _, err := fn(goja.Undefined(), append(args, module)...); err != nil {
		return nil, err
	}
	return module.Get("exports").ToObject(vm), nil
}
