package runtime

import (
	"math/big"
	"os"
	goruntime "runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime/internal/jslib"
	"github.com/gonode/gonode/runtime/sharedmem"
)

// NodeVersion is the Node.js release whose behaviour gonode reproduces (process.version).
const NodeVersion = "v26.10.0"

// Version is gonode's own version (process.versions.gonode).
const Version = "0.1.0"

var processStart = time.Now()

// vmEnvs maps each env's runtime to the env, for jslib bindings that need the Host
// (fs, child_process). Entries are removed at teardown.
var vmEnvs sync.Map // *goja.Runtime -> *Env

// UntransferableMarker, set by the messaging package, marks a value as
// untransferable (worker_threads.markAsUntransferable); builtins use it for memory they
// share internally, such as Buffer's pool (worker_threads semantics R3).
var UntransferableMarker func(vm *goja.Runtime, v goja.Value)

func init() {
	jslib.MarkUntransferable = func(vm *goja.Runtime, v goja.Value) {
		if UntransferableMarker != nil {
			UntransferableMarker(vm, v)
		}
	}
	jslib.HostOf = func(vm *goja.Runtime) jslib.Host {
		if v, ok := vmEnvs.Load(vm); ok {
			return v.(*Env)
		}
		return nil
	}
}

// Cwd is process.cwd() of the env. Loop goroutine only.
func (e *Env) Cwd() string { return e.cfg.Dir }

var trampolineProgram = goja.MustCompile("gonode:trampoline", "(function (f) { return f(); })", true)

func (e *Env) bootstrap() error {
	l := &e.loop
	vm := goja.New()
	e.vm = vm
	vmEnvs.Store(vm, e)
	if e.cfg.MaxCallStackSize > 0 {
		vm.SetMaxCallStackSize(e.cfg.MaxCallStackSize)
	} else {
		vm.SetMaxCallStackSize(DefaultMaxCallStackSize)
	}
	vm.SetPromiseRejectionTracker(e.trackRejection)
	e.async = jslib.NewAsyncState()
	vm.SetAsyncContextTracker(e.async.Tracker())
	tv, err := vm.RunProgram(trampolineProgram)
	if err != nil {
		return err
	}
	l.trampoline, _ = goja.AssertFunction(tv)
	l.taskFn = vm.ToValue(e.taskBody)
	if err := sharedmem.Install(vm, e); err != nil {
		return err
	}
	l.loader = e.newLoader()
	l.loader.Extra = map[string]*goja.Object{
		"process": e.processBinding(),
		"timers":  e.timersBinding(),
		"modules": e.modulesBinding(),
	}
	l.loader.LazyExtra = map[string]func() *goja.Object{"async_wrap": func() *goja.Object { return e.async.Binding(vm) }}
	var bootErr error
	l.current = func() {
		if _, err := l.loader.Require("internal/bootstrap"); err != nil {
			bootErr = err
		}
	}
	e.enterJS()
	if bootErr != nil {
		return bootErr
	}
	e.setupESM()
	proc, _ := vm.Get("process").(*goja.Object)
	if proc == nil {
		return errString("gonode: bootstrap did not define process")
	}
	l.process = proc
	l.emit, _ = goja.AssertFunction(proc.Get("emit"))
	l.listenerCnt, _ = goja.AssertFunction(proc.Get("listenerCount"))
	if e.cfg.ExposeGC {
		_ = vm.Set("gc", func(goja.FunctionCall) goja.Value { goruntime.GC(); return goja.Undefined() })
	}
	for _, setup := range e.cfg.Setup {
		var serr error
		l.current = func() { serr = setup(e) }
		e.enterJS()
		if serr != nil {
			return serr
		}
	}
	return nil
}

type errString string

func (s errString) Error() string { return string(s) }

// Require loads a builtin (core or Config.Modules) by id, without the "node:" prefix
// being required. Loop goroutine only.
func (e *Env) Require(id string) (goja.Value, error) {
	return e.loop.loader.Require(strings.TrimPrefix(id, "node:"))
}

