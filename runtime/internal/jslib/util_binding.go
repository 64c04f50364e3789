package jslib

// internalBinding('util'): the engine-level facts util.inspect and util.types need and
// that JavaScript cannot observe in goja (internal slots: promise state, proxy target,
// iterator positions, weak collection contents, boxed primitive kinds, ...).
//
// goja does not export most of its object kinds, so the binding classifies objects by
// the dynamic type of goja.Object's implementation and reads a few unexported fields
// through reflect/unsafe. Every such read is guarded: if a goja upgrade changes the
// layout, the affected helper degrades (reports "not that type" / no entries) instead
// of crashing. util_test.go pins the expected behaviour so a layout change is noticed.

import (
	"reflect"
	"strconv"
	"sync"
	"unicode"
	"unsafe"
	"weak"

	"github.com/dop251/goja"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Type tags returned by typeTag; JS reads them as internalBinding('util').typeTags.
const (
	tagNone = iota
	tagMap
	tagSet
	tagMapIterator
	tagSetIterator
	tagWeakMap
	tagWeakSet
	tagDate
	tagRegExp
	tagError
	tagPromise
	tagProxy
	tagArrayBuffer
	tagDataView
	tagTypedArray
	tagArguments
	tagGeneratorObject
	tagAsyncFunction
	tagGeneratorFunction
	tagNumberObject
	tagStringObject
	tagBooleanObject
	tagBigIntObject
	tagSymbolObject
)

// tagNames names the tags for JS (typeTags.kTagMap, ...), indexed by tag.
var tagNames = [...]string{
	tagMap: "Map", tagSet: "Set", tagMapIterator: "MapIterator", tagSetIterator: "SetIterator",
	tagWeakMap: "WeakMap", tagWeakSet: "WeakSet", tagDate: "Date", tagRegExp: "RegExp",
	tagError: "Error", tagPromise: "Promise", tagProxy: "Proxy", tagArrayBuffer: "ArrayBuffer",
	tagDataView: "DataView", tagTypedArray: "TypedArray", tagArguments: "Arguments",
	tagGeneratorObject: "GeneratorObject", tagAsyncFunction: "AsyncFunction",
	tagGeneratorFunction: "GeneratorFunction", tagNumberObject: "NumberObject",
	tagStringObject: "StringObject", tagBooleanObject: "BooleanObject",
	tagBigIntObject: "BigIntObject", tagSymbolObject: "SymbolObject",
}

var implTags = map[string]int{
	"mapObject":                 tagMap,
	"setObject":                 tagSet,
	"mapIterObject":             tagMapIterator,
	"setIterObject":             tagSetIterator,
	"weakMapObject":             tagWeakMap,
	"weakSetObject":             tagWeakSet,
	"dateObject":                tagDate,
	"regexpObject":              tagRegExp,
	"errorObject":               tagError,
	"Promise":                   tagPromise,
	"proxyObject":               tagProxy,
	"arrayBufferObject":         tagArrayBuffer,
	"dataViewObject":            tagDataView,
	"typedArrayObject":          tagTypedArray,
	"argumentsObject":           tagArguments,
	"generatorObject":           tagGeneratorObject,
	"asyncFuncObject":           tagAsyncFunction,
	"asyncMethodFuncObject":     tagAsyncFunction,
	"asyncArrowFuncObject":      tagAsyncFunction,
	"generatorFuncObject":       tagGeneratorFunction,
	"generatorMethodFuncObject": tagGeneratorFunction,
	"stringObject":              tagStringObject,
}

var (
	selfIndex []int // index path of goja.Object.self
	selfOK    bool
)

func init() {
	Bindings["util"] = newUtilBinding
	if f, ok := reflect.TypeOf(goja.Object{}).FieldByName("self"); ok && f.Type.Kind() == reflect.Interface {
		selfIndex, selfOK = f.Index, true
	}
}

// impl returns the concrete implementation struct (addressable) behind o.
func impl(o *goja.Object) (reflect.Value, bool) {
	if !selfOK || o == nil {
		return reflect.Value{}, false
	}
	iv := reflect.ValueOf(o).Elem().FieldByIndex(selfIndex)
	if iv.IsNil() {
		return reflect.Value{}, false
	}
	pv := iv.Elem()
	if pv.Kind() != reflect.Pointer || pv.IsNil() || pv.Elem().Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	return pv.Elem(), true
}

// field reads an (unexported) field of an addressable struct value as a normal value.
func field(v reflect.Value, name string) (reflect.Value, bool) {
	f := v.FieldByName(name)
	if !f.IsValid() || !f.CanAddr() {
		return reflect.Value{}, false
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem(), true
}

func valueField(v reflect.Value, name string) goja.Value {
	f, ok := field(v, name)
	if !ok || f.Kind() != reflect.Interface || f.IsNil() {
		return nil
	}
	gv, _ := f.Interface().(goja.Value)
	return gv
}

func typeTag(v goja.Value) int {
	o, ok := v.(*goja.Object)
	if !ok {
		return tagNone
	}
	s, ok := impl(o)
	if !ok {
		return tagNone
	}
	name := s.Type().Name()
	if t, ok := implTags[name]; ok {
		return t
	}
	switch name {
	case "primitiveValueObject":
		pv := valueField(s, "pValue")
		switch {
		case pv == nil:
			return tagNone
		case goja.IsNumber(pv):
			return tagNumberObject
		case goja.IsBigInt(pv):
			return tagBigIntObject
		}
		if _, ok := pv.(*goja.Symbol); ok {
			return tagSymbolObject
		}
		if pv.ExportType() != nil && pv.ExportType().Kind() == reflect.Bool {
			return tagBooleanObject
		}
		if goja.IsString(pv) {
			return tagStringObject
		}
	case "baseObject":
		if o.ClassName() == "Arguments" {
			return tagArguments
		}
	}
	return tagNone
}

func newUtilBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	tags := vm.NewObject()
	for i, name := range tagNames {
		if name != "" {
			_ = tags.Set("kTag"+name, i)
		}
	}
	_ = b.Set("typeTags", tags)
	constants := vm.NewObject()
	_ = constants.Set("kPending", int(goja.PromiseStatePending))
	_ = constants.Set("kFulfilled", int(goja.PromiseStateFulfilled))
	_ = constants.Set("kRejected", int(goja.PromiseStateRejected))
	_ = constants.Set("ALL_PROPERTIES", 0)
	_ = constants.Set("ONLY_WRITABLE", 1)
	_ = constants.Set("ONLY_ENUMERABLE", 2)
	_ = constants.Set("ONLY_CONFIGURABLE", 4)
	_ = constants.Set("SKIP_STRINGS", 8)
	_ = constants.Set("SKIP_SYMBOLS", 16)
	_ = b.Set("constants", constants)

	set("typeTag", func(c goja.FunctionCall) goja.Value { return vm.ToValue(typeTag(c.Argument(0))) })

	// getProxyDetails(value, full): undefined for a non-proxy; for a proxy the target
	// (full=false) or [target, handler] (full=true), with null parts once revoked.
	set("getProxyDetails", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok || typeTag(o) != tagProxy {
			return goja.Undefined()
		}
		p, ok := o.Export().(goja.Proxy)
		if !ok {
			return goja.Undefined()
		}
		var target, handler goja.Value = goja.Null(), goja.Null()
		if t := p.Target(); t != nil {
			target = t
		}
		if h := p.Handler(); h != nil {
			handler = h
		}
		if len(c.Arguments) > 1 && !c.Argument(1).ToBoolean() {
			return target
		}
		return vm.NewArray(target, handler)
	})

	set("getPromiseDetails", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok || typeTag(o) != tagPromise {
			return goja.Undefined()
		}
		p, ok := o.Export().(*goja.Promise)
		if !ok {
			return goja.Undefined()
		}
		if p.State() == goja.PromiseStatePending {
			return vm.NewArray(int(p.State()))
		}
		res := p.Result()
		if res == nil {
			res = goja.Undefined()
		}
		return vm.NewArray(int(p.State()), res)
	})

	// previewEntries(value, isIterator): remaining entries of a Map/Set iterator
	// ([entries, isKeyValue] when isIterator is true), or the contents of a
	// WeakMap ([k1, v1, ...]) / WeakSet ([v1, ...]) / Map / Set, without side effects.
	set("previewEntries", func(c goja.FunctionCall) goja.Value {
		entries, kv, ok := previewEntries(c.Argument(0))
		if !ok {
			return goja.Undefined()
		}
		arr := vm.NewArray(entries...)
		if c.Argument(1).ToBoolean() {
			return vm.NewArray(arr, kv)
		}
		return arr
	})

	set("getConstructorName", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return vm.ToValue("Object")
		}
		return vm.ToValue(constructorName(o))
	})

	set("getOwnNonIndexKeys", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		keys, ok := ownNonIndexKeys(o)
		if !ok {
			return goja.Undefined()
		}
		return vm.NewArray(keys...)
	})

	set("isArrayBufferDetached", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok || typeTag(o) != tagArrayBuffer {
			return vm.ToValue(false)
		}
		ab, ok := o.Export().(goja.ArrayBuffer)
		return vm.ToValue(ok && ab.Detached())
	})

	// arrayBufferHex(ab, max): "00 01 ff" for the first max bytes.
	set("arrayBufferHex", func(c goja.FunctionCall) goja.Value {
		o, ok := c.Argument(0).(*goja.Object)
		if !ok || typeTag(o) != tagArrayBuffer {
			return vm.ToValue("")
		}
		ab, ok := o.Export().(goja.ArrayBuffer)
		if !ok {
			return vm.ToValue("")
		}
		data := ab.Bytes()
		n := len(data)
		if m := c.Argument(1); !goja.IsUndefined(m) {
			if f := m.ToFloat(); f < float64(n) {
				if f < 0 {
					f = 0
				}
				n = int(f)
			}
		}
		const hexdigits = "0123456789abcdef"
		out := make([]byte, 0, n*3)
		for i := 0; i < n; i++ {
			if i > 0 {
				out = append(out, ' ')
			}
			out = append(out, hexdigits[data[i]>>4], hexdigits[data[i]&15])
		}
		return vm.ToValue(string(out))
	})

	set("strEscape", func(c goja.FunctionCall) goja.Value {
		s, ok := c.Argument(0).(goja.String)
		if !ok {
			s = c.Argument(0).ToString().(goja.String)
		}
		return strEscape(s, c.Argument(1).ToBoolean())
	})

	// getStringWidth(str): display columns of str (no VT escape stripping).
	set("getStringWidth", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(stringWidth(c.Argument(0).String()))
	})
	return b
}

