package messageport

// Fuzzing the clone: fuzz bytes drive a small generator of JS programs that build a random value graph (objects,
// arrays with holes and extra properties, Maps, Sets, Errors with causes, Dates, RegExps, boxed primitives,
// ArrayBuffers and views sharing them, getters, non-enumerable and symbol-keyed properties, cycles and shared
// references, sometimes something uncloneable, sometimes a transfer list). Each graph must either clone to a
// structurally equal graph (compared through a canonical dump computed by the same JS function in both
// runtimes, identity and cycles included) or fail with *DataCloneError; never panic or hang.
//
//	go test -run XXX -fuzz FuzzClone -fuzztime 60s ./messageport/

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// canonSrc defines canon(v, isClone): a string describing what a structured clone preserves of v. Kinds are
// decided by internal slots, not prototypes or tags (a Map whose prototype was swapped is still a Map): through
// brand-checking intrinsics where goja's failure message is cheap, else through __kind (goja's public API).
const canonSrc = `
const isAB = (x) => __kind(x) === 'ArrayBuffer';
function canon(root, isClone) {
	const ids = new Map();
	let next = 0;
	const str = (s) => { let r = '"'; for (let i = 0; i < s.length; i++) r += s.charCodeAt(i).toString(16) + '.'; return r + '"'; };
	const brand = (f) => { try { f(); return true } catch (e) { return false } };
	const get = (proto, k) => Object.getOwnPropertyDescriptor(proto, k).get;
	const TA = Object.getPrototypeOf(Uint8Array.prototype);
	const taTag = get(TA, Symbol.toStringTag), taBuf = get(TA, 'buffer'), taOff = get(TA, 'byteOffset'), taLen = get(TA, 'length');
	const dvBuf = get(DataView.prototype, 'buffer'), dvOff = get(DataView.prototype, 'byteOffset'), dvLen = get(DataView.prototype, 'byteLength');
	const reSrc = get(RegExp.prototype, 'source');
	const reFlags = [['global', 'g'], ['ignoreCase', 'i'], ['multiline', 'm'], ['dotAll', 's'], ['unicode', 'u'], ['sticky', 'y']]
		.map(([k, f]) => [get(RegExp.prototype, k), f]);
	const std = ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];
	const ownData = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return d !== undefined && 'value' in d; };
	function prim(v) {
		switch (typeof v) {
		case 'number': return Object.is(v, -0) ? 'n-0' : 'n' + v;
		case 'string': return 's' + str(v);
		case 'bigint': return 'b' + v;
		case 'boolean': return v ? 'T' : 'F';
		case 'undefined': return 'u';
		case 'symbol': return 'SYM';
		case 'function': return 'FN';
		}
		return 'null';
	}
	function props(o) { return Object.keys(o).map((k) => str(k) + ':' + walk(o[k])).join(','); }
	function walk(v) {
		if (typeof v !== 'object' || v === null) return prim(v);
		if (ids.has(v)) return '#' + ids.get(v);
		ids.set(v, next++);
		const kind = __kind(v);
		if (Array.isArray(v)) {
			return 'A' + (isClone && Object.getPrototypeOf(v) !== Array.prototype ? '!proto' : '') + v.length + '[' + props(v) + ']';
		}
		if (brand(() => Map.prototype.has.call(v, 0))) {
			return 'M[' + [...Map.prototype.entries.call(v)].map(([k, x]) => walk(k) + '=>' + walk(x)).join(',') + ']';
		}
		if (brand(() => Set.prototype.has.call(v, 0))) {
			return 'S[' + [...Set.prototype.values.call(v)].map(walk).join(',') + ']';
		}
		if (kind === 'Date') return 'D' + Date.prototype.getTime.call(v);
		if (kind === 'RegExp') return 'R' + str(reSrc.call(v)) + reFlags.map(([g, f]) => g.call(v) ? f : '').join('');
		if (kind === 'Number' || kind === 'Boolean' || kind === 'BigInt') return 'B' + kind + prim(__unbox(v));
		if (kind === 'String') return 'BS' + prim(String.prototype.valueOf.call(v));
		if (kind === 'ArrayBuffer') {
			try { return 'AB[' + Array.from(new Uint8Array(v)).join('.') + ']'; } catch (e) { return 'AB-detached'; }
		}
		if (taTag.call(v) !== undefined) {
			try { return 'T' + taTag.call(v) + '@' + taOff.call(v) + '+' + taLen.call(v) + ':' + walk(taBuf.call(v)); } catch (e) { return 'T-detached'; }
		}
		if (brand(() => dvBuf.call(v))) {
			try { return 'DV@' + dvOff.call(v) + '+' + dvLen.call(v) + ':' + walk(dvBuf.call(v)); } catch (e) { return 'DV-detached'; }
		}
		if (kind === 'Error') {
			const name = String(v.name);
			return 'E' + (std.includes(name) ? name : 'Error') +
				'|' + (ownData(v, 'message') ? str(String(v.message)) : '-') +
				'|' + (typeof v.stack === 'string' ? str(v.stack) : '-') +
				'|' + (ownData(v, 'cause') ? walk(v.cause) : '-');
		}
		return 'O' + (isClone && Object.getPrototypeOf(v) !== Object.prototype ? '!proto' : '') + '{' + props(v) + '}';
	}
	return walk(root);
}
`