func nodeArch() string {
	switch goruntime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	default:
		return goruntime.GOARCH
	}
}

// builtinGlobal is a lazy global whose value is require(id)[prop] (the module itself when
// prop is ""); LazyGlobal holds its attributes (Load is set when it is defined).
type builtinGlobal struct {
	LazyGlobal
	id, prop string
}

// builtinGlobals are the globals internal/bootstrap defines lazily, with Node's
// attributes. (Node defines its globals in another order, interleaved with the timers;
// gonode does not reproduce it, so Object.getOwnPropertyNames(globalThis) differs in
// order.) Most are data properties in Node, which builds them into its startup snapshot;
// here they are accessors until first read (see LazyGlobal).
var builtinGlobals = slices.Concat(
	[]builtinGlobal{
		{LazyGlobal{Name: "console"}, "console", ""},
		{LazyGlobal{Name: "crypto", Enumerable: true, Accessor: true, ReadOnly: true}, "crypto", "webcrypto"},
		{LazyGlobal{Name: "Buffer", Accessor: true}, "buffer", "Buffer"},
		{LazyGlobal{Name: "atob", Enumerable: true}, "buffer", "atob"},
		{LazyGlobal{Name: "btoa", Enumerable: true}, "buffer", "btoa"},
	},
	builtinGlobalsFrom("buffer", "Blob", "File"),
	builtinGlobalsFrom("internal/domexception", "DOMException"),
	builtinGlobalsFrom("url", "URL", "URLSearchParams"),
	builtinGlobalsFrom("internal/event_target", "EventTarget", "Event", "CustomEvent"),
	builtinGlobalsFrom("internal/abort_controller", "AbortController", "AbortSignal"),
	builtinGlobalsFrom("internal/encoding", "TextEncoder", "TextDecoder"),
	[]builtinGlobal{{LazyGlobal{Name: "navigator", Enumerable: true, Accessor: true, ReadOnly: true}, "internal/navigator", "navigator"}},
	builtinGlobalsFrom("internal/navigator", "Navigator"),
	[]builtinGlobal{{LazyGlobal{Name: "performance", Enumerable: true, Accessor: true}, "perf_hooks", "performance"}},
	builtinGlobalsFrom("perf_hooks", "Performance", "PerformanceEntry", "PerformanceMark",
		"PerformanceMeasure", "PerformanceObserver", "PerformanceObserverEntryList", "PerformanceResourceTiming"),
)

// builtinGlobalsFrom lists non-enumerable globals named as the exports of module id
// they hold (Node's interfaces).
func builtinGlobalsFrom(id string, names ...string) []builtinGlobal {
	gs := make([]builtinGlobal, len(names))
	for i, n := range names {
		gs[i] = builtinGlobal{LazyGlobal{Name: n}, id, n}
	}
	return gs
}

