package jslib

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
)

// testEnv is a minimal stand-in for a gonode env: a goja runtime with a stub `process`
// (stdout/stderr captured), `require` for builtins, `console`, and a tiny timer queue.
type testEnv struct {
	vm       *goja.Runtime
	loader   *Loader
	stdout   strings.Builder
	stderr   strings.Builder
	warnings []string
	timers   []testTimer
	seq      int
}

type testTimer struct {
	delay float64
	seq   int
	fn    goja.Callable
	args  []goja.Value
}

const testProcessStub = `(function (writeOut, writeErr, warn, queue) {
  const mk = (write) => ({ write(s) { write(String(s)); return true; }, isTTY: false });
  const process = {
    stdout: mk(writeOut),
    stderr: mk(writeErr),
    env: {},
    argv: ['node', 'script'],
    pid: 42,
    platform: 'linux',
    versions: {},
    noDeprecation: false,
    cwd() { return '/test'; },
    nextTick(fn, ...args) { queue(() => fn(...args)); },
    emitWarning(msg, type, code) {
      if (typeof type === 'object' && type !== null) { code = type.code; type = type.type; }
      if (typeof code !== 'string') code = undefined;
      warn(String(type || 'Warning') + (code ? ' ' + code : '') + ': ' + String(msg));
    },
    hrtime(prev) {
      const t = [1, 0];
      return prev ? [t[0] - prev[0], t[1] - prev[1]] : t;
    },
  };
  process.hrtime.bigint = () => 1000000000n;
  return process;
})`

func newTestEnv(t testing.TB) *testEnv {
	t.Helper()
	e := &testEnv{vm: goja.New()}
	e.loader = &Loader{VM: e.vm}
	vm := e.vm
	mkProcess, err := vm.RunString(testProcessStub)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(mkProcess)
	queue := func(c goja.FunctionCall) goja.Value {
		cb, _ := goja.AssertFunction(c.Argument(0))
		e.timers = append(e.timers, testTimer{delay: -1, seq: e.nextSeq(), fn: cb})
		return goja.Undefined()
	}
	proc, err := fn(goja.Undefined(),
		vm.ToValue(func(s string) { e.stdout.WriteString(s) }),
		vm.ToValue(func(s string) { e.stderr.WriteString(s) }),
		vm.ToValue(func(s string) { e.warnings = append(e.warnings, s) }),
		vm.ToValue(queue))
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("process", proc)
	_ = vm.Set("require", func(c goja.FunctionCall) goja.Value {
		id := strings.TrimPrefix(c.Argument(0).String(), "node:")
		v, err := e.loader.Require(id)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	})
	addTimer := func(c goja.FunctionCall) goja.Value {
		cb, ok := goja.AssertFunction(c.Argument(0))
		if !ok {
			panic(vm.NewTypeError("callback must be a function"))
		}
		var args []goja.Value
		if len(c.Arguments) > 2 {
			args = c.Arguments[2:]
		}
		e.timers = append(e.timers, testTimer{delay: c.Argument(1).ToFloat(), seq: e.nextSeq(), fn: cb, args: args})
		return vm.ToValue(e.seq)
	}
	_ = vm.Set("setTimeout", addTimer)
	_ = vm.Set("setImmediate", func(c goja.FunctionCall) goja.Value {
		return addTimer(goja.FunctionCall{Arguments: append([]goja.Value{c.Argument(0), vm.ToValue(0)}, c.Arguments[min(1, len(c.Arguments)):]...)})
	})
	_ = vm.Set("queueMicrotask", func(c goja.FunctionCall) goja.Value {
		cb, _ := goja.AssertFunction(c.Argument(0))
		e.timers = append(e.timers, testTimer{delay: -1, seq: e.nextSeq(), fn: cb})
		return goja.Undefined()
	})
	con, err := e.loader.Require("console")
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("console", con)
	return e
}

func (e *testEnv) nextSeq() int { e.seq++; return e.seq }

// run executes a script and then its queued callbacks (ticks first, then timers by
// delay), until nothing is left.
func (e *testEnv) run(name, src string) error {
	wrapped := "(function (exports, module, __filename, __dirname) {" + src + "\n})({}, {exports: {}}, '/test/" + filepath.Base(name) + "', '/test')"
	if _, err := e.vm.RunScript(name, wrapped); err != nil {
		return err
	}
	for len(e.timers) > 0 {
		sort.SliceStable(e.timers, func(i, j int) bool {
			if e.timers[i].delay != e.timers[j].delay {
				return e.timers[i].delay < e.timers[j].delay
			}
			return e.timers[i].seq < e.timers[j].seq
		})
		t := e.timers[0]
		e.timers = e.timers[1:]
		if _, err := t.fn(goja.Undefined(), t.args...); err != nil {
			return err
		}
	}
	return nil
}