type jsGen struct {
	data []byte
	i    int
	b    strings.Builder
	n    int // pool size
}

func (g *jsGen) byte() int {
	if g.i >= len(g.data) {
		return 0
	}
	c := g.data[g.i]
	g.i++
	return int(c)
}

func (g *jsGen) pick(xs ...string) string { return xs[g.byte()%len(xs)] }

var fuzzPrims = []string{"0", "1", "-1", "-0", "1.5", "NaN", "Infinity", "2 ** 53", "''", "'a'", "'\\u00e9t\\u00e9'",
	"'\\ud800'", "'x'.repeat(40)", "'1'", "'__proto__'", "true", "false", "null", "undefined", "10n", "-(2n ** 70n)"}

var fuzzKeys = []string{"'a'", "'b'", "'0'", "'1'", "'7'", "'10'", "'999'", "'4294967295'", "'-1'", "'__proto__'",
	"'\\u00e9'", "'k\\ud800'", "'toString'", "'stack'", "'message'", "'cause'", "'name'"}

func (g *jsGen) prim() string { return fuzzPrims[g.byte()%len(fuzzPrims)] }
func (g *jsGen) key() string  { return fuzzKeys[g.byte()%len(fuzzKeys)] }
func (g *jsGen) ref() string  { return fmt.Sprintf("p[%d]", g.byte()%g.n) }

func (g *jsGen) val() string {
	if g.byte()%3 == 0 {
		return g.prim()
	}
	return g.ref()
}

func (g *jsGen) node(i int) string {
	switch g.byte() % 20 {
	case 0, 1:
		return "{}"
	case 2:
		return "[" + g.prim() + ", " + g.prim() + "]"
	case 3:
		return "[1,,3]"
	case 4:
		return "new Map()"
	case 5:
		return "new Set()"
	case 6:
		return "new " + g.pick("Error", "TypeError", "RangeError", "EvalError", "SyntaxError", "URIError", "ReferenceError",
			"AggregateError") + "(" + g.pick("'m'", "", "'\\ud800'") + ")"
	case 7:
		return "new Date(" + g.pick("0", "NaN", "-1e12", "8.64e15") + ")"
	case 8:
		return g.pick("/a/g", "/[\\u00e9-]+/iu", "/x/smy", "new RegExp('')")
	case 9:
		return g.pick("new Number(", "new String(", "new Boolean(", "Object(") + g.prim() + ")"
	case 10:
		return fmt.Sprintf("new Uint8Array([%d, %d, %d, 255]).buffer", g.byte(), g.byte(), g.byte())
	case 11:
		k := g.pick("Uint8Array", "Uint8ClampedArray", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array",
			"Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array")
		if i > 0 && g.byte()%2 == 0 {
			j := g.byte() % i
			return fmt.Sprintf("(isAB(p[%d]) && p[%d].byteLength >= 16 ? new %s(p[%d], 8, 1) : new %s(2))", j, j, k, j, k)
		}
		return "new " + k + "(new ArrayBuffer(16), 8, 1)"
	case 12:
		return "new DataView(new ArrayBuffer(8), " + g.pick("0", "2", "8") + ")"
	case 13:
		return g.pick("new (class K { constructor() { this.q = 1 } m() {} })", "Object.create(null)",
			"(() => { class A extends Array {}; return A.of(1, 2) })()", "(() => { class M extends Map {}; return new M([[1, 2]]) })()")
	case 14:
		return "(() => { const a = []; a[" + g.pick("100", "5000", "1e6") + "] = 1; return a })()"
	case 15:
		return g.prim()
	case 16:
		return "new ArrayBuffer(16)"
	case 17:
		if g.byte()%4 == 0 { // sometimes something that cannot be cloned
			// (a proxy is never a pool entry: links could put it in its own target's prototype chain, and then
			// any property write recurses forever inside goja, a fatal Go stack overflow)
			return g.pick("function f() {}", "() => 1", "new WeakMap()", "new WeakSet()", "Promise.resolve()", "({proxy: new Proxy({}, {})})",
				"Symbol('s')", "Object(Symbol())", "(function () { return arguments })()", "(function* () {})()",
				"(() => { const o = {}; markAsUncloneable(o); return o })()", "new Map().keys()")
		}
		return "{x: " + g.prim() + "}"
	}
	return "[]"
}

