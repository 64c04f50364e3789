package esm

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// testHost is a minimal env for the loader's tests: a goja runtime with console.log,
// timers, process.nextTick, a tiny CommonJS loader and a few builtins. It is not the
// gonode runtime (runtime/ owns that); it exists so this package can be tested alone.
type testHost struct {
	t        testing.TB
	vm       *goja.Runtime
	out      strings.Builder
	cwd      string
	loader   *Loader
	cjs      map[string]*goja.Object // filename -> module
	timers   []*testTimer
	ticks    []goja.Callable
	seq      int
	now      int
	uncaught []goja.Value
	pkgs     PackageJSONs
}

type testTimer struct {
	at, seq int
	fn      goja.Callable
}

var testBuiltins = map[string]string{
	"fs":             `module.exports = { readFileSync() { return 'data' }, existsSync() { return true } };`,
	"fs/promises":    `module.exports = { readFile: async () => 'data' };`,
	"path":           `module.exports = { join: (...a) => a.join('/'), sep: '/', basename: (p) => p.split('/').pop() };`,
	"events":         `class EventEmitter { on() { return this } } EventEmitter.EventEmitter = EventEmitter; EventEmitter.once = function once() {}; module.exports = EventEmitter;`,
	"process":        `module.exports = process;`,
	"util":           `module.exports = { format: (...a) => a.join(' ') };`,
	"module":         `module.exports = { createRequire: __createRequire };`,
	"url":            `module.exports = { pathToFileURL: (p) => ({ href: 'file://' + p }) };`,
	"worker_threads": `module.exports = { isMainThread: true, threadId: 0 };`,
	"timers":         `module.exports = { setTimeout, setImmediate };`,
}

func newTestHost(t testing.TB, cwd string) *testHost {
	h := &testHost{t: t, vm: goja.New(), cwd: cwd, cjs: map[string]*goja.Object{}}
	vm := h.vm
	_ = vm.Set("__resolveURL", func(call goja.FunctionCall) goja.Value {
		u, err := url.Parse(call.Argument(0).String())
		if err != nil {
			panic(vm.NewTypeError("Invalid URL"))
		}
		if b := call.Argument(1); !goja.IsUndefined(b) {
			base, _ := url.Parse(b.String())
			u = base.ResolveReference(u)
		}
		return vm.ToValue(u.String())
	})
	// gonode's bootstrap defines Symbol.asyncIterator (goja lacks it).
	_, _ = vm.RunString(`Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol.for('Symbol.asyncIterator') });`)
	_, _ = vm.RunString(`globalThis.URL = class URL {
		constructor(u, base) { this.href = __resolveURL(String(u), base === undefined ? undefined : String(base)); }
		get pathname() { return decodeURIComponent(this.href.replace(/^file:\/\//, '').replace(/[?#].*$/, '')); }
		toString() { return this.href; }
	};`)
	console := vm.NewObject()
	_ = console.Set("log", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = h.str(a)
		}
		h.out.WriteString(strings.Join(parts, " ") + "\n")
		return goja.Undefined()
	})
	_ = console.Set("error", console.Get("log"))
	_ = vm.Set("console", console)
	_ = vm.Set("setTimeout", func(call goja.FunctionCall) goja.Value {
		fn, _ := goja.AssertFunction(call.Argument(0))
		h.seq++
		h.timers = append(h.timers, &testTimer{at: h.now + int(call.Argument(1).ToInteger()), seq: h.seq, fn: fn})
		return goja.Undefined()
	})
	_ = vm.Set("setImmediate", func(call goja.FunctionCall) goja.Value {
		fn, _ := goja.AssertFunction(call.Argument(0))
		h.seq++
		h.timers = append(h.timers, &testTimer{at: h.now, seq: h.seq, fn: fn})
		return goja.Undefined()
	})
	_ = vm.Set("queueMicrotask", func(call goja.FunctionCall) goja.Value {
		fn, _ := goja.AssertFunction(call.Argument(0))
		h.loader.microtask(func() { _, _ = fn(goja.Undefined()) })
		return goja.Undefined()
	})
	proc := vm.NewObject()
	_ = proc.Set("nextTick", func(call goja.FunctionCall) goja.Value {
		fn, _ := goja.AssertFunction(call.Argument(0))
		h.ticks = append(h.ticks, fn)
		return goja.Undefined()
	})
	_ = proc.Set("env", vm.NewObject())
	_ = proc.Set("argv", vm.NewArray("gonode"))
	_ = proc.Set("cwd", func(goja.FunctionCall) goja.Value { return vm.ToValue(h.cwd) })
	_ = proc.Set("exitCode", 0)
	_ = vm.Set("process", proc)
	_ = vm.Set("__createRequire", func(call goja.FunctionCall) goja.Value {
		f := call.Argument(0).String()
		if strings.HasPrefix(f, "file:") {
			f, _ = FileURLToPath(f)
		}
		return h.makeRequire(f)
	})
	l, err := NewLoader(h)
	if err != nil {
		t.Fatal(err)
	}
	h.loader = l
	hook := vm.NewObject()
	_ = hook
	sym, _ := vm.RunString(`Symbol.for("` + ImportHook + `")`)
	_ = vm.GlobalObject().SetSymbol(sym.(*goja.Symbol), l.ImportFunction())
	return h
}

