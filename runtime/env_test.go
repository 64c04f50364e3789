package runtime

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
)

func newTestEnv(t testing.TB, cfg Config) (*Env, *testutil.SyncBuffer) {
	t.Helper()
	out := &testutil.SyncBuffer{}
	if cfg.Stdout == nil {
		cfg.Stdout = out
	}
	if cfg.Stderr == nil {
		cfg.Stderr = out
	}
	env, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	return env, out
}

func TestRunStringExitCodes(t *testing.T) {
	testutil.CheckNoLeak(t)
	tests := []struct {
		name    string
		src     string
		code    int
		wantErr func(error) bool
	}{
		{"natural end", `1 + 1`, 0, nil},
		{"exitCode", `process.exitCode = 9`, 9, nil},
		{"process.exit", `process.exit(5); for(;;){}`, 5, nil},
		{"process.exit in timer", `setTimeout(() => process.exit(6), 1); setInterval(() => {}, 1000)`, 6, nil},
		{"uncaught throw", `throw new Error('x')`, 1, func(err error) bool { var u *UncaughtError; return errors.As(err, &u) }},
		{"unhandled rejection", `Promise.reject(new Error('x'))`, 1, func(err error) bool { var u *UncaughtError; return errors.As(err, &u) }},
		{"throwing uncaughtException handler", `process.on('uncaughtException', () => { throw new Error('again') }); throw 1`, 7, nil},
		{"exit listener changes code", `process.on('exit', () => { process.exitCode = 12 })`, 12, nil},
		{"syntax error", `let x = ;`, 1, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env, _ := newTestEnv(t, Config{})
			code, err := env.RunString(context.Background(), "test.js", tc.src)
			if code != tc.code {
				t.Errorf("code = %d, want %d (err %v)", code, tc.code, err)
			}
			if tc.wantErr != nil && !tc.wantErr(err) {
				t.Errorf("unexpected err %v", err)
			}
		})
	}
}

func TestTerminateBusyLoop(t *testing.T) {
	testutil.CheckNoLeak(t)
	env, _ := newTestEnv(t, Config{})
	started := make(chan struct{})
	_ = env.Do(context.Background(), func(vm *goja.Runtime) error {
		return vm.Set("started", func() { close(started) })
	})
	done := make(chan int)
	go func() {
		code, _ := env.RunString(context.Background(), "spin.js", `started(); for (;;) {}`)
		done <- code
	}()
	<-started
	env.Terminate()
	select {
	case code := <-done:
		if code != 1 {
			t.Errorf("code = %d, want 1", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("terminate did not stop a busy loop")
	}
	if env.Enqueue(func() {}) {
		t.Error("Enqueue on a finished env reported true")
	}
	if err := env.Do(context.Background(), func(*goja.Runtime) error { return nil }); err == nil {
		t.Error("Do on a finished env returned nil")
	}
}

func TestTerminateUnblocksDone(t *testing.T) {
	testutil.CheckNoLeak(t)
	env, _ := newTestEnv(t, Config{})
	_ = env.Do(context.Background(), func(vm *goja.Runtime) error {
		return vm.Set("blockingHostCall", func() string {
			<-env.Done() // what Atomics.wait and friends must do
			return "unblocked"
		})
	})
	go func() {
		time.Sleep(20 * time.Millisecond)
		env.Terminate()
	}()
	code, err := env.RunString(context.Background(), "block.js", `blockingHostCall(); for(;;){}`)
	if code != 1 || !errors.Is(err, ErrTerminated) {
		t.Fatalf("code %d err %v", code, err)
	}
}

func TestHoldKeepsLoopAlive(t *testing.T) {
	testutil.CheckNoLeak(t)
	env, out := newTestEnv(t, Config{})
	var release func()
	_ = env.Do(context.Background(), func(*goja.Runtime) error { release = env.Hold(); return nil })
	go func() {
		time.Sleep(30 * time.Millisecond)
		env.Enqueue(func() {
			_, _ = env.Runtime().RunString(`process.stdout.write('from another goroutine\n')`)
			release()
		})
	}()
	code, err := env.RunString(context.Background(), "hold.js", `process.on('exit', () => process.stdout.write('exit\n'))`)
	if code != 0 || err != nil {
		t.Fatal(code, err)
	}
	if got := out.String(); got != "from another goroutine\nexit\n" {
		t.Fatalf("output %q", got)
	}
}

func TestHandleRefUnref(t *testing.T) {
	testutil.CheckNoLeak(t)
	env, _ := newTestEnv(t, Config{})
	var h *Handle
	_ = env.Do(context.Background(), func(*goja.Runtime) error { h = env.NewHandle(true); return nil })
	h.Unref()
	if h.HasRef() {
		t.Fatal("HasRef after Unref")
	}
	h.Ref()
	h.Ref()
	if !h.HasRef() {
		t.Fatal("!HasRef after Ref")
	}
	go func() { time.Sleep(20 * time.Millisecond); h.Close(); h.Close() }()
	code, err := env.Wait(context.Background())
	if code != 0 || err != nil {
		t.Fatal(code, err)
	}
}

func TestEnqueueFromManyGoroutinesFIFOPerProducer(t *testing.T) {
	testutil.CheckNoLeak(t)
	env, _ := newTestEnv(t, Config{})
	release := env.Hold()
	const producers, per = 4, 500
	var mu sync.Mutex
	last := make([]int, producers)
	bad := 0
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 1; i <= per; i++ {
				i := i
				env.Enqueue(func() {
					mu.Lock()
					if last[p] != i-1 {
						bad++
					}
					last[p] = i
					mu.Unlock()
				})
			}
		}(p)
	}
	wg.Wait()
	env.Enqueue(release)
	if _, err := env.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	for p, l := range last {
		if l != per {
			t.Errorf("producer %d delivered %d of %d", p, l, per)
		}
	}
	if bad != 0 {
		t.Errorf("%d tasks out of order", bad)
	}
}

