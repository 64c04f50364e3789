// Command cleanup_hooks is node-addon-examples' cleanup-hook example (context awareness)
// as a gonode addon: Init registers four cleanup hooks, each with its own argument; when
// the env is torn down they run in reverse order of registration, printing
//
//	cleanup(4)
//	cleanup(3)
//	cleanup(2)
//	cleanup(1)
//
// Run: go run ./examples/cleanup_hooks [script.js]   (default: the embedded index.js)
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
)

//go:embed index.js
var indexJS string

// hookArg is what binding.c mallocs for each hook: the value, plus (in Go) where to print.
type hookArg struct {
	value  int
	stdout io.Writer
}

// CleanupHook is binding.c's CleanupHook(void* arg).
func CleanupHook(arg *hookArg) {
	fmt.Fprintf(arg.stdout, "cleanup(%d)\n", arg.value)
}

// Module is the addon (binding.c): napi_add_env_cleanup_hook(env, CleanupHook, value)
// for the values 1..4.
var Module = addon.Module{
	Name: "cleanup_hooks",
	Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
		for i := 1; i < 5; i++ {
			value := &hookArg{value: i, stdout: inst.Env().Config().Stdout}
			if _, err := addon.AddCleanupHookArg(inst, CleanupHook, value); err != nil {
				return nil, err
			}
		}
		return nil, nil // keep exports, like returning nullptr
	},
}

// options select how the env behaves.
type options struct {
	// fastExit gives Node's main-thread behaviour (the gonode CLI): process.exit and an
	// uncaught exception end the env without running cleanup hooks. Without it (the
	// embedding default) every ending runs them.
	fastExit bool
}

// run runs src as the main script and returns the exit code.
func run(ctx context.Context, src string, o options, stdout, stderr io.Writer) (int, error) {
	env, err := runtime.New(runtime.Config{
		Stdout:   stdout,
		Stderr:   stderr,
		Modules:  addon.RuntimeModules(Module),
		FastExit: o.fastExit,
	})
	if err != nil {
		return 1, err
	}
	defer env.Close()
	return env.RunString(ctx, "index.js", src)
}

func main() {
	src := indexJS
	if len(os.Args) > 1 {
		b, err := os.ReadFile(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		src = string(b)
	}
	code, _ := run(context.Background(), src, options{fastExit: true}, os.Stdout, os.Stderr)
	os.Exit(code)
}
