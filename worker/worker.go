// Package worker is gonode's `worker_threads` module: a Worker is a new env (its own
// goja.Runtime on its own goroutine), isolated from its parent except through cloned
// messages, ports and shared memory.
//
// Install adds the module to a runtime.Config; every env created from that config — the
// main thread and, recursively, every worker — can then require('node:worker_threads').
// A worker's env is configured from its parent's (same Go modules and setup functions,
// so addons are instantiated once per env), with its own argv, env vars, name and limits.
//
// Goroutines: each worker runs one goroutine driving runtime.Env.RunMain plus the env's
// loop goroutine. The parent learns of 'online', errors and exit through tasks enqueued on
// its own loop. All exported functions say where they may be called.
package worker

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/jsmodule"
	"github.com/gonode/gonode/messageport"
	"github.com/gonode/gonode/runtime"
)

//go:embed worker.js
var workerSource string

//go:embed locks.js
var locksSource string

var locksModule = jsmodule.New("node:internal/locks", "binding, errors", locksSource)

var workerModule = jsmodule.New("node:worker_threads", "binding, EventEmitter, errors, ports", workerSource)

// Install registers worker_threads (and the messaging globals) in cfg. Call it on the
// goroutine building the configuration, before runtime.New.
func Install(cfg *runtime.Config) {
	messageport.Install(cfg)
	cfg.Modules = append(cfg.Modules, runtime.Module{Name: "worker_threads", Load: load})
}

func init() { runtime.HooksThread = startHooksThread }

// startHooksThread runs filename on an internal thread, as Node's module-customization
// hooks thread loads a module given to module.register: it takes the next thread id,
// sees isInternalThread === true, and its output goes to the parent's streams. The
// parent stays alive until the module has run. Resolve/load hooks it exports are not
// applied to the parent's imports (gonode has no hook chain); that is reported on stderr.
// It blocks the parent's loop until the module has been evaluated.
func startHooksThread(parent *runtime.Env, filename string) error {
	id := int(nextThreadID.Add(1))
	w := &workerState{id: id, parent: parent, handle: parent.NewHandle(true)}
	ti := &threadInfo{internal: true, name: "hooks", w: w,
		resourceLimits: limitsInEffect(nil)}
	cfg := childConfig(parent, id, ti, &spawnOptions{Filename: filename})
	loaded := make(chan struct{})
	go func() {
		defer parent.Enqueue(w.handle.Close)
		defer close(loaded)
		env, err := runtime.New(cfg)
		if err != nil {
			fmt.Fprintf(cfg.Stderr, "gonode: hooks thread: %v\n", err)
			return
		}
		code := fmt.Sprintf("import(%q).then((ns) => { const hooks = ['resolve', 'load'].filter((k) => typeof ns[k] === 'function');"+
			" if (hooks.length) process.stderr.write('gonode: module customization hooks (' + hooks.join(', ') + ') of ' + %q + ' are not applied: gonode loads the module but has no hook chain\\n'); })",
			"file://"+filename, filename)
		_, _ = env.RunMain(context.Background(), runtime.Main{Filename: "[hooks]", Source: &code})
		env.Close()
	}()
	// Like Node's register(), return once the hooks thread has loaded the module (Node
	// waits synchronously for the hooks thread's answer).
	select {
	case <-loaded:
	case <-parent.Done():
	}
	return nil
}

// nextThreadID numbers workers process-wide from 1; main threads are 0 (T4).
var nextThreadID atomic.Int64

// threads maps live thread ids to their envs for postMessageToThread.
var threads sync.Map // int -> *runtime.Env

// threadInfo is what a worker env knows about itself (Config.Data).
type threadInfo struct {
	internal       bool // Node's module-customization hooks thread
	name           string
	parentPort     *messageport.PortData
	workerData     *messageport.Message
	envData        *messageport.Message
	resourceLimits map[string]float64
	w              *workerState // the parent's record of this worker
}

