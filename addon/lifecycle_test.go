package addon

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
	"github.com/gonode/gonode/runtime"
)

// counterModule counts inits and exposes the instance id and per-instance data.
func counterModule(name string, inits *atomic.Int64) Module {
	return Module{Name: name, Init: func(inst *Instance, exports *goja.Object) (goja.Value, error) {
		inits.Add(1)
		n := 0
		if err := inst.SetData(&n, nil); err != nil {
			return nil, err
		}
		_ = exports.Set("id", inst.ID())
		_ = exports.Set("inc", func() int { p := inst.Data().(*int); *p++; return *p })
		return nil, nil
	}}
}

func TestA_E1_RequireOnceSameExports(t *testing.T) {
	testutil.CheckNoLeak(t)
	var inits atomic.Int64
	r := &rec{}
	env, _ := newEnv(t, r, envOpts{mods: []Module{counterModule("counter", &inits)}})
	code := run(t, env, `
		const a = require('counter'), a2 = require('counter'), a3 = require('node:counter');
		report(a === a2, a === a3, a.inc(), a2.inc());
	`)
	if code != 0 || r.String() != "true true 1 2" || inits.Load() != 1 {
		t.Fatalf("code %d, report %q, inits %d", code, r, inits.Load())
	}
}

func TestA_E2_MultipleLoadingIndependentInstances(t *testing.T) {
	testutil.CheckNoLeak(t)
	var inits atomic.Int64
	mods := []Module{counterModule("counter", &inits)}
	const n = 4
	var wg sync.WaitGroup
	recs := make([]*rec, n)
	for k := 0; k < n; k++ {
		recs[k] = &rec{}
		env, _ := newEnv(t, recs[k], envOpts{mods: mods})
		wg.Add(1)
		go func(k int, env *runtime.Env) {
			defer wg.Done()
			run(t, env, fmt.Sprintf(`const c = require('counter'); let v; for (let i = 0; i < %d; i++) v = c.inc(); report(c.id, v)`, 100*(k+1)))
		}(k, env)
	}
	wg.Wait()
	ids := map[string]bool{}
	for k, r := range recs {
		parts := strings.Fields(r.String())
		if len(parts) != 2 || parts[1] != fmt.Sprint(100*(k+1)) {
			t.Fatalf("env %d: %q (instances must not share data)", k, r)
		}
		ids[parts[0]] = true
	}
	if len(ids) != n || inits.Load() != n {
		t.Fatalf("ids %v inits %d, want %d distinct", ids, inits.Load(), n)
	}
}

// E3: package-level state is shared by every instance; instance data is not.
var e3Shared atomic.Int64

func TestA_E3_PackageVarsShared(t *testing.T) {
	testutil.CheckNoLeak(t)
	m := Module{Name: "shared", Init: func(inst *Instance, exports *goja.Object) (goja.Value, error) {
		return inst.Runtime().ToValue(e3Shared.Add(1)), nil
	}}
	r1, r2 := &rec{}, &rec{}
	e1, _ := newEnv(t, r1, envOpts{mods: []Module{m}})
	e2, _ := newEnv(t, r2, envOpts{mods: []Module{m}})
	base := e3Shared.Load()
	run(t, e1, `report(require('shared'))`)
	run(t, e2, `report(require('shared'))`)
	if r1.String() != fmt.Sprint(base+1) || r2.String() != fmt.Sprint(base+2) {
		t.Fatalf("got %q %q", r1, r2)
	}
}

func TestA_E4_LoadFreshNewInstance(t *testing.T) {
	testutil.CheckNoLeak(t)
	var inits atomic.Int64
	reg := NewRegistry()
	reg.MustRegister(counterModule("counter", &inits))
	r := &rec{}
	env, _ := newEnv(t, r, envOpts{mods: reg.List()})
	var checkErr error
	do(t, env, func() error {
		return env.Runtime().Set("goCheck", func() { checkErr = e4check(env, reg) })
	})
	run(t, env, `globalThis.first = require('counter'); first.inc(); first.inc(); goCheck()`)
	if checkErr != nil {
		t.Fatal(checkErr)
	}
	if inits.Load() != 2 {
		t.Fatalf("inits %d", inits.Load())
	}
}