func previewEntries(v goja.Value) (entries []interface{}, keyValue bool, ok bool) {
	o, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false, false
	}
	s, isImpl := impl(o)
	if !isImpl {
		return nil, false, false
	}
	switch tag := typeTag(o); tag {
	case tagMapIterator, tagSetIterator:
		kind, okK := field(s, "kind")
		it, okI := field(s, "iter")
		if !okK || !okI {
			return nil, false, false
		}
		k := kind.Int() // 0 key, 1 value, 2 key+value
		keyValue = k == 2
		if it.IsNil() {
			return []interface{}{}, keyValue, true
		}
		iter := it.Elem()
		m, okM := field(iter, "m")
		cur, okC := field(iter, "cur")
		if !okM || !okC {
			return nil, false, false
		}
		if m.IsNil() {
			return []interface{}{}, keyValue, true
		}
		// Position after the last returned entry; skip back over deleted ones the
		// way goja's orderedMapIter.next does.
		var e reflect.Value
		for e = cur; !e.IsNil(); {
			if key := valueField(e.Elem(), "key"); key != nil {
				break
			}
			e, _ = field(e.Elem(), "iterPrev")
		}
		if e.IsNil() {
			e, _ = field(m.Elem(), "iterFirst")
		} else {
			e, _ = field(e.Elem(), "iterNext")
		}
		for ; e.IsValid() && !e.IsNil(); e, _ = field(e.Elem(), "iterNext") {
			key := valueField(e.Elem(), "key")
			if key == nil {
				continue
			}
			val := valueField(e.Elem(), "value")
			if val == nil {
				val = goja.Undefined()
			}
			if tag == tagSetIterator {
				val = key
			}
			switch {
			case keyValue:
				entries = append(entries, key, val)
			case k == 0:
				entries = append(entries, key)
			default:
				entries = append(entries, val)
			}
		}
		if entries == nil {
			entries = []interface{}{}
		}
		return entries, keyValue, true
	case tagMap, tagSet:
		m, okM := field(s, "m")
		if !okM || m.IsNil() {
			return nil, false, false
		}
		for e, _ := field(m.Elem(), "iterFirst"); e.IsValid() && !e.IsNil(); e, _ = field(e.Elem(), "iterNext") {
			key := valueField(e.Elem(), "key")
			if key == nil {
				continue
			}
			if tag == tagMap {
				val := valueField(e.Elem(), "value")
				if val == nil {
					val = goja.Undefined()
				}
				entries = append(entries, key, val)
			} else {
				entries = append(entries, key)
			}
		}
		if entries == nil {
			entries = []interface{}{}
		}
		return entries, tag == tagMap, true
	case tagWeakMap, tagWeakSet:
		name := "m"
		if tag == tagWeakSet {
			name = "s"
		}
		wm, okW := field(s, name)
		if !okW || wm.Kind() != reflect.Struct {
			return nil, false, false
		}
		mu, okMu := field(wm, "Mutex")
		m, okMap := field(wm, "m")
		if !okMu || !okMap || m.Kind() != reflect.Map {
			return nil, false, false
		}
		lock := mu.Addr().Interface().(*sync.Mutex)
		lock.Lock()
		iter := m.MapRange()
		type kv struct {
			k *goja.Object
			v goja.Value
		}
		var found []kv
		for iter.Next() {
			p, okP := iter.Key().Interface().(weak.Pointer[goja.Object])
			if !okP {
				continue
			}
			k := p.Value()
			if k == nil {
				continue
			}
			var val goja.Value
			if mv := iter.Value(); mv.IsValid() && !mv.IsNil() {
				val, _ = mv.Interface().(goja.Value)
			}
			found = append(found, kv{k, val})
		}
		lock.Unlock()
		entries = []interface{}{}
		for _, e := range found {
			if tag == tagWeakMap {
				val := e.v
				if val == nil {
					val = goja.Undefined()
				}
				entries = append(entries, e.k, val)
			} else {
				entries = append(entries, e.k)
			}
		}
		return entries, tag == tagWeakMap, true
	}
	return nil, false, false
}

