package messageport

// Access to goja internals.
//
// goja's public API cannot tell a DataView from a plain object, cannot read a typed array's buffer, byteOffset or
// Map entries without going through user-patchable JS getters, and its generic property API (Object.Keys + Get,
// NewObject + Set) was slower than Node's whole post-to-ack time for a 1 MB graph in a prototype (not kept; see
// RATIONALE.md, clone representation). So the clone reads (and, for the
// objects it creates itself, writes) a few goja struct fields directly. Everything is located by name with reflect
// once, checked against the expected types (see layoutInit), and reached through unsafe offsets on the hot path.
// If goja changes shape, layoutInit fails with a precise message, Serialize/Deserialize return that error and
// TestGojaLayout fails: bumping goja in go.mod needs `go test ./messageport/`.
//
// What is touched, all read-only except fields of objects this package has just created:
//   - Object.self (the objectImpl interface): its itab tells the object's exact internal class.
//   - baseObject: val, prototype, values (own string-keyed properties), propNames (their order),
//     lastSortedPropLen (whether propNames already has integer keys first); written: values, propNames on
//     freshly created plain objects and arrays.
//   - valueProperty: value, enumerable, accessor, getterFunc.
//   - arrayObject: values, length (read); values, length, objCount (written on fresh arrays).
//   - mapObject/setObject → orderedMap → mapEntry linked list: key, value, iterNext.
//   - primitiveValueObject.pValue, stringObject.value, regexpObject.source + pattern flags.
//   - typedArrayObject: viewedArrayBuf, offset, length, typedArray (element kind); dataViewObject: viewedArrayBuf,
//     byteOffset, byteLen.
//   - Runtime.global: the intrinsic constructors (so a user replacing globalThis.Map does not break receiving).

import (
	"fmt"
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// iface is the memory layout of a non-empty Go interface value: itab pointer and data pointer.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

func tabOf(v goja.Value) unsafe.Pointer  { return (*iface)(unsafe.Pointer(&v)).tab }
func dataOf(v goja.Value) unsafe.Pointer { return (*iface)(unsafe.Pointer(&v)).data }

// at returns a typed pointer to the field at offset off of the struct at p.
func at[T any](p unsafe.Pointer, off uintptr) *T { return (*T)(unsafe.Add(p, off)) }

type objKind uint8

const (
	kOther       objKind = iota // an implementation we do not special-case: ordinary object via the public API
	kPlain                      // *baseObject: ordinary object
	kArray                      // *arrayObject
	kSparseArray                // *sparseArrayObject
	kMap
	kSet
	kWeak // WeakMap, WeakSet
	kPrimitive
	kStringObj
	kDate
	kRegExp
	kError
	kPromise
	kProxy
	kArguments
	kArrayBuffer
	kTypedArray
	kDataView
	kIterator // generators and built-in iterators: not cloneable
)

// Typed array element kinds, in the order of taNames.
const (
	taUint8 uint8 = iota
	taUint8Clamped
	taInt8
	taUint16
	taInt16
	taUint32
	taInt32
	taFloat32
	taFloat64
	taBigInt64
	taBigUint64
	taCount
)

var taNames = [taCount]string{"Uint8Array", "Uint8ClampedArray", "Int8Array", "Uint16Array", "Int16Array",
	"Uint32Array", "Int32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"}

var taElemSize = [taCount]int{1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8}

// gl holds the goja layout found by layoutInit.
var gl struct {
	err error

	objSelf uintptr // Object.self

	tabPlain, tabArray unsafe.Pointer // hot kinds, compared directly
	kinds              map[unsafe.Pointer]objKind

	// baseObject
	boVal, boProto, boValues, boPropNames, boLastSorted uintptr

	// valueProperty
	tabValueProperty                         unsafe.Pointer
	vpValue, vpEnumerable, vpAccessor, vpGet uintptr

	// arrayObject
	arrValues, arrLength, arrObjCount uintptr

	// Map / Set
	mapM, setM, omFirst, meKey, meValue, meNext uintptr

	primValue, strObjValue uintptr

	reSource, rePattern                                                uintptr
	rpGlobal, rpIgnoreCase, rpMultiline, rpDotAll, rpSticky, rpUnicode uintptr

	taBuf, taOffset, taLength, taArr uintptr
	taKinds                          map[unsafe.Pointer]uint8
	dvBuf, dvOffset, dvLen           uintptr

	rtGlobal uintptr
	globals  map[string]uintptr

	// primitive value implementations
	tabInt, tabFloat, tabASCII, tabUnicode, tabImported, tabBigInt, tabBool, tabNull, tabUndef unsafe.Pointer
}

var layoutOnce sync.Once

// layout makes sure gl is initialised and returns the error if goja's shape is not the expected one.
func layout() error {
	layoutOnce.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				gl.err = fmt.Errorf("messageport: unsupported goja version: %v", r)
			}
		}()
		layoutInit()
	})
	return gl.err
}