func (e *Env) processBinding() *goja.Object {
	vm := e.vm
	b := vm.NewObject()
	p := vm.NewObject()
	argv := []any{e.cfg.ExecPath}
	for _, a := range e.cfg.Argv {
		argv = append(argv, a)
	}
	execArgv := make([]any, len(e.cfg.ExecArgv))
	for i, a := range e.cfg.ExecArgv {
		execArgv[i] = a
	}
	set := func(o *goja.Object, k string, v any) { _ = o.Set(k, v) }
	set(p, "title", "gonode")
	set(p, "version", NodeVersion)
	versions := vm.NewObject()
	set(versions, "node", strings.TrimPrefix(NodeVersion, "v"))
	set(versions, "gonode", Version)
	set(versions, "goja", "0")
	set(versions, "go", strings.TrimPrefix(goruntime.Version(), "go"))
	set(versions, "modules", "141")
	set(p, "versions", versions)
	set(p, "arch", nodeArch())
	set(p, "platform", goruntime.GOOS)
	release := vm.NewObject()
	set(release, "name", "node")
	set(p, "release", release)
	set(p, "argv", vm.NewArray(argv...))
	set(p, "execArgv", vm.NewArray(execArgv...))
	set(p, "execPath", e.cfg.ExecPath)
	set(p, "pid", os.Getpid())
	set(p, "ppid", os.Getppid())
	set(p, "env", vm.NewDynamicObject(&envObject{vars: e.cfg.EnvVars, vm: vm}))
	set(b, "process", p)
	// defineLazyGlobals() defines builtinGlobals. Done in Go, from a table: an accessor
	// pair built in JS costs several times more per global, and so does handing the table
	// over from JS; there are some forty in every env.
	set(b, "defineLazyGlobals", func(goja.FunctionCall) goja.Value {
		for _, g := range builtinGlobals {
			lg := g.LazyGlobal
			lg.Load = func() (goja.Value, error) {
				m, err := e.loop.loader.Require(g.id)
				if err != nil || g.prop == "" {
					return m, err
				}
				return m.ToObject(vm).Get(g.prop), nil
			}
			_ = e.DefineLazyGlobal(lg)
		}
		return goja.Undefined()
	})
	set(b, "threadId", e.cfg.ThreadID)
	set(b, "isMainThread", e.cfg.ThreadID == 0)

	set(b, "nextTick", func(call goja.FunctionCall) goja.Value {
		args := call.Arguments
		var rest []goja.Value
		if len(args) > 1 {
			rest = append([]goja.Value(nil), args[1:]...)
		}
		e.nextTick(call.Argument(0), rest, true)
		return goja.Undefined()
	})
	// asyncContextInUse: whether a queued microtask needs an async resource (Node's
	// queueMicrotask: an AsyncLocalStorage frame is set or hooks are enabled).
	set(b, "asyncContextInUse", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(e.async.InUse())
	})
	set(b, "reallyExit", NewFunction(vm, "reallyExit", 0, func(call goja.FunctionCall) goja.Value {
		e.reallyExit(int(call.Argument(0).ToInteger()))
		return goja.Undefined()
	}))
	set(b, "triggerUncaught", func(call goja.FunctionCall) goja.Value {
		e.triggerUncaught(call.Argument(0), "uncaughtException")
		return goja.Undefined()
	})
	set(b, "cwd", NewFunction(vm, "wrappedCwd", 0, func(goja.FunctionCall) goja.Value { return vm.ToValue(e.cfg.Dir) }))
	set(b, "chdir", func(call goja.FunctionCall) goja.Value {
		dir := call.Argument(0).String()
		if !strings.HasPrefix(dir, "/") {
			dir = e.cfg.Dir + "/" + dir
		}
		st, err := os.Stat(dir)
		if err != nil || !st.IsDir() {
			code := "ENOENT"
			if err == nil {
				code = "ENOTDIR"
			}
			ex := e.NewError("Error", code, code+": no such file or directory, chdir "+e.cfg.Dir+" -> '"+call.Argument(0).String()+"'")
			_ = ex.Set("syscall", "chdir")
			panic(ex)
		}
		e.cfg.Dir = cleanPath(dir)
		return goja.Undefined()
	})
	set(b, "hrtime", func(goja.FunctionCall) goja.Value {
		ns := time.Since(processStart).Nanoseconds() + hrtimeBase
		return vm.NewArray(ns/1e9, ns%1e9)
	})
	set(b, "hrtimeBigint", NewFunction(vm, "hrtimeBigInt", 0, func(goja.FunctionCall) goja.Value {
		ns := time.Since(processStart).Nanoseconds() + hrtimeBase
		return vm.ToValue(new(big.Int).SetInt64(ns))
	}))
	set(b, "uptime", NewFunction(vm, "uptime", 0, func(goja.FunctionCall) goja.Value {
		return vm.ToValue(time.Since(processStart).Seconds())
	}))
	set(b, "memoryUsage", NewFunction(vm, "memoryUsage", 0, func(goja.FunctionCall) goja.Value {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		o := vm.NewObject()
		set(o, "rss", readRSS(&ms))
		set(o, "heapTotal", ms.HeapSys)
		set(o, "heapUsed", ms.HeapAlloc)
		set(o, "external", 0)
		set(o, "arrayBuffers", 0)
		return o
	}))
	// loopTiming() -> [loopStart, idleTime] in ms, loopStart since the Unix epoch (0 before
	// the loop started); perf_hooks turns it into performance time.
	set(b, "loopTiming", func(goja.FunctionCall) goja.Value {
		start, idle := e.LoopTiming()
		startMs := 0.0
		if !start.IsZero() {
			startMs = float64(start.UnixNano()) / 1e6
		}
		return vm.NewArray(startMs, float64(idle.Nanoseconds())/1e6)
	})
	set(b, "rss", NewFunction(vm, "rss", 0, func(goja.FunctionCall) goja.Value {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return vm.ToValue(readRSS(&ms))
	}))
	set(b, "writeStdout", e.writer(e.cfg.Stdout))
	set(b, "writeStderr", e.writer(e.cfg.Stderr))
	set(b, "isTTY", func(call goja.FunctionCall) goja.Value {
		var w any = e.cfg.Stdout
		if call.Argument(0).ToInteger() == 2 {
			w = e.cfg.Stderr
		}
		f, ok := w.(*os.File)
		if !ok {
			return vm.ToValue(false)
		}
		st, err := f.Stat()
		return vm.ToValue(err == nil && st.Mode()&os.ModeCharDevice != 0)
	})
	set(b, "umask", func(call goja.FunctionCall) goja.Value {
		if goja.IsUndefined(call.Argument(0)) {
			old := syscall.Umask(0)
			syscall.Umask(old)
			return vm.ToValue(old)
		}
		return vm.ToValue(syscall.Umask(int(call.Argument(0).ToInteger())))
	})
	set(b, "kill", func(call goja.FunctionCall) goja.Value {
		pid := int(call.Argument(0).ToInteger())
		sig := int(call.Argument(1).ToInteger())
		if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
			return vm.ToValue(err.Error())
		}
		return goja.Undefined()
	})
	set(b, "noWarnings", e.cfg.NoWarnings)
	e.stdinBinding(b)
	return b
}

