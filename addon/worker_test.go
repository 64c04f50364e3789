package addon_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/internal/testutil"
	"github.com/gonode/gonode/runtime"
	"github.com/gonode/gonode/worker"
)

// logger collects the lines of report(s) from every env and of the test's hooks.
type logger = testutil.Recorder

// runWithWorkers runs src as a file with worker_threads installed and the modules, and a
// global report(s) writing to log (in every env).
func runWithWorkers(t *testing.T, log *logger, src string, mods ...addon.Module) int {
	t.Helper()
	dir := t.TempDir()
	script := filepath.Join(dir, "main.js")
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out := &testutil.SyncBuffer{}
	cfg := runtime.Config{
		Stdout: out, Stderr: out, Dir: dir, Environ: map[string]string{},
		Modules: addon.RuntimeModules(mods...),
		Setup: []func(*runtime.Env) error{func(env *runtime.Env) error {
			return env.Runtime().Set("report", testutil.ReportFunc(log))
		}},
	}
	worker.Install(&cfg)
	env, err := runtime.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, _ := env.RunFile(ctx, script)
	env.Close()
	if code != 0 {
		t.Logf("output: %s", out.String())
	}
	return code
}

// Checklist 1 (E2): main + 3 workers load one module → 4 inits, 4 distinct Data values,
// 4 finalizer calls.
func TestA_E2_MainAndThreeWorkers(t *testing.T) {
	testutil.CheckNoLeak(t)
	var inits, finals atomic.Int64
	var mu sync.Mutex
	datas := map[any]bool{}
	m := addon.Module{Name: "probe", Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
		inits.Add(1)
		d := &struct{ id uint64 }{inst.ID()}
		mu.Lock()
		datas[d] = true
		mu.Unlock()
		_ = exports.Set("thread", inst.ThreadID())
		return nil, inst.SetData(d, func(*runtime.Env, any) { finals.Add(1) })
	}}
	log := &logger{}
	code := runWithWorkers(t, log, `const { Worker, isMainThread } = require('worker_threads');
		const addon = require('probe');
		report('thread ' + addon.thread);
		if (isMainThread) for (let i = 0; i < 3; i++) new Worker(__filename);`, m)
	if code != 0 || inits.Load() != 4 || finals.Load() != 4 || len(datas) != 4 || len(log.Lines()) != 4 {
		t.Fatalf("code %d inits %d finals %d datas %d reports %q", code, inits.Load(), finals.Load(), len(datas), log)
	}
}

// Checklist 5 (H7, E8 step 6): an async cleanup hook completing 50 ms later delays the
// parent's 'exit' event and terminate()'s resolution.
func TestA_H7_AsyncHookDelaysWorkerExit(t *testing.T) {
	for _, how := range []string{"natural end", "terminate"} {
		t.Run(how, func(t *testing.T) {
			testutil.CheckNoLeak(t)
			log := &logger{}
			m := addon.Module{Name: "slow", Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
				if inst.ThreadID() == 0 {
					return nil, nil
				}
				_, err := inst.AddAsyncCleanupHook(func(done func()) {
					log.Add("worker hook start")
					time.AfterFunc(50*time.Millisecond, func() { log.Add("worker hook done"); done() })
				})
				return nil, err
			}}
			src := `const { Worker, isMainThread, parentPort } = require('worker_threads');
				require('slow');
				if (isMainThread) {
					const w = new Worker(__filename);
					w.on('exit', (c) => report('parent sees exit'));
					if (TERMINATE) w.on('message', () => w.terminate().then(() => report('terminate resolved')));
				} else if (TERMINATE) {
					parentPort.postMessage('ready'); setInterval(() => {}, 1000);
				}`
			src = strings.Replace(src, "TERMINATE", fmt.Sprint(how == "terminate"), -1)
			if code := runWithWorkers(t, log, src, m); code != 0 {
				t.Fatalf("code %d", code)
			}
			got := log.String()
			if !strings.HasPrefix(got, "worker hook start,worker hook done,") || !strings.Contains(got, "parent sees exit") {
				t.Fatalf("got %q", got)
			}
			if how == "terminate" && !strings.Contains(got, "terminate resolved") {
				t.Fatalf("got %q", got)
			}
		})
	}
}

// E7 (worker rows): every way a worker ends runs its cleanup hooks and instance-data
// finalizer; terminate() skips the worker's own 'exit' listeners.
func TestA_E7_WorkerEndings(t *testing.T) {
	tests := []struct {
		name, body string
		exitEvent  bool
	}{
		{"natural end", ``, true},
		{"process.exit", `process.exit(3)`, true},
		{"uncaught throw", `throw new Error('boom')`, true},
		{"unhandled rejection", `Promise.reject(new Error('boom'))`, true},
		{"terminate", `parentPort.postMessage('ready'); setInterval(() => {}, 1000)`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			testutil.CheckNoLeak(t)
			log := &logger{}
			m := addon.Module{Name: "hooks", Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
				if inst.ThreadID() == 0 {
					return nil, nil
				}
				if _, err := inst.AddCleanupHook(func() { log.Add("worker hook") }); err != nil {
					return nil, err
				}
				return nil, inst.SetData(1, func(*runtime.Env, any) { log.Add("worker data finalizer") })
			}}
			src := `const { Worker, isMainThread, parentPort } = require('worker_threads');
				require('hooks');
				if (isMainThread) {
					const w = new Worker(__filename);
					w.on('error', () => {});
					w.on('message', () => w.terminate());
					w.on('exit', () => report('parent sees exit'));
				} else {
					process.on('exit', () => report('worker exit event'));
					BODY
				}`
			src = strings.Replace(src, "BODY", tc.body, 1)
			if code := runWithWorkers(t, log, src, m); code != 0 {
				t.Fatalf("code %d", code)
			}
			want := "worker hook,worker data finalizer,parent sees exit"
			if tc.exitEvent {
				want = "worker exit event," + want
			}
			if log.String() != want {
				t.Fatalf("got %q want %q", log, want)
			}
		})
	}
}
