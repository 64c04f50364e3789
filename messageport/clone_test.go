package messageport

// Tests for the structured clone, one test per rule of shared/docs/worker-threads-semantics.md §5 (C1–C13)
// and §6 (R1–R3); expectations were recorded with Node v26.10.0 (port.postMessage + receiveMessageOnPort,
// same as structuredClone). Each case clones a value out of one goja runtime into another and checks the
// result with JS in the receiving runtime.

import (
	"errors"
	"strings"
	"testing"
	"unsafe"

	"github.com/dop251/goja"
)

type cloneCase struct {
	name     string
	value    string // JS expression in the sender: the value to clone
	transfer string // JS expression in the sender: the transfer list (an array); optional
	check    string // JS expression in the receiver (the clone is `c`); must be true
	after    string // JS expression in the sender after Serialize (`v` value, `t` transfer list); must be true
	err      string // expected *DataCloneError message
	throws   string // expected JS exception (goja.Exception) whose value's name is this
	opts     func(src, dst *goja.Runtime) *Options
}

func newRuntime(t testing.TB) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	vm.Set("markAsUncloneable", func(c goja.FunctionCall) goja.Value {
		MarkUncloneable(vm, c.Argument(0))
		return goja.Undefined()
	})
	vm.Set("markAsUntransferable", func(c goja.FunctionCall) goja.Value {
		MarkUntransferable(vm, c.Argument(0))
		return goja.Undefined()
	})
	vm.Set("isMarkedAsUntransferable", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(IsMarkedUntransferable(vm, c.Argument(0)))
	})
	vm.Set("goMap", map[string]any{"a": 1})
	vm.Set("goSlice", []any{1, "y", "z"})
	// structuredClone within one runtime, for sender-side helpers (e.g. detaching a buffer).
	vm.Set("structuredClone", func(c goja.FunctionCall) goja.Value {
		var transfer []goja.Value
		if o, ok := c.Argument(1).(*goja.Object); ok {
			if arr, ok := o.Get("transfer").(*goja.Object); ok {
				vm.ForOf(arr, func(v goja.Value) bool { transfer = append(transfer, v); return true })
			}
		}
		m, err := Serialize(vm, c.Argument(0), transfer, nil)
		if err != nil {
			var dce *DataCloneError
			if errors.As(err, &dce) {
				panic(vm.NewGoError(err))
			}
			panic(err)
		}
		v, err := m.Deserialize(vm, nil)
		if err != nil {
			panic(err)
		}
		return v
	})
	return vm
}

func mustRun(t testing.TB, vm *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := vm.RunString(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v
}

func runCases(t *testing.T, cases []cloneCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src, dst := newRuntime(t), newRuntime(t)
			var opts *Options
			if tc.opts != nil {
				opts = tc.opts(src, dst)
			}
			v := mustRun(t, src, "var v = ("+tc.value+"); v")
			var transfer []goja.Value
			if tc.transfer != "" {
				arr := mustRun(t, src, "var t = ("+tc.transfer+"); t").(*goja.Object)
				src.ForOf(arr, func(x goja.Value) bool { transfer = append(transfer, x); return true })
			}
			msg, err := Serialize(src, v, transfer, opts)
			switch {
			case tc.err != "":
				var dce *DataCloneError
				if !errors.As(err, &dce) {
					t.Fatalf("want DataCloneError %q, got %v (%T)", tc.err, err, err)
				}
				if dce.Message != tc.err {
					t.Fatalf("DataCloneError message\n got: %q\nwant: %q", dce.Message, tc.err)
				}
				if msg != nil {
					t.Fatal("message returned with error")
				}
			case tc.throws != "":
				var ex *goja.Exception
				if !errors.As(err, &ex) {
					t.Fatalf("want %s exception, got %v (%T)", tc.throws, err, err)
				}
				if name := ex.Value().(*goja.Object).Get("name").String(); name != tc.throws {
					t.Fatalf("exception %s, want %s: %v", name, tc.throws, ex)
				}
			case err != nil:
				t.Fatalf("Serialize: %v", err)
			}
			if tc.after != "" {
				if r := mustRun(t, src, tc.after); !r.ToBoolean() {
					t.Errorf("sender check failed: %s", tc.after)
				}
			}
			if err != nil {
				return
			}
			c, err := msg.Deserialize(dst, nil)
			if err != nil {
				t.Fatalf("Deserialize: %v", err)
			}
			if tc.check == "" {
				return
			}
			dst.Set("c", c)
			if r := mustRun(t, dst, tc.check); r != goja.Value(nil) && r.ExportType() != nil && r.ExportType().Kind().String() == "bool" && r.ToBoolean() {
				return
			} else {
				t.Errorf("receiver check failed: %s\n  got %v; clone: %s", tc.check, r, inspect(dst))
			}
		})
	}
}

// inspect renders `c` for failure messages.
func inspect(vm *goja.Runtime) string {
	v, err := vm.RunString(`(function f(x, d) {
		if (d > 4) return '…';
		if (typeof x === 'bigint') return x + 'n';
		if (typeof x === 'string') return JSON.stringify(x);
		if (typeof x !== 'object' || x === null) return Object.is(x, -0) ? '-0' : String(x);
		var tag = Object.prototype.toString.call(x);
		var parts = Reflect.ownKeys(x).map(function (k) {
			var d2 = Object.getOwnPropertyDescriptor(x, k);
			return String(k) + (d2.enumerable ? '' : '(ne)') + ':' + ('value' in d2 ? f(d2.value, d + 1) : 'accessor');
		});
		return tag + '{' + parts.join(', ') + '}';
	})(c, 0)`)
	if err != nil {
		return err.Error()
	}
	return v.String()
}