// workerState is shared by the parent env and the worker's goroutines.
type workerState struct {
	id       int
	parent   *runtime.Env
	obj      *goja.Object // parent's Worker object (parent loop only)
	handle   *runtime.Handle
	mu       sync.Mutex
	child    *runtime.Env
	started  bool // the worker began running JS
	stopReq  bool // terminate() was called
	exited   bool
	errMsg   *messageport.Message // serialized uncaught error, if any
	stdout   *forwardWriter
	stderr   *forwardWriter
	gate     chan struct{} // closed when the worker may start running JS
	stdin    *stdinPipe    // the worker's process.stdin when spawned with stdin: true
	done     chan struct{} // closed when the worker's goroutine has finished
	errPlain bool          // errMsg holds a thrown non-Error value
}

type moduleState struct {
	env      *runtime.Env
	ports    *messageport.Ports
	exports  *goja.Object
	envData  goja.Value // the env's Map of environment data
	onOnline goja.Value
	onExit   goja.Value
	onStdio  goja.Value
	childMu  sync.Mutex
	children map[*workerState]struct{}
	onError  goja.Value
}

type moduleKey struct{}

// addChild tracks a worker of this env; when the env ends, its live workers are
// terminated and its teardown waits for them (a worker never outlives its parent).
func (ms *moduleState) addChild(w *workerState) {
	ms.childMu.Lock()
	defer ms.childMu.Unlock()
	if ms.children == nil {
		ms.children = map[*workerState]struct{}{}
		ms.env.AddAsyncCleanupHook(func(done func()) {
			ms.childMu.Lock()
			var live []*workerState
			for c := range ms.children {
				live = append(live, c)
			}
			ms.childMu.Unlock()
			for _, c := range live {
				c.stop()
			}
			go func() {
				for _, c := range live {
					<-c.done
				}
				done()
			}()
		})
	}
	ms.children[w] = struct{}{}
	go func() {
		<-w.done
		ms.childMu.Lock()
		delete(ms.children, w)
		ms.childMu.Unlock()
	}()
}

func stateOf(env *runtime.Env) *moduleState {
	s, _ := env.Local(moduleKey{}).(*moduleState)
	return s
}

func info(env *runtime.Env) *threadInfo {
	ti, _ := env.Config().Data.(*threadInfo)
	return ti
}

