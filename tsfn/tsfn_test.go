package tsfn

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

func TestF_F1_Options(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	fn := jsFunc(t, env, `(function () {})`)
	callJS := func(*runtime.Env, goja.Value, int) error { return nil }
	tests := []struct {
		name string
		o    Options[int]
		want error
	}{
		{"ok", Options[int]{Func: fn, InitialThreads: 1}, nil},
		{"no func, CallJS", Options[int]{CallJS: callJS, InitialThreads: 1}, nil},
		{"undefined func, CallJS", Options[int]{Func: goja.Undefined(), CallJS: callJS, InitialThreads: 1}, nil},
		{"threads 0", Options[int]{Func: fn}, ErrInvalidArg},
		{"threads negative", Options[int]{Func: fn, InitialThreads: -3}, ErrInvalidArg},
		{"threads absurd", Options[int]{Func: fn, InitialThreads: MaxThreads + 1}, ErrInvalidArg},
		{"neither func nor CallJS", Options[int]{InitialThreads: 1}, ErrInvalidArg},
		{"func not callable", Options[int]{InitialThreads: 1}, ErrInvalidArg},
		{"queue negative", Options[int]{Func: fn, InitialThreads: 1, MaxQueueSize: -1}, ErrInvalidArg},
		{"queue absurd", Options[int]{Func: fn, InitialThreads: 1, MaxQueueSize: MaxQueueSizeLimit + 1}, ErrInvalidArg},
		{"queue at limit", Options[int]{Func: fn, InitialThreads: 1, MaxQueueSize: MaxQueueSizeLimit}, nil},
		{"bad strategy", Options[int]{Func: fn, InitialThreads: 1, ErrorStrategy: 7}, ErrInvalidArg},
	}
	do(t, env, func(vm *goja.Runtime) error {
		obj := vm.NewObject()
		for _, tc := range tests {
			o := tc.o
			if tc.name == "func not callable" {
				o.Func = obj
			}
			f, err := New(env, o)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Errorf("%s: got %v want %v", tc.name, err, tc.want)
			}
			if f != nil {
				f.Abort()
			}
		}
		if _, err := New[int](nil, Options[int]{Func: fn, InitialThreads: 1}); !errors.Is(err, ErrInvalidArg) {
			t.Errorf("nil env: %v", err)
		}
		return nil
	})
}

// F1: without Func the CallJS callback gets fn == nil.
func TestF_F1_CallJSWithoutFunc(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	do(t, env, func(vm *goja.Runtime) error {
		f, err := New(env, Options[string]{InitialThreads: 1, CallJS: func(env *runtime.Env, fn goja.Value, s string) error {
			r.Add("call_js %s env=%v fn=%v", s, env != nil, fn == nil)
			return nil
		}})
		if err != nil {
			return err
		}
		f.Call("a", NonBlocking)
		return f.Release()
	})
	wait(t, env)
	if r.String() != "call_js a env=true fn=true" {
		t.Fatalf("got %q", r)
	}
}

// F2: the default delivery calls Func with no arguments and undefined this.
func TestF_F2_DefaultNoArgsUndefinedThis(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	strict := jsFunc(t, env, `(function () { 'use strict'; report('strict', arguments.length, this === undefined) })`)
	sloppy := jsFunc(t, env, `(function () { report('sloppy', arguments.length, this === globalThis) })`)
	do(t, env, func(*goja.Runtime) error {
		for _, fn := range []goja.Value{strict, sloppy} {
			f, err := New(env, Options[int]{Func: fn, InitialThreads: 1})
			if err != nil {
				return err
			}
			f.Call(42, NonBlocking)
			f.Release()
		}
		return nil
	})
	wait(t, env)
	if r.String() != "strict 0 true,sloppy 0 true" {
		t.Fatalf("got %q", r)
	}
}

