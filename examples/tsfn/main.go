// Command tsfn is napi-rs's thread-safe function example as a gonode addon:
// testThreadsafeFunction(callback) creates a thread-safe function around callback, then
// two goroutines call it — one with [0, 1, 2, 3] in blocking mode, one with [3, 2, 1, 0]
// in non-blocking mode. The callee-handled error strategy makes JS receive
// (null, ...values). The order of the two deliveries is up to the goroutines.
//
// Run: go run ./examples/tsfn
package main

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"os"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/runtime"
	"github.com/gonode/gonode/tsfn"
)

//go:embed index.js
var indexJS string

// Module is the addon.
var Module = addon.Module{
	Name: "tsfn_example",
	Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
		_ = exports.Set("testThreadsafeFunction", func(call goja.FunctionCall) goja.Value {
			if err := testThreadsafeFunction(inst.Env(), call.Argument(0)); err != nil {
				panic(inst.Env().NewError("TypeError", "ERR_INVALID_ARG_TYPE", err.Error()))
			}
			return goja.Undefined()
		})
		return nil, nil
	},
}

// testThreadsafeFunction mirrors the Rust function. It runs on the loop goroutine.
func testThreadsafeFunction(env *runtime.Env, fn goja.Value) error {
	f, err := tsfn.New(env, tsfn.Options[[]uint32]{
		Func:           fn,
		InitialThreads: 1,
		MaxQueueSize:   0, // unbounded
		ErrorStrategy:  tsfn.CalleeHandled,
		// The call-JS converter: []uint32 -> JS numbers (env == nil: item discarded).
		Convert: func(env *runtime.Env, value []uint32) ([]goja.Value, error) {
			if env == nil {
				return nil, nil
			}
			out := make([]goja.Value, len(value))
			for i, v := range value {
				out[i] = env.Runtime().ToValue(v)
			}
			return out, nil
		},
	})
	if err != nil {
		return err
	}
	// tsfn.clone(): the clone holds its own reference.
	if err := f.Acquire(); err != nil {
		return err
	}
	go func() {
		defer f.Release() // dropping the handle
		output := []uint32{0, 1, 2, 3}
		// It's okay to call a threadsafe function multiple times.
		_ = f.Call(append([]uint32(nil), output...), tsfn.Blocking)
	}()
	go func() {
		defer f.Release()
		output := []uint32{3, 2, 1, 0}
		_ = f.Call(append([]uint32(nil), output...), tsfn.NonBlocking)
	}()
	return nil
}

func run(ctx context.Context, src string, stdout, stderr io.Writer) (int, error) {
	env, err := runtime.New(runtime.Config{Stdout: stdout, Stderr: stderr, Modules: addon.RuntimeModules(Module)})
	if err != nil {
		return 1, err
	}
	defer env.Close()
	return env.RunString(ctx, "index.js", src)
}

func main() {
	code, err := run(context.Background(), indexJS, os.Stdout, os.Stderr)
	if err != nil && code == 0 {
		fmt.Fprintln(os.Stderr, err)
		code = 1
	}
	os.Exit(code)
}