type layoutErr string

func fail(format string, args ...any) { panic(layoutErr(fmt.Sprintf(format, args...))) }

// field returns the offset of t.name (t a struct type), checking the field's type.
// want is either a reflect.Type (exact match) or a string (the type's String()).
func field(t reflect.Type, name string, want any) uintptr {
	f, ok := t.FieldByName(name)
	if !ok {
		fail("%v has no field %s", t, name)
	}
	switch w := want.(type) {
	case reflect.Type:
		if f.Type != w {
			fail("%v.%s is %v, want %v", t, name, f.Type, w)
		}
	case string:
		if f.Type.String() != w {
			fail("%v.%s is %v, want %s", t, name, f.Type, w)
		}
	}
	return f.Offset
}

// embedsBase checks that t (a struct type) starts with an embedded baseObject, so baseObject offsets apply.
func embedsBase(t reflect.Type) {
	if t.NumField() == 0 || t.Field(0).Name != "baseObject" || t.Field(0).Offset != 0 {
		fail("%v does not start with an embedded baseObject", t)
	}
}

var (
	typValue   = reflect.TypeFor[goja.Value]()
	typString  = reflect.TypeFor[goja.String]()
	typObjPtr  = reflect.TypeFor[*goja.Object]()
	typBool    = reflect.TypeFor[bool]()
	typInt     = reflect.TypeFor[int]()
	typUint32  = reflect.TypeFor[uint32]()
	typValues  = reflect.TypeFor[[]goja.Value]()
	typPropMap = reflect.TypeFor[map[unistring.String]goja.Value]()
	typNames   = reflect.TypeFor[[]unistring.String]()
)