// addon-semantics E8/H3/H6/H7: hooks LIFO across kinds, closers, then finalizers LIFO;
// hooks added during teardown run in a later pass; Finished waits for async hooks.
func TestTeardownOrder_E8(t *testing.T) {
	testutil.CheckNoLeak(t)
	env, out := newTestEnv(t, Config{})
	var log []string
	var mu sync.Mutex
	add := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
	_ = env.Do(context.Background(), func(*goja.Runtime) error {
		env.AddFinalizer(func() { add("finalizer 1") })
		env.AddCleanupHook(func() { add("hook 1") })
		h2 := env.AddCleanupHook(func() { add("hook 2 (removed)") })
		env.AddAsyncCleanupHook(func(done func()) {
			add("async hook 3 start")
			go func() { time.Sleep(20 * time.Millisecond); add("async hook 3 done"); done(); done() }()
		})
		env.AddCleanupHook(func() {
			add("hook 4")
			h2.Remove()
			env.AddCleanupHook(func() { add("hook 5 (later pass)") })
		})
		env.AddTeardownCloser(func() { add("closer") })
		env.AddFinalizer(func() { add("finalizer 2") })
		return nil
	})
	code, _ := env.RunString(context.Background(), "t.js", `process.on('exit', () => process.stdout.write('exit event\n'))`)
	if code != 0 {
		t.Fatal(code)
	}
	want := "hook 4,async hook 3 start,hook 1,hook 5 (later pass),async hook 3 done,closer,finalizer 2,finalizer 1"
	if got := strings.Join(log, ","); got != want {
		t.Fatalf("order\n got %s\nwant %s", got, want)
	}
	if out.String() != "exit event\n" {
		t.Fatalf("output %q", out.String())
	}
}

func TestFastExitSkipsHooks_E7(t *testing.T) {
	for _, src := range []string{`process.exit(3)`, `throw new Error('x')`} {
		env, _ := newTestEnv(t, Config{FastExit: true})
		ran := false
		_ = env.Do(context.Background(), func(*goja.Runtime) error {
			env.AddCleanupHook(func() { ran = true })
			return nil
		})
		env.RunString(context.Background(), "t.js", src)
		if ran {
			t.Errorf("%s: cleanup hook ran with FastExit", src)
		}
	}
	env, _ := newTestEnv(t, Config{FastExit: true})
	ran := false
	_ = env.Do(context.Background(), func(*goja.Runtime) error {
		env.AddCleanupHook(func() { ran = true })
		return nil
	})
	env.RunString(context.Background(), "t.js", `process.exitCode = 4`)
	if !ran {
		t.Error("natural end must run cleanup hooks even with FastExit")
	}
}

func TestEnvVarsShared(t *testing.T) {
	testutil.CheckNoLeak(t)
	shared := NewEnvVars(map[string]string{"A": "1"})
	e1, _ := newTestEnv(t, Config{EnvVars: shared})
	e2, _ := newTestEnv(t, Config{EnvVars: shared})
	ctx := context.Background()
	_ = e1.Do(ctx, func(vm *goja.Runtime) error { _, err := vm.RunString(`process.env.B = 2`); return err })
	var got string
	_ = e2.Do(ctx, func(vm *goja.Runtime) error {
		v, err := vm.RunString(`process.env.A + process.env.B + typeof process.env.B`)
		got = v.String()
		return err
	})
	if got != "12string" {
		t.Fatalf("got %q", got)
	}
}

func TestManyEnvsInParallel(t *testing.T) {
	testutil.CheckNoLeak(t)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var out bytes.Buffer
			env, err := New(Config{Stdout: &out})
			if err != nil {
				t.Error(err)
				return
			}
			code, err := env.RunString(context.Background(), "p.js", `let s = 0; for (let i = 0; i < 1e4; i++) s += i; setTimeout(() => process.stdout.write(String(s)), 1)`)
			if code != 0 || err != nil || out.String() != "49995000" {
				t.Errorf("env %d: %d %v %q", i, code, err, out.String())
			}
		}(i)
	}
	wg.Wait()
}

func TestCloseIsIdempotent(t *testing.T) {
	env, _ := newTestEnv(t, Config{})
	env.RunString(context.Background(), "x.js", `1`)
	if err := env.Close(); err != nil {
		t.Fatal(err)
	}
	if err := env.Close(); err != nil {
		t.Fatal("second Close:", err)
	}
}

// A timer started after a long synchronous stretch waits its full delay from its start
// (Node reads the clock when a timer is created). This checks a lower bound only.
func TestTimerDelayCountsFromCreation(t *testing.T) {
	env, out := newTestEnv(t, Config{})
	code, err := env.RunString(context.Background(), "t.js", `
		const spin = Date.now(); while (Date.now() - spin < 150) {}
		const start = Date.now();
		setTimeout(() => process.stdout.write(String(Date.now() - start >= 100)), 100);
	`)
	if code != 0 || err != nil || out.String() != "true" {
		t.Fatalf("code %d err %v out %q", code, err, out.String())
	}
}
