package tsfn_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/runtime"
	"github.com/gonode/gonode/tsfn"
)

// E8: the spec's verified natural-exit order, with a live (never released) thread-safe
// function closed between the cleanup hooks and the finalizers.
func TestA_E8_FullTeardownOrderWithTSFN(t *testing.T) {
	var mu sync.Mutex
	var log []string
	add := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
	m := addon.Module{Name: "probe", Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
		if err := inst.SetData("d", func(*runtime.Env, any) { add("instance-data-finalizer") }); err != nil {
			return nil, err
		}
		inst.AddCleanupHook(func() { add("hook 1") })
		inst.AddCleanupHook(func() { add("hook 2") })
		inst.AddAsyncCleanupHook(func(done func()) {
			add("async-hook 3 start")
			time.AfterFunc(10*time.Millisecond, func() { add("async-hook 3 done"); done() })
		})
		inst.AddCleanupHook(func() { add("hook 4") })
		inst.AddFinalizer(func(*runtime.Env) { add("finalizer 5") })
		inst.AddFinalizer(func(*runtime.Env) { add("finalizer 6") })
		inst.AddCleanupHook(func() { add("hook 7") })
		_ = exports.Set("tsfn", func(fn goja.Value) error {
			f, err := tsfn.New(inst.Env(), tsfn.Options[int]{Func: fn, InitialThreads: 1, Weak: true,
				Finalize: func(*runtime.Env, any) { add("tsfn-finalize") }})
			_ = f
			return err
		})
		return nil, nil
	}}
	env, err := runtime.New(runtime.Config{
		Environ: map[string]string{},
		Modules: addon.RuntimeModules(m),
		Setup: []func(*runtime.Env) error{func(env *runtime.Env) error {
			return env.Runtime().Set("report", add)
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	env.RunString(context.Background(), "main.js", `require('probe').tsfn(() => {}); process.on('exit', (c) => report('exit event ' + c))`)
	want := "exit event 0,hook 7,hook 4,async-hook 3 start,hook 2,hook 1,async-hook 3 done,tsfn-finalize,finalizer 6,finalizer 5,instance-data-finalizer"
	if got := strings.Join(log, ","); got != want {
		t.Fatalf("order\n got %s\nwant %s", got, want)
	}
}
