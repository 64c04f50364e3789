package worker

import (
	"context"
	goruntime "runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testutil"
	"github.com/gonode/gonode/runtime"
)

// newEnv makes an env with worker_threads installed, writing stdout and stderr to out.
// The caller closes it.
func newEnv(t testing.TB) (*runtime.Env, *testutil.SyncBuffer) {
	t.Helper()
	out := &testutil.SyncBuffer{}
	cfg := runtime.Config{Stdout: out, Stderr: out, Dir: t.TempDir()}
	Install(&cfg)
	env, err := runtime.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return env, out
}

func run(t testing.TB, src string) (string, int) {
	t.Helper()
	env, out := newEnv(t)
	defer env.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code, err := env.RunString(ctx, "main.js", src)
	if ctx.Err() != nil {
		t.Fatalf("timed out: %v\n%s", err, out.String())
	}
	return out.String(), code
}

// Issue "worker_threads" item 6: spawning and terminating 1,000 workers returns the
// goroutine count and the heap to baseline.
func TestSpawnTerminate1000NoLeak(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 100
	}
	testutil.CheckNoLeak(t)
	goruntime.GC()
	var before goruntime.MemStats
	goruntime.ReadMemStats(&before)
	out, code := run(t, `
		const { Worker } = require('node:worker_threads');
		(async () => {
			let exits = 0;
			for (let i = 0; i < `+strconv.Itoa(n)+`; i++) {
				const w = new Worker('require("node:worker_threads").parentPort.on("message", () => {}); setInterval(() => {}, 1000)', { eval: true });
				if (i % 2) await new Promise((r) => w.once('online', r));
				const c = await w.terminate();
				if (c === 0 || c === 1) exits++;
			}
			process.stdout.write('exits ' + exits + '\n');
		})();
	`)
	if code != 0 || !strings.Contains(out, "exits "+strconv.Itoa(n)) {
		t.Fatalf("code %d, output %q", code, out)
	}
	goruntime.GC()
	var after goruntime.MemStats
	goruntime.ReadMemStats(&after)
	// Each worker env costs on the order of a megabyte while alive; 1,000 leaked envs
	// would retain hundreds of MB. Allow a little slack for caches (compiled programs).
	if grow := int64(after.HeapAlloc) - int64(before.HeapAlloc); grow > 32<<20 {
		t.Fatalf("heap grew by %d MiB after %d workers", grow>>20, n)
	}
}

// K6: a callback that throws synchronously rejects the request and releases the lock
// (Web Locks spec; Node v26.10 leaks it, and gonode deliberately does not).
func TestK6_SyncThrowReleasesLock(t *testing.T) {
	out, code := run(t, `
		const { locks } = require('node:worker_threads');
		(async () => {
			const msg = await locks.request('z', () => { throw new Error('sync'); }).catch((e) => e.message);
			const q = await locks.query();
			const again = await locks.request('z', { ifAvailable: true }, (l) => l !== null);
			process.stdout.write([msg, q.held.length, again].join() + '\n');
		})();
	`)
	if code != 0 || out != "sync,0,true\n" {
		t.Fatalf("code %d output %q", code, out)
	}
}

// S4/T1: a worker blocked in a Go host call that honours Done() (as Atomics.wait does)
// is still terminated.
func TestTerminateWhileBusy(t *testing.T) {
	out, code := run(t, `
		const { Worker } = require('node:worker_threads');
		const w = new Worker('require("node:worker_threads").parentPort.postMessage(1); while (true) {}', { eval: true });
		w.once('message', async () => process.stdout.write('code ' + await w.terminate() + '\n'));
	`)
	if code != 0 || out != "code 1\n" {
		t.Fatalf("code %d output %q", code, out)
	}
}

// Teardown (issue item 6): closing an env terminates its live workers (and theirs) and
// waits for them; no goroutine survives.
func TestCloseTerminatesChildWorkers(t *testing.T) {
	testutil.CheckNoLeak(t)
	env, out := newEnv(t)
	started := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		env.RunString(context.Background(), "main.js", `
			const { Worker } = require('node:worker_threads');
			const w = new Worker(`+"`"+`
				const { Worker, parentPort } = require('node:worker_threads');
				const nested = new Worker('setInterval(() => {}, 1000)', { eval: true });
				nested.on('online', () => parentPort.postMessage('nested online'));
				setInterval(() => {}, 1000);
			`+"`"+`, { eval: true });
			w.on('message', () => process.stdout.write('ready\n'));
		`)
	}()
	go func() {
		for !strings.Contains(out.String(), "ready") {
			time.Sleep(5 * time.Millisecond)
		}
		close(started)
	}()
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("workers did not start")
	}
	env.Close()
	<-done
}

// W9: resourceLimits.stackSizeMb is enforced as goja call depth. goja's overflow is not
// catchable by JS (unlike V8's), so it ends the worker: 'error' with Node's RangeError,
// exit 1. The same recursion fits the default 4 MB.
func TestW9_StackSizeMbEnforced(t *testing.T) {
	out, code := run(t, `
		const { Worker } = require('node:worker_threads');
		const src = 'function f(n) { return n === 0 ? 0 : 1 + f(n - 1); } f(5000);' +
			'require("node:worker_threads").parentPort.postMessage("fits");';
		const small = new Worker(src, { eval: true, resourceLimits: { stackSizeMb: 1 } });
		small.on('error', (e) => process.stdout.write('small: ' + e.name + ': ' + e.message + '\n'));
		small.on('exit', (c) => {
			process.stdout.write('small exit ' + c + '\n');
			const big = new Worker(src, { eval: true });
			big.on('message', (m) => process.stdout.write('default: ' + m + '\n'));
		});
	`)
	want := "small: RangeError: Maximum call stack size exceeded\nsmall exit 1\ndefault: fits\n"
	if code != 0 || out != want {
		t.Fatalf("code %d output %q, want %q", code, out, want)
	}
}