func TestGojaLayout(t *testing.T) {
	if err := layout(); err != nil {
		t.Fatal(err)
	}
}

func TestC1_Primitives(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "int", value: "42", check: "c === 42"},
		{name: "float", value: "1.5", check: "c === 1.5"},
		{name: "-0", value: "-0", check: "Object.is(c, -0)"},
		{name: "NaN", value: "NaN", check: "Number.isNaN(c)"},
		{name: "Infinity", value: "-Infinity", check: "c === -Infinity"},
		{name: "undefined", value: "undefined", check: "c === undefined"},
		{name: "null", value: "null", check: "c === null"},
		{name: "booleans", value: "[true, false]", check: "c[0] === true && c[1] === false"},
		{name: "ascii string", value: "'hello'", check: "c === 'hello'"},
		{name: "unicode string", value: "'h\\u00e9llo \\u{1F600}'", check: "c === 'h\\u00e9llo \\u{1F600}'"},
		{name: "lone surrogate", value: "'a\\ud800b'", check: "c.length === 3 && c.charCodeAt(1) === 0xd800"},
		{name: "empty string", value: "''", check: "c === ''"},
		{name: "BigInt", value: "[10n, -(2n ** 200n), 0n]", check: "c[0] === 10n && c[1] === -(2n ** 200n) && c[2] === 0n"},
		{name: "symbol", value: "Symbol('x')", err: "Symbol(x) could not be cloned."},
		{name: "symbol without description", value: "Symbol()", err: "Symbol() could not be cloned."},
		{name: "nested symbol", value: "({a: [Symbol.iterator]})", err: "Symbol(Symbol.iterator) could not be cloned."},
	})
}

func TestC1_StringsFromGo(t *testing.T) {
	// goja's strings imported from Go (lazily scanned) cross as Go strings.
	src, dst := newRuntime(t), newRuntime(t)
	long := strings.Repeat("é", 40) + "x"
	v := src.NewObject()
	v.Set("s", long)
	v.Set("a", "short")
	v.Set("re", mustRun(t, src, "new RegExp").(*goja.Object))
	msg, err := Serialize(src, v, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := msg.Deserialize(dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	o := c.(*goja.Object)
	if o.Get("s").String() != long || o.Get("a").String() != "short" {
		t.Fatalf("got %v", o)
	}
}

func TestC2_DateRegExp(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "date", value: "new Date(1700000000123)", check: "c instanceof Date && c.getTime() === 1700000000123"},
		{name: "negative date", value: "new Date(-5)", check: "c.getTime() === -5"},
		{name: "invalid date", value: "new Date(NaN)", check: "c instanceof Date && Number.isNaN(c.getTime())"},
		{name: "date extra props dropped", value: "Object.assign(new Date(0), {x: 1})", check: "c.x === undefined && c.getTime() === 0"},
		{name: "regexp", value: "/a+b/gimsuy", check: "c instanceof RegExp && c.source === 'a+b' && c.flags === 'gimsuy'"},
		{name: "regexp lastIndex reset", value: "(() => { const r = /x/g; r.lastIndex = 3; r.extra = 1; return r })()",
			check: "c.lastIndex === 0 && c.extra === undefined"},
		{name: "regexp escapes", value: "new RegExp('[/]\\\\d', 'u')", check: "c.unicode && c.test('/1') && !c.test('/x')"},
		{name: "regexp identity", value: "(() => { const r = /x/; return [r, r] })()", check: "c[0] === c[1]"},
	})
}

func TestC3_BoxedPrimitives(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "Number", value: "new Number(-0)", check: "typeof c === 'object' && c instanceof Number && Object.is(c.valueOf(), -0)"},
		{name: "Number NaN", value: "new Number(NaN)", check: "Number.isNaN(c.valueOf())"},
		{name: "String", value: "new String('ab\\ud800')", check: "c instanceof String && c.valueOf() === 'ab\\ud800' && c.length === 3"},
		{name: "String extra props dropped", value: "Object.assign(new String('ab'), {x: 1})", check: "c.x === undefined && Object.keys(c).join() === '0,1'"},
		{name: "Boolean", value: "new Boolean(false)", check: "c instanceof Boolean && c.valueOf() === false"},
		{name: "BigInt", value: "Object(12345678901234567890n)", check: "typeof c === 'object' && c.valueOf() === 12345678901234567890n"},
		{name: "Symbol", value: "Object(Symbol('s'))", err: "[object Symbol] could not be cloned."},
	})
}

