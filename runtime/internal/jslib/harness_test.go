package jslib

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// testRuntime is a minimal stand-in for gonode's runtime, enough to run scripts that
// use the builtins of this package: require of builtins, a `process` that is an
// EventEmitter (nextTick, emitWarning, cwd, env, exitCode, 'uncaughtException',
// 'unhandledRejection', 'exit'), console.log/error, timers on a virtual clock
// (time only advances when nothing else is runnable), queueMicrotask and a small
// AbortController built on EventTarget. The loop runs like Node's: after every
// callback the nextTick queue and the microtasks are drained.
type testRuntime struct {
	t        *testing.T
	vm       *goja.Runtime
	loader   *Loader
	stdout   strings.Builder
	stderr   strings.Builder
	exitCode int
	exited   bool

	rejections []*goja.Promise // rejected without handler, in order
	harness    *goja.Object
}

const harnessSource = `(function (require, stdout, stderr, die) {
  'use strict';
  // What the runtime is expected to polyfill before loading builtins.
  for (const name of ['asyncIterator', 'dispose', 'asyncDispose']) {
    if (typeof Symbol[name] !== 'symbol') {
      Object.defineProperty(Symbol, name, { value: Symbol('Symbol.' + name) });
    }
  }
  const EventEmitter = require('events');
  const errors = require('internal/errors');
  const { Event, EventTarget, CustomEvent, kTrustEvent } = require('internal/event_target');
  const format = (...args) => args.length === 0 ? '' :
    typeof args[0] === 'string' ? errors.format(...args) :
      args.map((a) => typeof a === 'string' ? a : errors.inspect(a)).join(' ');

  // --- process ---
  const ticks = [];
  const process = new EventEmitter();
  process.nextTick = function nextTick(fn, ...args) {
    if (typeof fn !== 'function') throw new errors.codes.ERR_INVALID_ARG_TYPE('callback', 'Function', fn);
    ticks.push(() => fn(...args));
  };
  process.emitWarning = function emitWarning(warning, type, code) {
    if (typeof warning === 'string') {
      const w = new Error(warning);
      w.name = type || 'Warning';
      if (code !== undefined) w.code = code;
      warning = w;
    }
    stderr('(node) ' + warning.name + ': ' + warning.message + '\n');
    process.nextTick(() => process.emit('warning', warning));
  };
  process.cwd = () => '/home/user/project';
  process.env = {};
  process.platform = 'linux';
  process.exitCode = undefined;
  globalThis.process = process;

  // --- console ---
  globalThis.console = {
    log: (...args) => stdout(format(...args) + '\n'),
    info: (...args) => stdout(format(...args) + '\n'),
    error: (...args) => stderr(format(...args) + '\n'),
    warn: (...args) => stderr(format(...args) + '\n'),
  };
  globalThis.queueMicrotask = (fn) => { Promise.resolve().then(() => fn()); };

  // --- timers on a virtual clock ---
  let now = 0;
  let seq = 0;
  let nextId = 1;
  const timers = new Set();
  let immediates = [];
  class Timeout {
    constructor(cb, after, args, repeat) {
      after *= 1;
      if (!(after >= 1 && after <= 2147483647)) after = 1;
      this._idleTimeout = after;
      this._onTimeout = cb;
      this._args = args;
      this._repeat = repeat ? after : null;
      this._destroyed = false;
      this._ref = true;
      this._id = nextId++;
      this._when = now + after;
      this._seq = seq++;
      timers.add(this);
    }
    ref() { this._ref = true; return this; }
    unref() { this._ref = false; return this; }
    hasRef() { return this._ref; }
    refresh() {
      if (!this._destroyed) { this._when = now + this._idleTimeout; this._seq = seq++; }
      return this;
    }
    close() { clearTimeout(this); return this; }
    [Symbol.toPrimitive]() { return this._id; }
  }
  class Immediate {
    constructor(cb, args) {
      this._onImmediate = cb;
      this._args = args;
      this._ref = true;
      this._destroyed = false;
      immediates.push(this);
    }
    ref() { this._ref = true; return this; }
    unref() { this._ref = false; return this; }
    hasRef() { return this._ref; }
  }
  const checkCb = (cb) => {
    if (typeof cb !== 'function') throw new errors.codes.ERR_INVALID_ARG_TYPE('callback', 'Function', cb);
  };
  globalThis.setTimeout = (cb, after, ...args) => { checkCb(cb); return new Timeout(cb, after, args, false); };
  globalThis.setInterval = (cb, after, ...args) => { checkCb(cb); return new Timeout(cb, after, args, true); };
  globalThis.setImmediate = (cb, ...args) => { checkCb(cb); return new Immediate(cb, args); };
  function clearTimeout(t) {
    if (t instanceof Timeout) { t._destroyed = true; timers.delete(t); }
  }
  globalThis.clearTimeout = clearTimeout;
  globalThis.clearInterval = clearTimeout;
  globalThis.clearImmediate = (i) => { if (i instanceof Immediate) i._destroyed = true; };

  // --- AbortController (minimal, on EventTarget) ---
  class AbortSignal extends EventTarget {
    constructor() { super(); this.aborted = false; this.reason = undefined; }
    throwIfAborted() { if (this.aborted) throw this.reason; }
  }
  class AbortController {
    constructor() { this.signal = new AbortSignal(); }
    abort(reason) {
      const s = this.signal;
      if (s.aborted) return;
      if (reason === undefined) {
        reason = new Error('This operation was aborted');
        reason.name = 'AbortError';
        reason.code = 20;
      }
      s.aborted = true;
      s.reason = reason;
      s.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
    }
  }
  globalThis.AbortController = AbortController;
  globalThis.AbortSignal = AbortSignal;
  globalThis.Event = Event;
  globalThis.EventTarget = EventTarget;
  globalThis.CustomEvent = CustomEvent;

  let phase = [];
  const alive = () => {
    for (const i of immediates) if (!i._destroyed && i._ref) return true;
    for (const t of timers) if (t._ref) return true;
    return false;
  };
  function describe(err) {
    try {
      if (err instanceof Error) return String(err.stack);
      return 'Uncaught ' + errors.inspect(err);
    } catch {
      return String(err);
    }
  }
  // An uncaught exception: 'uncaughtException' listeners or death (the current call is
  // interrupted, which also drops the pending microtasks, like Node's exit).
  function uncaught(err, origin = 'uncaughtException') {
    if (process.listenerCount('uncaughtException') > 0) {
      try {
        process.emit('uncaughtException', err, origin);
        return;
      } catch (err2) {
        err = err2;
      }
    }
    stderr(describe(err) + '\n');
    die(1);
  }
  function drainTicks() {
    while (ticks.length > 0) {
      try {
        ticks.shift()();
      } catch (err) {
        uncaught(err);
      }
    }
  }
  return {
    // Runs fn as a macrotask: then the nextTick queue (microtasks follow when the call
    // returns to Go).
    runTask(fn, thisArg, args) {
      try {
        Reflect.apply(fn, thisArg, args);
      } catch (err) {
        uncaught(err);
      }
      drainTicks();
    },
    hasTicks() { return ticks.length > 0; },
    unhandledRejection(reason, promise) {
      if (process.listenerCount('unhandledRejection') > 0) {
        process.emit('unhandledRejection', reason, promise);
        return;
      }
      uncaught(reason, 'unhandledRejection');
    },
    // Returns the next macrotask thunk, or null when the loop is done.
    next() {
      if (phase.length === 0) {
        if (!alive()) return null;
        const imms = immediates.filter((i) => !i._destroyed);
        if (imms.length === 0) {
          let min = Infinity;
          for (const t of timers) if (t._when < min) min = t._when;
          if (min > now) now = min;
        }
        const due = [...timers].filter((t) => t._when <= now).sort((a, b) => a._when - b._when || a._seq - b._seq);
        for (const t of due) {
          phase.push(() => {
            if (t._destroyed || !timers.has(t) || t._when > now) return;
            if (t._repeat !== null) { t._when = now + t._repeat; t._seq = seq++; } else { timers.delete(t); t._destroyed = true; }
            t._onTimeout(...t._args);
          });
        }
        immediates = [];
        for (const i of imms) {
          phase.push(() => {
            if (i._destroyed) return;
            i._destroyed = true;
            i._onImmediate(...i._args);
          });
        }
        if (phase.length === 0) return () => {};
      }
      return phase.shift();
    },
    exitCode() { return process.exitCode; },
    emitExit(code) {
      process.exitCode = code;
      try {
        process.emit('exit', code);
      } catch (err) {
        stderr(describe(err) + '\n');
        process.exitCode = 7;
      }
      return process.exitCode;
    },
  };
})`