// ownNonIndexKeys returns the own string keys that are not array indices, followed by
// the own symbols, of an array or typed array without enumerating its elements.
func ownNonIndexKeys(o *goja.Object) ([]interface{}, bool) {
	s, ok := impl(o)
	if !ok {
		return nil, false
	}
	switch s.Type().Name() {
	case "arrayObject", "sparseArrayObject", "typedArrayObject":
	default:
		return nil, false
	}
	names, ok := field(s, "propNames")
	if !ok || names.Kind() != reflect.Slice || names.Type().Elem().Kind() != reflect.String {
		return nil, false
	}
	keys := make([]interface{}, 0, names.Len())
	for i := 0; i < names.Len(); i++ {
		n := names.Index(i).String()
		if isArrayIndex(n) {
			continue
		}
		keys = append(keys, n)
	}
	for _, sym := range o.Symbols() {
		keys = append(keys, sym)
	}
	return keys, true
}

func isArrayIndex(s string) bool {
	if s == "" || len(s) > 10 || (s[0] == '0' && len(s) > 1) {
		return false
	}
	n, err := strconv.ParseUint(s, 10, 64)
	return err == nil && n < 1<<32-1
}

// constructorName approximates V8's JSReceiver::GetConstructorName for objects whose
// prototype chain gives no answer.
func constructorName(o *goja.Object) string {
	switch t := typeTag(o); t {
	case tagMap:
		return "Map"
	case tagSet:
		return "Set"
	case tagWeakMap:
		return "WeakMap"
	case tagWeakSet:
		return "WeakSet"
	case tagDate:
		return "Date"
	case tagRegExp:
		return "RegExp"
	case tagError:
		return "Error"
	case tagPromise:
		return "Promise"
	case tagArrayBuffer:
		return "ArrayBuffer"
	case tagDataView:
		return "DataView"
	case tagNumberObject:
		return "Number"
	case tagStringObject:
		return "String"
	case tagBooleanObject:
		return "Boolean"
	case tagBigIntObject:
		return "BigInt"
	case tagSymbolObject:
		return "Symbol"
	}
	switch cn := o.ClassName(); cn {
	case "Array", "Function":
		return cn
	case "AsyncFunction", "GeneratorFunction":
		return "Function"
	}
	return "Object"
}