// stdinBinding backs process.stdin: stdinSetup(push) registers the stream's push
// function; each stdinRead() starts one read of Config.Stdin on another goroutine
// (unless one is in flight) and hands the chunk, or null at EOF, to push on the loop.
// A read in flight holds the loop open.
func (e *Env) stdinBinding(b *goja.Object) {
	var push goja.Value
	reading, eof := false, false
	_ = b.Set("stdinSetup", func(call goja.FunctionCall) goja.Value {
		push = call.Argument(0)
		return goja.Undefined()
	})
	_ = b.Set("stdinRead", func(goja.FunctionCall) goja.Value {
		if reading || eof || push == nil {
			return goja.Undefined()
		}
		reading = true
		release := e.Hold()
		go func() {
			buf := make([]byte, 64*1024)
			n, err := e.cfg.Stdin.Read(buf)
			chunk := buf[:n]
			if !e.Enqueue(func() {
				release()
				reading = false
				vm := e.vm
				if n > 0 {
					e.Call(push, goja.Undefined(), vm.ToValue(vm.NewArrayBuffer(chunk)))
				}
				if err != nil {
					eof = true
					e.Call(push, goja.Undefined(), goja.Null())
				} else if n == 0 {
					// Nothing read and no error: let the stream ask again.
					e.Call(push, goja.Undefined(), vm.ToValue(vm.NewArrayBuffer(nil)))
				}
			}) {
				release()
			}
		}()
		return goja.Undefined()
	})
}

// hrtimeBase makes process.hrtime values large like Node's (monotonic since boot-ish).
var hrtimeBase = int64(1e12)

func readRSS(ms *goruntime.MemStats) uint64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err == nil {
		f := strings.Fields(string(data))
		if len(f) > 1 {
			if pages, err := strconv.ParseUint(f[1], 10, 64); err == nil {
				return pages * uint64(os.Getpagesize())
			}
		}
	}
	return ms.Sys
}

