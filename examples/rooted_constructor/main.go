// Command rooted_constructor is Neon's rooted-constructor pattern
// (`MY_CONSTRUCTOR: LocalKey<Root<JsFunction>>`) as a gonode addon: a JS class is created
// once per env, kept alive by an addon.Ref stored in an addon.LocalKey, and reused by
// later calls in that env. A Ref kept in an ordinary Go global instead is refused in
// another env with addon.ErrWrongEnv (where Neon would panic).
//
// Run: go run ./examples/rooted_constructor
package main

import (
	"context"
	_ "embed"
	"errors"
	"io"
	"sync"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/examples/internal/withworkers"
)

//go:embed index.js
var indexJS []byte

// myConstructorKey is Neon's `static MY_CONSTRUCTOR: LocalKey<Root<JsFunction>>`. The
// Ref is released when the env is torn down.
var myConstructorKey = addon.NewLocalKeyWithDrop(func(r *addon.Ref[*goja.Object]) { r.Release() })

// initializeMyDatatype creates the class. It runs once per env.
func initializeMyDatatype(inst *addon.Instance) (*goja.Object, error) {
	inst.Data().(*stats).created++
	v, err := inst.Runtime().RunString(`(class MyDatatype {
		constructor(name) { this.name = name; }
		describe() { return 'MyDatatype(' + this.name + ')'; }
	})`)
	if err != nil {
		return nil, err
	}
	return v.ToObject(inst.Runtime()), nil
}

// myConstructor is Neon's my_constructor(cx).
func myConstructor(inst *addon.Instance) (*goja.Object, error) {
	root, err := myConstructorKey.GetOrTryInit(inst, func(inst *addon.Instance) (*addon.Ref[*goja.Object], error) {
		c, err := initializeMyDatatype(inst)
		if err != nil {
			return nil, err
		}
		return addon.NewRef(inst, c)
	})
	if err != nil {
		return nil, err
	}
	return root.Value(inst) // Root::to_inner
}

type stats struct{ created int }

// wrongGlobal is what the Neon docs warn against: a rooted value in a process global,
// shared by every env.
var (
	wrongMu     sync.Mutex
	wrongGlobal *addon.Ref[*goja.Object]
)

// Module is the addon.
var Module = addon.Module{
	Name: "rooted_constructor",
	Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
		if err := inst.SetData(&stats{}, nil); err != nil {
			return nil, err
		}
		vm := inst.Runtime()
		_ = exports.Set("constructor", func() (*goja.Object, error) { return myConstructor(inst) })
		_ = exports.Set("create", func(name string) (*goja.Object, error) {
			c, err := myConstructor(inst)
			if err != nil {
				return nil, err
			}
			return vm.New(c, vm.ToValue(name))
		})
		_ = exports.Set("constructorsCreated", func() int { return inst.Data().(*stats).created })
		_ = exports.Set("rememberGloballyTheWrongWay", func() error {
			c, err := myConstructor(inst)
			if err != nil {
				return err
			}
			r, err := addon.NewRef(inst, c)
			wrongMu.Lock()
			wrongGlobal = r
			wrongMu.Unlock()
			return err
		})
		_ = exports.Set("useGlobalTheWrongWay", func() *goja.Object {
			wrongMu.Lock()
			r := wrongGlobal
			wrongMu.Unlock()
			c, err := r.Value(inst)
			if errors.Is(err, addon.ErrWrongEnv) {
				panic(inst.Env().NewError("Error", "ERR_WRONG_ENV", err.Error()))
			}
			if err != nil {
				panic(vm.NewGoError(err))
			}
			return c
		})
		return nil, nil
	},
}

func run(ctx context.Context, dir string, stdout, stderr io.Writer) (int, error) {
	return withworkers.Run(ctx, dir, indexJS, stdout, stderr, Module)
}

func main() { withworkers.Main("rooted_constructor", indexJS, Module) }