// F3: a new TSFN keeps the loop alive until it is finalized.
func TestF_F3_KeepsLoopAlive(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	fn := jsFunc(t, env, `(function (n) { report('got ' + n) })`)
	var f *TSFN[int]
	do(t, env, func(*goja.Runtime) (err error) {
		f, err = New(env, Options[int]{Func: fn, InitialThreads: 1, Convert: intArg, ErrorStrategy: Fatal,
			Finalize: func(*runtime.Env, any) { r.Add("finalize") }})
		return err
	})
	go func() {
		time.Sleep(100 * time.Millisecond)
		f.Call(1, Blocking)
		f.Release()
	}()
	start := time.Now()
	wait(t, env)
	if time.Since(start) < 100*time.Millisecond || r.String() != "got 1,finalize" {
		t.Fatalf("after %v: %q", time.Since(start), r)
	}
}

// F4, F9, F10, F11 as verified in Node: queue 2 → calls 3, 4 are ErrQueueFull; after an
// abort with count 2→1: call → ErrClosing, next call → ErrInvalidArg, release →
// ErrInvalidArg.
func TestF_F4_F10_StatusCodes(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	fn := jsFunc(t, env, `(function () { report('js ran') })`)
	do(t, env, func(*goja.Runtime) error {
		f, err := New(env, Options[int]{Func: fn, InitialThreads: 2, MaxQueueSize: 2,
			CallJS: func(env *runtime.Env, fn goja.Value, v int) error {
				r.Add("call_js data=%d env=%v", v, env != nil)
				return nil
			},
			Finalize: func(env *runtime.Env, ctx any) { r.Add("finalize ctx=%v", ctx) },
			Context:  "c",
		})
		if err != nil {
			return err
		}
		steps := []struct {
			name string
			err  error
			want error
		}{
			{"call 1", f.Call(1, NonBlocking), nil},
			{"call 2", f.Call(2, NonBlocking), nil},
			{"call 3", f.Call(3, NonBlocking), ErrQueueFull},
			{"call 4", f.Call(4, NonBlocking), ErrQueueFull},
			{"blocking on loop", f.Call(5, Blocking), ErrWouldDeadlock},
			{"bad mode", f.Call(5, CallMode(9)), ErrInvalidArg},
			{"abort", f.Abort(), nil},
			{"call after abort", f.Call(6, NonBlocking), ErrClosing},
			{"call with no ref left", f.Call(7, NonBlocking), ErrInvalidArg},
			{"acquire", f.Acquire(), ErrClosing},
			{"release", f.Release(), ErrInvalidArg},
			{"abort again", f.Abort(), ErrInvalidArg},
		}
		for _, s := range steps {
			if !errors.Is(s.err, s.want) || (s.want == nil) != (s.err == nil) {
				t.Errorf("%s: got %v want %v", s.name, s.err, s.want)
			}
		}
		r.Add("context %v", f.Context())
		return nil
	})
	wait(t, env)
	if want := "context c,call_js data=1 env=false,call_js data=2 env=false,finalize ctx=c"; r.String() != want {
		t.Fatalf("got %q\nwant %q", r, want)
	}
}

// F5: blocking producers wait for room and see every item delivered, in order; a
// producer blocked when the function aborts wakes with ErrClosing.
func TestF_F5_BlockingWaitsForRoom(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	fn := jsFunc(t, env, `(function (err, n) { globalThis.seen = (globalThis.seen || 0) + 1; if (n !== seen - 1) report('out of order ' + n) })`)
	var f *TSFN[int]
	do(t, env, func(*goja.Runtime) (err error) {
		f, err = New(env, Options[int]{Func: fn, InitialThreads: 1, MaxQueueSize: 1, Convert: intArg,
			Finalize: func(env *runtime.Env, _ any) { r.Add("seen %v", env.Runtime().Get("seen")) }})
		return err
	})
	go func() {
		for i := 0; i < 2000; i++ {
			if err := f.Call(i, Blocking); err != nil {
				r.Add("call %d: %v", i, err)
			}
		}
		f.Release()
	}()
	wait(t, env)
	if r.String() != "seen 2000" {
		t.Fatalf("got %q", r)
	}
}