func (e *Env) writer(w interface{ Write([]byte) (int, error) }) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		switch x := jslib.SafeExport(v).(type) {
		case string:
			_, _ = w.Write([]byte(x))
		case []byte:
			_, _ = w.Write(x)
		case goja.ArrayBuffer:
			_, _ = w.Write(x.Bytes())
		default:
			if obj, ok := v.(*goja.Object); ok {
				var buf []byte
				if e.vm.ExportTo(obj, &buf) == nil {
					_, _ = w.Write(buf)
					return goja.Undefined()
				}
			}
			_, _ = w.Write([]byte(v.String()))
		}
		return goja.Undefined()
	}
}

// envObject exposes EnvVars as process.env: values are stringified on write.
type envObject struct {
	vars *EnvVars
	vm   *goja.Runtime
}

func (o *envObject) Get(key string) goja.Value {
	if v, ok := o.vars.Get(key); ok {
		return o.vm.ToValue(v)
	}
	return nil
}
func (o *envObject) Set(key string, val goja.Value) bool {
	o.vars.Set(key, val.String())
	return true
}
func (o *envObject) Has(key string) bool { _, ok := o.vars.Get(key); return ok }
func (o *envObject) Delete(key string) bool {
	o.vars.Delete(key)
	return true
}
func (o *envObject) Keys() []string { return o.vars.Keys() }

// timersBinding is internalBinding('timers'): handles are Go values wrapped in JS
// objects, owned by the Timeout/Immediate objects, so finished timers are garbage
// collected with them.
func (e *Env) timersBinding() *goja.Object {
	vm := e.vm
	l := &e.loop
	b := vm.NewObject()
	set := func(k string, v any) { _ = b.Set(k, v) }
	timerOf := func(v goja.Value) *timer {
		t, _ := v.Export().(*timer)
		if t == nil {
			panic(vm.NewTypeError("invalid timer handle"))
		}
		return t
	}
	set("asyncIdSymbol", e.async.IDSymbol())
	// start(obj, cb, ms, repeat, args) -> handle
	set("start", func(call goja.FunctionCall) goja.Value {
		ms := call.Argument(2).ToFloat()
		t := &timer{
			obj:      call.Argument(0),
			cb:       call.Argument(1),
			interval: time.Duration(ms * float64(time.Millisecond)),
			repeat:   call.Argument(3).ToBoolean(),
			ref:      true,
			index:    -1,
			args:     ArrayValues(call.Argument(4)),
			scope:    e.newAsyncResource("Timeout", call.Argument(0)),
		}
		e.scheduleTimer(t)
		return vm.ToValue(t)
	})
	set("clear", func(call goja.FunctionCall) goja.Value {
		t := timerOf(call.Argument(0))
		e.unscheduleTimer(t)
		t.cleared = true
		e.destroyTimer(t)
		return goja.Undefined()
	})
	set("ref", func(call goja.FunctionCall) goja.Value {
		t := timerOf(call.Argument(0))
		want := call.Argument(1).ToBoolean()
		if t.ref != want {
			t.ref = want
			if t.index >= 0 {
				if want {
					l.refTimers++
				} else {
					l.refTimers--
				}
			}
		}
		return goja.Undefined()
	})
	set("hasRef", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(timerOf(call.Argument(0)).ref)
	})
	set("refresh", func(call goja.FunctionCall) goja.Value {
		t := timerOf(call.Argument(0))
		if t.cleared {
			return goja.Undefined()
		}
		e.unscheduleTimer(t)
		t.destroyed = false
		e.scheduleTimer(t)
		return goja.Undefined()
	})
	immOf := func(v goja.Value) *immediate {
		im, _ := v.Export().(*immediate)
		if im == nil {
			panic(vm.NewTypeError("invalid immediate handle"))
		}
		return im
	}
	set("immediate", func(call goja.FunctionCall) goja.Value {
		im := &immediate{obj: call.Argument(0), cb: call.Argument(1), ref: true, args: ArrayValues(call.Argument(2)),
			scope: e.newAsyncResource("Immediate", call.Argument(0))}
		l.immediates = append(l.immediates, im)
		l.refImmed++
		return vm.ToValue(im)
	})
	set("clearImmediate", func(call goja.FunctionCall) goja.Value {
		im := immOf(call.Argument(0))
		if !im.cleared {
			im.cleared = true
			if im.ref {
				l.refImmed--
			}
			e.async.QueueDestroy(im.scope.ID)
		}
		return goja.Undefined()
	})
	set("refImmediate", func(call goja.FunctionCall) goja.Value {
		im := immOf(call.Argument(0))
		want := call.Argument(1).ToBoolean()
		if !im.cleared && im.ref != want {
			im.ref = want
			if want {
				l.refImmed++
			} else {
				l.refImmed--
			}
		}
		return goja.Undefined()
	})
	set("hasRefImmediate", func(call goja.FunctionCall) goja.Value {
		im := immOf(call.Argument(0))
		return vm.ToValue(im.ref && !im.cleared)
	})
	return b
}

