package tsfn

import (
	"context"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
	"github.com/gonode/gonode/runtime"
)

// rec collects lines from Go code and from JS (the global report()).
type rec = testutil.Recorder

// newEnv makes an env with a global report(...) that appends to r.
func newEnv(t testing.TB, r *rec, tweak func(*runtime.Config)) (*runtime.Env, *testutil.SyncBuffer) {
	t.Helper()
	out := &testutil.SyncBuffer{}
	cfg := runtime.Config{
		Stdout:  out,
		Stderr:  out,
		Environ: map[string]string{},
		Setup: []func(*runtime.Env) error{func(env *runtime.Env) error {
			return env.Runtime().Set("report", testutil.ReportFunc(r))
		}},
	}
	if tweak != nil {
		tweak(&cfg)
	}
	env, err := runtime.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	return env, out
}

// do runs fn on the loop (inside a task) and fails the test on error.
func do(t testing.TB, env *runtime.Env, fn func(vm *goja.Runtime) error) {
	t.Helper()
	if err := env.Do(context.Background(), fn); err != nil {
		t.Fatal(err)
	}
}

// js evaluates src in env's global scope and returns the completion value's function.
func jsFunc(t testing.TB, env *runtime.Env, src string) goja.Value {
	t.Helper()
	var v goja.Value
	do(t, env, func(vm *goja.Runtime) error {
		var err error
		v, err = vm.RunString(src)
		return err
	})
	return v
}

// wait runs the env's loop to completion (like the end of a script) with a timeout.
func wait(t testing.TB, env *runtime.Env) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := env.Wait(ctx)
	if ctx.Err() != nil {
		t.Fatalf("env did not finish: %v", err)
	}
	return code
}

// intArg is a Convert passing an int as the single argument.
func intArg(env *runtime.Env, v int) ([]goja.Value, error) {
	if env == nil {
		return nil, nil
	}
	return []goja.Value{env.Runtime().ToValue(v)}, nil
}
