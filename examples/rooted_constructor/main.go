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
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/runtime"
	"github.com/gonode/gonode/worker"
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

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func config(dir string, stdout, stderr io.Writer) runtime.Config {
	cfg := runtime.Config{
		Stdout:  &lockedWriter{w: stdout},
		Stderr:  &lockedWriter{w: stderr},
		Dir:     dir,
		Modules: addon.RuntimeModules(Module),
	}
	worker.Install(&cfg) // worker_threads: every worker gets the same Modules, hence its own addon instance
	return cfg
}

func run(ctx context.Context, dir string, stdout, stderr io.Writer) (int, error) {
	script := filepath.Join(dir, "index.js")
	if err := os.WriteFile(script, indexJS, 0o644); err != nil {
		return 1, err
	}
	env, err := runtime.New(config(dir, stdout, stderr))
	if err != nil {
		return 1, err
	}
	defer env.Close()
	return env.RunFile(ctx, script)
}

func main() {
	dir, err := os.MkdirTemp("", "rooted_constructor")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	code, err := run(context.Background(), dir, os.Stdout, os.Stderr)
	if err != nil && code == 0 {
		fmt.Fprintln(os.Stderr, err)
		code = 1
	}
	os.Exit(code)
}