func load(env *runtime.Env) (goja.Value, error) {
	vm := env.Runtime()
	ports, err := messageport.For(env)
	if err != nil {
		return nil, err
	}
	ms := &moduleState{env: env, ports: ports}
	env.SetLocal(moduleKey{}, ms)
	if env.ThreadID() != 0 {
		threads.Store(env.ThreadID(), env)
		env.AddCleanupHook(func() { threads.Delete(env.ThreadID()) })
	}
	events, err := env.Require("events")
	if err != nil {
		return nil, err
	}
	errs, err := env.Require("internal/errors_lazy") // internal/errors loads when an error is made
	if err != nil {
		return nil, err
	}
	if ms.exports, err = workerModule.Run(vm, ms.binding(), events, errs, ports.Exports()); err != nil {
		return nil, err
	}
	internals := ms.exports.Get("__internals").ToObject(vm)
	ms.onOnline = internals.Get("onOnline")
	ms.onExit = internals.Get("onExit")
	ms.onStdio = internals.Get("onStdio")
	ms.onError = internals.Get("onError")
	ms.envData = internals.Get("environmentData")
	_ = ms.exports.Delete("__internals")
	exports := ms.exports
	getter := runtime.NewFunction(vm, "get locks", 0, func(goja.FunctionCall) goja.Value {
		v, err := loadLocks(env)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		_ = exports.DefineDataProperty("locks", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		return v
	})
	_ = exports.DefineAccessorProperty("locks", getter, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return ms.exports, nil
}

func loadLocks(env *runtime.Env) (goja.Value, error) {
	errs, err := env.Require("internal/errors")
	if err != nil {
		return nil, err
	}
	exports, err := locksModule.Run(env.Runtime(), locksBinding(env), errs)
	if err != nil {
		return nil, err
	}
	return exports.Get("locks"), nil
}

func (ms *moduleState) binding() *goja.Object {
	env := ms.env
	vm := env.Runtime()
	b := vm.NewObject()
	ti := info(env)
	set := func(name string, v any) { _ = b.Set(name, v) }
	set("threadId", env.ThreadID())
	set("isMainThread", env.ThreadID() == 0)
	set("isInternalThread", ti != nil && ti.internal)
	if ti != nil {
		set("threadName", ti.name)
		set("resourceLimits", limitsObject(vm, ti.resourceLimits))
	} else {
		set("threadName", "")
		set("resourceLimits", vm.NewObject())
	}
	set("parentPort", func(goja.FunctionCall) goja.Value {
		if ti == nil || ti.parentPort == nil {
			return goja.Null()
		}
		return ms.ports.NewPort(ti.parentPort)
	})
	set("workerData", func(goja.FunctionCall) goja.Value {
		if ti == nil {
			return goja.Null()
		}
		if ti.workerData == nil {
			return goja.Undefined()
		}
		v, err := ms.ports.Deserialize(ti.workerData)
		if err != nil {
			panic(ms.ports.ErrorValue(err))
		}
		return v
	})
	set("environmentData", func(goja.FunctionCall) goja.Value {
		if ti == nil || ti.envData == nil {
			return goja.Undefined()
		}
		v, err := ms.ports.Deserialize(ti.envData)
		if err != nil {
			panic(ms.ports.ErrorValue(err))
		}
		return v
	})
	set("spawn", ms.spawn)
	// loopTiming(handle) -> [idle ms, active ms] of the worker's loop since it started, or
	// undefined before it started and after it exited (Node then reports zeros).
	set("loopTiming", func(c goja.FunctionCall) goja.Value {
		w, _ := c.Argument(0).Export().(*workerState)
		if w == nil {
			return goja.Undefined()
		}
		w.mu.Lock()
		child, exited := w.child, w.exited
		w.mu.Unlock()
		if child == nil || exited {
			return goja.Undefined()
		}
		start, idle := child.LoopTiming()
		if start.IsZero() {
			return goja.Undefined()
		}
		active := time.Since(start) - idle
		return vm.NewArray(float64(idle.Nanoseconds())/1e6, float64(active.Nanoseconds())/1e6)
	})
	set("terminate", func(c goja.FunctionCall) goja.Value {
		w, _ := c.Argument(0).Export().(*workerState)
		if w == nil {
			return vm.ToValue(false)
		}
		w.mu.Lock()
		exited := w.exited
		w.mu.Unlock()
		if exited {
			return vm.ToValue(false)
		}
		w.stop()
		return vm.ToValue(true)
	})
	set("ref", func(c goja.FunctionCall) goja.Value {
		w, _ := c.Argument(0).Export().(*workerState)
		if w != nil {
			if c.Argument(1).ToBoolean() {
				w.handle.Ref()
			} else {
				w.handle.Unref()
			}
		}
		return goja.Undefined()
	})
	set("markAsUntransferable", runtime.NewFunction(vm, "markAsUntransferable", 1, func(c goja.FunctionCall) goja.Value {
		messageport.MarkUntransferable(vm, c.Argument(0))
		return goja.Undefined()
	}))
	set("isMarkedAsUntransferable", runtime.NewFunction(vm, "isMarkedAsUntransferable", 1, func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(messageport.IsMarkedUntransferable(vm, c.Argument(0)))
	}))
	set("markAsUncloneable", runtime.NewFunction(vm, "markAsUncloneable", 1, func(c goja.FunctionCall) goja.Value {
		messageport.MarkUncloneable(vm, c.Argument(0))
		return goja.Undefined()
	}))
	set("postMessageToThread", ms.postMessageToThread)
	set("receive", func(c goja.FunctionCall) goja.Value { return ms.ports.Receive(c.Argument(0)) })
	set("stdinWrite", func(c goja.FunctionCall) goja.Value {
		if w, _ := c.Argument(0).Export().(*workerState); w != nil && w.stdin != nil {
			if b, ok := c.Argument(1).Export().([]byte); ok {
				w.stdin.write(b)
			} else {
				w.stdin.write([]byte(c.Argument(1).String()))
			}
		}
		return goja.Undefined()
	})
	set("stdinEnd", func(c goja.FunctionCall) goja.Value {
		if w, _ := c.Argument(0).Export().(*workerState); w != nil && w.stdin != nil {
			w.stdin.close()
		}
		return goja.Undefined()
	})
	set("tee", func(c goja.FunctionCall) goja.Value {
		if w, _ := c.Argument(0).Export().(*workerState); w != nil {
			fw := w.stdout
			if c.Argument(1).String() == "stderr" {
				fw = w.stderr
			}
			if fw != nil {
				fw.tee.Store(true)
			}
		}
		return goja.Undefined()
	})
	set("requireBuiltin", func(c goja.FunctionCall) goja.Value {
		v, err := env.Require(c.Argument(0).String())
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	})
	set("forward", func(c goja.FunctionCall) goja.Value {
		ms.ports.SetHandler(c.Argument(0), c.Argument(1), c.Argument(2), c.Argument(3))
		return goja.Undefined()
	})
	return b
}

// spawnOptions mirrors the object worker.js passes to spawn after validation.
type spawnOptions struct {
	Filename       string
	Eval           bool
	Argv           []string
	Env            map[string]string
	ShareEnv       bool
	ExecArgv       []string
	HasExecArgv    bool
	Name           string
	ResourceLimits map[string]float64
	Stdout, Stderr bool
	Stdin          bool
}

// spawn(workerObj, opts, workerData, transferList) -> handle
func (ms *moduleState) spawn(c goja.FunctionCall) goja.Value {
	env := ms.env
	vm := env.Runtime()
	obj := c.Argument(0).ToObject(vm)
	o := c.Argument(1).ToObject(vm)
	var opts spawnOptions
	opts.Filename = o.Get("filename").String()
	opts.Eval = o.Get("eval").ToBoolean()
	_ = vm.ExportTo(o.Get("argv"), &opts.Argv)
	if ev := o.Get("env"); ev != nil && !goja.IsUndefined(ev) && !goja.IsNull(ev) {
		opts.Env = map[string]string{}
		eo := ev.ToObject(vm)
		for _, k := range eo.Keys() {
			opts.Env[k] = eo.Get(k).String()
		}
	}
	opts.ShareEnv = o.Get("shareEnv").ToBoolean()
	if ea := o.Get("execArgv"); ea != nil && !goja.IsUndefined(ea) {
		opts.HasExecArgv = true
		_ = vm.ExportTo(ea, &opts.ExecArgv)
	}
	opts.Name = o.Get("name").String()
	if rl := o.Get("resourceLimits"); rl != nil && !goja.IsUndefined(rl) {
		opts.ResourceLimits = map[string]float64{}
		ro := rl.ToObject(vm)
		for _, k := range ro.Keys() {
			opts.ResourceLimits[k] = ro.Get(k).ToFloat()
		}
	}
	opts.Stdout = o.Get("stdout").ToBoolean()
	opts.Stdin = o.Get("stdin").ToBoolean()
	opts.Stderr = o.Get("stderr").ToBoolean()

	var workerData *messageport.Message
	if wd := c.Argument(2); !goja.IsUndefined(wd) {
		msg, err := ms.ports.Serialize(wd, ms.ports.TransferList(c.Argument(3)))
		if err != nil {
			panic(ms.ports.ErrorValue(err))
		}
		workerData = msg
	}
	// D2: a clone of this thread's environment data as of now.
	envDataMsg, err := ms.ports.Serialize(ms.envData, nil)
	if err != nil {
		if workerData != nil {
			workerData.Discard()
		}
		panic(ms.ports.ErrorValue(err))
	}

	id := int(nextThreadID.Add(1))
	parentSide, childSide := messageport.NewChannel()
	w := &workerState{id: id, parent: env, obj: obj, handle: env.NewHandle(true)}
	// W9: the parent sees the requested limits (-1 unset); inside, the worker sees the
	// limits in effect. goja has no heap limits: unset heap values report V8's 64-bit
	// defaults as nominal values (documented in the README); stackSizeMb is enforced.
	limits := map[string]float64{"maxYoungGenerationSizeMb": -1, "maxOldGenerationSizeMb": -1, "codeRangeSizeMb": -1, "stackSizeMb": 4}
	for k, v := range opts.ResourceLimits {
		limits[k] = v
	}
	inside := limitsInEffect(opts.ResourceLimits)
	ti := &threadInfo{
		name:           opts.Name,
		parentPort:     childSide,
		workerData:     workerData,
		envData:        envDataMsg,
		resourceLimits: inside,
		w:              w,
	}
	cfg := childConfig(env, id, ti, &opts)
	// The worker's env boots in parallel, but runs JS only once the parent's current
	// macrotask is over or gateDelay has passed, whichever is first: a worker then
	// practically never starts inside the tick that created it (Node's take ~10 ms to
	// boot), so terminate() there finds it unstarted (T1: exit code 0), while a parent
	// that blocks synchronously (Atomics.wait in the main script) cannot stall it.
	w.gate = make(chan struct{})
	w.done = make(chan struct{})
	ms.addChild(w)
	var gateOnce sync.Once
	open := func() { gateOnce.Do(func() { close(w.gate) }) }
	time.AfterFunc(gateDelay, open)
	// Weak: opening the gate must not keep the creator alive (an unref'd worker must not
	// delay its parent's exit, T3); if the parent ends first, run() sees Done().
	if !env.EnqueueWeak(open) {
		open()
	}
	go w.run(cfg, &opts)
	res := vm.NewObject()
	_ = res.Set("handle", w)
	_ = res.Set("threadId", id)
	_ = res.Set("port", ms.ports.NewPort(parentSide))
	_ = res.Set("resourceLimits", limitsObject(vm, limits))
	return res
}

// limitsInEffect is what a worker sees as its resourceLimits: the requested values over
// V8's 64-bit defaults (reported as nominal values: goja enforces only the stack).
func limitsInEffect(requested map[string]float64) map[string]float64 {
	m := map[string]float64{"maxYoungGenerationSizeMb": 96, "maxOldGenerationSizeMb": 4096, "codeRangeSizeMb": 0, "stackSizeMb": 4}
	for k, v := range requested {
		m[k] = v
	}
	return m
}

var limitNames = []string{"maxYoungGenerationSizeMb", "maxOldGenerationSizeMb", "codeRangeSizeMb", "stackSizeMb"}

// limitsObject builds a resourceLimits object with Node's key order.
func limitsObject(vm *goja.Runtime, m map[string]float64) *goja.Object {
	o := vm.NewObject()
	for _, k := range limitNames {
		if v, ok := m[k]; ok {
			_ = o.Set(k, v)
		}
	}
	return o
}

// gateDelay bounds how long a new worker waits for its creator's task to finish.
const gateDelay = 2 * time.Millisecond

// stackFramesPerMb converts resourceLimits.stackSizeMb into goja call depth: Node's
// default 4 MB stack holds roughly 10,000 small frames.
const stackFramesPerMb = 2500

func childConfig(parent *runtime.Env, id int, ti *threadInfo, opts *spawnOptions) runtime.Config {
	pc := parent.Config()
	var stdin io.Reader = emptyReader{}
	if opts.Stdin {
		ti.w.stdin = newStdinPipe()
		stdin = ti.w.stdin
	}
	cfg := runtime.Config{
		Stdin:      stdin,
		ExecPath:   pc.ExecPath,
		ExecArgv:   pc.ExecArgv,
		Dir:        pc.Dir,
		Modules:    pc.Modules,
		Setup:      pc.Setup,
		ThreadID:   id,
		ExposeGC:   pc.ExposeGC,
		NoWarnings: pc.NoWarnings,
		Data:       ti,
	}
	if opts.HasExecArgv {
		cfg.ExecArgv = opts.ExecArgv
	}
	ti.w.stdout = &forwardWriter{parent: parent, dst: pc.Stdout, w: ti.w, stream: "stdout", capture: opts.Stdout}
	ti.w.stderr = &forwardWriter{parent: parent, dst: pc.Stderr, w: ti.w, stream: "stderr", capture: opts.Stderr}
	cfg.Stdout, cfg.Stderr = ti.w.stdout, ti.w.stderr
	switch {
	case opts.ShareEnv:
		cfg.EnvVars = pc.EnvVars
	case opts.Env != nil:
		cfg.EnvVars = runtime.NewEnvVars(opts.Env)
	default:
		cfg.EnvVars = runtime.NewEnvVars(pc.EnvVars.Snapshot())
	}
	script := opts.Filename
	if opts.Eval {
		script = "[worker eval]"
	}
	cfg.Argv = append([]string{script}, opts.Argv...)
	if mb := ti.resourceLimits["stackSizeMb"]; mb > 0 {
		cfg.MaxCallStackSize = int(mb * stackFramesPerMb)
	}
	cfg.OnUncaught = func(env *runtime.Env, errVal goja.Value) {
		ti.w.recordError(env, errVal)
	}
	return cfg
}

type emptyReader struct{}

func (emptyReader) Read([]byte) (int, error) { return 0, io.EOF }

// run drives the worker env on its own goroutine until it ends, then reports to the parent.
func isClosed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// stop terminates the worker (any goroutine) without waiting.
func (w *workerState) stop() {
	w.mu.Lock()
	w.stopReq = true
	child := w.child
	w.mu.Unlock()
	if child != nil {
		child.Terminate()
	}
}

func (w *workerState) run(cfg runtime.Config, opts *spawnOptions) {
	code := 0
	defer close(w.done)
	defer func() { w.finish(code) }()
	env, err := runtime.New(cfg)
	if err != nil {
		fmt.Fprintf(cfg.Stderr, "gonode: worker %d: %v\n", w.id, err)
		code = 1
		return
	}
	select {
	case <-w.gate:
	case <-w.parent.Done():
		// The parent is going away: the worker never starts.
	}
	w.mu.Lock()
	w.child = env
	stop := w.stopReq || isClosed(w.parent.Done())
	if !stop {
		w.started = true
	}
	w.mu.Unlock()
	if stop {
		// T1: terminated before it began running JS: exit code 0.
		env.Close()
		return
	}
	w.parent.EnqueueWeak(func() {
		if ms := stateOf(w.parent); ms != nil {
			w.parent.Call(ms.onOnline, w.obj)
		}
	})
	// Hand this CPU to the parent, whose goroutine the task above made runnable here:
	// otherwise 'online' waits until the parent's idle thread is woken on another core
	// while this goroutine starts the script (RATIONALE.md, workers).
	goruntime.Gosched()
	main := runtime.Main{Filename: opts.Filename}
	if opts.Eval {
		src := opts.Filename
		main = runtime.Main{Filename: "[worker eval]", Source: &src}
	}
	code, _ = env.RunMain(context.Background(), main)
	env.Close()
}

// finish tells the parent the worker is gone (after the worker's teardown, E8 step 6).
func (w *workerState) finish(code int) {
	if w.stdin != nil {
		w.stdin.close() // a read still pending in the ended worker returns
	}
	w.mu.Lock()
	w.exited = true
	errMsg, plain := w.errMsg, w.errPlain
	w.mu.Unlock()
	// Weak: while the worker is ref'd its handle keeps the parent alive until this runs.
	if !w.parent.EnqueueWeak(func() {
		ms := stateOf(w.parent)
		var errVal goja.Value = goja.Undefined()
		if errMsg != nil && ms != nil {
			errVal = reviveError(w.parent, ms.ports, errMsg, plain)
		}
		if ms != nil {
			w.parent.Call(ms.onExit, w.obj, w.parent.Runtime().ToValue(code), errVal)
		}
		w.handle.Close()
	}) {
		w.handle.Close()
		if errMsg != nil {
			errMsg.Discard()
		}
	}
}

// recordError serializes an uncaught worker error with Node's error serializer rules
// (X3): built-in classes restored, own properties kept, subclasses become Error with
// their name, cause dropped, thrown non-errors sent as they are.
func (w *workerState) recordError(env *runtime.Env, errVal goja.Value) {
	vm := env.Runtime()
	ports, err := messageport.For(env)
	if err != nil {
		return
	}
	payload := errVal
	plain := true
	// The thrown value's getters may throw: such a property is left out (as Node's
	// serializeError does) instead of losing the whole error.
	get := func(o *goja.Object, k string) (v goja.Value) {
		if vm.Try(func() { v = o.Get(k) }) != nil {
			return goja.Undefined()
		}
		return v
	}
	if obj, ok := errVal.(*goja.Object); ok && isError(vm, obj) {
		plain = false
		p := vm.NewObject()
		ctorName := "Error"
		if ctor, ok := get(obj, "constructor").(*goja.Object); ok {
			var n string
			if vm.Try(func() { n = get(ctor, "name").String() }) == nil {
				switch n {
				case "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError":
					ctorName = n
				}
			}
		}
		_ = p.Set("ctor", ctorName)
		_ = p.Set("name", get(obj, "name"))
		_ = p.Set("message", get(obj, "message"))
		_ = p.Set("stack", get(obj, "stack"))
		props := vm.NewObject()
		var keys []string // goja's Keys may run the stack accessor, which reads name
		_ = vm.Try(func() { keys = obj.Keys() })
		for _, k := range keys {
			if k == "stack" || k == "message" {
				continue
			}
			_ = props.Set(k, get(obj, k))
		}
		_ = p.Set("props", props)
		payload = p
	}
	msg, err := ports.Serialize(payload, nil)
	if err != nil {
		// An uncloneable thrown value arrives as its inspected string.
		s := "[object]"
		_ = vm.Try(func() { s = errVal.String() })
		msg, err = ports.Serialize(vm.ToValue(s), nil)
		if err != nil {
			return
		}
	}
	w.mu.Lock()
	w.errMsg, w.errPlain = msg, plain
	w.mu.Unlock()
}

func isError(vm *goja.Runtime, obj *goja.Object) bool {
	ctor, ok := vm.Get("Error").(*goja.Object)
	return ok && vm.InstanceOf(obj, ctor)
}

func reviveError(env *runtime.Env, ports *messageport.Ports, msg *messageport.Message, plain bool) goja.Value {
	vm := env.Runtime()
	v, err := ports.Deserialize(msg)
	if err != nil {
		return ports.ErrorValue(err)
	}
	if plain {
		return v
	}
	p := v.ToObject(vm)
	e := env.NewError(p.Get("ctor").String(), "", p.Get("message").String())
	if name := p.Get("name"); name != nil && !goja.IsUndefined(name) && name.String() != p.Get("ctor").String() {
		_ = e.Set("name", name)
	}
	// A stack the worker could not read (its accessor threw) arrives undefined, as in Node.
	if st := p.Get("stack"); st != nil {
		_ = e.DefineDataProperty("stack", st, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	if props, ok := p.Get("props").(*goja.Object); ok {
		for _, k := range props.Keys() {
			_ = e.Set(k, props.Get(k))
		}
	}
	return e
}

// ---- postMessageToThread (M1, M2) ---------------------------------------------------

func (ms *moduleState) postMessageToThread(c goja.FunctionCall) goja.Value {
	env := ms.env
	target := int(c.Argument(0).ToInteger())
	resolveFn := c.Argument(4)
	rejectFn := c.Argument(5)
	reject := func(code, msg string) {
		env.NextTick(rejectFn, env.NewError("Error", code, msg))
	}
	if target == env.ThreadID() {
		reject("ERR_WORKER_MESSAGING_SAME_THREAD", "Cannot send a message to the same thread")
		return goja.Undefined()
	}
	msg, err := ms.ports.Serialize(c.Argument(1), ms.ports.TransferList(c.Argument(2)))
	if err != nil {
		panic(ms.ports.ErrorValue(err))
	}
	var targetEnv *runtime.Env
	if target == 0 {
		targetEnv = mainEnvOf(env)
	} else if v, ok := threads.Load(target); ok {
		targetEnv = v.(*runtime.Env)
	}
	if targetEnv == nil {
		msg.Discard()
		reject("ERR_WORKER_MESSAGING_FAILED", "Cannot find the destination thread or listener")
		return goja.Undefined()
	}
	release := env.Hold()
	var once sync.Once
	settle := func(code, text string) {
		once.Do(func() {
			env.Enqueue(func() {
				release()
				if code == "" {
					env.Call(resolveFn, goja.Undefined())
				} else {
					env.Call(rejectFn, goja.Undefined(), env.NewError("Error", code, text))
				}
			})
		})
	}
	if timeout := c.Argument(3); !goja.IsUndefined(timeout) {
		ms := timeout.ToFloat()
		if ms >= 0 && ms < 1e12 {
			t := time.AfterFunc(time.Duration(ms*float64(time.Millisecond)), func() {
				settle("ERR_WORKER_MESSAGING_TIMEOUT", "Sending a message to another thread timed out")
			})
			_ = t
		}
	}
	source := env.ThreadID()
	if !targetEnv.Enqueue(func() {
		tms := stateOf(targetEnv)
		tvm := targetEnv.Runtime()
		proc := tvm.Get("process").ToObject(tvm)
		count, _ := goja.AssertFunction(proc.Get("listenerCount"))
		n, _ := count(proc, tvm.ToValue("workerMessage"))
		if n == nil || n.ToInteger() == 0 {
			msg.Discard()
			settle("ERR_WORKER_MESSAGING_FAILED", "Cannot find the destination thread or listener")
			return
		}
		var ports *messageport.Ports
		if tms != nil {
			ports = tms.ports
		} else {
			ports, _ = messageport.For(targetEnv)
		}
		v, err := ports.Deserialize(msg)
		if err != nil {
			settle("ERR_WORKER_MESSAGING_ERRORED", "The destination thread threw an error while processing the message")
			return
		}
		emit, _ := goja.AssertFunction(proc.Get("emit"))
		if _, err := emit(proc, tvm.ToValue("workerMessage"), v, tvm.ToValue(source)); err != nil {
			settle("ERR_WORKER_MESSAGING_ERRORED", "The destination thread threw an error while processing the message")
			return
		}
		settle("", "")
	}) {
		msg.Discard()
		settle("ERR_WORKER_MESSAGING_FAILED", "Cannot find the destination thread or listener")
	}
	return goja.Undefined()
}

func mainEnvOf(env *runtime.Env) *runtime.Env {
	ti := info(env)
	for ti != nil && ti.w != nil {
		env = ti.w.parent
		ti = info(env)
	}
	if env.ThreadID() == 0 {
		return env
	}
	return nil
}

// ---- output ----------------------------------------------------------------------

// forwardWriter carries a worker's stdout/stderr to its parent's stream through the
// parent's loop, as Node pipes worker output asynchronously (W6): relative to the
// parent's own output it appears when the parent's loop gets to it, and each write
// (one console.log line) reaches the stream whole. If the parent is gone the bytes are
// written directly rather than lost.
//
// With the Worker option stdout/stderr: true the output is not copied to the parent's
// stream; it is pushed to the parent's worker.stdout / worker.stderr Readable instead.
type forwardWriter struct {
	parent  *runtime.Env
	dst     io.Writer
	w       *workerState
	stream  string
	capture bool
	tee     atomic.Bool // worker.stdout/stderr was accessed: also push to it
}

func (f *forwardWriter) Write(p []byte) (int, error) {
	chunk := append([]byte(nil), p...)
	if f.capture {
		f.parent.Enqueue(func() {
			if ms := stateOf(f.parent); ms != nil {
				vm := f.parent.Runtime()
				f.parent.Call(ms.onStdio, f.w.obj, vm.ToValue(f.stream), vm.ToValue(string(chunk)))
			}
		})
		return len(p), nil
	}
	if !f.parent.Enqueue(func() {
		_, _ = f.dst.Write(chunk)
		if f.tee.Load() {
			if ms := stateOf(f.parent); ms != nil {
				vm := f.parent.Runtime()
				f.parent.Call(ms.onStdio, f.w.obj, vm.ToValue(f.stream), vm.ToValue(string(chunk)))
			}
		}
	}) {
		return f.dst.Write(chunk)
	}
	return len(p), nil
}

// stdinPipe feeds a worker's process.stdin from the parent's worker.stdin (W6). Writes
// never block the parent's loop; reads (on the worker's stdin goroutine) wait for data.
type stdinPipe struct {
	mu     sync.Mutex
	cond   *sync.Cond
	buf    []byte
	closed bool
}

func newStdinPipe() *stdinPipe {
	p := &stdinPipe{}
	p.cond = sync.NewCond(&p.mu)
	return p
}

func (p *stdinPipe) write(b []byte) {
	p.mu.Lock()
	if !p.closed {
		p.buf = append(p.buf, b...)
	}
	p.mu.Unlock()
	p.cond.Broadcast()
}

func (p *stdinPipe) close() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.cond.Broadcast()
}

func (p *stdinPipe) Read(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.buf) == 0 && !p.closed {
		p.cond.Wait()
	}
	if len(p.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	return n, nil
}