// str formats a value for console.log: strings and numbers as is, objects as JSON.
func (h *testHost) str(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); isFn {
			return "[Function: " + o.Get("name").String() + "]"
		}
		if o.ClassName() == "Error" {
			return o.Get("stack").String()
		}
		j, err := h.vm.RunString("(v) => JSON.stringify(v)")
		if err == nil {
			f, _ := goja.AssertFunction(j)
			r, err := f(goja.Undefined(), v)
			if err == nil && !goja.IsUndefined(r) {
				return r.String()
			}
		}
	}
	return v.String()
}

func (h *testHost) Runtime() *goja.Runtime { return h.vm }

func (h *testHost) PackageJSONs() *PackageJSONs { return &h.pkgs }
func (h *testHost) Cwd() string                 { return h.cwd }
func (h *testHost) IsBuiltin(id string) bool {
	_, ok := testBuiltins[id]
	return ok
}
func (h *testHost) RequireBuiltin(id string) (goja.Value, error) {
	key := "node:" + id
	if m, ok := h.cjs[key]; ok {
		return m.Get("exports"), nil
	}
	src, ok := testBuiltins[id]
	if !ok {
		return nil, fmt.Errorf("no builtin %s", id)
	}
	m := h.newModule(key)
	h.cjs[key] = m
	fv, err := h.vm.RunString("(function (exports, require, module) {" + src + "\n})")
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fv)
	if _, err := fn(goja.Undefined(), m.Get("exports"), h.makeRequire(key), m); err != nil {
		return nil, err
	}
	return m.Get("exports"), nil
}

func (h *testHost) NewError(class, code, message string) *goja.Object {
	ctor, _ := goja.AssertConstructor(h.vm.Get(class))
	o, _ := ctor(nil, h.vm.ToValue(message))
	if code != "" {
		_ = o.Set("code", code)
	}
	return o
}

func (h *testHost) ResolveCommonJS(request, parent string) (string, error) {
	base := h.cwd
	if parent != "" {
		base = filepath.Dir(parent)
	}
	p := request
	if !filepath.IsAbs(p) {
		if !strings.HasPrefix(p, ".") {
			p = filepath.Join(base, "node_modules", p)
		} else {
			p = filepath.Join(base, p)
		}
	}
	for _, c := range []string{p, p + ".js", p + ".cjs", p + ".json", filepath.Join(p, "index.js")} {
		if st, err := os.Stat(c); err == nil && !st.IsDir() {
			return c, nil
		}
	}
	e := h.NewError("Error", "MODULE_NOT_FOUND", "Cannot find module '"+request+"'")
	return "", &jsError{e}
}

func (h *testHost) newModule(filename string) *goja.Object {
	m := h.vm.NewObject()
	_ = m.Set("exports", h.vm.NewObject())
	_ = m.Set("filename", filename)
	_ = m.Set("loaded", false)
	return m
}

