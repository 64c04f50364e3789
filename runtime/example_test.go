package runtime_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime"
)

// Run a script to completion, as `node -e` would, and get its exit code.
func ExampleEnv_RunString() {
	env, err := runtime.New(runtime.Config{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	defer env.Close()
	code, err := env.RunString(context.Background(), "main.js", `
		setTimeout(() => console.log('timer'), 1);
		Promise.resolve().then(() => console.log('promise'));
		process.nextTick(() => console.log('tick'));
		console.log('sync');
		process.exitCode = 3;
	`)
	fmt.Println("exit code:", code, err)
	// Output:
	// sync
	// tick
	// promise
	// timer
	// exit code: 3 <nil>
}

// Expose a Go function to JS and call a JS function from Go, both on the loop goroutine.
func ExampleEnv_Do() {
	env, err := runtime.New(runtime.Config{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	defer env.Close()
	ctx := context.Background()
	_ = env.Do(ctx, func(vm *goja.Runtime) error {
		return vm.Set("add", func(a, b int) int { return a + b })
	})
	_ = env.Do(ctx, func(vm *goja.Runtime) error {
		_, err := vm.RunString(`function greet(name) { return 'hello ' + name + ' ' + add(2, 3); }`)
		return err
	})
	_ = env.Do(ctx, func(vm *goja.Runtime) error {
		greet, _ := goja.AssertFunction(vm.Get("greet"))
		v, err := greet(goja.Undefined(), vm.ToValue("go"))
		if err != nil {
			return err
		}
		fmt.Println(v.String())
		return nil
	})
	// Output:
	// hello go 5
}

// A Go-implemented builtin module, loadable with require('greeter') or require('node:greeter').
func ExampleModule() {
	greeter := runtime.Module{
		Name: "greeter",
		Load: func(env *runtime.Env) (goja.Value, error) {
			vm := env.Runtime()
			exports := vm.NewObject()
			err := exports.Set("hello", func(name string) string { return "hello, " + name })
			return exports, err
		},
	}
	env, err := runtime.New(runtime.Config{Stdout: os.Stdout, Modules: []runtime.Module{greeter}})
	if err != nil {
		panic(err)
	}
	code, _ := env.RunString(context.Background(), "main.js", `console.log(require('greeter').hello('world'))`)
	fmt.Println("exit code:", code)
	// Output:
	// hello, world
	// exit code: 0
}

// Cancelling the context terminates JS, even a busy loop.
func ExampleEnv_RunString_cancel() {
	env, err := runtime.New(runtime.Config{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	code, err := env.RunString(ctx, "spin.js", `console.log('spinning'); for (;;) {}`)
	fmt.Println(code, err)
	// Output:
	// spinning
	// 1 context deadline exceeded
}

// process.exit in an embedded env ends that env only and returns the code to Go;
// cleanup hooks still run, because the host process lives on.
func ExampleEnv_AddCleanupHook() {
	env, err := runtime.New(runtime.Config{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	_ = env.Do(context.Background(), func(vm *goja.Runtime) error {
		env.AddCleanupHook(func() { fmt.Println("cleanup 1") })
		env.AddCleanupHook(func() { fmt.Println("cleanup 2") })
		return nil
	})
	code, _ := env.RunString(context.Background(), "exit.js", `
		process.on('exit', (c) => console.log('exit event', c));
		process.exit(4);
	`)
	fmt.Println("exit code:", code)
	// Output:
	// exit event 4
	// cleanup 2
	// cleanup 1
	// exit code: 4
}

// A Go function doing asynchronous work calls back into JS in the async context of its
// caller, so AsyncLocalStorage stores survive the trip through Go, as they do through
// Node's own fs or crypto callbacks.
func ExampleEnv_AsyncResource() {
	fetch := runtime.Module{
		Name: "fetcher",
		Load: func(env *runtime.Env) (goja.Value, error) {
			vm := env.Runtime()
			exports := vm.NewObject()
			err := exports.Set("fetch", func(key string, cb goja.Value) {
				inScope := env.AsyncResource("FETCHREQ", nil)
				release := env.Hold() // keep the loop alive until the callback ran
				go func() {
					value := strings.ToUpper(key) // the work, off the loop goroutine
					env.Enqueue(func() {
						defer release()
						inScope(func() { env.Call(cb, goja.Undefined(), vm.ToValue(value)) })
					})
				}()
			})
			return exports, err
		},
	}
	env, err := runtime.New(runtime.Config{Stdout: os.Stdout, Modules: []runtime.Module{fetch}})
	if err != nil {
		panic(err)
	}
	_, _ = env.RunString(context.Background(), "main.js", `
		const { AsyncLocalStorage } = require('node:async_hooks');
		const { fetch } = require('fetcher');
		const requestId = new AsyncLocalStorage();
		for (const id of ['a', 'b']) {
			requestId.run(id, () => fetch('key-' + id, (v) => console.log(requestId.getStore(), v)));
		}
	`)
	// Unordered output:
	// a KEY-A
	// b KEY-B
}