func TestF_F5_BlockedProducerWakesOnAbort(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	var f *TSFN[int]
	// Nothing drains the queue: CallJS blocks the first delivery until the abort.
	gate := make(chan struct{})
	do(t, env, func(*goja.Runtime) (err error) {
		f, err = New(env, Options[int]{InitialThreads: 2, MaxQueueSize: 1,
			CallJS: func(env *runtime.Env, _ goja.Value, v int) error {
				if env != nil && v == 0 {
					<-gate
				}
				r.Add("item %d env=%v", v, env != nil)
				return nil
			}})
		return err
	})
	errc := make(chan error, 3)
	go func() {
		f.Call(0, Blocking) // delivered, then CallJS waits on gate
		for i := 1; i <= 3; i++ {
			if err := f.Call(i, Blocking); err != nil {
				errc <- err
				return
			}
		}
		errc <- nil
	}()
	time.Sleep(50 * time.Millisecond) // item 1 queued, item 2 blocked
	if err := f.Abort(); err != nil {
		t.Fatal(err)
	}
	if err := <-errc; !errors.Is(err, ErrClosing) {
		t.Fatalf("blocked producer got %v", err)
	}
	close(gate)
	wait(t, env)
	if want := "item 0 env=true,item 1 env=false"; r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}

// Node v26 can lose a wake-up with two blocking producers on a bounded queue
// (nodejs/node#58723); gonode wakes every waiter.
func TestF_F5_TwoBlockingProducersBoundedQueue(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	fn := jsFunc(t, env, `(function (err, v) { globalThis.count = (globalThis.count || 0) + 1; globalThis.sum = (globalThis.sum || 0) + v })`)
	const per = 20000
	var f *TSFN[int]
	do(t, env, func(*goja.Runtime) (err error) {
		f, err = New(env, Options[int]{Func: fn, InitialThreads: 2, MaxQueueSize: 4, Convert: intArg,
			Finalize: func(env *runtime.Env, _ any) {
				r.Add("%v %v", env.Runtime().Get("count"), env.Runtime().Get("sum"))
			}})
		return err
	})
	for p := 0; p < 2; p++ {
		go func() {
			for i := 0; i < per; i++ {
				f.Call(1, Blocking)
			}
			f.Release()
		}()
	}
	wait(t, env)
	if want := fmt.Sprintf("%d %d", 2*per, 2*per); r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}

// F6: delivery is asynchronous even for calls made on the loop; FIFO per producer.
func TestF_F6_AsyncFIFO(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	fn := jsFunc(t, env, `(function (err, tag, n) {
		const k = tag + 'last';
		if (globalThis[k] !== undefined && n !== globalThis[k] + 1) report('order broken for ' + tag);
		globalThis[k] = n;
		globalThis.total = (globalThis.total || 0) + 1;
		if (total === 1) report('first delivery');
	})`)
	var f *TSFN[[2]int]
	do(t, env, func(vm *goja.Runtime) (err error) {
		f, err = New(env, Options[[2]int]{Func: fn, InitialThreads: 3,
			Convert: func(env *runtime.Env, v [2]int) ([]goja.Value, error) {
				if env == nil {
					return nil, nil
				}
				return []goja.Value{vm.ToValue(fmt.Sprint("p", v[0])), vm.ToValue(v[1])}, nil
			},
			Finalize: func(env *runtime.Env, _ any) { r.Add("total %v", env.Runtime().Get("total")) }})
		if err != nil {
			return err
		}
		for i := 0; i < 3000; i++ {
			f.Call([2]int{0, i}, NonBlocking)
		}
		_, err = vm.RunString(`process.nextTick(() => report('nextTick')); Promise.resolve().then(() => report('promise')); report('after calls (sync)')`)
		f.Release()
		return err
	})
	var wg sync.WaitGroup
	for p := 1; p <= 2; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				f.Call([2]int{p, i}, Blocking)
			}
			f.Release()
		}()
	}
	wait(t, env)
	wg.Wait()
	if want := "after calls (sync),nextTick,promise,first delivery,total 9000"; r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}