func newTestRuntime(t *testing.T) *testRuntime {
	t.Helper()
	vm := goja.New()
	rt := &testRuntime{t: t, vm: vm, loader: &Loader{VM: vm}}
	vm.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		switch op {
		case goja.PromiseRejectionReject:
			rt.rejections = append(rt.rejections, p)
		case goja.PromiseRejectionHandle:
			for i, q := range rt.rejections {
				if q == p {
					rt.rejections = append(rt.rejections[:i], rt.rejections[i+1:]...)
					break
				}
			}
		}
	})
	prg, err := goja.Compile("harness", harnessSource, true)
	if err != nil {
		t.Fatal(err)
	}
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	h, err := fn(goja.Undefined(), rt.requireFunc(),
		vm.ToValue(func(s string) { rt.stdout.WriteString(s) }),
		vm.ToValue(func(s string) { rt.stderr.WriteString(s) }),
		vm.ToValue(func(code int) {
			rt.exitCode = code
			rt.exited = true
			vm.Interrupt(errDied)
		}))
	if err != nil {
		t.Fatalf("harness: %v", err)
	}
	rt.harness = h.ToObject(vm)
	return rt
}

func (rt *testRuntime) requireFunc() goja.Value {
	return rt.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		id := strings.TrimPrefix(call.Argument(0).String(), "node:")
		v, err := rt.loader.Require(id)
		if err != nil {
			var ex *goja.Exception
			if errors.As(err, &ex) {
				panic(ex.Value())
			}
			panic(rt.vm.NewGoError(err))
		}
		return v
	})
}

