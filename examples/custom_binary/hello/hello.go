// Package hello is a small gonode addon, compiled into a custom gonode binary by
// examples/custom_binary. It shows the pieces an addon usually needs: per-env instance
// data, a cleanup hook, and a thread-safe function that calls back into JS from another
// goroutine.
//
// JS API (require('hello')):
//
//	greet(name)              -> "hello, <name> (call <n> in this env)"
//	later(ms, callback)      -> undefined; callback(null, message) runs on the JS thread
//	                            after a goroutine slept ms milliseconds
package hello

import (
	"fmt"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/runtime"
	"github.com/gonode/gonode/tsfn"
)

// state is per-env instance data: every env (main thread, each worker) has its own.
type state struct {
	calls int
}

// Module is the addon; put it in cli.Options.Addons (or addon.RuntimeModules for an
// embedder's runtime.Config.Modules).
var Module = addon.Module{
	Name: "hello",
	Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
		st := &state{}
		if err := inst.SetData(st, nil); err != nil {
			return nil, err
		}
		if _, err := inst.AddCleanupHook(func() {
			fmt.Fprintf(inst.Env().Config().Stdout, "hello: env done after %d greeting(s)\n", st.calls)
		}); err != nil {
			return nil, err
		}
		_ = exports.Set("greet", func(name string) string {
			st.calls++
			return fmt.Sprintf("hello, %s (call %d in this env)", name, st.calls)
		})
		_ = exports.Set("later", func(ms int, callback goja.Value) error {
			return later(inst.Env(), time.Duration(ms)*time.Millisecond, callback)
		})
		return nil, nil
	},
}

// later calls callback(null, message) from a goroutine through a thread-safe function,
// which keeps the env alive until it is released. Loop goroutine.
func later(env *runtime.Env, d time.Duration, callback goja.Value) error {
	f, err := tsfn.New(env, tsfn.Options[string]{
		Func:           callback,
		InitialThreads: 1,
		Convert: func(env *runtime.Env, msg string) ([]goja.Value, error) {
			if env == nil { // discarded: the env is going away
				return nil, nil
			}
			return []goja.Value{env.Runtime().ToValue(msg)}, nil
		},
	})
	if err != nil {
		return err
	}
	go func() {
		defer f.Release()
		time.Sleep(d)
		_ = f.Call(fmt.Sprintf("called back after %v from a goroutine", d), tsfn.Blocking)
	}()
	return nil
}