// F7: an exception from the JS function goes to process 'uncaughtException' and delivery
// continues; without a listener the env ends with code 1 and the rest is discarded.
func TestF_F7_ThrowIsUncaught(t *testing.T) {
	testutil.CheckNoLeak(t)
	t.Run("listener", func(t *testing.T) {
		r := &rec{}
		env, _ := newEnv(t, r, nil)
		fn := jsFunc(t, env, `process.on('uncaughtException', (e, origin) => report('uncaught ' + e.message + ' ' + origin));
			(function (err, n) { report('call ' + n); throw new Error('boom ' + n) })`)
		do(t, env, func(*goja.Runtime) error {
			f, err := New(env, Options[int]{Func: fn, InitialThreads: 1, Convert: intArg})
			if err != nil {
				return err
			}
			f.Call(1, NonBlocking)
			f.Call(2, NonBlocking)
			return f.Release()
		})
		if code := wait(t, env); code != 0 {
			t.Fatalf("code %d", code)
		}
		if want := "call 1,uncaught boom 1 uncaughtException,call 2,uncaught boom 2 uncaughtException"; r.String() != want {
			t.Fatalf("got %q", r)
		}
	})
	t.Run("no listener", func(t *testing.T) {
		r := &rec{}
		env, out := newEnv(t, r, nil)
		fn := jsFunc(t, env, `(function (err, n) { report('call ' + n); throw new Error('boom ' + n) })`)
		do(t, env, func(*goja.Runtime) error {
			f, err := New(env, Options[int]{Func: fn, InitialThreads: 1,
				Convert: func(env *runtime.Env, n int) ([]goja.Value, error) {
					if env == nil {
						r.Add("discard %d", n)
						return nil, nil
					}
					return intArg(env, n)
				},
				Finalize: func(*runtime.Env, any) { r.Add("finalize") }})
			if err != nil {
				return err
			}
			f.Call(1, NonBlocking)
			f.Call(2, NonBlocking)
			return nil
		})
		if code := wait(t, env); code != 1 {
			t.Fatalf("code %d", code)
		}
		if want := "call 1,discard 2,finalize"; r.String() != want {
			t.Fatalf("got %q want %q", r, want)
		}
		if !strings.Contains(out.String(), "boom 1") {
			t.Fatalf("stderr %q", out)
		}
	})
}

// F8/F9: release to 0 drains then finalizes; afterwards calls are ErrInvalidArg and
// Acquire ErrClosing; a double release is ErrInvalidArg; nothing panics after
// finalization (F11).
func TestF_F8_F9_F11_ReleaseDrains(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	fn := jsFunc(t, env, `(function (err, n) { report('js ' + n) })`)
	var f *TSFN[int]
	var finals atomic.Int32
	do(t, env, func(*goja.Runtime) (err error) {
		f, err = New(env, Options[int]{Func: fn, InitialThreads: 1, Convert: intArg,
			Finalize: func(*runtime.Env, any) { finals.Add(1); r.Add("finalize") }})
		if err != nil {
			return err
		}
		f.Call(1, NonBlocking)
		f.Call(2, NonBlocking)
		if err := f.Release(); err != nil {
			return err
		}
		for name, got := range map[string]error{
			"call":    f.Call(3, NonBlocking),
			"acquire": f.Acquire(),
			"release": f.Release(),
			"abort":   f.Abort(),
		} {
			want := ErrInvalidArg
			if name == "acquire" {
				want = ErrClosing
			}
			if !errors.Is(got, want) {
				t.Errorf("%s after release to 0: %v", name, got)
			}
		}
		return nil
	})
	wait(t, env)
	if r.String() != "js 1,js 2,finalize" || finals.Load() != 1 {
		t.Fatalf("got %q", r)
	}
	// After finalization and env teardown: still no panic, same answers.
	if err := f.Call(4, Blocking); !errors.Is(err, ErrInvalidArg) {
		t.Fatalf("call after finalize: %v", err)
	}
	if err := f.Ref(env); err == nil {
		// Off the loop: must be refused.
		t.Fatal("Ref off loop accepted")
	}
}