var errDied = errors.New("process died")

func (rt *testRuntime) call(name string, args ...goja.Value) (goja.Value, error) {
	fn, _ := goja.AssertFunction(rt.harness.Get(name))
	return fn(goja.Undefined(), args...)
}

// task runs fn as a macrotask (then nextTicks, then microtasks); false once the
// process died.
func (rt *testRuntime) task(fn goja.Value, this goja.Value, args ...goja.Value) bool {
	_, err := rt.call("runTask", fn, this, rt.vm.ToValue(args))
	if err != nil {
		var ie *goja.InterruptedError
		if !errors.As(err, &ie) {
			rt.t.Fatalf("runtime error: %v", err)
		}
		rt.vm.ClearInterrupt()
	}
	return !rt.exited
}

var noop = func(goja.FunctionCall) goja.Value { return goja.Undefined() }

// drain runs nextTicks and microtasks until both are empty and reports unhandled
// rejections like Node.
func (rt *testRuntime) drain() bool {
	for !rt.exited {
		more, _ := rt.call("hasTicks")
		if more.ToBoolean() {
			if !rt.task(rt.vm.ToValue(noop), goja.Undefined()) {
				return false
			}
			continue
		}
		if len(rt.rejections) == 0 {
			return true
		}
		p := rt.rejections[0]
		rt.rejections = rt.rejections[1:]
		if !rt.task(rt.harness.Get("unhandledRejection"), goja.Undefined(), p.Result(), rt.vm.ToValue(p)) {
			return false
		}
	}
	return false
}

// runMain runs src as a CommonJS main module and then the event loop.
func (rt *testRuntime) runMain(filename, src string) {
	if rt.runModule(filename, filepath.Dir(filename), src) {
		rt.loop()
	}
	rt.exit()
}

// runModule runs src as a CommonJS module body as a macrotask; it reports whether it
// completed without an uncaught exception.
func (rt *testRuntime) runModule(filename, dirname, src string) bool {
	wrapped := "(function (exports, require, module, __filename, __dirname) {" + src + "\n})"
	prg, err := goja.Compile(filename, wrapped, false)
	if err != nil {
		rt.t.Fatalf("compile %s: %v", filename, err)
	}
	fnv, err := rt.vm.RunProgram(prg)
	if err != nil {
		rt.t.Fatal(err)
	}
	module := rt.vm.NewObject()
	exports := rt.vm.NewObject()
	_ = module.Set("exports", exports)
	return rt.task(fnv, exports, exports, rt.requireFunc(), module, rt.vm.ToValue(filename), rt.vm.ToValue(dirname))
}

func (rt *testRuntime) loop() {
	for rt.drain() {
		next, err := rt.call("next")
		if err != nil {
			rt.t.Fatal(err)
		}
		if goja.IsNull(next) {
			return
		}
		if !rt.task(next, goja.Undefined()) {
			return
		}
	}
}

// exit emits 'exit' and settles the exit code.
func (rt *testRuntime) exit() {
	if !rt.exited {
		code, _ := rt.call("exitCode")
		if !goja.IsUndefined(code) && !goja.IsNull(code) {
			rt.exitCode = int(code.ToInteger())
		}
	}
	rt.exited = false
	code, err := rt.call("emitExit", rt.vm.ToValue(rt.exitCode))
	if err != nil {
		var ie *goja.InterruptedError
		if !errors.As(err, &ie) {
			rt.t.Fatalf("runtime error: %v", err)
		}
		rt.vm.ClearInterrupt()
		return
	}
	rt.exitCode = int(code.ToInteger())
	rt.exited = true
}

// runJS runs src (a script body with `log` = console.log) in a fresh runtime and
// returns what it printed, including lines printed later by the event loop.
func runJS(t *testing.T, src string) string {
	t.Helper()
	rt := newTestRuntime(t)
	rt.runMain("/home/user/project/test.js", "const log = console.log;\n"+src)
	out := rt.stdout.String()
	if rt.exitCode != 0 {
		out += fmt.Sprintf("[exit %d] %s", rt.exitCode, firstLine(rt.stderr.String()))
	}
	return strings.TrimRight(out, "\n")
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

type jsCase struct {
	name string
	src  string
	want string
}

func runCases(t *testing.T, cases []jsCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := runJS(t, c.src); got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
			checkWithNode(t, "", c.src, c.want)
		})
	}
}