func TestA_E5_InstanceIDsUniqueNeverReused(t *testing.T) {
	testutil.CheckNoLeak(t)
	var inits atomic.Int64
	m := counterModule("counter", &inits)
	seen := map[uint64]bool{}
	for k := 0; k < 5; k++ {
		r := &rec{}
		env, _ := newEnv(t, r, envOpts{mods: []Module{m}})
		run(t, env, `report(require('counter').id)`)
		env.Close()
		var id uint64
		fmt.Sscan(r.String(), &id)
		if id == 0 || seen[id] {
			t.Fatalf("id %d reused or zero", id)
		}
		seen[id] = true
	}
}

func TestA_E6_InitFailureNotCached(t *testing.T) {
	tests := []struct {
		name    string
		fail    func(inst *Instance) (goja.Value, error)
		message string
	}{
		{"go error", func(*Instance) (goja.Value, error) { return nil, errors.New("boom") }, "boom"},
		{"js throw", func(inst *Instance) (goja.Value, error) {
			panic(inst.Runtime().NewTypeError("bad init"))
		}, "TypeError: bad init"},
		{"go panic", func(*Instance) (goja.Value, error) { panic("oops") }, "Init panicked: oops"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			testutil.CheckNoLeak(t)
			r := &rec{}
			var calls atomic.Int64
			m := Module{Name: "flaky", Init: func(inst *Instance, exports *goja.Object) (goja.Value, error) {
				n := calls.Add(1)
				if _, err := inst.AddCleanupHook(func() { r.Add("hook of init %d", n) }); err != nil {
					return nil, err
				}
				if n == 1 {
					return tc.fail(inst)
				}
				return inst.Runtime().ToValue(n), nil
			}}
			env, _ := newEnv(t, r, envOpts{mods: []Module{m}})
			code := run(t, env, `
				try { require('flaky'); report('no throw') } catch (e) { report('threw ' + String(e && e.message || e)) }
				report('calls = ' + require('flaky'));
				report('cached = ' + require('flaky'));
			`)
			env.Close()
			got := r.Lines()
			if code != 0 || len(got) != 5 || !strings.Contains(got[0], strings.TrimPrefix(tc.message, "TypeError: ")) ||
				got[1] != "calls = 2" || got[2] != "cached = 2" || got[3] != "hook of init 2" || got[4] != "hook of init 1" {
				t.Fatalf("code %d, got %q", code, got)
			}
		})
	}
}

// E7.2: in the embedding API every ending runs cleanup hooks and finalizers; with
// FastExit (the CLI) main-thread process.exit and uncaught errors skip them (E7.1).
func TestA_E7_TeardownTriggers(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		fastExit bool
		cancel   bool
		want     string
	}{
		{"natural end", `require('m')`, false, false, "hook,data-fin"},
		{"exitCode", `require('m'); process.exitCode = 4`, false, false, "hook,data-fin"},
		{"process.exit", `require('m'); process.exit(3)`, false, false, "hook,data-fin"},
		{"uncaught", `require('m'); throw new Error('x')`, false, false, "hook,data-fin"},
		{"unhandled rejection", `require('m'); Promise.reject(new Error('x'))`, false, false, "hook,data-fin"},
		{"context cancel", `require('m'); for(;;){}`, false, true, "hook,data-fin"},
		{"fast: natural end", `require('m')`, true, false, "hook,data-fin"},
		{"fast: process.exit", `require('m'); process.exit(3)`, true, false, ""},
		{"fast: uncaught", `require('m'); throw new Error('x')`, true, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			testutil.CheckNoLeak(t)
			r := &rec{}
			m := Module{Name: "m", Init: func(inst *Instance, exports *goja.Object) (goja.Value, error) {
				if _, err := inst.AddCleanupHook(func() { r.Add("hook") }); err != nil {
					return nil, err
				}
				return nil, inst.SetData(1, func(*runtime.Env, any) { r.Add("data-fin") })
			}}
			env, _ := newEnv(t, r, envOpts{mods: []Module{m}, tweak: func(c *runtime.Config) { c.FastExit = tc.fastExit }})
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.cancel {
				time.AfterFunc(50*time.Millisecond, cancel)
			}
			env.RunString(ctx, "main.js", tc.src)
			env.Close()
			if r.String() != tc.want {
				t.Fatalf("got %q want %q", r, tc.want)
			}
		})
	}
}