func TestC4_PlainObjects(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "key order", value: "({b:1, 2:2, a:3, 1:4, '-1':5, '4294967295':6, '4294967294':7})",
			check: "Object.keys(c).join() === '1,2,4294967294,b,a,-1,4294967295'"},
		{name: "key order after deletes", value: "(() => { const o = {x: 1, y: 2, z: 3}; delete o.y; o.y = 4; o[0] = 0; return o })()",
			check: "Object.keys(c).join() === '0,x,z,y' && c.y === 4"},
		{name: "values", value: "({n: 1, s: 's', o: {deep: [1, {x: null}]}})",
			check: "c.n === 1 && c.s === 's' && c.o.deep[1].x === null"},
		{name: "symbols and non-enumerable dropped",
			value: "Object.defineProperty({a: 1, [Symbol('s')]: 2}, 'ne', {value: 1, enumerable: false})",
			check: "Reflect.ownKeys(c).join() === 'a'"},
		{name: "non-writable becomes writable", value: "Object.defineProperty({}, 'ro', {value: 1, enumerable: true})",
			check: "(() => { const d = Object.getOwnPropertyDescriptor(c, 'ro'); return d.writable && d.configurable && d.enumerable && d.value === 1 })()"},
		{name: "getter invoked once", value: "(() => { globalThis.calls = 0; return {get a() { calls++; return 'g' }} })()",
			check: "Object.getOwnPropertyDescriptor(c, 'a').value === 'g'", after: "calls === 1"},
		{name: "getter throws", value: "({get x() { throw new RangeError('boom') }})", throws: "RangeError"},
		{name: "getter deletes a later property", value: "({get a() { delete this.b; return 1 }, b: 2, c: 3})",
			check: "Object.keys(c).join() === 'a,c'"},
		{name: "getter adds a property", value: "({get a() { this.z = 9; return 1 }, b: 2})",
			check: "Object.keys(c).join() === 'a,b'"},
		{name: "getter replaces a later value", value: "({get a() { this.b = 'new'; return 1 }, b: 'old'})",
			check: "c.b === 'new'"},
		{name: "setter only", value: "Object.defineProperty({}, 's', {set(v) {}, enumerable: true})",
			check: "'s' in c && c.s === undefined"},
		{name: "null prototype gains Object.prototype", value: "Object.assign(Object.create(null), {a: 1})",
			check: "Object.getPrototypeOf(c) === Object.prototype && c.a === 1"},
		{name: "frozen state lost", value: "Object.freeze({a: 1})", check: "!Object.isFrozen(c) && (c.a = 2, c.a === 2)"},
		{name: "__proto__ own key", value: "JSON.parse('{\"__proto__\": 5, \"x\": 1}')",
			check: "Object.getPrototypeOf(c) === Object.prototype && Object.keys(c).join() === '__proto__,x' && Object.getOwnPropertyDescriptor(c, '__proto__').value === 5"},
		{name: "setter on Object.prototype not run", value: "({trap: 1})",
			check: "(() => { let hit = false; Object.defineProperty(Object.prototype, 'trap2', {set() { hit = true }}); return !hit && c.trap === 1 })()"},
		{name: "unicode keys", value: "({'\\u00e9': 1, 'k\\ud800': 2})", check: "c['\\u00e9'] === 1 && c['k\\ud800'] === 2"},
		{name: "many keys", value: "(() => { const o = {}; for (let i = 0; i < 100; i++) o['k' + i] = i; return o })()",
			check: "Object.keys(c).length === 100 && c.k99 === 99 && Object.keys(c)[50] === 'k50'"},
		{name: "templated object", value: "Math", check: "Object.keys(c).length === 0 && Object.getPrototypeOf(c) === Object.prototype"},
		{name: "object from Go map", value: "goMap", check: "c.a === 1 && Object.getPrototypeOf(c) === Object.prototype"},
		{name: "array from Go slice", value: "goSlice", check: "Array.isArray(c) && c.length === 3 && c[2] === 'z'"},
	})
}

func TestC5_ClassInstances(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "class instance", value: "new (class A { #p = 1; q = 2; m() {} get g() { return 3 } })",
			check: "JSON.stringify(c) === '{\"q\":2}' && c.constructor === Object && c.g === undefined && Object.getPrototypeOf(c) === Object.prototype"},
		{name: "Array subclass", value: "(() => { class A2 extends Array {}; return A2.from([1, 2]) })()",
			check: "Array.isArray(c) && Object.getPrototypeOf(c) === Array.prototype && c.length === 2"},
		{name: "Map subclass", value: "(() => { class M2 extends Map {}; return new M2([[1, 2]]) })()",
			check: "Object.getPrototypeOf(c) === Map.prototype && c.get(1) === 2"},
		{name: "Error subclass", value: "(() => { class E extends Error {}; return new E('m') })()",
			check: "Object.getPrototypeOf(c) === Error.prototype && c.message === 'm'"},
		{name: "fake Map", value: "Object.create(Map.prototype)", check: "Object.getPrototypeOf(c) === Object.prototype"},
	})
}

