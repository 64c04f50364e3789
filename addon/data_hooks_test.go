package addon

import (
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
	"github.com/gonode/gonode/runtime"
)

// moduleWith builds a module whose Init calls body.
func moduleWith(name string, body func(inst *Instance, exports *goja.Object) error) Module {
	return Module{Name: name, Init: func(inst *Instance, exports *goja.Object) (goja.Value, error) {
		return nil, body(inst, exports)
	}}
}

func TestA_I1to3_InstanceData(t *testing.T) {
	tests := []struct {
		name string
		body func(inst *Instance, r *rec) error
		want string
	}{
		{"I1 nil before SetData", func(inst *Instance, r *rec) error {
			r.Add("data %v", inst.Data())
			return nil
		}, "data <nil>"},
		{"I2 replace keeps old finalizer from running", func(inst *Instance, r *rec) error {
			_ = inst.SetData("old", func(_ *runtime.Env, v any) { r.Add("fin %v", v) })
			return inst.SetData("new", func(_ *runtime.Env, v any) { r.Add("fin %v", v) })
		}, "fin new"},
		{"I2 SwapData returns the old pair", func(inst *Instance, r *rec) error {
			_ = inst.SetData("old", func(_ *runtime.Env, v any) { r.Add("fin %v", v) })
			old, oldFin, err := inst.SwapData("new", nil)
			oldFin(inst.Env(), old)
			return err
		}, "fin old"},
		{"I3 clear", func(inst *Instance, r *rec) error {
			_ = inst.SetData("x", func(_ *runtime.Env, v any) { r.Add("fin %v", v) })
			if err := inst.SetData(nil, nil); err != nil {
				return err
			}
			r.Add("data %v", inst.Data())
			return nil
		}, "data <nil>"},
		{"I4 finalizer gets env and data once", func(inst *Instance, r *rec) error {
			return inst.SetData(7, func(env *runtime.Env, v any) { r.Add("fin %v env %v", v, env == inst.Env()) })
		}, "fin 7 env true"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			testutil.CheckNoLeak(t)
			r := &rec{}
			env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
				return tc.body(inst, r)
			})}})
			run(t, env, `require('m')`)
			env.Close()
			env.Close()
			if r.String() != tc.want {
				t.Fatalf("got %q want %q", r, tc.want)
			}
		})
	}
}

// I5: finalizers are LIFO by registration time; instance data by its latest SetData.
func TestA_I5_FinalizerOrderFollowsLatestSetData(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
		_ = inst.SetData("original", func(_ *runtime.Env, v any) { r.Add("%v", v) })
		_, _ = inst.AddFinalizer(func(*runtime.Env) { r.Add("wrap 5") })
		_ = inst.SetData("replacement", func(_ *runtime.Env, v any) { r.Add("%v", v) })
		_, _ = inst.AddFinalizer(func(*runtime.Env) { r.Add("finalizer 6") })
		f, _ := inst.AddFinalizer(func(*runtime.Env) { r.Add("removed") })
		r.Add("remove %v %v", f.Remove(), f.Remove())
		return nil
	})}})
	run(t, env, `require('m')`)
	if want := "remove true false,finalizer 6,replacement,wrap 5"; r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}

// I6: two modules in one env have independent slots.
func TestA_I6_ModulesHaveIndependentSlots(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	mk := func(name string) Module {
		return moduleWith(name, func(inst *Instance, exports *goja.Object) error {
			_ = exports.Set("get", func() any { return inst.Data() })
			return inst.SetData(name+"-data", func(_ *runtime.Env, v any) { r.Add("fin %v", v) })
		})
	}
	env, _ := newEnv(t, r, envOpts{mods: []Module{mk("a"), mk("b")}})
	run(t, env, `report(require('a').get(), require('b').get())`)
	if want := "a-data b-data,fin b-data,fin a-data"; r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}

func TestA_H1_H3_HooksLIFOAcrossModulesAndKinds(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	a := moduleWith("a", func(inst *Instance, exports *goja.Object) error {
		_ = exports.Set("add", func(n int, async bool) {
			if async {
				_, _ = inst.AddAsyncCleanupHook(func(done func()) { r.Add("a async %d", n); done() })
				return
			}
			_, _ = inst.AddCleanupHook(func() { r.Add("a %d", n) })
		})
		return nil
	})
	b := moduleWith("b", func(inst *Instance, exports *goja.Object) error {
		_ = exports.Set("add", func(n int) { _, _ = inst.AddCleanupHook(func() { r.Add("b %d", n) }) })
		return nil
	})
	env, _ := newEnv(t, r, envOpts{mods: []Module{a, b}})
	run(t, env, `const a = require('a'), b = require('b');
		a.add(1, false); b.add(2); a.add(3, true); setTimeout(() => { b.add(4); a.add(5, false) }, 1)`)
	if want := "a 5,b 4,a async 3,b 2,a 1"; r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}