// E7: Env.Close of an env that is still running (a worker's terminate() path) runs the
// hooks but not the 'exit' event.
func TestA_E7_CloseRunningEnv(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	m := Module{Name: "m", Init: func(inst *Instance, exports *goja.Object) (goja.Value, error) {
		_, err := inst.AddCleanupHook(func() { r.Add("hook") })
		return nil, err
	}}
	env, _ := newEnv(t, r, envOpts{mods: []Module{m}})
	done := make(chan struct{})
	go func() {
		defer close(done)
		run(t, env, `require('m'); process.on('exit', () => report('exit event')); setInterval(() => {}, 1000); report('running')`)
	}()
	for deadline := time.Now().Add(5 * time.Second); r.String() != "running"; {
		if time.Now().After(deadline) {
			t.Fatal("script did not start")
		}
		time.Sleep(time.Millisecond)
	}
	env.Close()
	<-done
	if r.String() != "running,hook" {
		t.Fatalf("got %q", r)
	}
}

// E8 + H3 + H6 + I5: the verified natural-exit order from the spec.
func TestA_E8_TeardownOrder(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	m := Module{Name: "m", Init: func(inst *Instance, exports *goja.Object) (goja.Value, error) {
		must := func(_ any, err error) {
			if err != nil {
				panic(err)
			}
		}
		if err := inst.SetData("d", func(*runtime.Env, any) { r.Add("instance-data-finalizer") }); err != nil {
			return nil, err
		}
		must(inst.AddCleanupHook(func() { r.Add("hook 1") }))
		must(inst.AddCleanupHook(func() { r.Add("hook 2") }))
		must(inst.AddAsyncCleanupHook(func(done func()) {
			r.Add("async-hook 3 start")
			go func() { time.Sleep(20 * time.Millisecond); r.Add("async-hook 3 done"); done() }()
		}))
		must(inst.AddCleanupHook(func() { r.Add("hook 4") }))
		must(inst.AddFinalizer(func(*runtime.Env) { r.Add("finalizer 5") }))
		must(inst.AddFinalizer(func(*runtime.Env) { r.Add("finalizer 6") }))
		must(inst.AddCleanupHook(func() { r.Add("hook 7") }))
		return nil, nil
	}}
	env, _ := newEnv(t, r, envOpts{mods: []Module{m}})
	run(t, env, `require('m'); process.on('exit', (c) => report('exit event ' + c))`)
	want := "exit event 0,hook 7,hook 4,async-hook 3 start,hook 2,hook 1,async-hook 3 done,finalizer 6,finalizer 5,instance-data-finalizer"
	if r.String() != want {
		t.Fatalf("order\n got %s\nwant %s", r, want)
	}
}

// E8 step 3: a hook added during teardown runs in a later pass; a hook removed before its
// turn does not run.
func TestA_E8_3_HooksAddedOrRemovedDuringTeardown(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	m := Module{Name: "m", Init: func(inst *Instance, exports *goja.Object) (goja.Value, error) {
		_, _ = inst.AddCleanupHook(func() { r.Add("hook 1") })
		h2, _ := inst.AddCleanupHook(func() { r.Add("hook 2") })
		_, _ = inst.AddCleanupHook(func() {
			r.Add("hook 3")
			if _, err := inst.AddCleanupHook(func() { r.Add("hook 50") }); err != nil {
				r.Add("add failed: %v", err)
			}
			r.Add("remove 2: %v", h2.Remove())
		})
		return nil, nil
	}}
	env, _ := newEnv(t, r, envOpts{mods: []Module{m}})
	run(t, env, `require('m')`)
	if want := "hook 3,remove 2: true,hook 1,hook 50"; r.String() != want {
		t.Fatalf("got %s want %s", r, want)
	}
}

// E9: during teardown JS cannot run, stored references can still be read.
func TestA_E9_CannotRunJSDuringTeardown(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	m := Module{Name: "m", Init: func(inst *Instance, exports *goja.Object) (goja.Value, error) {
		_ = exports.Set("keep", func(fn goja.Value) error {
			ref, err := NewRef(inst, fn)
			if err != nil {
				return err
			}
			_, err = inst.AddCleanupHook(func() {
				v, err := ref.Value(inst)
				r.Add("ref: %v %v", err, v != nil)
				_, err = inst.Call(v, nil)
				r.Add("call: %v", errors.Is(err, ErrCannotRunJS))
				r.Add("can run: %v", inst.CanRunJS())
			})
			if err != nil {
				return err
			}
			_, err = inst.Call(fn, nil, inst.Runtime().ToValue("now"))
			return err
		})
		return nil, nil
	}}
	env, _ := newEnv(t, r, envOpts{mods: []Module{m}})
	run(t, env, `require('m').keep((x) => report('called ' + x))`)
	if want := "called now,ref: <nil> true,call: true,can run: false"; r.String() != want {
		t.Fatalf("got %s want %s", r, want)
	}
}