func TestC6_ArrayHolesAndExtraProps(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "dense", value: "[1, 'a', null, undefined, [2]]", check: "c.length === 5 && c[1] === 'a' && 3 in c && c[3] === undefined && c[4][0] === 2"},
		{name: "holes", value: "[1,,3,,]", check: "c.length === 4 && !(1 in c) && !(3 in c) && c[2] === 3"},
		{name: "extra property", value: "(() => { const a = [1,,3]; a.extra = 'prop'; return a })()",
			check: "c.extra === 'prop' && Object.keys(c).join() === '0,2,extra'"},
		{name: "extra property on packed array", value: "Object.assign([1, 2], {x: {y: 1}})",
			check: "c.x.y === 1 && Object.keys(c).join() === '0,1,x' && c.length === 2"},
		{name: "sparse stays sparse", value: "(() => { const a = []; a[1e6] = 1; a.x = 2; return a })()",
			check: "c.length === 1000001 && c[1e6] === 1 && Object.keys(c).join() === '1000000,x'"},
		{name: "length only", value: "new Array(5)", check: "c.length === 5 && Object.keys(c).length === 0"},
		{name: "accessor element", value: "(() => { const a = [1,2,3]; Object.defineProperty(a, 1, {get() { a.length = 0; return 'g' }, enumerable: true, configurable: true}); return a })()",
			check: "c.length === 3 && c[1] === 'g' && !(2 in c)"},
		{name: "array with object keys order", value: "[{b: 1, a: 2}]", check: "Object.keys(c[0]).join() === 'b,a'"},
		{name: "empty", value: "[]", check: "Array.isArray(c) && c.length === 0"},
		{name: "push after clone", value: "[1, 2]", check: "(c.push(3), c.length === 3 && c[2] === 3 && c.join() === '1,2,3')"},
		{name: "array methods work", value: "[3, 1, 2]", check: "c.slice().sort().join() === '1,2,3' && c.map(x => x * 2).join() === '6,2,4'"},
		{name: "holes survive mutation", value: "[1,,3]", check: "(c[1] = 2, c.join() === '1,2,3' && (delete c[0], !(0 in c)))"},
		{name: "big dense", value: "Array.from({length: 10000}, (_, i) => i)", check: "c.length === 10000 && c[9999] === 9999 && c.reduce((a, b) => a + b) === 49995000"},
	})
}

func TestC7_MapSetOrder(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "map order", value: "new Map([['b', 1], ['a', 2], [3, 'x']])", check: "[...c.keys()].join() === 'b,a,3' && c.get('a') === 2"},
		{name: "map after delete", value: "(() => { const m = new Map([[1, 1], [2, 2], [3, 3]]); m.delete(2); m.set(2, 'again'); return m })()",
			check: "[...c.keys()].join() === '1,3,2' && c.get(2) === 'again' && c.size === 3"},
		{name: "map object keys", value: "(() => { const k = {id: 1}; return new Map([[k, k], [NaN, -0]]) })()",
			check: "(() => { const [[k, v], [n, z]] = [...c]; return k === v && k.id === 1 && Number.isNaN(n) && Object.is(z, -0) && c.has(NaN) })()"},
		{name: "set order", value: "new Set(['z', 1, {a: 1}, 'a'])", check: "[...c].length === 4 && [...c][0] === 'z' && [...c][2].a === 1"},
		{name: "set of shared objects", value: "(() => { const o = {}; return [new Set([o]), o] })()", check: "[...c[0]][0] === c[1]"},
		{name: "map extra props dropped", value: "Object.assign(new Map, {x: 1})", check: "c.x === undefined && c.size === 0"},
		{name: "map containing itself", value: "(() => { const m = new Map; m.set(m, m); return m })()", check: "c.get(c) === c"},
	})
}

func TestC8_Errors(t *testing.T) {
	const desc = `(o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return d ? (('value' in d) ? 'data' : 'acc') + (d.enumerable ? 'E' : '') + (d.writable ? 'W' : '') + (d.configurable ? 'C' : '') : 'none' }`
	runCases(t, []cloneCase{
		{name: "classes", value: "[new Error('e'), new EvalError('e'), new RangeError('r'), new ReferenceError('f'), new SyntaxError('s'), new TypeError('t'), new URIError('u')]",
			check: "c[0].constructor === Error && c[1] instanceof EvalError && c[2] instanceof RangeError && c[3] instanceof ReferenceError && c[4] instanceof SyntaxError && c[5] instanceof TypeError && c[6] instanceof URIError && c[6].message === 'u'"},
		{name: "message stack cause", value: "(() => { const e = new TypeError('msg', {cause: {a: 1}}); e.code = 'X'; globalThis.st = e.stack; return [e, st] })()",
			check: "(() => { const e = c[0], d = " + desc + "; return e.message === 'msg' && e.stack === c[1] && e.cause.a === 1 && e.code === undefined && d(e, 'message') === 'dataWC' && d(e, 'cause') === 'dataWC' && d(e, 'stack').startsWith('data') && !d(e, 'stack').includes('E') })()"},
		{name: "custom stack", value: "Object.assign(new Error('m'), {stack: 'custom\\nstack'})", check: "c.stack === 'custom\\nstack'"},
		{name: "non-string stack", value: "Object.assign(new Error('m'), {stack: 42})", check: "c.stack === undefined && 'stack' in c"},
		{name: "no message", value: "new Error()", check: "!Object.prototype.hasOwnProperty.call(c, 'message') && c.message === ''"},
		{name: "message accessor dropped", value: "Object.defineProperty(new Error('x'), 'message', {get() { return 'g' }})",
			check: "!Object.prototype.hasOwnProperty.call(c, 'message')"},
		{name: "message stringified", value: "Object.assign(new Error('x'), {message: 5})", check: "c.message === '5'"},
		{name: "non-string messages", value: "[Object.assign(new Error('m'), {message: undefined}), Object.assign(new Error('m'), {message: null}), Object.assign(new Error('m'), {message: {toString() { return undefined }}}), Object.assign(new Error('m'), {message: 12n})]",
			check: "c.map((e) => e.message).join() === 'undefined,null,undefined,12' && c.every((e) => Object.getOwnPropertyNames(e).includes('message'))"},
		{name: "own standard name", value: "Object.assign(new Error('m'), {name: 'TypeError'})", check: "c instanceof TypeError && c.name === 'TypeError'"},
		{name: "own custom name", value: "Object.assign(new Error('m'), {name: 'Foo'})", check: "Object.getPrototypeOf(c) === Error.prototype && c.name === 'Error'"},
		{name: "subclass of RangeError", value: "(() => { class MyErr extends RangeError {}; return new MyErr('q') })()", check: "c.constructor === RangeError"},
		{name: "AggregateError", value: "new AggregateError([1], 'a')", check: "c.constructor === Error && c.errors === undefined && c.message === 'a'"},
		{name: "error cause", value: "new Error('outer', {cause: new RangeError('inner')})", check: "c.cause instanceof RangeError && c.cause.message === 'inner'"},
		{name: "cause cycle", value: "(() => { const e = new Error('e'); e.cause = e; return e })()", check: "c.cause === c"},
		{name: "undefined cause kept", value: "new Error('e', {cause: undefined})", check: "'cause' in c && c.cause === undefined"},
		{name: "uncloneable cause", value: "new Error('m', {cause: () => 1})", err: "() => 1 could not be cloned."},
		{name: "fake error", value: "(() => { const e = Object.create(Error.prototype); e.message = 'z'; return e })()",
			check: "Object.getPrototypeOf(c) === Object.prototype && c.message === 'z'"},
		{name: "message toString throws", value: "Object.assign(new Error('x'), {message: {toString() { throw new URIError('u') }}})", throws: "URIError"},
	})
}