func TestA_H2_H4_KeyedHooks(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	type key struct{ n int }
	env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
		hook := func(s string) func() { return func() { r.Add("%s", s) } }
		_, err := inst.AddCleanupHookKey(key{1}, hook("k1"))
		r.Add("add k1: %v", err)
		_, err = inst.AddCleanupHookKey(key{1}, hook("k1 again"))
		r.Add("dup k1: %v", errors.Is(err, ErrDuplicateHook))
		_, err = inst.AddAsyncCleanupHookKey(key{1}, func(done func()) { done() })
		r.Add("dup async k1: %v", errors.Is(err, ErrDuplicateHook))
		_, err = inst.AddCleanupHookKey(key{2}, hook("k2"))
		r.Add("add k2: %v", err)
		_, err = inst.AddCleanupHookKey([]int{1}, hook("slice"))
		r.Add("slice key: %v", errors.Is(err, ErrInvalidArg))
		_, err = inst.AddCleanupHookKey(nil, hook("nil"))
		r.Add("nil key: %v", errors.Is(err, ErrInvalidArg))
		_, err = inst.AddCleanupHook(nil)
		r.Add("nil fn: %v", errors.Is(err, ErrInvalidArg))
		r.Add("remove k2: %v, again: %v, unknown: %v", inst.RemoveCleanupHook(key{2}), inst.RemoveCleanupHook(key{2}), inst.RemoveCleanupHook(key{3}))
		_, err = inst.AddCleanupHookKey(key{2}, hook("k2 re-added"))
		r.Add("re-add k2: %v", err)
		h, _ := inst.AddCleanupHook(hook("unkeyed"))
		r.Add("remove unkeyed: %v %v", h.Remove(), h.Remove())
		// Same function twice unkeyed: two registrations, both run.
		f := hook("same fn")
		_, _ = inst.AddCleanupHook(f)
		_, _ = inst.AddCleanupHook(f)
		return nil
	})}})
	run(t, env, `require('m')`)
	want := "add k1: <nil>,dup k1: true,dup async k1: true,add k2: <nil>,slice key: true,nil key: true,nil fn: true," +
		"remove k2: true, again: false, unknown: false,re-add k2: <nil>,remove unkeyed: true false," +
		"same fn,same fn,k2 re-added,k1"
	if r.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", r, want)
	}
}

// H4: removing a hook after it ran reports false; H2: its key is free again.
func TestA_H4_RemoveAfterRun(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
		var h1 *Hook
		_, _ = inst.AddCleanupHook(func() {
			r.Add("remove ran: %v", h1.Remove())
			_, err := inst.AddCleanupHookKey("k", func() { r.Add("k again") })
			r.Add("re-add: %v", err)
		})
		h1, _ = inst.AddCleanupHookKey("k", func() { r.Add("k") })
		return nil
	})}})
	run(t, env, `require('m')`)
	if want := "k,remove ran: false,re-add: <nil>,k again"; r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}

func TestA_H5_PanickingHookReported(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, out := newEnv(t, r, envOpts{mods: []Module{moduleWith("panicky", func(inst *Instance, _ *goja.Object) error {
		_, _ = inst.AddCleanupHook(func() { r.Add("after") })
		_, _ = inst.AddAsyncCleanupHook(func(done func()) { panic("async kaboom") })
		_, _ = inst.AddCleanupHook(func() { panic("kaboom") })
		_, _ = inst.AddFinalizer(func(*runtime.Env) { panic("fin kaboom") })
		return inst.SetData(1, func(*runtime.Env, any) { r.Add("data fin") })
	})}})
	run(t, env, `require('panicky')`)
	env.Close()
	if r.String() != "after,data fin" {
		t.Fatalf("got %q", r)
	}
	for _, s := range []string{`addon "panicky"`, "cleanup hook panicked: kaboom", "async cleanup hook panicked: async kaboom", "finalizer panicked: fin kaboom"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("stderr lacks %q:\n%s", s, out)
		}
	}
}

// H6/H7: async hooks do not block the next hooks, but Close/Finished wait for done, which
// may come from another goroutine; extra done calls are no-ops; a removed async hook never
// starts.
func TestA_H6_H7_AsyncHooks(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	var doneAt atomic.Int64
	env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
		_, _ = inst.AddCleanupHook(func() { r.Add("hook 1") })
		_, _ = inst.AddAsyncCleanupHook(func(done func()) {
			r.Add("async 2 start")
			go func() {
				time.Sleep(50 * time.Millisecond)
				doneAt.Store(time.Now().UnixNano())
				done()
				done()
			}()
		})
		h, _ := inst.AddAsyncCleanupHook(func(done func()) { r.Add("removed async ran"); done() })
		r.Add("remove async: %v", h.Remove())
		return nil
	})}})
	start := time.Now()
	run(t, env, `require('m')`)
	end := time.Now()
	if r.String() != "remove async: true,async 2 start,hook 1" {
		t.Fatalf("got %q", r)
	}
	if end.Sub(start) < 50*time.Millisecond || doneAt.Load() == 0 || end.UnixNano() < doneAt.Load() {
		t.Fatalf("env finished before the async hook's done (%v)", end.Sub(start))
	}
}