var metaEscapes = func() [160]string {
	var m [160]string
	for i := 0; i < 0x20; i++ {
		m[i] = "\\x" + string("0123456789ABCDEF"[i>>4]) + string("0123456789ABCDEF"[i&15])
	}
	m['\b'], m['\t'], m['\n'], m['\f'], m['\r'] = `\b`, `\t`, `\n`, `\f`, `\r`
	m['\''], m['\\'] = `\'`, `\\`
	for i := 0x7f; i < 0xa0; i++ {
		m[i] = "\\x" + string("0123456789ABCDEF"[i>>4]) + string("0123456789ABCDEF"[i&15])
	}
	return m
}()

// strEscape quotes s the way util.inspect does: single quotes unless s contains one
// (then double quotes, then backticks), escaping control characters, the chosen quote,
// backslashes and lone surrogates. raw escapes single quotes and adds no quotes (the
// escaping inspect applies to symbol descriptions).
func strEscape(s goja.String, raw bool) goja.Value {
	n := s.Length()
	hasSingle, hasDouble, hasBacktick, hasDollarBrace := false, false, false, false
	needs := false
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c == '\'':
			hasSingle = true
		case c == '"':
			hasDouble = true
		case c == '`':
			hasBacktick = true
		case c == '$' && i+1 < n && s.CharAt(i+1) == '{':
			hasDollarBrace = true
		case c < 0x20 || c == '\\' || (c >= 0x7f && c < 0xa0) || (c >= 0xd800 && c <= 0xdfff):
			needs = true
		}
	}
	quote := uint16('\'')
	if hasSingle && !raw {
		if !hasDouble {
			quote = '"'
		} else if !hasBacktick && !hasDollarBrace {
			quote = '`'
		}
	}
	if raw && !needs && !hasSingle {
		return s
	}
	var b goja.StringBuilder
	b.Grow(n + 2)
	if !raw {
		b.WriteRune(rune(quote))
	}
	if !needs && (quote != '\'' || !hasSingle) {
		b.WriteString(s)
		b.WriteRune(rune(quote))
		return b.String()
	}
	last := 0
	flush := func(i int) {
		if last < i {
			b.WriteSubstring(s, last, i)
		}
	}
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		if (c == '\'' && quote == '\'') || c == '\\' || c < 0x20 || (c > 0x7e && c < 0xa0) {
			flush(i)
			b.WriteUTF8String(metaEscapes[c])
			last = i + 1
		} else if c >= 0xd800 && c <= 0xdfff {
			if c <= 0xdbff && i+1 < n {
				if d := s.CharAt(i + 1); d >= 0xdc00 && d <= 0xdfff {
					i++
					continue
				}
			}
			flush(i)
			b.WriteUTF8String(`\u` + strconv.FormatUint(uint64(c), 16))
			last = i + 1
		}
	}
	flush(n)
	if !raw {
		b.WriteRune(rune(quote))
	}
	return b.String()
}

