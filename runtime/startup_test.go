package runtime_test

import (
	"context"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testutil"
	"github.com/gonode/gonode/runtime"
	"github.com/gonode/gonode/worker"
)

// What a worker loads to start (worker_threads, MessagePort, EventTarget, a Worker and
// its messages) must not load internal/errors or internal/validators (jslib's
// BenchmarkRequireEvents: ~200 µs and 210 KB together in a fresh runtime). They load when
// an error is made.
func TestWorkerStartLoadsNoErrorModules(t *testing.T) {
	testutil.CheckNoLeak(t)
	for _, tc := range []struct {
		name, src string
		want      bool
	}{
		{"messaging", `
			const { Worker, MessageChannel } = require('node:worker_threads');
			const { port1, port2 } = new MessageChannel();
			port1.on('message', () => port1.close());
			port2.postMessage('x');
			const w = new Worker('require("node:worker_threads").parentPort.postMessage(1)', { eval: true });
			w.on('message', () => {});`, false},
		{"an error made", `
			const { port1 } = new MessageChannel();
			try { port1.postMessage(); } catch {}
			try { port1.addEventListener('message', () => {}, 5); } catch {}
			port1.close();`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out testutil.SyncBuffer
			cfg := runtime.Config{Stdout: &out, Stderr: &out}
			worker.Install(&cfg)
			env, err := runtime.New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer env.Close()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if code, err := env.RunString(ctx, "main.js", tc.src); code != 0 || err != nil {
				t.Fatalf("exit %d %v: %s", code, err, out.String())
			}
			if !env.BuiltinLoaded("internal/event_target") {
				t.Fatal("internal/event_target not loaded: the script did not reach MessagePort")
			}
			for _, id := range []string{"internal/errors", "internal/validators"} {
				if got := env.BuiltinLoaded(id); got != tc.want {
					t.Errorf("%s loaded: %v, want %v", id, got, tc.want)
				}
			}
		})
	}
}