// goja's Error.prototype.toString recurses without limit; the serializer's own ToString for error messages
// and names throws RangeError instead, as V8 does.
func TestErrorToStringCycle(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "message is the error", value: "(() => { const e = new Error('x'); e.message = e; return e })()", throws: "RangeError"},
		{name: "mutual", value: "(() => { const a = new Error('a'), b = new Error('b'); a.message = b; b.message = a; return a })()", throws: "RangeError"},
		{name: "name is the error", value: "(() => { const e = new Error('x'); e.name = e; return e })()", throws: "RangeError"},
		{name: "message is another error", value: "(() => { const e = new Error('x'); e.message = new TypeError('inner'); return e })()",
			check: "c.message === 'TypeError: inner'"},
		{name: "message object with toString", value: "Object.assign(new Error('x'), {message: {toString() { return 'ts' }}})", check: "c.message === 'ts'"},
	})
}

func TestC9_IdentityAndCycles(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "self cycle", value: "(() => { const o = {}; o.self = o; o.arr = [o]; return o })()", check: "c.self === c && c.arr[0] === c"},
		{name: "shared object", value: "(() => { const s = {x: 1}; return {a: s, b: s, c: [s, s]} })()", check: "c.a === c.b && c.c[0] === c.a && c.c[1] === c.a"},
		{name: "array cycle", value: "(() => { const a = [1]; a.push(a); return a })()", check: "c[1] === c"},
		{name: "many shared", value: "(() => { const objs = Array.from({length: 50}, (_, i) => ({i})); return objs.concat(objs) })()",
			check: "c.length === 100 && c.every((o, i) => o === c[i % 50] && o.i === i % 50)"},
		{name: "views share a buffer", value: "(() => { const ab = new ArrayBuffer(8); return {u: new Uint8Array(ab, 2, 3), dv: new DataView(ab, 1, 4), ab} })()",
			check: "c.u.buffer === c.ab && c.dv.buffer === c.ab && c.u.byteOffset === 2 && c.u.length === 3 && c.dv.byteOffset === 1 && c.dv.byteLength === 4"},
		{name: "views without the buffer", value: "(() => { const ab = new ArrayBuffer(8); return [new Uint8Array(ab), new Int16Array(ab, 2)] })()",
			check: "c[0].buffer === c[1].buffer && (c[1][0] = 0x0101, c[0][2] === 1)"},
		{name: "same view twice", value: "(() => { const u = new Uint8Array(2); return [u, u] })()", check: "c[0] === c[1]"},
		{name: "deep chain", value: "(() => { let o = {}; const root = o; for (let i = 0; i < 2000; i++) o = o.next = {i}; return root })()",
			check: "(() => { let n = 0; for (let o = c.next; o; o = o.next) n++; return n === 2000 })()"},
	})
}