func layoutInit() {
	vm := goja.New()
	eval := func(src string) goja.Value {
		v, err := vm.RunString(src)
		if err != nil {
			fail("eval %s: %v", src, err)
		}
		return v
	}

	objT := reflect.TypeFor[goja.Object]()
	selfF, ok := objT.FieldByName("self")
	if !ok || selfF.Type.Kind() != reflect.Interface {
		fail("goja.Object has no interface field self")
	}
	gl.objSelf = selfF.Offset
	// implType returns the itab and concrete (pointer) type behind o.self.
	implType := func(o goja.Value) (unsafe.Pointer, reflect.Type) {
		obj, ok := o.(*goja.Object)
		if !ok {
			fail("sample %v is not an object", o)
		}
		rv := reflect.ValueOf(obj).Elem().FieldByIndex(selfF.Index).Elem()
		if rv.Kind() != reflect.Pointer || rv.Elem().Kind() != reflect.Struct {
			fail("self of %v is %v", o, rv.Type())
		}
		return selfOf(obj).tab, rv.Type()
	}

	gl.kinds = map[unsafe.Pointer]objKind{}
	samples := []struct {
		src  string
		kind objKind
		typ  string
	}{
		{"({})", kPlain, "*goja.baseObject"},
		{"[]", kArray, "*goja.arrayObject"},
		{"var __a = []; __a[1e6] = 1; __a", kSparseArray, "*goja.sparseArrayObject"},
		{"new Map", kMap, "*goja.mapObject"},
		{"new Set", kSet, "*goja.setObject"},
		{"new WeakMap", kWeak, "*goja.weakMapObject"},
		{"new WeakSet", kWeak, "*goja.weakSetObject"},
		{"new Number(1)", kPrimitive, "*goja.primitiveValueObject"},
		{"new String('')", kStringObj, "*goja.stringObject"},
		{"new Date(0)", kDate, "*goja.dateObject"},
		{"/x/", kRegExp, "*goja.regexpObject"},
		{"new Error", kError, "*goja.errorObject"},
		{"Promise.resolve()", kPromise, "*goja.Promise"},
		{"new Proxy({}, {})", kProxy, "*goja.proxyObject"},
		{"(function(){ return arguments })()", kArguments, "*goja.argumentsObject"},
		{"new ArrayBuffer(8)", kArrayBuffer, "*goja.arrayBufferObject"},
		{"new Uint8Array(1)", kTypedArray, "*goja.typedArrayObject"},
		{"new DataView(new ArrayBuffer(1))", kDataView, "*goja.dataViewObject"},
	}
	impl := map[objKind]reflect.Type{}
	for _, src := range []string{"(function*(){})()", "new Map().keys()", "new Set().values()", "[].values()",
		"''[Symbol.iterator]()", "'a'.matchAll(/a/g)"} {
		tab, typ := implType(eval(src))
		if k, ok := gl.kinds[tab]; ok && k != kIterator {
			fail("%s is implemented by %v like a %d", src, typ, k)
		}
		gl.kinds[tab] = kIterator
	}
	for _, s := range samples {
		tab, typ := implType(eval(s.src))
		if typ.String() != s.typ {
			fail("%s is implemented by %v, want %s", s.src, typ, s.typ)
		}
		if k, ok := gl.kinds[tab]; ok && k != s.kind {
			fail("%s is implemented by %v like a %d", s.src, typ, k)
		}
		gl.kinds[tab] = s.kind
		impl[s.kind] = typ.Elem()
		if s.kind == kPlain {
			gl.tabPlain = tab
		} else if s.kind == kArray {
			gl.tabArray = tab
		}
	}

	// baseObject
	baseT := impl[kPlain]
	gl.boVal = field(baseT, "val", typObjPtr)
	gl.boProto = field(baseT, "prototype", typObjPtr)
	gl.boValues = field(baseT, "values", typPropMap)
	gl.boPropNames = field(baseT, "propNames", typNames)
	gl.boLastSorted = field(baseT, "lastSortedPropLen", typInt)
	for k, t := range impl {
		if k != kPlain && k != kPromise && k != kProxy && k != kIterator {
			embedsBase(t)
		}
	}

	// valueProperty: found through an accessor property of a fresh object.
	acc := eval("Object.defineProperty({}, 'x', {get() { return 1 }, enumerable: true})").(*goja.Object)
	pv := (*at[map[unistring.String]goja.Value](selfOf(acc).data, gl.boValues))["x"]
	if pv == nil {
		fail("accessor property not found in baseObject.values")
	}
	gl.tabValueProperty = tabOf(pv)
	vpT := reflect.TypeOf(pv)
	if vpT.String() != "*goja.valueProperty" {
		fail("property slot is %v", vpT)
	}
	vpT = vpT.Elem()
	gl.vpValue = field(vpT, "value", typValue)
	gl.vpEnumerable = field(vpT, "enumerable", typBool)
	gl.vpAccessor = field(vpT, "accessor", typBool)
	gl.vpGet = field(vpT, "getterFunc", typObjPtr)
	if !*at[bool](dataOf(pv), gl.vpAccessor) || !*at[bool](dataOf(pv), gl.vpEnumerable) {
		fail("valueProperty flags not where expected")
	}

	arrT := impl[kArray]
	gl.arrValues = field(arrT, "values", typValues)
	gl.arrLength = field(arrT, "length", typUint32)
	gl.arrObjCount = field(arrT, "objCount", typInt)

	gl.mapM = field(impl[kMap], "m", "*goja.orderedMap")
	gl.setM = field(impl[kSet], "m", "*goja.orderedMap")
	f, _ := impl[kMap].FieldByName("m")
	omT := f.Type.Elem()
	gl.omFirst = field(omT, "iterFirst", "*goja.mapEntry")
	f, _ = omT.FieldByName("iterFirst")
	meT := f.Type.Elem()
	gl.meKey = field(meT, "key", typValue)
	gl.meValue = field(meT, "value", typValue)
	gl.meNext = field(meT, "iterNext", "*goja.mapEntry")

	gl.primValue = field(impl[kPrimitive], "pValue", typValue)
	gl.strObjValue = field(impl[kStringObj], "value", typString)

	reT := impl[kRegExp]
	gl.reSource = field(reT, "source", typString)
	gl.rePattern = field(reT, "pattern", "*goja.regexpPattern")
	f, _ = reT.FieldByName("pattern")
	rpT := f.Type.Elem()
	gl.rpGlobal = field(rpT, "global", typBool)
	gl.rpIgnoreCase = field(rpT, "ignoreCase", typBool)
	gl.rpMultiline = field(rpT, "multiline", typBool)
	gl.rpDotAll = field(rpT, "dotAll", typBool)
	gl.rpSticky = field(rpT, "sticky", typBool)
	gl.rpUnicode = field(rpT, "unicode", typBool)

	taT := impl[kTypedArray]
	gl.taBuf = field(taT, "viewedArrayBuf", "*goja.arrayBufferObject")
	gl.taOffset = field(taT, "offset", typInt)
	gl.taLength = field(taT, "length", typInt)
	gl.taArr = field(taT, "typedArray", "goja.typedArray")
	gl.taKinds = map[unsafe.Pointer]uint8{}
	for k, name := range taNames {
		o := eval("new " + name + "(new ArrayBuffer(16), 8, 1)").(*goja.Object)
		p := selfOf(o).data
		gl.taKinds[at[iface](p, gl.taArr).tab] = uint8(k)
		if *at[int](p, gl.taOffset)*taElemSize[k] != 8 || *at[int](p, gl.taLength) != 1 {
			fail("%s offset/length not where expected", name)
		}
	}
	if len(gl.taKinds) != int(taCount) {
		fail("typed array kinds are not distinct")
	}
	dvT := impl[kDataView]
	gl.dvBuf = field(dvT, "viewedArrayBuf", "*goja.arrayBufferObject")
	gl.dvOffset = field(dvT, "byteOffset", typInt)
	gl.dvLen = field(dvT, "byteLen", typInt)

	// Runtime.global
	rtT := reflect.TypeFor[goja.Runtime]()
	gf, ok := rtT.FieldByName("global")
	if !ok || gf.Type.Kind() != reflect.Struct {
		fail("goja.Runtime has no struct field global")
	}
	gl.rtGlobal = gf.Offset
	gl.globals = map[string]uintptr{}
	names := []string{"ObjectPrototype", "Map", "Set", "Date", "RegExp", "Error", "EvalError", "RangeError",
		"ReferenceError", "SyntaxError", "TypeError", "URIError", "DataView", "Function"}
	names = append(names, taNames[:]...)
	for _, n := range names {
		gl.globals[n] = gf.Offset + field(gf.Type, n, typObjPtr)
	}

	// primitives
	gl.tabInt = tabOf(vm.ToValue(1))
	gl.tabFloat = tabOf(vm.ToValue(1.5))
	gl.tabASCII = tabOf(eval("'a'"))
	gl.tabUnicode = tabOf(eval("'\\u00e9'"))
	gl.tabImported = tabOf(vm.ToValue("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
	gl.tabBigInt = tabOf(eval("1n"))
	gl.tabBool = tabOf(goja.Value(vm.ToValue(true)))
	gl.tabNull = tabOf(goja.Null())
	gl.tabUndef = tabOf(goja.Undefined())
	checkPrim := func(v goja.Value, want string) {
		if got := reflect.TypeOf(v).String(); got != want {
			fail("primitive %v is %s, want %s", v, got, want)
		}
	}
	checkPrim(vm.ToValue(1), "goja.valueInt")
	checkPrim(vm.ToValue(1.5), "goja.valueFloat")
	checkPrim(eval("'a'"), "goja.asciiString")
	checkPrim(eval("'\\u00e9'"), "goja.unicodeString")
	checkPrim(vm.ToValue("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), "*goja.importedString")
	checkPrim(eval("1n"), "*goja.valueBigInt")
	checkPrim(vm.ToValue(true), "goja.valueBool")

	// A last sanity check of the write path: build {a:1} by hand and read it back through JS.
	o := vm.NewObject()
	w := newObjWriter(o, 1)
	w.put("a", vm.ToValue(1))
	vm.Set("__o", o)
	if v := eval("JSON.stringify(__o) + Object.keys(__o).length"); v.String() != `{"a":1}1` {
		fail("hand-built object reads back as %s", v)
	}
}

func selfOf(o *goja.Object) iface { return *at[iface](unsafe.Pointer(o), gl.objSelf) }

// kindOf classifies o by its goja implementation and returns the implementation's struct pointer.
func kindOf(o *goja.Object) (objKind, unsafe.Pointer) {
	s := selfOf(o)
	switch s.tab {
	case gl.tabPlain:
		return kPlain, s.data
	case gl.tabArray:
		return kArray, s.data
	}
	return gl.kinds[s.tab], s.data
}

// intrinsic returns the runtime's own constructor or prototype called name (a field of goja's global struct),
// initialising it through the global object if goja has not created it yet.
func intrinsic(vm *goja.Runtime, name string) *goja.Object {
	p := at[*goja.Object](unsafe.Pointer(vm), gl.globals[name])
	if *p == nil {
		if v, ok := vm.Get(name).(*goja.Object); ok && *p == nil {
			return v
		}
	}
	return *p
}

// objWriter adds own enumerable data properties to a fresh plain object or array by writing goja's property
// table directly, bypassing [[Set]] (CreateDataProperty semantics: no setter on the prototype chain runs,
// "__proto__" becomes an own property). goja re-sorts integer keys first lazily, on the next enumeration.
type objWriter struct {
	mp *map[unistring.String]goja.Value
	pn *[]unistring.String
}

func newObjWriter(o *goja.Object, n int) objWriter {
	p := selfOf(o).data
	w := objWriter{at[map[unistring.String]goja.Value](p, gl.boValues), at[[]unistring.String](p, gl.boPropNames)}
	if n > 8 && len(*w.mp) == 0 {
		*w.mp = make(map[unistring.String]goja.Value, n)
	}
	old := *w.pn
	// one spare slot: goja keeps a copy-on-write marker at cap-1 while an enumeration is in progress.
	nn := make([]unistring.String, len(old), len(old)+n+1)
	copy(nn, old)
	*w.pn = nn
	return w
}

func (w objWriter) put(name unistring.String, v goja.Value) {
	mm := *w.mp
	l := len(mm)
	mm[name] = v
	if len(mm) > l { // a new name (names of one object are distinct; this only guards odd cases)
		*w.pn = append(*w.pn, name)
	}
}