// F12 + E8 step 4: env teardown closes live functions after cleanup hooks and before
// finalizers, handing queued items to the converter with a nil env, then Finalize.
func TestF_F12_TeardownClosesLiveFunctions(t *testing.T) {
	tests := []struct {
		name   string
		inLoop func(env *runtime.Env) // runs on the loop before any delivery
		after  func(env *runtime.Env) // runs from the test goroutine
	}{
		{"Close", nil, func(env *runtime.Env) { env.Close() }},
		{"process.exit", func(env *runtime.Env) { env.Runtime().RunString(`process.exit(2)`) }, nil},
		{"uncaught error", func(env *runtime.Env) {
			thrower, _ := env.Runtime().RunString(`(function () { throw new Error('x') })`)
			env.Call(thrower, goja.Undefined())
		}, nil},
		{"Terminate", func(env *runtime.Env) { env.Terminate() }, nil},
		{"context cancel", nil, func(env *runtime.Env) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			env.Wait(ctx)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			testutil.CheckNoLeak(t)
			r := &rec{}
			env, _ := newEnv(t, r, nil)
			fn := jsFunc(t, env, `(function () { report('js ran') })`)
			var f *TSFN[int]
			do(t, env, func(*goja.Runtime) (err error) {
				env.AddFinalizer(func() { r.Add("env finalizer") })
				f, err = New(env, Options[int]{Func: fn, InitialThreads: 1,
					CallJS: func(env *runtime.Env, fn goja.Value, v int) error {
						r.Add("call_js %d env=%v", v, env != nil)
						return nil
					},
					Finalize: func(env *runtime.Env, _ any) { r.Add("finalize can-run-js=%v", env.CanRunJS()) }})
				env.AddCleanupHook(func() { r.Add("cleanup hook") })
				return err
			})
			// Queue items while a task holds the loop; that task then ends the env, so
			// the items are never delivered.
			block := make(chan struct{})
			env.Enqueue(func() {
				<-block
				if tc.inLoop != nil {
					tc.inLoop(env)
				} else {
					env.Terminate()
				}
			})
			for i := 1; i <= 3; i++ {
				if err := f.Call(i, NonBlocking); err != nil {
					t.Fatal(err)
				}
			}
			close(block)
			if tc.after != nil {
				tc.after(env)
			} else {
				wait(t, env)
			}
			env.Close()
			want := "cleanup hook,call_js 1 env=false,call_js 2 env=false,call_js 3 env=false,finalize can-run-js=false,env finalizer"
			if r.String() != want {
				t.Fatalf("got  %q\nwant %q", r, want)
			}
			if err := f.Call(9, NonBlocking); !errors.Is(err, ErrClosing) {
				t.Fatalf("call after teardown with a reference held: %v", err)
			}
			if err := f.Call(9, Blocking); !errors.Is(err, ErrInvalidArg) {
				t.Fatalf("call after the reference was consumed: %v", err)
			}
		})
	}
}