func TestC10_ArrayBuffersAndViews(t *testing.T) {
	kinds := []string{"Uint8Array", "Uint8ClampedArray", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
		"Int32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"}
	cases := []cloneCase{
		{name: "ArrayBuffer copied", value: "new Uint8Array([1, 2, 3]).buffer",
			check: "c instanceof ArrayBuffer && c.byteLength === 3 && new Uint8Array(c)[2] === 3",
			after: "(new Uint8Array(v)[0] = 9, v.byteLength === 3)"},
		{name: "empty ArrayBuffer", value: "new ArrayBuffer(0)", check: "c instanceof ArrayBuffer && c.byteLength === 0"},
		{name: "DataView", value: "(() => { const dv = new DataView(new ArrayBuffer(16), 4, 8); dv.setFloat64(0, 1.5); return dv })()",
			check: "c instanceof DataView && c.byteOffset === 4 && c.byteLength === 8 && c.buffer.byteLength === 16 && c.getFloat64(0) === 1.5"},
		{name: "detached view", value: "(() => { const ab = new ArrayBuffer(8); const u = new Uint8Array(ab); structuredClone(ab, {transfer: [ab]}); return u })()",
			err: "An ArrayBuffer is detached and could not be cloned."},
		{name: "Buffer-like subclass arrives as Uint8Array", value: "(() => { class FastBuffer extends Uint8Array {}; return new FastBuffer([1, 2]) })()",
			check: "Object.getPrototypeOf(c) === Uint8Array.prototype && c[1] === 2"},
		{name: "extra props dropped", value: "Object.assign(new Uint8Array(2), {x: 1})", check: "c.x === undefined"},
	}
	for _, k := range kinds {
		val := "1"
		if strings.HasPrefix(k, "Big") {
			val = "1n"
		}
		cases = append(cases, cloneCase{name: k,
			value: "(() => { const a = new " + k + "(new ArrayBuffer(64), 16, 3); a[2] = " + val + "; return a })()",
			check: "Object.getPrototypeOf(c) === " + k + ".prototype && c.byteOffset === 16 && c.length === 3 && c.buffer.byteLength === 64 && c[2] === " + val})
	}
	runCases(t, cases)
}

func TestC11_Uncloneable(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "function", value: "function foo() { return 1 }", err: "function foo() { return 1 } could not be cloned."},
		{name: "arrow", value: "() => {}", err: "() => {} could not be cloned."},
		{name: "nested function", value: "({a: {b: function(){}}})", err: "function(){} could not be cloned."},
		{name: "method", value: "({f(){}})", err: "f(){} could not be cloned."},
		{name: "class", value: "class A {}", err: "class A {} could not be cloned."},
		{name: "WeakMap", value: "new WeakMap", err: "#<WeakMap> could not be cloned."},
		{name: "WeakSet", value: "[new WeakSet]", err: "#<WeakSet> could not be cloned."},
		{name: "Promise", value: "Promise.resolve(1)", err: "#<Promise> could not be cloned."},
		{name: "Proxy", value: "new Proxy({}, {})", err: "#<Object> could not be cloned."},
		{name: "Proxy of array", value: "new Proxy([], {})", err: "[object Array] could not be cloned."},
		{name: "Proxy of function", value: "new Proxy(function(){}, {})", err: "function(){} could not be cloned."},
		{name: "Proxy traps not run", value: "new Proxy({}, {ownKeys() { throw 1 }, get() { throw 1 }})", err: "#<Object> could not be cloned."},
		{name: "arguments", value: "(function(){ return arguments })(1)", err: "#<Object> could not be cloned."},
		{name: "generator", value: "(function*(){})()", err: "[object Generator] could not be cloned."},
		{name: "map iterator", value: "new Map().keys()", err: "[object Map Iterator] could not be cloned."},
		{name: "class instance with function", value: "new (class Z { constructor() { this.f = () => 1 } })", err: "() => 1 could not be cloned."},
		{name: "function in map", value: "new Map([[1, function g() {}]])", err: "function g() {} could not be cloned."},
		{name: "function in set", value: "new Set([Symbol('q')])", err: "Symbol(q) could not be cloned."},
		{name: "global object", value: "globalThis", err: "#<Object> could not be cloned."},
		{name: "error after getter ran", value: "({get a() { globalThis.ran = true; return 1 }, f() {}})", err: "f() {} could not be cloned.", after: "ran === true"},
	})
}

func TestC12_MarkAsUncloneable(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "object", value: "(() => { const o = {}; markAsUncloneable(o); return o })()", err: "Cannot clone object of unsupported type."},
		{name: "nested", value: "(() => { const o = {}; markAsUncloneable(o); return {x: [o]} })()", err: "Cannot clone object of unsupported type."},
		{name: "null prototype", value: "(() => { const o = Object.create(null); markAsUncloneable(o); return o })()", err: "Cannot clone object of unsupported type."},
		{name: "class instance", value: "(() => { const o = new (class X {}); markAsUncloneable(o); return o })()", err: "Cannot clone object of unsupported type."},
		{name: "frozen", value: "(() => { const o = Object.freeze({}); markAsUncloneable(o); return o })()", err: "Cannot clone object of unsupported type."},
		{name: "Error", value: "(() => { const o = new Error('x'); markAsUncloneable(o); return o })()", err: "Cannot clone object of unsupported type."},
		{name: "no trace on the object", value: "(() => { const o = {a: 1}; markAsUncloneable(o); return Reflect.ownKeys(o).length })()", check: "c === 1"},
		{name: "array unaffected", value: "(() => { const o = [1]; markAsUncloneable(o); return o })()", check: "c[0] === 1"},
		{name: "ArrayBuffer unaffected", value: "(() => { const o = new ArrayBuffer(2); markAsUncloneable(o); return o })()", check: "c.byteLength === 2"},
		{name: "typed array unaffected", value: "(() => { const o = new Uint8Array(2); markAsUncloneable(o); return o })()", check: "c.length === 2"},
		{name: "Map, Date, RegExp, boxed unaffected", value: "(() => { const o = [new Map, new Date(0), /x/, new Number(1)]; o.forEach(markAsUncloneable); return o })()", check: "c.length === 4"},
		{name: "primitive no-op", value: "(markAsUncloneable(1), markAsUncloneable(null), 'ok')", check: "c === 'ok'"},
		{name: "other objects unaffected", value: "(() => { markAsUncloneable({}); return {} })()", check: "typeof c === 'object'"},
	})
}

