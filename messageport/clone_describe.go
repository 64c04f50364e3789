package messageport

import (
	"sync"

	"github.com/dop251/goja"
)

// describe renders an uncloneable value for the DataCloneError message "<value> could not be cloned." the way
// V8's Object::NoSideEffectsToString does: a function's source text, "#<Ctor>" for objects whose toString is
// Object.prototype.toString and whose constructor has a name, else "[object Tag]". Proxies are described by
// their target. Only data properties are read (no getters run); this is the error path, so it may run a
// little JS.
func (s *serializer) describe(o *goja.Object) string {
	for i := 0; i < 100; i++ {
		if k, _ := kindOf(o); k != kProxy { // (only a proxy's Export is cheap: others convert the whole graph)
			break
		}
		if o = o.Export().(goja.Proxy).Target(); o == nil {
			return "#<Object>"
		}
	}
	fn := describeFn(s.vm)
	if fn == nil {
		return "#<Object>"
	}
	// Built-in iterators inherit a `constructor` accessor from Iterator.prototype in V8 (goja has no
	// Iterator global), so V8 never prints them as #<Ctor>.
	k, _ := kindOf(o)
	r, err := fn(goja.Undefined(), o, s.vm.ToValue(o.ClassName()), s.vm.ToValue(k == kIterator))
	if err != nil || !goja.IsString(r) {
		return "#<Object>"
	}
	return r.String()
}

func describeSymbol(sym *goja.Symbol) string { return "Symbol(" + sym.String() + ")" }

var (
	describeOnce sync.Once
	describePrg  *goja.Program
)

const describeSrc = `(function (v, className, noCtor) {
	var gopd = Object.getOwnPropertyDescriptor, gpo = Object.getPrototypeOf;
	function dataProp(o, k) {
		for (var n = 0; o !== null && o !== undefined && n < 1000; o = gpo(o), n++) {
			var d = gopd(o, k);
			if (d) return 'value' in d ? d.value : undefined;
		}
	}
	if (typeof v === 'function') return Function.prototype.toString.call(v);
	if (!noCtor && dataProp(v, 'toString') === Object.prototype.toString) {
		var c = dataProp(v, 'constructor');
		if (typeof c === 'function') {
			var n = dataProp(c, 'name');
			if (typeof n === 'string' && n !== '') return '#<' + n + '>';
		}
	}
	var tag = dataProp(v, Symbol.toStringTag);
	return '[object ' + (typeof tag === 'string' ? tag : className) + ']';
})`

func describeFn(vm *goja.Runtime) goja.Callable {
	describeOnce.Do(func() { describePrg = goja.MustCompile("messageport-describe", describeSrc, true) })
	v, err := vm.RunProgram(describePrg)
	if err != nil {
		return nil
	}
	fn, _ := goja.AssertFunction(v)
	return fn
}