// F13: Ref/Unref are idempotent, loop-only, and decide only whether the loop waits.
func TestF_F13_RefUnref(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	other, _ := newEnv(t, r, nil)
	fn := jsFunc(t, env, `(function () {})`)
	var weak, strong *TSFN[int]
	do(t, env, func(*goja.Runtime) (err error) {
		weak, err = New(env, Options[int]{Func: fn, InitialThreads: 1, Weak: true,
			Finalize: func(*runtime.Env, any) { r.Add("weak finalize") }})
		if err != nil {
			return err
		}
		strong, err = New(env, Options[int]{Func: fn, InitialThreads: 1,
			Finalize: func(*runtime.Env, any) { r.Add("strong finalize") }})
		if err != nil {
			return err
		}
		for _, e := range []error{strong.Unref(env), strong.Unref(env), weak.Ref(env), weak.Unref(env), weak.Unref(env)} {
			if e != nil {
				return e
			}
		}
		if !errors.Is(strong.Ref(other), ErrWrongEnv) {
			return errors.New("Ref with the wrong env accepted")
		}
		r.Add("refs %v %v", weak.HasRef(), strong.HasRef())
		return nil
	})
	if err := strong.Ref(env); !errors.Is(err, ErrNotOnLoop) {
		t.Fatalf("Ref off loop: %v", err)
	}
	start := time.Now()
	wait(t, env) // nothing keeps the loop alive
	if time.Since(start) > 2*time.Second {
		t.Fatal("unref'd functions kept the loop alive")
	}
	if want := "refs false false,weak finalize,strong finalize"; r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}

// F13: an unref'd function with queued items does not delay exit; the items reach the
// converter with a nil env at teardown (Node: unref + 3 queued items → the loop exited,
// items not run).
func TestF_F13_UnrefQueuedItemsDoNotRun(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	do(t, env, func(vm *goja.Runtime) error {
		return vm.Set("makeWeak", func(fn goja.Value) error {
			f, err := New(env, Options[int]{Func: fn, InitialThreads: 1, Weak: true,
				CallJS: func(env *runtime.Env, _ goja.Value, v int) error {
					r.Add("call_js %d env=%v", v, env != nil)
					return nil
				},
				Finalize: func(*runtime.Env, any) { r.Add("finalize") }})
			for i := 1; i <= 3; i++ {
				f.Call(i, NonBlocking)
			}
			return err
		})
	})
	code, err := env.RunString(context.Background(), "main.js", `makeWeak(() => report('js ran')); report('script end')`)
	if code != 0 {
		t.Fatalf("code %d %v", code, err)
	}
	if want := "script end,call_js 1 env=false,call_js 2 env=false,call_js 3 env=false,finalize"; r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}

// F14: error strategies, converters and converter errors.
func TestF_F14_ErrorStrategy(t *testing.T) {
	type call struct {
		v   int
		err error
	}
	conv := func(env *runtime.Env, n int) ([]goja.Value, error) {
		if env == nil {
			return nil, nil
		}
		if n < 0 {
			return nil, errors.New("negative")
		}
		return []goja.Value{env.Runtime().ToValue(n), env.Runtime().ToValue(n * 10)}, nil
	}
	tests := []struct {
		name     string
		strategy ErrorStrategy
		convert  bool
		calls    []call
		want     string
	}{
		{"callee-handled values", CalleeHandled, true, []call{{v: 1}}, "args null,1,10"},
		{"callee-handled CallError", CalleeHandled, true, []call{{err: errors.New("bad")}}, "args Error: bad"},
		{"callee-handled convert error", CalleeHandled, true, []call{{v: -1}, {v: 2}}, "args Error: negative,args null,2,20"},
		{"fatal values", Fatal, true, []call{{v: 1}}, "args 1,10"},
		{"fatal CallError", Fatal, true, []call{{err: errors.New("bad")}, {v: 3}}, "uncaught bad,args 3,30"},
		{"fatal convert error", Fatal, true, []call{{v: -1}}, "uncaught negative"},
		{"no converter: no args", CalleeHandled, false, []call{{v: 5}}, "args "},
		{"no converter: CallError", CalleeHandled, false, []call{{err: errors.New("e")}}, "args Error: e"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			testutil.CheckNoLeak(t)
			r := &rec{}
			env, _ := newEnv(t, r, nil)
			fn := jsFunc(t, env, `process.on('uncaughtException', (e) => report('uncaught ' + e.message));
				(function (...a) { report('args ' + a.map(x => x instanceof Error ? 'Error: ' + x.message : String(x)).join(',')) })`)
			do(t, env, func(*goja.Runtime) error {
				o := Options[int]{Func: fn, InitialThreads: 1, ErrorStrategy: tc.strategy}
				if tc.convert {
					o.Convert = conv
				}
				f, err := New(env, o)
				if err != nil {
					return err
				}
				for _, c := range tc.calls {
					if c.err != nil {
						err = f.CallError(c.err, NonBlocking)
					} else {
						err = f.Call(c.v, NonBlocking)
					}
					if err != nil {
						return err
					}
				}
				if !errors.Is(f.CallError(nil, NonBlocking), ErrInvalidArg) {
					return errors.New("CallError(nil) accepted")
				}
				return f.Release()
			})
			wait(t, env)
			if r.String() != tc.want {
				t.Fatalf("got %q want %q", r, tc.want)
			}
		})
	}
}