func TestC13_FailedPostDetachesNothing(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "uncloneable value", value: "({ab: new ArrayBuffer(4), f() {}})", transfer: "[v.ab]",
			err: "f() {} could not be cloned.", after: "v.ab.byteLength === 4"},
		{name: "duplicate", value: "new ArrayBuffer(4)", transfer: "[new ArrayBuffer(2), v, v]",
			err: "Transfer list contains duplicate ArrayBuffer", after: "v.byteLength === 4 && t[0].byteLength === 2"},
		{name: "invalid entry after a buffer", value: "new ArrayBuffer(4)", transfer: "[v, {}]",
			err: "Found invalid value in transferList.", after: "v.byteLength === 4"},
		{name: "getter throws", value: "({ab: new ArrayBuffer(4), get x() { throw new TypeError('t') }})", transfer: "[v.ab]",
			throws: "TypeError", after: "v.ab.byteLength === 4"},
		{name: "transfer errors come first", value: "({f() {}})", transfer: "(() => { const ab = new ArrayBuffer(1); markAsUntransferable(ab); return [ab] })()",
			err: "Cannot transfer object of unsupported type."},
	})
}

func TestR1_TransferDetaches(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "detached in sender", value: "(() => { const ab = new ArrayBuffer(8); new Uint8Array(ab)[0] = 7; globalThis.view = new Uint8Array(ab); return {ab} })()",
			transfer: "[v.ab]", after: "v.ab.byteLength === 0 && view.length === 0 && view.byteLength === 0",
			check: "c.ab.byteLength === 8 && new Uint8Array(c.ab)[0] === 7"},
		{name: "not referenced by the value", value: "1", transfer: "[new ArrayBuffer(8)]", after: "t[0].byteLength === 0", check: "c === 1"},
		{name: "views over a transferred buffer", value: "(() => { const ab = new ArrayBuffer(8); return {u: new Uint8Array(ab, 4), ab} })()",
			transfer: "[v.ab]", check: "c.u.buffer === c.ab && c.u.length === 4 && c.ab.byteLength === 8"},
		{name: "view only", value: "(() => { const ab = new ArrayBuffer(8); globalThis.ab = ab; return new Uint16Array(ab) })()",
			transfer: "[ab]", after: "ab.byteLength === 0", check: "c.length === 4"},
		{name: "several buffers", value: "[new ArrayBuffer(1), new ArrayBuffer(2)]", transfer: "[v[1], v[0]]",
			after: "v[0].byteLength === 0 && v[1].byteLength === 0", check: "c[0].byteLength === 1 && c[1].byteLength === 2"},
		{name: "empty buffer", value: "new ArrayBuffer(0)", transfer: "[v]", check: "c.byteLength === 0"},
	})
}

func TestR1_TransferIsZeroCopy(t *testing.T) {
	src, dst := newRuntime(t), newRuntime(t)
	ab := mustRun(t, src, "new ArrayBuffer(1 << 20)").(*goja.Object)
	before := unsafe.SliceData(ab.Export().(goja.ArrayBuffer).Bytes())
	msg, err := Serialize(src, ab, []goja.Value{ab}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := msg.Deserialize(dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	after := unsafe.SliceData(c.(*goja.Object).Export().(goja.ArrayBuffer).Bytes())
	if before != after {
		t.Fatal("transferred bytes were copied")
	}
	if !ab.Export().(goja.ArrayBuffer).Detached() {
		t.Fatal("sender buffer not detached")
	}
}

func TestR2_TransferListErrors(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "duplicate", value: "new ArrayBuffer(4)", transfer: "[v, v]", err: "Transfer list contains duplicate ArrayBuffer"},
		{name: "detached in list", value: "1", transfer: "(() => { const ab = new ArrayBuffer(4); structuredClone(ab, {transfer: [ab]}); return [ab] })()",
			err: "Cannot transfer object of unsupported type."},
		{name: "detached in value", value: "(() => { const ab = new ArrayBuffer(4); structuredClone(ab, {transfer: [ab]}); return {ab} })()",
			err: "An ArrayBuffer is detached and could not be cloned."},
		{name: "typed array in list", value: "1", transfer: "[new Uint8Array(2)]", err: "Found invalid value in transferList."},
		{name: "plain object in list", value: "1", transfer: "[{}]", err: "Found invalid value in transferList."},
		{name: "number in list", value: "1", transfer: "[1]", err: "Found invalid value in transferList."},
		{name: "null in list", value: "1", transfer: "[null]", err: "Found invalid value in transferList."},
		{name: "SharedArrayBuffer in list", value: "1", transfer: "[sab]", err: "Found invalid value in transferList.",
			opts: func(src, dst *goja.Runtime) *Options { return &Options{Hosts: []HostObjects{newFakeSAB(src)}} }},
	})
}

