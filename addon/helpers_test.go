package addon

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

type envOpts struct {
	mods  []Module
	tweak func(*runtime.Config)
}

// newEnv creates an env with the modules and a global report(x) writing to r.
func newEnv(t testing.TB, r *rec, o envOpts) (*runtime.Env, *testutil.SyncBuffer) {
	t.Helper()
	out := &testutil.SyncBuffer{}
	cfg := runtime.Config{
		Stdout:  out,
		Stderr:  out,
		Environ: map[string]string{},
		Modules: RuntimeModules(o.mods...),
		Setup: []func(*runtime.Env) error{func(env *runtime.Env) error {
			return env.Runtime().Set("report", testutil.ReportFunc(r))
		}},
	}
	if o.tweak != nil {
		o.tweak(&cfg)
	}
	env, err := runtime.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	return env, out
}

func run(t testing.TB, env *runtime.Env, src string) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, _ := env.RunString(ctx, "main.js", src)
	return code
}

// do runs fn on env's loop and fails the test on error.
func do(t testing.TB, env *runtime.Env, fn func() error) {
	t.Helper()
	if err := env.Do(context.Background(), func(*goja.Runtime) error { return fn() }); err != nil {
		t.Fatal(err)
	}
}

// fnValue makes a JS function from a Go func.
func fnValue(inst *Instance, f func(call goja.FunctionCall) goja.Value) goja.Value {
	return inst.Runtime().ToValue(f)
}