func (g *jsGen) link() string {
	a, k, v := g.ref(), g.key(), g.val()
	if k == "'message'" || k == "'name'" {
		// an object there makes ToString recurse through goja's Error.prototype.toString without limit
		// (TestErrorToStringCycle covers the serializer's guard); keep the oracle simple
		v = g.prim()
	}
	switch g.byte() % 14 {
	case 0, 1, 2:
		return fmt.Sprintf("%s[%s] = %s;", a, k, v)
	case 3:
		return fmt.Sprintf("Object.defineProperty(%s, %s, {get: () => %s, enumerable: true, configurable: true});", a, k, v)
	case 4:
		return fmt.Sprintf("Object.defineProperty(%s, %s, {value: %s, enumerable: false, configurable: true});", a, k, v)
	case 5:
		return fmt.Sprintf("delete %s[%s];", a, k)
	case 6:
		return fmt.Sprintf("if (%s instanceof Map) %s.set(%s, %s); else if (%s instanceof Set) %s.add(%s);", a, a, g.val(), v, a, a, v)
	case 7:
		return fmt.Sprintf("if (Array.isArray(%s)) %s.push(%s);", a, a, v)
	case 8:
		return fmt.Sprintf("%s[Symbol('s')] = %s;", a, v)
	case 9:
		return fmt.Sprintf("Object.freeze(%s);", a)
	case 10:
		return fmt.Sprintf("%s.cause = %s;", a, v)
	case 11:
		if g.byte()%3 == 0 {
			return fmt.Sprintf("if (isAB(%s)) detach(%s);", a, a)
		}
		return fmt.Sprintf("%s.name = %s;", a, g.pick("'TypeError'", "'Foo'", "5", "undefined"))
	case 12:
		return fmt.Sprintf("if (Array.isArray(%s)) %s.length = %s;", a, a, g.pick("0", "2", "20"))
	}
	return fmt.Sprintf("%s.stack = %s;", a, v)
}

// genProgram turns fuzz bytes into a program that leaves the value in v and the transfer list in t.
func genProgram(data []byte) string {
	g := &jsGen{data: data}
	g.n = 1 + g.byte()%8
	g.b.WriteString("var p = [];\n")
	for i := 0; i < g.n; i++ {
		fmt.Fprintf(&g.b, "try { p[%d] = %s; } catch (e) { p[%d] = %d; }\n", i, g.node(i), i, i)
	}
	links := g.byte() % 24
	for i := 0; i < links && g.i < len(g.data); i++ {
		fmt.Fprintf(&g.b, "try { %s } catch (e) {}\n", g.link())
	}
	fmt.Fprintf(&g.b, "var v = p[%d];\n", g.byte()%g.n)
	switch g.byte() % 4 {
	case 0:
		g.b.WriteString("var t = p.filter(isAB);\n")
	case 1:
		g.b.WriteString("var t = p.filter(isAB).slice(0, 1).concat(p.filter(isAB));\n")
	default:
		g.b.WriteString("var t = [];\n")
	}
	return g.b.String()
}