// Bad input: CallJS returning an error or panicking goes to the uncaught path; JS
// exceptions thrown as goja panics are uncaught exceptions too.
func TestF_BadCallJS(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	jsFunc(t, env, `process.on('uncaughtException', (e) => report('uncaught ' + (e && e.message)))`)
	do(t, env, func(vm *goja.Runtime) error {
		f, err := New(env, Options[int]{InitialThreads: 1, CallJS: func(env *runtime.Env, _ goja.Value, v int) error {
			if env == nil {
				return nil
			}
			switch v {
			case 1:
				return errors.New("callJS failed")
			case 2:
				panic(vm.NewTypeError("thrown"))
			case 3:
				panic("go panic")
			}
			r.Add("ok %d", v)
			return nil
		}})
		if err != nil {
			return err
		}
		for i := 1; i <= 4; i++ {
			f.Call(i, NonBlocking)
		}
		return f.Release()
	})
	wait(t, env)
	if want := "uncaught callJS failed,uncaught thrown,uncaught tsfn: Go callback panicked: go panic,ok 4"; r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}

// F15: CallWithResult and CallAsync.
func TestF_F15_Results(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	fn := jsFunc(t, env, `process.on('uncaughtException', (e) => report('uncaught ' + e.message));
		(function (err, n) { if (n === 13) throw new Error('unlucky'); return n * 2 })`)
	var f *TSFN[int]
	do(t, env, func(*goja.Runtime) (err error) {
		f, err = New(env, Options[int]{Func: fn, InitialThreads: 1, Convert: intArg})
		if err != nil {
			return err
		}
		f.CallWithResult(4, NonBlocking, func(env *runtime.Env, ret goja.Value, err error) error {
			r.Add("result %v %v", ret, err)
			return nil
		})
		f.CallWithResult(13, NonBlocking, func(env *runtime.Env, ret goja.Value, err error) error {
			r.Add("threw %v", strings.SplitN(fmt.Sprint(err), " at ", 2)[0])
			return nil
		})
		f.CallWithResult(5, NonBlocking, func(env *runtime.Env, ret goja.Value, err error) error {
			return errors.New("callback rejects " + ret.String())
		})
		_, err = CallAsync(context.Background(), f, 1, func(*runtime.Env, goja.Value) (int, error) { return 0, nil })
		r.Add("async on loop: %v", errors.Is(err, ErrWouldDeadlock))
		return nil
	})
	toInt := func(_ *runtime.Env, v goja.Value) (int, error) { return int(v.ToInteger()), nil }
	v, err := CallAsync(context.Background(), f, 21, toInt)
	r.Add("async %d %v", v, err)
	_, err = CallAsync(context.Background(), f, 13, toInt)
	var je *JSError
	r.Add("async throw %v", errors.As(err, &je) && strings.Contains(je.Message, "unlucky"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = CallAsync(ctx, f, 1, toInt)
	r.Add("cancelled %v", err)
	f.Release()
	wait(t, env)
	want := "async on loop: true,result 8 <nil>,threw Error: unlucky,uncaught callback rejects 10,async 42 <nil>,async throw true,cancelled context canceled"
	if r.String() != want {
		t.Fatalf("got  %q\nwant %q", r, want)
	}
}

// Checklist 12: 8 goroutines × 10k calls racing Env.Close: every item is delivered or
// discarded exactly once, Finalize runs once, nothing panics or hangs.
func TestF_F12_CallsRacingClose(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	const producers, per = 8, 10000
	var delivered, discarded, finals atomic.Int64
	var f *TSFN[int]
	do(t, env, func(*goja.Runtime) (err error) {
		f, err = New(env, Options[int]{InitialThreads: producers, MaxQueueSize: 64,
			CallJS: func(env *runtime.Env, _ goja.Value, v int) error {
				if env == nil {
					discarded.Add(1)
				} else {
					delivered.Add(1)
				}
				return nil
			},
			Finalize: func(*runtime.Env, any) { finals.Add(1) }})
		return err
	})
	var accepted atomic.Int64
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				mode := Blocking
				if i%2 == 1 {
					mode = NonBlocking
				}
				err := f.Call(i, mode)
				if err == nil {
					accepted.Add(1)
					continue
				}
				if errors.Is(err, ErrQueueFull) {
					continue
				}
				if !errors.Is(err, ErrClosing) {
					t.Errorf("unexpected %v", err)
				}
				return // our reference was consumed
			}
			f.Release()
		}(p)
	}
	time.Sleep(20 * time.Millisecond)
	env.Close()
	wg.Wait()
	if finals.Load() != 1 || delivered.Load()+discarded.Load() != accepted.Load() {
		t.Fatalf("finals %d, delivered %d + discarded %d != accepted %d", finals.Load(), delivered.Load(), discarded.Load(), accepted.Load())
	}
}