func (e *testEnv) eval(t testing.TB, src string) goja.Value {
	t.Helper()
	v, err := e.vm.RunString(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v
}

// TestConformanceGoldens runs the inspect and util conformance scripts on the test env
// (they need only this package's builtins) against Node's goldens; tests/ runs them on
// a full env too.
func TestConformanceGoldens(t *testing.T) {
	for _, dir := range []string{"inspect", "util"} {
		scripts, _ := filepath.Glob(filepath.Join("../../../tests/conformance", dir, "*.js"))
		if len(scripts) == 0 {
			t.Fatalf("no conformance scripts in tests/conformance/%s", dir)
		}
		for _, script := range scripts {
			name := dir + "/" + filepath.Base(script)
			t.Run(name, func(t *testing.T) {
				src, err := os.ReadFile(script)
				if err != nil {
					t.Fatal(err)
				}
				want, _ := testutil.Golden(t, script)
				e := newTestEnv(t)
				if err := e.run(script, string(src)); err != nil {
					t.Fatalf("script failed: %v\nstdout so far:\n%s", err, e.stdout.String())
				}
				if got := e.stdout.String(); got != string(want) {
					t.Errorf("stdout differs from Node's golden:\n%s", testutil.FirstDiff(string(want), got))
				}
			})
		}
	}
}

// TestRunScript runs the script named by GONODE_JSLIB_RUN under the test env and prints
// its stdout (a development aid: diff it against reference node).
func TestRunScript(t *testing.T) {
	path := os.Getenv("GONODE_JSLIB_RUN")
	if path == "" {
		t.Skip("GONODE_JSLIB_RUN not set")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEnv(t)
	err = e.run(path, string(src))
	if out := os.Getenv("GONODE_JSLIB_OUT"); out != "" {
		_ = os.WriteFile(out, []byte(e.stdout.String()), 0o644)
	} else {
		fmt.Print(e.stdout.String())
	}
	if err != nil {
		t.Fatal(err)
	}
}

func BenchmarkConsoleLoad(b *testing.B) {
	if _, err := Program("util"); err != nil {
		b.Fatal(err)
	}
	if _, err := Program("console"); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		vm := goja.New()
		l := &Loader{VM: vm}
		if _, err := l.Require("console"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInspectObject(b *testing.B) {
	e := newTestEnv(b)
	fn, err := e.vm.RunString(`(function () {
	  const util = require('util');
	  const v = { a: 1, b: 'two', c: [1, 2, 3], d: { e: new Map([[1, { f: true }]]) } };
	  return () => util.inspect(v);
	})()`)
	if err != nil {
		b.Fatal(err)
	}
	call, _ := goja.AssertFunction(fn)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := call(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInspectLargeArray(b *testing.B) {
	e := newTestEnv(b)
	fn, err := e.vm.RunString(`(function () {
	  const util = require('util');
	  const v = Array.from({ length: 100000 }, (_, i) => i);
	  return () => util.inspect(v);
	})()`)
	if err != nil {
		b.Fatal(err)
	}
	call, _ := goja.AssertFunction(fn)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := call(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}

// The binding reads goja internals; these tests pin what it must see so that a goja
// upgrade that changes the layout fails here rather than silently degrading output.
func TestUtilBindingTypeTags(t *testing.T) {
	e := newTestEnv(t)
	cases := []struct {
		src string
		tag int
	}{
		{`({})`, tagNone},
		{`[]`, tagNone},
		{`1`, tagNone},
		{`new Map()`, tagMap},
		{`new Set()`, tagSet},
		{`new Map().entries()`, tagMapIterator},
		{`new Set().values()`, tagSetIterator},
		{`new WeakMap()`, tagWeakMap},
		{`new WeakSet()`, tagWeakSet},
		{`new Date()`, tagDate},
		{`/x/`, tagRegExp},
		{`new TypeError()`, tagError},
		{`(class E extends Error {}, new (class E extends RangeError {})())`, tagError},
		{`Promise.resolve()`, tagPromise},
		{`new Proxy({}, {})`, tagProxy},
		{`new ArrayBuffer(1)`, tagArrayBuffer},
		{`new DataView(new ArrayBuffer(1))`, tagDataView},
		{`new Float64Array(1)`, tagTypedArray},
		{`(function () { return arguments; })()`, tagArguments},
		{`(function () { 'use strict'; return arguments; })()`, tagArguments},
		{`(function* () {})()`, tagGeneratorObject},
		{`(async function () {})`, tagAsyncFunction},
		{`(async () => {})`, tagAsyncFunction},
		{`({ async m() {} }).m`, tagAsyncFunction},
		{`(function* () {})`, tagGeneratorFunction},
		{`({ *m() {} }).m`, tagGeneratorFunction},
		{`(function () {})`, tagNone},
		{`new Number(1)`, tagNumberObject},
		{`new Number(1.5)`, tagNumberObject},
		{`new String('')`, tagStringObject},
		{`new Boolean(false)`, tagBooleanObject},
		{`Object(1n)`, tagBigIntObject},
		{`Object(Symbol())`, tagSymbolObject},
	}
	for _, c := range cases {
		if got := typeTag(e.eval(t, c.src)); got != c.tag {
			t.Errorf("typeTag(%s) = %d, want %d", c.src, got, c.tag)
		}
	}
}

func TestUtilBindingPreviewEntries(t *testing.T) {
	e := newTestEnv(t)
	cases := []struct{ src, want string }{
		{`const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]); const it = m.entries(); it.next(); b.previewEntries(it, true)`, `[[2,"b",3,"c"],true]`},
		{`const m = new Map([[1, 'a'], [2, 'b']]); const it = m.keys(); b.previewEntries(it, true)`, `[[1,2],false]`},
		{`const m = new Map([[1, 'a'], [2, 'b']]); const it = m.values(); it.next(); it.next(); it.next(); b.previewEntries(it, true)`, `[[],false]`},
		{`const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]); const it = m.values(); it.next(); m.delete(1); b.previewEntries(it)`, `["b","c"]`},
		{`const s = new Set(['x', 'y']); b.previewEntries(s.entries(), true)`, `[["x","x","y","y"],true]`},
		{`const s = new Set(['x', 'y']); const it = s.values(); it.next(); b.previewEntries(it, true)`, `[["y"],false]`},
		{`const k = { k: 1 }; const wm = new WeakMap([[k, 'v']]); b.previewEntries(wm)`, `[{"k":1},"v"]`},
		{`const k = { k: 1 }; const ws = new WeakSet([k]); b.previewEntries(ws)`, `[{"k":1}]`},
		{`b.previewEntries({})`, `undefined`},
	}
	for _, c := range cases {
		fn := e.eval(t, `(function (b) { return JSON.stringify((function () { `+strings.Replace(c.src, "b.previewEntries", "return b.previewEntries", 1)+` })()) ?? 'undefined'; })`)
		call, _ := goja.AssertFunction(fn)
		got, err := call(goja.Undefined(), e.loader.Binding("util"))
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if got.String() != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestUtilBindingProxyAndPromise(t *testing.T) {
	e := newTestEnv(t)
	fn := e.eval(t, `(function (b) {
	  const target = { t: 1 }, handler = { h: 1 };
	  const p = new Proxy(target, handler);
	  const r = Proxy.revocable({}, {}); r.revoke();
	  const pending = new Promise(() => {});
	  const rejected = Promise.reject(7); rejected.catch(() => {});
	  return [
	    b.getProxyDetails(p, false) === target,
	    b.getProxyDetails(p, true)[1] === handler,
	    b.getProxyDetails(r.proxy, false) === null,
	    b.getProxyDetails(r.proxy, true)[0] === null,
	    b.getProxyDetails(target, true) === undefined,
	    JSON.stringify(b.getPromiseDetails(pending)),
	    JSON.stringify(b.getPromiseDetails(Promise.resolve('ok'))),
	    JSON.stringify(b.getPromiseDetails(rejected)),
	    b.getPromiseDetails({}) === undefined,
	  ].join(' ');
	})`)
	call, _ := goja.AssertFunction(fn)
	got, err := call(goja.Undefined(), e.loader.Binding("util"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `true true true true true [0] [1,"ok"] [2,7] true`; got.String() != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestUtilBindingNonIndexKeys(t *testing.T) {
	e := newTestEnv(t)
	fn := e.eval(t, `(function (b) {
	  const s = Symbol('s');
	  const a = [1, 2, 3]; a.x = 1; a[s] = 2; a['4294967295'] = 'big';
	  const sparse = [1, , 3]; sparse[100] = 1; sparse.y = 2;
	  const ta = new Uint8Array(4); ta.z = 3;
	  const show = (v) => b.getOwnNonIndexKeys(v).map(String).join(',');
	  return [show(a), show(sparse), show(ta), b.getOwnNonIndexKeys({}) === undefined].join(' | ');
	})`)
	call, _ := goja.AssertFunction(fn)
	got, err := call(goja.Undefined(), e.loader.Binding("util"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `length,x,4294967295,Symbol(s) | length,y | z | true`; got.String() != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestUtilBindingStrEscape(t *testing.T) {
	vm := goja.New()
	cases := []struct {
		in   goja.String
		raw  bool
		want string
	}{
		{goja.StringFromUTF16([]uint16{'a', 'b'}), false, `'ab'`},
		{vm.ToValue("it's").(goja.String), false, `"it's"`},
		{vm.ToValue(`it's "x"`).(goja.String), false, "`it's \"x\"`"},
		{vm.ToValue("it's \"x\" `y`").(goja.String), false, `'it\'s "x" ` + "`y`'"},
		{vm.ToValue("it's \"x\" ${y}").(goja.String), false, `'it\'s "x" ${y}'`},
		{vm.ToValue("a\nb\tc\\d\x00\x7f\u0085").(goja.String), false, `'a\nb\tc\\d\x00\x7F\x85'`},
		{goja.StringFromUTF16([]uint16{'x', 0xd800, 'y', 0xdc01, 0xd83d, 0xde00}), false, `'x\ud800y\udc01😀'`},
		{vm.ToValue("Symbol(it's\n)").(goja.String), true, `Symbol(it\'s\n)`},
		{vm.ToValue("plain").(goja.String), true, `plain`},
	}
	for _, c := range cases {
		if got := strEscape(c.in, c.raw).String(); got != c.want {
			t.Errorf("strEscape(%q, %v) = %s, want %s", c.in.String(), c.raw, got, c.want)
		}
	}
}

func TestUtilBindingStringWidth(t *testing.T) {
	cases := map[string]int{
		"abc": 3, "日本語": 6, "😀": 2, "e\u0301": 1, "\u200b": 0, "ｱｲｳ": 3, "한국어": 6,
		"★": 1, "±": 1, "\u00ad": 1, "\t": 0, "\u3000": 2, "\uff01": 2,
	}
	for s, want := range cases {
		if got := stringWidth(s); got != want {
			t.Errorf("stringWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestConsoleWritesThroughProcess(t *testing.T) {
	e := newTestEnv(t)
	if err := e.run("console_streams.js", `
	  console.log('a', 1);
	  console.error('e');
	  const orig = process.stdout.write;
	  const seen = [];
	  process.stdout.write = (s) => { seen.push(s); return true; };
	  console.info({ x: 1 });
	  process.stdout.write = orig;
	  console.log(JSON.stringify(seen));
	  console.countReset('nope');
	`); err != nil {
		t.Fatal(err)
	}
	if got, want := e.stdout.String(), "a 1\n[\"{ x: 1 }\\n\"]\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if got, want := e.stderr.String(), "e\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
	if len(e.warnings) != 1 || e.warnings[0] != "Warning: Count for 'nope' does not exist" {
		t.Errorf("warnings = %q", e.warnings)
	}
}

func TestUtilDeprecateWarnsOncePerCode(t *testing.T) {
	e := newTestEnv(t)
	if err := e.run("deprecate.js", `
	  const util = require('util');
	  const a = util.deprecate(() => 1, 'a is old', 'DEP_X');
	  const b = util.deprecate(() => 2, 'b is old', 'DEP_X');
	  const c = util.deprecate(() => 3, 'c is old');
	  a(); a(); b(); c(); c();
	`); err != nil {
		t.Fatal(err)
	}
	want := []string{"DeprecationWarning DEP_X: a is old", "DeprecationWarning: c is old"}
	if strings.Join(e.warnings, "|") != strings.Join(want, "|") {
		t.Errorf("warnings = %q, want %q", e.warnings, want)
	}
}

func BenchmarkInspectManyObjects(b *testing.B) {
	e := newTestEnv(b)
	fn, err := e.vm.RunString(`(function () {
	  const util = require('util');
	  const arr = Array.from({ length: 2000 }, (_, i) => ({ id: i, name: 'item' + i }));
	  return () => util.inspect(arr, { maxArrayLength: Infinity });
	})()`)
	if err != nil {
		b.Fatal(err)
	}
	call, _ := goja.AssertFunction(fn)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := call(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}

func TestConsoleTimers(t *testing.T) {
	e := newTestEnv(t)
	if err := e.run("console_time.js", `
	  console.time();
	  console.timeLog(undefined, 'extra', { a: 1 });
	  console.timeEnd();
	  console.time('x');
	  console.time('x');
	  console.timeEnd('x');
	  console.timeEnd('x');
	  console.timeLog('missing');
	`); err != nil {
		t.Fatal(err)
	}
	// The stub clock does not advance.
	if got, want := e.stdout.String(), "default: 0ms extra { a: 1 }\ndefault: 0ms\nx: 0ms\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	want := "Warning: Label 'x' already exists for console.time()|Warning: No such label 'x' for console.timeEnd()|Warning: No such label 'missing' for console.timeLog()"
	if got := strings.Join(e.warnings, "|"); got != want {
		t.Errorf("warnings = %q\nwant %q", got, want)
	}
}