// ArrayValues returns the elements of a JS array-like value (nil for a non-object, such
// as undefined or null): bindings use it for argument lists and transfer lists. It reads
// through the object's getters. Loop goroutine of the env owning v only.
func ArrayValues(v goja.Value) []goja.Value {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(obj.Get("length").ToInteger())
	if n == 0 {
		return nil
	}
	out := make([]goja.Value, n)
	for i := range out {
		out[i] = obj.Get(strconv.Itoa(i))
	}
	return out
}

// LazyGlobal describes a global property whose value is computed on first read.
type LazyGlobal struct {
	Name string
	// Load computes the value; it runs at most once (unless it fails).
	Load func() (goja.Value, error)
	// Enumerable is the property's enumerability. Node's interfaces (URL, Buffer) are not
	// enumerable; functions such as structuredClone and atob, and performance, are.
	Enumerable bool
	// Accessor keeps the property an accessor after the first read, as Node's lazy
	// attributes (Buffer, performance, navigator) stay; otherwise it becomes a writable
	// data property, as the Node globals it stands in for are. An assignment replaces the
	// value in both cases.
	Accessor bool
	// ReadOnly makes an Accessor getter-only (navigator): assignments fail.
	ReadOnly bool
}

// DefineLazyGlobal defines globalThis[g.Name] as a configurable accessor whose getter
// (named "get NAME") runs g.Load on first read. Loop goroutine only.
func (e *Env) DefineLazyGlobal(g LazyGlobal) error {
	vm := e.vm
	glob := vm.GlobalObject()
	enumerable := goja.FLAG_FALSE
	if g.Enumerable {
		enumerable = goja.FLAG_TRUE
	}
	define := func(v goja.Value) {
		_ = glob.DefineDataProperty(g.Name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, enumerable)
	}
	var value goja.Value // Accessor: the loaded or assigned value
	getter := NewFunction(vm, "get "+g.Name, 0, func(goja.FunctionCall) goja.Value {
		if value != nil {
			return value
		}
		v, err := g.Load()
		if err != nil {
			e.throwErr(err)
		}
		if g.Accessor {
			if value == nil { // Load may have assigned it
				value = v
			}
			return value
		}
		define(v)
		return v
	})
	var setter goja.Value
	if !g.ReadOnly {
		setter = NewFunction(vm, "set "+g.Name, 1, func(call goja.FunctionCall) goja.Value {
			if g.Accessor {
				value = call.Argument(0)
			} else {
				define(call.Argument(0))
			}
			return goja.Undefined()
		})
	}
	return glob.DefineAccessorProperty(g.Name, getter, setter, goja.FLAG_TRUE, enumerable)
}

// NewFunction returns a native JS function with the given name and length properties
// (goja names functions made by Runtime.ToValue after their Go symbol, which Node code
// would print). Goroutine of vm's env loop only.
func NewFunction(vm *goja.Runtime, name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := vm.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if length != 0 {
		_ = f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return f
}