// TestConformanceScripts runs the conformance scripts of the modules of this package
// through the test runtime and compares them with the goldens recorded from Node.
func TestConformanceScripts(t *testing.T) {
	root := filepath.Join("..", "..", "..", "tests", "conformance")
	// The scripts written for the modules of this package (others may need more of the
	// runtime than this test stand-in has).
	var scripts []string
	for _, name := range []string{
		"events/basic.js", "events/error_event.js", "events/static_helpers.js",
		"events/event_target.js", "events/unhandled_error.js", "events/event_target_uncaught.js",
		"path/posix.js", "path/win32.js", "errors/node_errors.js",
		"timers/promises.js", "timers/promises_interval.js",
	} {
		scripts = append(scripts, filepath.Join(root, filepath.FromSlash(name)))
	}
	for _, s := range scripts {
		want, err := os.ReadFile(s + ".stdout")
		if err != nil {
			continue
		}
		wantExit := "0"
		if b, err := os.ReadFile(s + ".exit"); err == nil {
			wantExit = strings.TrimSpace(string(b))
		}
		t.Run(filepath.Base(filepath.Dir(s))+"/"+filepath.Base(s), func(t *testing.T) {
			src, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			rt := newTestRuntime(t)
			abs, _ := filepath.Abs(s)
			rt.runMain(abs, string(src))
			if got := rt.stdout.String(); got != string(want) {
				t.Errorf("stdout differs\n--- got\n%s\n--- want\n%s\n--- stderr\n%s", got, want, rt.stderr.String())
			}
			if got := fmt.Sprint(rt.exitCode); got != wantExit {
				t.Errorf("exit code %s, want %s; stderr:\n%s", got, wantExit, rt.stderr.String())
			}
		})
	}
}

// nodeCheckSkip lists the cases (by test name prefix) whose expectations are not Node's
// output by design, and why.
var nodeCheckSkip = map[string]string{
	"TestModule/builtins":                                 "Node run with --expose-internals lists its internal modules",
	"TestFSBinding/relative_paths_use_the_env_cwd":        "gonode: process.chdir changes the env's cwd only",
	"TestFSBinding/async_completions_in_submission_order": "gonode: one queue per env completes in order; Node's threadpool does not promise it",
	"TestChildProcess/fork_without_a_gonode_execPath":     "gonode: fork needs a gonode execPath in an embedded env",
	"TestChildProcessIPCParent/fork_needs_a_gonode":       "gonode: fork needs a gonode execPath in an embedded env",
	"TestChildProcessIPCParent/spawn_with_ipc_stdio":      "Node emits 'exit' and 'disconnect' in either order",
}

// checkWithNode, when GONODE_REF_NODE names a reference Node binary, runs src as Node
// would and fails t if Node's stdout or exit code differs from want: the expectations
// written inline in this package's tests must be Node's output (re-check them with
// GONODE_REF_NODE=$(../shared/tools/ref-node.sh) go test ./runtime/internal/jslib). After
// "[exit N]" only the code is compared: the harness keeps the first line of its own
// stderr there, which is not Node's.
func checkWithNode(t *testing.T, dir, src, want string) {
	t.Helper()
	node := os.Getenv("GONODE_REF_NODE")
	if node == "" {
		return
	}
	for prefix, why := range nodeCheckSkip {
		if strings.HasPrefix(t.Name(), prefix) {
			t.Logf("not compared with Node: %s", why)
			return
		}
	}
	if dir == "" || dir == "/" {
		dir = t.TempDir()
	}
	script := filepath.Join(dir, "test.js")
	if _, err := os.Stat(script); err == nil {
		dir = t.TempDir()
		script = filepath.Join(dir, "test.js")
	}
	if err := os.WriteFile(script, []byte("const log = console.log;\n"+src), 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(script)
	// --expose-internals: some cases require internal modules, whose ids mostly follow Node's.
	cmd := exec.Command(node, "--expose-internals", "--no-warnings", script)
	cmd.Dir = dir
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "LANG=C.UTF-8"}
	out, _ := cmd.Output()
	got := strings.TrimRight(string(out), "\n")
	if code := cmd.ProcessState.ExitCode(); code != 0 {
		got += fmt.Sprintf("[exit %d]", code)
	}
	if i := strings.Index(want, "[exit "); i >= 0 {
		if j := strings.Index(want[i:], "]"); j >= 0 {
			want = want[:i+j+1]
		}
	}
	if got != want {
		t.Errorf("Node disagrees with the expected output:\nnode:\n%s\nwant:\n%s", got, want)
	}
}