// With Config.FastExit (Node's main-thread process.exit) the env ends without teardown:
// producers blocked on a full queue still wake with ErrClosing, queued items still reach
// the converter with a nil env; Finalize is not called (as in Node).
func TestF_FastExitWakesBlockedProducers(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, func(c *runtime.Config) { c.FastExit = true })
	fn := jsFunc(t, env, `(function () {})`)
	var f *TSFN[int]
	var discarded atomic.Int64
	do(t, env, func(*goja.Runtime) (err error) {
		f, err = New(env, Options[int]{Func: fn, InitialThreads: 1, MaxQueueSize: 2,
			CallJS: func(env *runtime.Env, _ goja.Value, v int) error {
				if env == nil {
					discarded.Add(1)
				}
				return nil
			},
			Finalize: func(*runtime.Env, any) { r.Add("finalize") }})
		return err
	})
	// Hold the loop so the queue fills and the producer blocks, then exit fast.
	block := make(chan struct{})
	env.Enqueue(func() {
		<-block
		env.Runtime().RunString(`process.exit(3)`)
	})
	errc := make(chan error, 1)
	go func() {
		for i := 0; ; i++ {
			if err := f.Call(i, Blocking); err != nil {
				errc <- err
				return
			}
		}
	}()
	time.Sleep(30 * time.Millisecond)
	close(block)
	select {
	case err := <-errc:
		if !errors.Is(err, ErrClosing) {
			t.Fatalf("producer got %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("blocked producer never woke")
	}
	env.Close()
	if discarded.Load() != 2 || r.String() != "" {
		t.Fatalf("discarded %d, log %q", discarded.Load(), r)
	}
}