func (h *testHost) makeRequire(from string) goja.Value {
	return h.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).String()
		id = strings.TrimPrefix(id, "node:")
		if h.IsBuiltin(id) {
			v, err := h.RequireBuiltin(id)
			if err != nil {
				panic(h.loader.throwable(err))
			}
			return v
		}
		f, err := h.ResolveCommonJS(id, from)
		if err != nil {
			panic(h.loader.throwable(err))
		}
		v, err := h.RequireCommonJS(f, from)
		if err != nil {
			panic(h.loader.throwable(err))
		}
		return v
	})
}

func (h *testHost) RequireCommonJS(filename, parent string) (goja.Value, error) {
	if m, ok := h.cjs[filename]; ok {
		return m.Get("exports"), nil
	}
	f, ts, ambiguous, err := h.loader.FileFormat(filename)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return nil, err
	}
	src := string(data)
	if f == FormatModule || (ambiguous && DetectModuleSyntax(filename, src, ts)) {
		return h.loader.Require(filename)
	}
	m := h.newModule(filename)
	h.cjs[filename] = m
	if f == FormatJSON {
		v, err := h.loader.parseJSON(filename, src)
		if err != nil {
			return nil, err
		}
		_ = m.Set("exports", v)
		return v, nil
	}
	const prefix = "(function (exports, require, module, __filename, __dirname) {"
	body := src
	if strings.HasPrefix(body, "#!") {
		body = "//" + body[2:]
	}
	prg, err := goja.Compile(filename, prefix+body+"\n})", false)
	if err != nil || ts {
		body, err = PrepareCommonJS(filename, src, ts, len(prefix))
		if err != nil {
			delete(h.cjs, filename)
			return nil, err
		}
		prg, err = goja.Compile(filename, prefix+body+"\n})", false)
		if err != nil {
			delete(h.cjs, filename)
			return nil, err
		}
	}
	fv, err := h.vm.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fv)
	_, err = fn(m.Get("exports"), m.Get("exports"), h.makeRequire(filename), m, h.vm.ToValue(filename), h.vm.ToValue(filepath.Dir(filename)))
	if err != nil {
		delete(h.cjs, filename)
		return nil, err
	}
	_ = m.Set("loaded", true)
	return m.Get("exports"), nil
}

// macrotask runs fn as one outermost call (goja drains promise jobs on return), then
// the nextTick queue (each tick followed by its promise jobs), like the runtime's loop.
func (h *testHost) macrotask(fn func()) {
	h.call(fn)
	for len(h.ticks) > 0 {
		t := h.ticks[0]
		h.ticks = h.ticks[1:]
		h.call(func() { _, _ = t(goja.Undefined()) })
	}
}

func (h *testHost) call(fn func()) {
	// Enter through a JS frame, like the runtime's trampoline (see Loader.wrapFn).
	tr, _ := h.vm.RunString("(function (f) { return f(); })")
	c, _ := goja.AssertFunction(tr)
	f := h.vm.ToValue(func(goja.FunctionCall) goja.Value { fn(); return goja.Undefined() })
	if _, err := c(goja.Undefined(), f); err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			h.uncaught = append(h.uncaught, ex.Value())
			h.out.WriteString("Uncaught " + h.str(ex.Value()) + "\n")
			return
		}
		h.t.Fatal(err)
	}
}

// runLoop runs timers until none are left.
func (h *testHost) runLoop() {
	for len(h.timers) > 0 {
		sort.SliceStable(h.timers, func(i, j int) bool {
			if h.timers[i].at != h.timers[j].at {
				return h.timers[i].at < h.timers[j].at
			}
			return h.timers[i].seq < h.timers[j].seq
		})
		t := h.timers[0]
		h.timers = h.timers[1:]
		if t.at > h.now {
			h.now = t.at
		}
		h.macrotask(func() { _, _ = t.fn(goja.Undefined()) })
	}
}

// runMain runs an ES module file to completion and returns its stdout.
func (h *testHost) runMain(file string) string {
	h.macrotask(func() {
		p := h.loader.RunMain(file)
		h.loader.then(p, func(goja.Value) {}, func(e goja.Value) {
			h.out.WriteString("Uncaught " + h.str(e) + "\n")
		})
	})
	h.runLoop()
	if msg, ok := h.loader.UnsettledWarning(); ok {
		h.out.WriteString(msg)
	}
	return h.out.String()
}