func TestR3_MarkAsUntransferable(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "listing a marked buffer", value: "(() => { const ab = new ArrayBuffer(4); markAsUntransferable(ab); return ab })()",
			transfer: "[v]", err: "Cannot transfer object of unsupported type.", after: "v.byteLength === 4 && isMarkedAsUntransferable(v)"},
		{name: "marked buffer still clones", value: "(() => { const ab = new ArrayBuffer(4); markAsUntransferable(ab); return ab })()",
			check: "c.byteLength === 4", after: "isMarkedAsUntransferable(v)"},
		{name: "marked object in list", value: "1", transfer: "(() => { const o = {}; markAsUntransferable(o); return [o] })()",
			err: "Cannot transfer object of unsupported type."},
		{name: "typed array mark does not mark its buffer", value: "(() => { const u = new Uint8Array(4); markAsUntransferable(u); return u })()",
			transfer: "[v.buffer]", after: "isMarkedAsUntransferable(v) && !isMarkedAsUntransferable(v.buffer)", check: "c.length === 4"},
		{name: "primitives", value: "(markAsUntransferable(1), [isMarkedAsUntransferable(1), isMarkedAsUntransferable(null), isMarkedAsUntransferable({})])",
			check: "c.join() === 'false,false,false'"},
	})
}

// A clone of a marked buffer is not marked.
func TestR3_CloneIsNotMarked(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "clone not marked", value: "(() => { const ab = new ArrayBuffer(4); markAsUntransferable(ab); return ab })()",
			check: "!isMarkedAsUntransferable(c)"},
	})
}

func TestDepthLimit(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "too deep", value: "(() => { let o = {}; for (let i = 0; i < 20000; i++) o = {o}; return o })()", throws: "RangeError"},
		{name: "deep arrays ok", value: "(() => { let a = []; for (let i = 0; i < 5000; i++) a = [a]; return a })()", check: "Array.isArray(c[0][0])"},
	})
}

func TestMessageUse(t *testing.T) {
	src, dst := newRuntime(t), newRuntime(t)
	v := mustRun(t, src, "({ab: new ArrayBuffer(4), s: 'x'})")
	msg, err := Serialize(src, v, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := msg.Copy()
	if err != nil {
		t.Fatal(err)
	}
	c1, err := msg.Deserialize(dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := msg.Deserialize(dst, nil); !errors.Is(err, errConsumed) {
		t.Fatalf("second Deserialize: %v", err)
	}
	c2, err := cp.Deserialize(dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	dst.Set("c1", c1)
	dst.Set("c2", c2)
	if r := mustRun(t, dst, "new Uint8Array(c1.ab)[0] = 5; new Uint8Array(c2.ab)[0] === 0 && c2.s === 'x'"); !r.ToBoolean() {
		t.Fatal("copies share memory")
	}

	// a message with a transferred buffer cannot be copied
	ab := mustRun(t, src, "new ArrayBuffer(4)")
	msg, err = Serialize(src, ab, []goja.Value{ab}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := msg.Copy(); err == nil {
		t.Fatal("Copy of a transferring message succeeded")
	}
	msg.Discard()
	if _, err := msg.Deserialize(dst, nil); !errors.Is(err, errConsumed) {
		t.Fatalf("Deserialize after Discard: %v", err)
	}
}

func TestSameRuntime(t *testing.T) {
	vm := newRuntime(t)
	if r := mustRun(t, vm, `const o = {a: [1, {b: 2}], m: new Map([[1, 2]])}; o.o = o; const c = structuredClone(o);
		c !== o && c.o === c && c.a[1].b === 2 && c.a !== o.a && c.m.get(1) === 2`); !r.ToBoolean() {
		t.Fatal("structuredClone in one runtime")
	}
}

// Concurrent clones between several runtimes on their own goroutines (run with -race).
func TestConcurrentRuntimes(t *testing.T) {
	const n = 4
	type env struct {
		vm *goja.Runtime
		in chan *Message
	}
	envs := make([]*env, n)
	for i := range envs {
		envs[i] = &env{vm: newRuntime(t), in: make(chan *Message, 8)}
	}
	done := make(chan error, n)
	for i := range envs {
		go func(i int) {
			e := envs[i]
			run := func(src string) goja.Value {
				v, err := e.vm.RunString(src)
				if err != nil {
					panic(err)
				}
				return v
			}
			v := run(`({s: 'hello '.repeat(10), u: 'h\u00e9', n: 1.5, a: [1,,3], d: new Date(1), ab: new Uint8Array([1,2,3]).buffer, big: 1n << 70n, m: new Map([[{}, 'x']])})`)
			for round := 0; round < 50; round++ {
				ab := run("new ArrayBuffer(16)")
				obj := e.vm.NewObject()
				obj.Set("v", v)
				obj.Set("ab", ab)
				msg, err := Serialize(e.vm, obj, []goja.Value{ab}, nil)
				if err != nil {
					done <- err
					return
				}
				envs[(i+1)%n].in <- msg
				got := <-e.in
				c, err := got.Deserialize(e.vm, nil)
				if err != nil {
					done <- err
					return
				}
				e.vm.Set("c", c)
				if r := run("c.v.s.length === 60 && c.v.a.length === 3 && c.ab.byteLength === 16 && c.v.big === 1n << 70n"); !r.ToBoolean() {
					done <- errors.New("bad clone")
					return
				}
			}
			done <- nil
		}(i)
	}
	for range envs {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}