// H7: removing an async hook after it started counts as its done.
func TestA_H7_RemoveStartedAsyncHookCountsAsDone(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
		var h *Hook
		_, _ = inst.AddCleanupHook(func() { r.Add("remove started: %v", h.Remove()) })
		h, _ = inst.AddAsyncCleanupHook(func(done func()) { r.Add("async start (never calls done)") })
		return nil
	})}})
	finished := make(chan struct{})
	go func() { run(t, env, `require('m')`); close(finished) }()
	select {
	case <-finished:
	case <-time.After(5 * time.Second):
		t.Fatal("teardown hangs")
	}
	if r.String() != "async start (never calls done),remove started: false" {
		t.Fatalf("got %q", r)
	}
}

func TestA_H8_Watchdog(t *testing.T) {
	testutil.CheckNoLeak(t)
	SetTeardownWatchdog(20 * time.Millisecond)
	defer SetTeardownWatchdog(0)
	r := &rec{}
	env, out := newEnv(t, r, envOpts{mods: []Module{moduleWith("slowpoke", func(inst *Instance, _ *goja.Object) error {
		_, err := inst.AddAsyncCleanupHook(func(done func()) { time.AfterFunc(80*time.Millisecond, done) })
		return err
	})}})
	run(t, env, `require('slowpoke')`)
	if !strings.Contains(out.String(), `addon "slowpoke"`) || !strings.Contains(out.String(), "has not called done") {
		t.Fatalf("no watchdog report: %q", out)
	}
}

// R3: registration methods called off the loop goroutine fail cleanly.
func TestA_R3_NotOnLoop(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	instc := make(chan *Instance, 1)
	env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
		instc <- inst
		return nil
	})}})
	go run(t, env, `require('m'); setTimeout(() => {}, 200)`)
	inst := <-instc
	var k LocalKey[int]
	errs := map[string]error{}
	errs["SetData"] = inst.SetData(1, nil)
	_, errs["AddCleanupHook"] = inst.AddCleanupHook(func() {})
	_, errs["AddFinalizer"] = inst.AddFinalizer(func(*runtime.Env) {})
	_, errs["NewRef"] = NewRef(inst, goja.Value(goja.Undefined()))
	_, errs["GetOrTryInit"] = k.GetOrTryInit(inst, func(*Instance) (int, error) { return 1, nil })
	for name, err := range errs {
		if !errors.Is(err, ErrNotOnLoop) {
			t.Errorf("%s: got %v", name, err)
		}
	}
	if inst.RemoveCleanupHook("x") {
		t.Error("RemoveCleanupHook off loop")
	}
	// GetOrInit gets no env, so it works anywhere.
	if v, err := k.GetOrInit(inst, func() int { return 5 }); v != 5 || err != nil {
		t.Errorf("GetOrInit off loop: %v %v", v, err)
	}
	env.Close()
	if err := inst.SetData(1, nil); !errors.Is(err, ErrClosed) {
		t.Errorf("SetData after close: %v", err)
	}
	if _, err := inst.AddCleanupHook(func() {}); !errors.Is(err, ErrClosed) {
		t.Errorf("AddCleanupHook after close: %v", err)
	}
	if _, err := inst.Call(goja.Undefined(), nil); !errors.Is(err, ErrCannotRunJS) {
		t.Errorf("Call after close: %v", err)
	}
}

func hookA(arg *int) { hookLog.Add("A(%d)", *arg) }
func hookB(arg *int) { hookLog.Add("B(%d)", *arg) }

var hookLog = &rec{}

// H2/H4 with N-API-style (function, argument) pairs.
func TestA_H2_HookArgPairs(t *testing.T) {
	testutil.CheckNoLeak(t)
	hookLog = &rec{}
	r := hookLog
	one, two := new(int), new(int)
	*one, *two = 1, 2
	env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
		_, err := AddCleanupHookArg(inst, hookA, one)
		r.Add("A,1: %v", err)
		_, err = AddCleanupHookArg(inst, hookA, one)
		r.Add("A,1 again: %v", errors.Is(err, ErrDuplicateHook))
		_, err = AddCleanupHookArg(inst, hookA, two)
		r.Add("A,2: %v", err)
		_, err = AddCleanupHookArg(inst, hookB, one)
		r.Add("B,1: %v", err)
		r.Add("remove A,2: %v, again: %v", RemoveCleanupHookArg(inst, hookA, two), RemoveCleanupHookArg(inst, hookA, two))
		_, err = AddCleanupHookArg[any](inst, func(any) {}, []int{1})
		r.Add("slice arg: %v", errors.Is(err, ErrInvalidArg))
		return nil
	})}})
	run(t, env, `require('m')`)
	want := "A,1: <nil>,A,1 again: true,A,2: <nil>,B,1: <nil>,remove A,2: true, again: false,slice arg: true,B(1),A(1)"
	if r.String() != want {
		t.Fatalf("got  %q\nwant %q", r, want)
	}
}