// stringWidth follows node's ICU-based GetStringWidth (src/node_i18n.cc): East Asian
// Wide/Fullwidth and emoji-presentation code points count 2; control, format,
// enclosing and nonspacing marks, and emoji modifiers count 0; everything else 1.
func stringWidth(s string) int {
	w := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x7f {
			// Like node, normalize (NFC) the non-ASCII rest before measuring it.
			for _, r := range norm.NFC.String(s[i:]) {
				w += runeWidth(r)
			}
			break
		}
		if c >= 0x20 {
			w++
		}
	}
	return w
}

func runeWidth(r rune) int {
	if r < 0x7f {
		if r < 0x20 {
			return 0
		}
		return 1
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	case width.EastAsianAmbiguous, width.Neutral:
		if isEmojiPresentation(r) {
			return 2
		}
	}
	if r != 0xad && (unicode.In(r, unicode.Cc, unicode.Cf, unicode.Me, unicode.Mn) || (r >= 0x1f3fb && r <= 0x1f3ff)) {
		return 0
	}
	return 1
}

// isEmojiPresentation reports Emoji_Presentation code points outside the East Asian
// Wide ranges (the wide ones are already counted as 2).
func isEmojiPresentation(r rune) bool {
	switch {
	case r >= 0x1f1e6 && r <= 0x1f1ff: // regional indicators
		return true
	case r >= 0x1f300 && r <= 0x1faff:
		return true
	}
	return false
}