// E10: one env's teardown does not wait for another's hooks.
func TestA_E10_TeardownIsPerEnv(t *testing.T) {
	testutil.CheckNoLeak(t)
	release := make(chan struct{})
	r1, r2 := &rec{}, &rec{}
	m := Module{Name: "m", Init: func(inst *Instance, exports *goja.Object) (goja.Value, error) {
		_ = exports.Set("slow", func() {
			_, _ = inst.AddAsyncCleanupHook(func(done func()) { go func() { <-release; done() }() })
		})
		return nil, nil
	}}
	e1, _ := newEnv(t, r1, envOpts{mods: []Module{m}})
	e2, _ := newEnv(t, r2, envOpts{mods: []Module{m}})
	go run(t, e1, `require('m').slow()`)
	run(t, e2, `require('m')`)
	e2.Close()
	select {
	case <-e1.Finished():
		t.Fatal("env 1 must still wait for its async hook")
	default:
	}
	close(release)
	<-e1.Finished()
}

func TestA_RegistryAndValidate(t *testing.T) {
	init := func(*Instance, *goja.Object) (goja.Value, error) { return nil, nil }
	reg := NewRegistry()
	tests := []struct {
		name string
		m    Module
		want error
	}{
		{"ok", Module{Name: "a", Init: init}, nil},
		{"dup", Module{Name: "a", Init: init}, ErrDuplicateModule},
		{"no name", Module{Init: init}, ErrInvalidArg},
		{"no init", Module{Name: "b"}, ErrInvalidArg},
	}
	for _, tc := range tests {
		if err := reg.Register(tc.m); !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
			t.Errorf("%s: got %v want %v", tc.name, err, tc.want)
		}
	}
	if l := reg.List(); len(l) != 1 || l[0].Name != "a" {
		t.Fatalf("list %v", l)
	}
	if err := Validate([]Module{{Name: "x", Init: init}, {Name: "x", Init: init}}); !errors.Is(err, ErrDuplicateModule) {
		t.Fatalf("validate dup: %v", err)
	}
	if err := Validate([]Module{{Name: "x"}}); !errors.Is(err, ErrInvalidArg) {
		t.Fatalf("validate invalid: %v", err)
	}
	if got := RuntimeModules(Module{Name: "x", Init: init}, Module{Name: "x", Init: init}); len(got) != 1 {
		t.Fatalf("dup names must collapse: %d", len(got))
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("MustRegister of a duplicate must panic")
			}
		}()
		reg.MustRegister(Module{Name: "a", Init: init})
	}()
}

// An invalid module in a RuntimeModules list makes its require throw, nothing else.
func TestA_InvalidModuleRequireThrows(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, envOpts{mods: []Module{{Name: "broken"}}})
	run(t, env, `try { require('broken') } catch (e) { report('threw', /invalid argument/.test(String(e))) }`)
	if r.String() != "threw true" {
		t.Fatalf("got %q", r)
	}
}

func e4check(env *runtime.Env, reg *Registry) error {
	v, inst, err := reg.LoadFresh(env, "counter")
	if err != nil {
		return err
	}
	fresh := v.ToObject(env.Runtime())
	first := env.Runtime().Get("first").ToObject(env.Runtime())
	orig, _ := InstanceOf(env, "counter")
	if !inst.Fresh() || orig == inst || orig.Fresh() {
		return errors.New("fresh instance must be distinct")
	}
	if fresh.Get("id").ToInteger() == first.Get("id").ToInteger() {
		return errors.New("same instance id")
	}
	if *inst.Data().(*int) != 0 || *orig.Data().(*int) != 2 {
		return fmt.Errorf("data not separate: %d %d", *inst.Data().(*int), *orig.Data().(*int))
	}
	if _, _, err := reg.LoadFresh(env, "nope"); !errors.Is(err, ErrInvalidArg) {
		return fmt.Errorf("unknown name: %v", err)
	}
	return nil
}