func fuzzRuntime() *goja.Runtime {
	vm := goja.New()
	// __kind classifies through goja's public API (independently of the serializer's internal classification).
	vm.Set("__kind", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return vm.ToValue("")
		}
		switch o.ClassName() {
		case "Date", "RegExp", "Error", "String", "Number", "Boolean":
			return vm.ToValue(o.ClassName())
		}
		switch o.ExportType() { // not Export(): goja's Set export recurses forever on a Set containing itself
		case reflect.TypeFor[*big.Int]():
			return vm.ToValue("BigInt")
		case reflect.TypeFor[goja.ArrayBuffer]():
			return vm.ToValue("ArrayBuffer")
		}
		return vm.ToValue("")
	})
	vm.Set("__unbox", func(c goja.FunctionCall) goja.Value { return vm.ToValue(c.Argument(0).Export()) })
	vm.Set("markAsUncloneable", func(c goja.FunctionCall) goja.Value {
		MarkUncloneable(vm, c.Argument(0))
		return goja.Undefined()
	})
	vm.Set("detach", func(c goja.FunctionCall) goja.Value {
		if o, ok := c.Argument(0).(*goja.Object); ok {
			if ab, ok := o.Export().(goja.ArrayBuffer); ok {
				ab.Detach()
			}
		}
		return goja.Undefined()
	})
	if _, err := vm.RunString(canonSrc); err != nil {
		panic(err)
	}
	return vm
}

// checkClone reports whether the value was cloned (false: DataCloneError).
func checkClone(t *testing.T, prog string) bool {
	src, dst := fuzzRuntime(), fuzzRuntime()
	if _, err := src.RunString(prog); err != nil {
		t.Fatalf("generated program failed: %v\n%s", err, prog)
	}
	want, err := src.RunString("canon(v, false)")
	if err != nil {
		t.Fatalf("canon(original): %v\n%s", err, prog)
	}
	var transfer []goja.Value
	src.ForOf(src.Get("t"), func(x goja.Value) bool { transfer = append(transfer, x); return true })
	detached := func() string {
		var b strings.Builder
		for _, x := range transfer {
			fmt.Fprint(&b, x.(*goja.Object).Export().(goja.ArrayBuffer).Detached(), " ")
		}
		return b.String()
	}
	before := detached()
	msg, err := Serialize(src, src.Get("v"), transfer, nil)
	if err != nil {
		var dce *DataCloneError
		if !errors.As(err, &dce) {
			t.Fatalf("Serialize: %v (%T)\n%s", err, err, prog)
		}
		if after := detached(); after != before { // C13
			t.Fatalf("failed clone detached buffers: %s -> %s\n%s", before, after, prog)
		}
		return false
	}
	if after := detached(); strings.Contains(after, "false") {
		t.Fatalf("transferred buffers not detached: %s\n%s", after, prog)
	}
	c, err := msg.Deserialize(dst, nil)
	if err != nil {
		t.Fatalf("Deserialize: %v\n%s", err, prog)
	}
	dst.Set("c", c)
	got, err := dst.RunString("canon(c, true)")
	if err != nil {
		t.Fatalf("canon(clone): %v\n%s", err, prog)
	}
	if got.String() != want.String() {
		t.Fatalf("clone differs\n got: %s\nwant: %s\nprogram:\n%s", got, want, prog)
	}
	return true
}

func FuzzClone(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{3, 0, 4, 6, 9, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
	f.Add([]byte("the quick brown fox jumps over the lazy dog"))
	f.Add([]byte{7, 10, 16, 11, 0, 12, 6, 4, 5, 9, 2, 13, 20, 1, 2, 3, 0, 0, 0, 6, 1, 2, 6, 3, 1, 11, 0, 0, 1})
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		b := make([]byte, 64)
		for j := range b {
			b[j] = byte(r.IntN(256))
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4096 {
			return
		}
		checkClone(t, genProgram(data))
	})
}

// TestRandomGraphs runs the fuzz property on a fixed set of random graphs in every `go test`.
func TestRandomGraphs(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 200
	}
	r := rand.New(rand.NewPCG(42, 7))
	cloned := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 16+r.IntN(160))
		for j := range b {
			b[j] = byte(r.IntN(256))
		}
		if checkClone(t, genProgram(b)) {
			cloned++
		}
	}
	t.Logf("%d of %d graphs cloned, the others were DataCloneErrors", cloned, n)
	if cloned < n/3 {
		t.Errorf("only %d of %d random graphs were cloneable: the generator is too hostile", cloned, n)
	}
}
