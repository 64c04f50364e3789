package jslib

// internalBinding('serdes'): the engine behind v8.Serializer and v8.Deserializer
// (v8.js). It writes and reads V8's ValueSerializer wire format, version 15
// (src/objects/value-serializer.cc), byte for byte as Node does; v8.js keeps Node's
// JavaScript API (argument checks, DefaultSerializer, serialize/deserialize) and the
// pieces that need JavaScript semantics (error messages, calls to the user's
// _writeHostObject/_readHostObject/_getDataCloneError/_getSharedArrayBufferId, the
// internal slots of dates, regexps, boxed primitives, views and errors). Walking a value
// graph in Go instead of JavaScript is what makes it fast enough: goja interprets.
//
// Where V8's choice depends on how the engine stores a value, this file decides from
// what the value looks like:
//
//   - a number is an Int32 ('I') when it is an int32 other than -0 (a Smi), else a
//     double; a dense array whose elements are all numbers, one of them not a Smi, is
//     written with every element as a double (V8's PACKED_DOUBLE_ELEMENTS);
//   - an array is dense ('A') when it has every index below its length, else sparse
//     ('a'); V8 also writes arrays that were created with holes (new Array(n)) as
//     sparse after the holes are filled, which goja cannot tell;
//   - a string is one-byte when every code unit is at most 0xFF;
//   - arrays this binding deserialized are written sparse, as V8 makes them holey.
//
// Objects are read through goja's public API (Keys, Get, DefineDataProperty); arrays'
// elements, regexp patterns and the kind of an object come from goja's internals
// through the guarded reflection helpers of util_binding.go (impl, field, typeTag).
//
// Malformed input makes readValue throw V8's "Unable to deserialize cloned data."
// error; nesting deeper than serdesMaxDepth throws a RangeError like V8's stack check.
// Handles: newSerializer/newDeserializer return a goja wrapper of the Go state that the
// other functions take first; v8.js keeps one per Serializer/Deserializer object.

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"weak"

	"github.com/dop251/goja"
)

const (
	serdesLatestVersion  = 15
	serdesMinimumVersion = 13
	// serdesMaxDepth bounds the nesting of objects (V8 is bounded by its stack).
	serdesMaxDepth = 8192
)

// SerializationTag values (value-serializer.cc).
const (
	stVersion                = 0xFF
	stPadding                = 0x00
	stVerifyObjectCount      = '?'
	stTheHole                = '-'
	stUndefined              = '_'
	stNull                   = '0'
	stTrue                   = 'T'
	stFalse                  = 'F'
	stInt32                  = 'I'
	stUint32                 = 'U'
	stDouble                 = 'N'
	stBigInt                 = 'Z'
	stUtf8String             = 'S'
	stOneByteString          = '"'
	stTwoByteString          = 'c'
	stObjectReference        = '^'
	stBeginJSObject          = 'o'
	stEndJSObject            = '{'
	stBeginSparseJSArray     = 'a'
	stEndSparseJSArray       = '@'
	stBeginDenseJSArray      = 'A'
	stEndDenseJSArray        = '$'
	stDate                   = 'D'
	stTrueObject             = 'y'
	stFalseObject            = 'x'
	stNumberObject           = 'n'
	stBigIntObject           = 'z'
	stStringObject           = 's'
	stRegExp                 = 'R'
	stBeginJSMap             = ';'
	stEndJSMap               = ':'
	stBeginJSSet             = '\''
	stEndJSSet               = ','
	stArrayBuffer            = 'B'
	stResizableArrayBuffer   = '~'
	stArrayBufferTransfer    = 't'
	stArrayBufferView        = 'V'
	stSharedArrayBuffer      = 'u'
	stSharedObject           = 'p'
	stHostObject             = '\\'
	stError                  = 'r'
	errTagEvalPrototype      = 'E'
	errTagRangePrototype     = 'R'
	errTagReferencePrototype = 'F'
	errTagSyntaxPrototype    = 'S'
	errTagTypePrototype      = 'T'
	errTagURIPrototype       = 'U'
	errTagMessage            = 'm'
	errTagCause              = 'c'
	errTagStack              = 's'
	errTagEnd                = '.'
	viewTagDataView          = '?'
)

// viewElementSizes maps an ArrayBufferViewTag to the element size of its typed array
// (1 for a DataView).
var viewElementSizes = map[uint32]int{
	'b': 1, 'B': 1, 'C': 1, 'w': 2, 'W': 2, 'd': 4, 'D': 4, 'h': 2, 'f': 4, 'F': 8,
	'q': 8, 'Q': 8, viewTagDataView: 1,
}

func init() {
	Bindings["serdes"] = newSerdesBinding
}

// serdesEnv is the binding's state in one runtime: the JavaScript helpers v8.js hands
// over with setup().
type serdesEnv struct {
	vm     *goja.Runtime
	bh     *bufHelper
	vTrue  goja.Value
	vFalse goja.Value

	// holey holds the arrays the deserializer made. V8 makes them with holey elements,
	// so it writes them as sparse arrays from then on; so does this binding. Entries of
	// collected arrays are swept when the map has doubled.
	holey        map[weak.Pointer[goja.Object]]struct{}
	holeySweepAt int

	// serialization
	dataCloneError      goja.Callable // (owner, value, message?) throws owner._getDataCloneError(...)
	writeHostObject     goja.Callable // (owner, object)
	sharedArrayBufferID goja.Callable // (owner, sab) -> uint32
	isSharedArrayBuffer goja.Callable // (ab) -> boolean
	regExpParts         goja.Callable // (re) -> [source, flags]
	dateValue           goja.Callable // (date) -> time value
	primitiveValue      goja.Callable // (wrapper, tag) -> primitive
	entries             goja.Callable // (mapOrSet, isMap) -> [k, v, ...] or [v, ...]
	viewInfo            goja.Callable // (view, isDataView) -> [subtag, byteOffset, byteLength, buffer]
	errorParts          goja.Callable // (error) -> [prototypeTag, message, stack, hasCause, cause]
	ownEntries          goja.Callable // (object, nonIndexOnly) -> [key, value, ...]
	stackOverflow       goja.Callable // () -> RangeError
	makeError           goja.Callable // (message) -> Error

	// deserialization
	newDate        goja.Callable // (time)
	newWrapper     goja.Callable // (tag, primitive)
	newRegExp      goja.Callable // (pattern, flags)
	newMap         goja.Callable
	mapSet         goja.Callable // (map, key, value)
	newSet         goja.Callable
	setAdd         goja.Callable // (set, value)
	newView        goja.Callable // (buffer, subtag, byteOffset, length) -> view or undefined
	newError       goja.Callable // (prototypeTag, message, stack) -> error
	setCause       goja.Callable // (error, cause)
	readHostObject goja.Callable // (owner) -> object
	defineProperty goja.Callable // (object, key, value) -> false if it exists
}

func (e *serdesEnv) markHoley(o *goja.Object) {
	if e.holey == nil {
		e.holey = map[weak.Pointer[goja.Object]]struct{}{}
		e.holeySweepAt = 1024
	}
	e.holey[weak.Make(o)] = struct{}{}
	if len(e.holey) >= e.holeySweepAt {
		for p := range e.holey {
			if p.Value() == nil {
				delete(e.holey, p)
			}
		}
		e.holeySweepAt = 2*len(e.holey) + 1024
	}
}

func (e *serdesEnv) isHoley(o *goja.Object) bool {
	if len(e.holey) == 0 {
		return false
	}
	_, ok := e.holey[weak.Make(o)]
	return ok
}

func (e *serdesEnv) call(fn goja.Callable, args ...goja.Value) goja.Value {
	v, err := fn(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return v
}

// throw throws the error object a helper made.
func (e *serdesEnv) throw(fn goja.Callable, args ...goja.Value) {
	panic(e.call(fn, args...))
}

func newSerdesBinding(vm *goja.Runtime) *goja.Object {
	env := &serdesEnv{vm: vm, bh: &bufHelper{vm: vm}, vTrue: vm.ToValue(true), vFalse: vm.ToValue(false)}
	b := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }

	set("setup", func(c goja.FunctionCall) goja.Value {
		h, ok := c.Argument(0).(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("serdes.setup: helpers expected"))
		}
		get := func(name string) goja.Callable {
			fn, ok := goja.AssertFunction(h.Get(name))
			if !ok {
				panic(vm.NewTypeError("serdes.setup: missing helper " + name))
			}
			return fn
		}
		env.dataCloneError = get("dataCloneError")
		env.writeHostObject = get("writeHostObject")
		env.sharedArrayBufferID = get("sharedArrayBufferId")
		env.isSharedArrayBuffer = get("isSharedArrayBuffer")
		env.regExpParts = get("regExpParts")
		env.dateValue = get("dateValue")
		env.primitiveValue = get("primitiveValue")
		env.entries = get("entries")
		env.viewInfo = get("viewInfo")
		env.errorParts = get("errorParts")
		env.ownEntries = get("ownEntries")
		env.stackOverflow = get("stackOverflow")
		env.makeError = get("makeError")
		env.newDate = get("newDate")
		env.newWrapper = get("newWrapper")
		env.newRegExp = get("newRegExp")
		env.newMap = get("newMap")
		env.mapSet = get("mapSet")
		env.newSet = get("newSet")
		env.setAdd = get("setAdd")
		env.newView = get("newView")
		env.newError = get("newError")
		env.setCause = get("setCause")
		env.readHostObject = get("readHostObject")
		env.defineProperty = get("defineProperty")
		return goja.Undefined()
	})

	ser := func(v goja.Value) *goSerializer {
		if o, ok := v.(*goja.Object); ok {
			if s, ok := o.Export().(*goSerializer); ok {
				return s
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	des := func(v goja.Value) *goDeserializer {
		if o, ok := v.(*goja.Object); ok {
			if d, ok := o.Export().(*goDeserializer); ok {
				return d
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	u32 := func(v goja.Value) uint32 { return uint32(v.ToInteger()) }

	// Serializer: newSerializer(owner) returns the handle the other functions take.
	set("newSerializer", func(c goja.FunctionCall) goja.Value {
		owner, _ := c.Argument(0).(*goja.Object)
		return vm.ToValue(&goSerializer{env: env, owner: owner, ids: map[*goja.Object]uint32{}})
	})
	set("writeHeader", func(c goja.FunctionCall) goja.Value {
		s := ser(c.Argument(0))
		s.buf = append(s.buf, stVersion)
		s.varint(serdesLatestVersion)
		return goja.Undefined()
	})
	set("writeValue", func(c goja.FunctionCall) goja.Value {
		ser(c.Argument(0)).writeValue(c.Argument(1))
		return goja.Undefined()
	})
	// releaseBuffer(h) -> ArrayBuffer of exactly the bytes written; the serializer
	// starts over with an empty buffer (its object ids remain).
	set("releaseBuffer", func(c goja.FunctionCall) goja.Value {
		s := ser(c.Argument(0))
		out := s.buf[:len(s.buf):len(s.buf)]
		s.buf = nil
		return vm.ToValue(vm.NewArrayBuffer(out))
	})
	set("serializerTransferArrayBuffer", func(c goja.FunctionCall) goja.Value {
		s := ser(c.Argument(0))
		ab, _ := c.Argument(2).(*goja.Object)
		if s.transfers == nil {
			s.transfers = map[*goja.Object]uint32{}
		}
		s.transfers[ab] = u32(c.Argument(1))
		return goja.Undefined()
	})
	set("writeUint32", func(c goja.FunctionCall) goja.Value {
		ser(c.Argument(0)).varint(uint64(u32(c.Argument(1))))
		return goja.Undefined()
	})
	set("writeUint64", func(c goja.FunctionCall) goja.Value {
		ser(c.Argument(0)).varint(uint64(u32(c.Argument(1)))<<32 | uint64(u32(c.Argument(2))))
		return goja.Undefined()
	})
	set("writeDouble", func(c goja.FunctionCall) goja.Value {
		ser(c.Argument(0)).double(c.Argument(1).ToFloat())
		return goja.Undefined()
	})
	// writeRawBytes(h, u8): the bytes of a Uint8Array.
	set("writeRawBytes", func(c goja.FunctionCall) goja.Value {
		s := ser(c.Argument(0))
		s.buf = append(s.buf, env.bh.bytes(c.Argument(1))...)
		return goja.Undefined()
	})
	set("setTreatArrayBufferViewsAsHostObjects", func(c goja.FunctionCall) goja.Value {
		ser(c.Argument(0)).hostViews = c.Argument(1).ToBoolean()
		return goja.Undefined()
	})

	// Deserializer: newDeserializer(owner, u8) over the bytes of a Uint8Array (shared,
	// not copied, as Node reads the caller's buffer in place).
	set("newDeserializer", func(c goja.FunctionCall) goja.Value {
		owner, _ := c.Argument(0).(*goja.Object)
		return vm.ToValue(&goDeserializer{env: env, owner: owner, data: env.bh.bytes(c.Argument(1))})
	})
	set("readHeader", func(c goja.FunctionCall) goja.Value {
		des(c.Argument(0)).readHeader()
		return vm.ToValue(true)
	})
	set("readValue", func(c goja.FunctionCall) goja.Value {
		return des(c.Argument(0)).readValue()
	})
	set("getWireFormatVersion", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(des(c.Argument(0)).version)
	})
	set("deserializerTransferArrayBuffer", func(c goja.FunctionCall) goja.Value {
		d := des(c.Argument(0))
		ab, _ := c.Argument(2).(*goja.Object)
		if d.transfers == nil {
			d.transfers = map[uint32]*goja.Object{}
		}
		d.transfers[u32(c.Argument(1))] = ab
		return goja.Undefined()
	})
	set("readUint32", func(c goja.FunctionCall) goja.Value {
		d := des(c.Argument(0))
		v, ok := d.tryVarint32()
		if !ok {
			env.throw(env.makeError, vm.ToValue("ReadUint32() failed"))
		}
		return vm.ToValue(v)
	})
	set("readUint64", func(c goja.FunctionCall) goja.Value {
		d := des(c.Argument(0))
		v, ok := d.tryVarint64()
		if !ok {
			env.throw(env.makeError, vm.ToValue("ReadUint64() failed"))
		}
		return vm.NewArray(uint32(v>>32), uint32(v))
	})
	set("readDouble", func(c goja.FunctionCall) goja.Value {
		d := des(c.Argument(0))
		if len(d.data)-d.pos < 8 {
			env.throw(env.makeError, vm.ToValue("ReadDouble() failed"))
		}
		return vm.ToValue(d.double())
	})
	// readRawBytes(h, length) -> offset of the bytes from the start of the data.
	set("readRawBytes", func(c goja.FunctionCall) goja.Value {
		d := des(c.Argument(0))
		n := c.Argument(1).ToFloat()
		if math.IsNaN(n) {
			n = 0
		}
		n = math.Trunc(n)
		if n < 0 || n > float64(len(d.data)-d.pos) {
			env.throw(env.makeError, vm.ToValue("ReadRawBytes() failed"))
		}
		start := d.pos
		d.pos += int(n)
		return vm.ToValue(start)
	})
	return b
}

// ---- ValueSerializer ----------------------------------------------------------------------

type goSerializer struct {
	env       *serdesEnv
	owner     *goja.Object
	buf       []byte
	ids       map[*goja.Object]uint32
	nextID    uint32
	transfers map[*goja.Object]uint32
	hostViews bool
	depth     int
}

func (s *goSerializer) varint(v uint64) {
	for v >= 0x80 {
		s.buf = append(s.buf, byte(v)|0x80)
		v >>= 7
	}
	s.buf = append(s.buf, byte(v))
}

func (s *goSerializer) zigzag(v int32) {
	s.varint(uint64(uint32(v<<1) ^ uint32(v>>31)))
}

func (s *goSerializer) double(f float64) {
	bits := math.Float64bits(f)
	if f != f {
		bits = 0x7FF8000000000000 // V8's quiet NaN
	}
	s.buf = binary.LittleEndian.AppendUint64(s.buf, bits)
}

func isSmi(f float64) bool {
	return f >= math.MinInt32 && f <= math.MaxInt32 && f == math.Trunc(f) && !(f == 0 && math.Signbit(f))
}

func (s *goSerializer) number(f float64) {
	if isSmi(f) {
		s.buf = append(s.buf, stInt32)
		s.zigzag(int32(f))
		return
	}
	s.buf = append(s.buf, stDouble)
	s.double(f)
}

func varintSize(n int) int {
	size := 1
	for n >= 0x80 {
		n >>= 7
		size++
	}
	return size
}

// units writes a string of UTF-16 code units: one-byte when they all fit in a byte,
// else two-byte, aligned as V8 aligns it.
func (s *goSerializer) units(n int, at func(int) uint16) {
	s.unitsAs(n, at, false)
}

// unitsAs is units, always two-byte when twoByte is set.
func (s *goSerializer) unitsAs(n int, at func(int) uint16, twoByte bool) {
	oneByte := !twoByte
	for i := 0; oneByte && i < n; i++ {
		if at(i) > 0xFF {
			oneByte = false
			break
		}
	}
	if oneByte {
		s.buf = append(s.buf, stOneByteString)
		s.varint(uint64(n))
		for i := 0; i < n; i++ {
			s.buf = append(s.buf, byte(at(i)))
		}
		return
	}
	byteLength := 2 * n
	// The existing reading code expects 16-byte strings to be aligned.
	if (len(s.buf)+1+varintSize(byteLength))&1 != 0 {
		s.buf = append(s.buf, stPadding)
	}
	s.buf = append(s.buf, stTwoByteString)
	s.varint(uint64(byteLength))
	for i := 0; i < n; i++ {
		c := at(i)
		s.buf = append(s.buf, byte(c), byte(c>>8))
	}
}

func (s *goSerializer) asciiString(a string) {
	s.buf = append(s.buf, stOneByteString)
	s.varint(uint64(len(a)))
	s.buf = append(s.buf, a...)
}

func (s *goSerializer) writeString(v goja.Value) {
	a, u, ascii := stringUnits(v)
	if ascii {
		s.asciiString(a)
		return
	}
	s.units(u.Length(), func(i int) uint16 { return u.CharAt(i) })
}

// goString writes a Go (UTF-8) string such as a property name from Object.Keys.
func (s *goSerializer) goString(k string) {
	for i := 0; i < len(k); i++ {
		if k[i] >= 0x80 {
			u := utf16.Encode([]rune(k))
			s.units(len(u), func(i int) uint16 { return u[i] })
			return
		}
	}
	s.asciiString(k)
}

// arrayIndex returns k as an array index (up to 2**32-2), or -1.
func arrayIndex(k string) int64 {
	if k == "" || len(k) > 10 || k[0] < '0' || k[0] > '9' || (k[0] == '0' && len(k) > 1) {
		return -1
	}
	n, err := strconv.ParseUint(k, 10, 64)
	if err != nil || n > 4294967294 {
		return -1
	}
	return int64(n)
}

// key writes a property name; array indices are written as numbers, as V8 enumerates
// elements.
func (s *goSerializer) key(k string) {
	if i := arrayIndex(k); i >= 0 {
		s.number(float64(i))
		return
	}
	s.goString(k)
}

func (s *goSerializer) keyValue(k goja.Value) {
	if a, _, ascii := stringUnits(k); ascii {
		s.key(a)
		return
	}
	s.writeString(k)
}

func (s *goSerializer) bigIntContents(x *big.Int) {
	sign := uint64(0)
	if x.Sign() < 0 {
		sign = 1
	}
	mag := new(big.Int).Abs(x).Bytes() // big-endian
	if len(mag) == 0 {
		s.varint(0)
		return
	}
	byteLength := (len(mag) + 7) / 8 * 8
	s.varint(uint64(byteLength)<<1 | sign)
	for i := 0; i < byteLength; i++ {
		if i < len(mag) {
			s.buf = append(s.buf, mag[len(mag)-1-i])
		} else {
			s.buf = append(s.buf, 0)
		}
	}
}

func (s *goSerializer) dataCloneError(v goja.Value) {
	s.env.call(s.env.dataCloneError, s.owner, v)
	panic(s.env.vm.NewTypeError("DataCloneError"))
}

func (s *goSerializer) writeValue(v goja.Value) {
	env := s.env
	switch {
	case v == nil:
		s.buf = append(s.buf, stUndefined)
		return
	case v == env.vTrue:
		s.buf = append(s.buf, stTrue)
		return
	case v == env.vFalse:
		s.buf = append(s.buf, stFalse)
		return
	}
	if o, ok := v.(*goja.Object); ok {
		s.writeObject(o)
		return
	}
	switch {
	case goja.IsNumber(v):
		s.number(v.ToFloat())
	case goja.IsString(v):
		s.writeString(v)
	case goja.IsUndefined(v):
		s.buf = append(s.buf, stUndefined)
	case goja.IsNull(v):
		s.buf = append(s.buf, stNull)
	case goja.IsBigInt(v):
		s.buf = append(s.buf, stBigInt)
		s.bigIntContents(v.Export().(*big.Int))
	default:
		if _, ok := v.(*goja.Symbol); ok {
			s.dataCloneError(v)
		}
		if v.ToBoolean() {
			s.buf = append(s.buf, stTrue)
		} else {
			s.buf = append(s.buf, stFalse)
		}
	}
}

func (s *goSerializer) writeObject(o *goja.Object) {
	tag := typeTag(o)
	if (tag == tagTypedArray || tag == tagDataView) && !s.hostViews {
		if _, seen := s.ids[o]; !seen {
			// A view's buffer comes first (and gets the lower id).
			info := denseValues(s.env.call(s.env.viewInfo, o, s.env.vm.ToValue(tag == tagDataView)))
			if buffer, ok := info[3].(*goja.Object); ok {
				s.writeReceiver(buffer, tagArrayBuffer)
			}
		}
	}
	s.writeReceiver(o, tag)
}

// receiverKind classifies an object typeTag knows nothing about.
const (
	kindOrdinary = iota
	kindArray
	kindUncloneable
)

func receiverKind(vm *goja.Runtime, o *goja.Object) int {
	if o == vm.GlobalObject() {
		return kindUncloneable
	}
	s, ok := impl(o)
	if !ok {
		return kindOrdinary
	}
	switch name := s.Type().Name(); name {
	case "baseObject", "templatedObject", "guardedObject", "dynamicObject":
		return kindOrdinary
	case "arrayObject", "sparseArrayObject", "dynamicArray", "templatedArrayObject":
		return kindArray
	default:
		if strings.HasPrefix(name, "objectGo") {
			if o.ClassName() == "Array" {
				return kindArray
			}
			return kindOrdinary
		}
		// Iterators, generators, module namespaces, ...
		return kindUncloneable
	}
}

func (s *goSerializer) writeReceiver(o *goja.Object, tag int) {
	if id, ok := s.ids[o]; ok {
		s.buf = append(s.buf, stObjectReference)
		s.varint(uint64(id))
		return
	}
	s.ids[o] = s.nextID
	s.nextID++
	env := s.env
	if _, callable := goja.AssertFunction(o); callable {
		s.dataCloneError(o)
	}
	s.depth++
	defer func() { s.depth-- }()
	if s.depth > serdesMaxDepth {
		env.throw(env.stackOverflow)
	}
	switch tag {
	case tagNone:
		switch receiverKind(env.vm, o) {
		case kindArray:
			s.writeArray(o)
			return
		case kindOrdinary:
			s.writeJSObject(o)
			return
		}
	case tagDate:
		s.buf = append(s.buf, stDate)
		s.double(env.call(env.dateValue, o).ToFloat())
		return
	case tagRegExp:
		parts := denseValues(env.call(env.regExpParts, o))
		s.buf = append(s.buf, stRegExp)
		if src, twoByte, ok := regExpSource(o); ok {
			s.unitsAs(len(src), func(i int) uint16 { return src[i] }, twoByte)
		} else {
			s.writeString(parts[0])
		}
		s.varint(uint64(uint32(parts[1].ToInteger())))
		return
	case tagMap, tagSet:
		s.writeCollection(o, tag == tagMap)
		return
	case tagArrayBuffer:
		s.writeArrayBuffer(o)
		return
	case tagTypedArray, tagDataView:
		s.writeView(o, tag)
		return
	case tagError:
		s.writeError(o)
		return
	case tagNumberObject, tagStringObject, tagBooleanObject, tagBigIntObject:
		s.writePrimitiveWrapper(o, tag)
		return
	}
	// Proxies, weak collections, promises, iterators, generators, arguments objects,
	// Symbol wrappers, the global object.
	s.dataCloneError(o)
}

// regExpSource returns a regexp's source as V8 has it: its pattern escaped by V8's
// EscapeRegExpSource, a two-byte string when the pattern has a character above 0xFF.
// goja's source getter escapes a slash as \u002f (and inside character classes too),
// so the pattern is read from goja's regexpObject.
func regExpSource(o *goja.Object) (src []uint16, twoByte bool, ok bool) {
	s, ok := impl(o)
	if !ok || s.Type().Name() != "regexpObject" {
		return nil, false, false
	}
	pattern, ok := valueField(s, "source").(goja.String)
	if !ok {
		return nil, false, false
	}
	n := pattern.Length()
	if n == 0 {
		return utf16.Encode([]rune("(?:)")), false, true
	}
	out := make([]uint16, 0, n+8)
	inClass := false
	for i := 0; i < n; i++ {
		c := pattern.CharAt(i)
		if c > 0xFF {
			twoByte = true
		}
		switch {
		case c == '\\':
			if i+1 < n && isLineTerminator(pattern.CharAt(i+1)) {
				continue // the line terminator is escaped next
			}
			out = append(out, c)
			if i+1 < n {
				i++
				out = append(out, pattern.CharAt(i))
			}
			continue
		case c == '/' && !inClass:
			out = append(out, '\\')
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '\n':
			out = append(out, '\\', 'n')
			continue
		case c == '\r':
			out = append(out, '\\', 'r')
			continue
		case c == 0x2028 || c == 0x2029:
			out = append(out, utf16.Encode([]rune(fmt.Sprintf("\\u%04x", c)))...)
			continue
		}
		out = append(out, c)
	}
	return out, twoByte, true
}

func isLineTerminator(c uint16) bool {
	return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029
}

// properties writes the key/value pairs of keys that o still has; returns the count.
func (s *goSerializer) properties(o *goja.Object, keys []string) uint64 {
	var n uint64
	for _, k := range keys {
		v := o.Get(k)
		if v == nil {
			continue // deleted meanwhile (by a getter)
		}
		s.key(k)
		s.writeValue(v)
		n++
	}
	return n
}

// entryProperties writes the pairs of a [key, value, ...] array from ownEntries.
func (s *goSerializer) entryProperties(entries goja.Value) uint64 {
	kv := denseValues(entries)
	for i := 0; i+1 < len(kv); i += 2 {
		s.keyValue(kv[i])
		s.writeValue(kv[i+1])
	}
	return uint64(len(kv) / 2)
}

// lossyKeys reports whether goja's Keys lost information: Go strings hold lone
// surrogates as U+FFFD, and such a key must be read through JavaScript.
func lossyKeys(keys []string) bool {
	for _, k := range keys {
		if strings.ContainsRune(k, utf8.RuneError) {
			return true
		}
	}
	return false
}

func (s *goSerializer) writeJSObject(o *goja.Object) {
	s.buf = append(s.buf, stBeginJSObject)
	var n uint64
	if keys := o.Keys(); lossyKeys(keys) {
		n = s.entryProperties(s.env.call(s.env.ownEntries, o, s.env.vFalse))
	} else {
		n = s.properties(o, keys)
	}
	s.buf = append(s.buf, stEndJSObject)
	s.varint(n)
}

// rawArrayValues returns the element slice of a goja array whose elements are all
// plain data properties (holes are nil).
func rawArrayValues(o *goja.Object) ([]goja.Value, bool) {
	s, ok := impl(o)
	if !ok || s.Type().Name() != "arrayObject" {
		return nil, false
	}
	values, ok1 := field(s, "values")
	pvc, ok2 := field(s, "propValueCount")
	if !ok1 || !ok2 || pvc.Kind() != reflect.Int || pvc.Int() != 0 {
		return nil, false
	}
	vals, ok := values.Interface().([]goja.Value)
	return vals, ok
}

// denseValues returns the elements of a dense array made by a helper.
func denseValues(v goja.Value) []goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if vals, ok := rawArrayValues(o); ok {
		n := int(o.Get("length").ToInteger())
		if n <= len(vals) {
			out := make([]goja.Value, n)
			copy(out, vals)
			for i, x := range out {
				if x == nil {
					out[i] = goja.Undefined()
				}
			}
			return out
		}
	}
	n := int(o.Get("length").ToInteger())
	out := make([]goja.Value, n)
	for i := range out {
		if x := o.Get(strconv.Itoa(i)); x != nil {
			out[i] = x
		} else {
			out[i] = goja.Undefined()
		}
	}
	return out
}

// arrayElements returns the elements of array o when V8 would write it densely: it has
// every index below its length, all of them plain data properties (writable,
// enumerable, configurable), and it is extensible (V8's frozen, sealed and dictionary
// elements are written sparse).
func arrayElements(o *goja.Object, length uint32) ([]goja.Value, bool) {
	if s, ok := impl(o); ok {
		switch s.Type().Name() {
		case "sparseArrayObject", "templatedArrayObject": // Array.prototype is holey in V8
			return nil, false
		case "arrayObject":
			ext, ok := field(s, "extensible")
			if !ok || ext.Kind() != reflect.Bool {
				break
			}
			vals, ok := rawArrayValues(o)
			if !ok || !ext.Bool() || uint32(len(vals)) < length {
				return nil, false
			}
			out := make([]goja.Value, length)
			copy(out, vals)
			for _, x := range out {
				if x == nil {
					return nil, false
				}
			}
			return out, true
		}
	}
	out := make([]goja.Value, length)
	for i := range out {
		x := o.Get(strconv.Itoa(i))
		if x == nil {
			return nil, false
		}
		out[i] = x
	}
	return out, true
}

func (s *goSerializer) writeArray(o *goja.Object) {
	env := s.env
	length := uint32(o.Get("length").ToInteger())
	var vals []goja.Value
	dense := false
	if !env.isHoley(o) {
		vals, dense = arrayElements(o, length)
	}
	if !dense {
		s.buf = append(s.buf, stBeginSparseJSArray)
		s.varint(uint64(length))
		var n uint64
		if keys := o.Keys(); lossyKeys(keys) {
			n = s.entryProperties(env.call(env.ownEntries, o, env.vFalse))
		} else {
			n = s.properties(o, keys)
		}
		s.buf = append(s.buf, stEndSparseJSArray)
		s.varint(n)
		s.varint(uint64(length))
		return
	}
	s.buf = append(s.buf, stBeginDenseJSArray)
	s.varint(uint64(length))
	allNumbers, anyDouble := true, false
	for _, v := range vals {
		if !goja.IsNumber(v) {
			allNumbers = false
			break
		}
		if !anyDouble && !isSmi(v.ToFloat()) {
			anyDouble = true
		}
	}
	if allNumbers && anyDouble {
		for _, v := range vals {
			s.buf = append(s.buf, stDouble)
			s.double(v.ToFloat())
		}
	} else {
		for _, v := range vals {
			s.writeValue(v)
		}
	}
	// Then the other enumerable own properties.
	var n uint64
	if extra, ok := ownNonIndexKeys(o); !ok || hasNamedKeys(extra) {
		n = s.entryProperties(env.call(env.ownEntries, o, env.vTrue))
	}
	s.buf = append(s.buf, stEndDenseJSArray)
	s.varint(n)
	s.varint(uint64(length))
}

// hasNamedKeys reports whether an array has own string keys besides its length.
func hasNamedKeys(keys []interface{}) bool {
	for _, k := range keys {
		if name, ok := k.(string); ok && name != "length" {
			return true
		}
	}
	return false
}

func (s *goSerializer) writeCollection(o *goja.Object, isMap bool) {
	env := s.env
	// The entries are copied first: writing them could change the collection.
	entries := denseValues(env.call(env.entries, o, env.vm.ToValue(isMap)))
	if isMap {
		s.buf = append(s.buf, stBeginJSMap)
	} else {
		s.buf = append(s.buf, stBeginJSSet)
	}
	for _, v := range entries {
		s.writeValue(v)
	}
	if isMap {
		s.buf = append(s.buf, stEndJSMap)
	} else {
		s.buf = append(s.buf, stEndJSSet)
	}
	s.varint(uint64(len(entries)))
}

func (s *goSerializer) writeArrayBuffer(o *goja.Object) {
	env := s.env
	if env.call(env.isSharedArrayBuffer, o).ToBoolean() {
		id := env.call(env.sharedArrayBufferID, s.owner, o)
		s.buf = append(s.buf, stSharedArrayBuffer)
		s.varint(uint64(uint32(id.ToInteger())))
		return
	}
	if id, ok := s.transfers[o]; ok {
		s.buf = append(s.buf, stArrayBufferTransfer)
		s.varint(uint64(id))
		return
	}
	ab, _ := o.Export().(goja.ArrayBuffer)
	if ab.Detached() {
		env.call(env.dataCloneError, s.owner, o, env.vm.ToValue("An ArrayBuffer is detached and could not be cloned."))
		panic(env.vm.NewTypeError("DataCloneError"))
	}
	data := ab.Bytes()
	s.buf = append(s.buf, stArrayBuffer)
	s.varint(uint64(len(data)))
	s.buf = append(s.buf, data...)
}

func (s *goSerializer) writeView(o *goja.Object, tag int) {
	if s.hostViews {
		s.writeHostObject(o)
		return
	}
	env := s.env
	info := denseValues(env.call(env.viewInfo, o, env.vm.ToValue(tag == tagDataView)))
	s.buf = append(s.buf, stArrayBufferView)
	s.varint(uint64(uint32(info[0].ToInteger())))
	s.varint(uint64(uint32(info[1].ToInteger())))
	s.varint(uint64(uint32(info[2].ToInteger())))
	s.varint(0) // flags: not length-tracking, not backed by a resizable buffer
}

func (s *goSerializer) writeHostObject(o *goja.Object) {
	s.buf = append(s.buf, stHostObject)
	s.env.call(s.env.writeHostObject, s.owner, o)
}

func (s *goSerializer) writeError(o *goja.Object) {
	env := s.env
	parts := denseValues(env.call(env.errorParts, o))
	s.buf = append(s.buf, stError)
	if tag := parts[0].ToInteger(); tag != 0 {
		s.buf = append(s.buf, byte(tag))
	}
	if !goja.IsUndefined(parts[1]) {
		s.buf = append(s.buf, errTagMessage)
		s.writeString(parts[1])
	}
	if !goja.IsUndefined(parts[2]) {
		s.buf = append(s.buf, errTagStack)
		s.writeString(parts[2])
	}
	// The cause can refer to the error: it comes after what creating the error needs.
	if parts[3].ToBoolean() {
		s.buf = append(s.buf, errTagCause)
		s.writeValue(parts[4])
	}
	s.buf = append(s.buf, errTagEnd)
}

func (s *goSerializer) writePrimitiveWrapper(o *goja.Object, tag int) {
	env := s.env
	v := env.call(env.primitiveValue, o, env.vm.ToValue(tag))
	switch tag {
	case tagNumberObject:
		s.buf = append(s.buf, stNumberObject)
		s.double(v.ToFloat())
	case tagStringObject:
		s.buf = append(s.buf, stStringObject)
		s.writeString(v)
	case tagBooleanObject:
		if v.ToBoolean() {
			s.buf = append(s.buf, stTrueObject)
		} else {
			s.buf = append(s.buf, stFalseObject)
		}
	case tagBigIntObject:
		s.buf = append(s.buf, stBigIntObject)
		s.bigIntContents(v.Export().(*big.Int))
	}
}

// ---- ValueDeserializer --------------------------------------------------------------------

// serdesFail is panicked for malformed data; readValue turns it into V8's error.
type serdesFail struct{}

func failDeserialize() { panic(serdesFail{}) }

type goDeserializer struct {
	env       *serdesEnv
	owner     *goja.Object
	data      []byte
	pos       int
	version   uint32
	objects   []goja.Value
	nextID    uint32
	transfers map[uint32]*goja.Object
	resizable map[*goja.Object]bool
	pending   map[uint32]bool // dense arrays whose object is not made yet
	broken13  bool
	depth     int
}

func (d *goDeserializer) readTag() byte {
	for {
		if d.pos >= len(d.data) {
			failDeserialize()
		}
		t := d.data[d.pos]
		d.pos++
		if t != stPadding {
			return t
		}
	}
}

func (d *goDeserializer) peekTag() int {
	for p := d.pos; p < len(d.data); p++ {
		if t := d.data[p]; t != stPadding {
			return int(t)
		}
	}
	return -1
}

// varintBits reads a varint of at most bits bits, as V8's ReadVarint<T>: at most
// ceil(bits/7) bytes are consumed and more significant bits are dropped.
func (d *goDeserializer) varintBits(bits uint) (uint64, bool) {
	var v uint64
	var shift uint
	for {
		if d.pos >= len(d.data) {
			return 0, false
		}
		b := d.data[d.pos]
		if shift >= bits {
			break
		}
		v |= uint64(b&0x7F) << shift
		shift += 7
		d.pos++
		if b&0x80 == 0 {
			break
		}
	}
	if bits < 64 {
		v &= 1<<bits - 1
	}
	return v, true
}

func (d *goDeserializer) tryVarint32() (uint32, bool) {
	v, ok := d.varintBits(32)
	return uint32(v), ok
}

func (d *goDeserializer) tryVarint64() (uint64, bool) {
	return d.varintBits(64)
}

func (d *goDeserializer) varint32() uint32 {
	v, ok := d.varintBits(32)
	if !ok {
		failDeserialize()
	}
	return uint32(v)
}

func (d *goDeserializer) varint8() byte {
	v, ok := d.varintBits(8)
	if !ok {
		failDeserialize()
	}
	return byte(v)
}

// double reads 8 bytes (the caller checked that they are there).
func (d *goDeserializer) double() float64 {
	f := math.Float64frombits(binary.LittleEndian.Uint64(d.data[d.pos:]))
	d.pos += 8
	return f
}

func (d *goDeserializer) readDouble() float64 {
	if len(d.data)-d.pos < 8 {
		failDeserialize()
	}
	return d.double()
}

func (d *goDeserializer) rawBytes(n uint32) []byte {
	if uint64(n) > uint64(len(d.data)-d.pos) {
		failDeserialize()
	}
	b := d.data[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return b
}

func (d *goDeserializer) versionError() {
	d.env.throw(d.env.makeError, d.env.vm.ToValue(
		"Unable to deserialize cloned data due to invalid or unsupported version."))
}

func (d *goDeserializer) readHeader() {
	if d.pos < len(d.data) && d.data[d.pos] == stVersion {
		d.pos++
		v, ok := d.tryVarint32()
		if !ok {
			d.versionError()
		}
		d.version = v
		if v > serdesLatestVersion {
			d.versionError()
		}
	}
	if d.version < serdesMinimumVersion {
		d.versionError()
	}
}

// tryRead reads one value; false for malformed data.
func (d *goDeserializer) tryRead() (v goja.Value, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isFail := r.(serdesFail); !isFail {
				panic(r)
			}
			v, ok = nil, false
		}
	}()
	return d.readObject(), true
}

func (d *goDeserializer) readValue() goja.Value {
	start := d.pos
	if v, ok := d.tryRead(); ok {
		return v
	}
	// V8 once wrote invalid version 13 data (views without their flags): retry so.
	if d.version == 13 && !d.broken13 {
		d.broken13 = true
		d.pos = start
		if v, ok := d.tryRead(); ok {
			return v
		}
	}
	d.env.throw(d.env.makeError, d.env.vm.ToValue("Unable to deserialize cloned data."))
	return nil
}

func (d *goDeserializer) add(id uint32, v goja.Value) {
	for uint32(len(d.objects)) <= id {
		d.objects = append(d.objects, nil)
	}
	d.objects[id] = v
}

func (d *goDeserializer) newID() uint32 {
	id := d.nextID
	d.nextID++
	return id
}

func (d *goDeserializer) readString() goja.Value {
	v := d.readObject()
	if !goja.IsString(v) {
		failDeserialize()
	}
	return v
}

// maybeView reads the view that follows an ArrayBuffer, if one does.
func (d *goDeserializer) maybeView(v goja.Value) goja.Value {
	if d.peekTag() != stArrayBufferView {
		return v
	}
	o, ok := v.(*goja.Object)
	if !ok || typeTag(o) != tagArrayBuffer {
		return v
	}
	d.readTag()
	return d.readView(o)
}

func (d *goDeserializer) readObject() goja.Value {
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > serdesMaxDepth {
		d.env.throw(d.env.stackOverflow)
	}
	env := d.env
	vm := env.vm
	tag := d.readTag()
	switch tag {
	case stVerifyObjectCount:
		d.varint32()
		return d.readObject()
	case stUndefined:
		return goja.Undefined()
	case stNull:
		return goja.Null()
	case stTrue:
		return env.vTrue
	case stFalse:
		return env.vFalse
	case stInt32:
		u := d.varint32()
		return vm.ToValue(int64(int32(u>>1) ^ -int32(u&1)))
	case stUint32:
		return vm.ToValue(int64(d.varint32()))
	case stDouble:
		return vm.ToValue(d.readDouble())
	case stBigInt:
		return vm.ToValue(d.readBigInt())
	case stUtf8String:
		return decodeUTF8(vm, d.rawBytes(d.varint32()))
	case stOneByteString:
		return env.bh.decode(d.rawBytes(d.varint32()), encLatin1)
	case stTwoByteString:
		n := d.varint32()
		if n&1 != 0 {
			failDeserialize()
		}
		return env.bh.decode(d.rawBytes(n), encUCS2)
	case stObjectReference:
		id := d.varint32()
		if id >= uint32(len(d.objects)) {
			failDeserialize()
		}
		if d.objects[id] == nil {
			if !d.pending[id] {
				failDeserialize()
			}
			// A dense array being read, referred to by one of its elements.
			arr := vm.NewArray()
			d.env.markHoley(arr)
			d.objects[id] = arr
		}
		return d.maybeView(d.objects[id])
	case stBeginJSObject:
		id := d.newID()
		o := vm.NewObject()
		d.add(id, o)
		n := d.readProperties(o, stEndJSObject, nil)
		if d.varint32() != n {
			failDeserialize()
		}
		return o
	case stBeginSparseJSArray:
		return d.readSparseArray()
	case stBeginDenseJSArray:
		return d.readDenseArray()
	case stDate:
		t := d.readDouble()
		id := d.newID()
		date := env.call(env.newDate, vm.ToValue(t))
		d.add(id, date)
		return date
	case stTrueObject, stFalseObject, stNumberObject, stBigIntObject, stStringObject:
		id := d.newID()
		var prim goja.Value
		switch tag {
		case stTrueObject:
			prim = env.vTrue
		case stFalseObject:
			prim = env.vFalse
		case stNumberObject:
			prim = vm.ToValue(d.readDouble())
		case stBigIntObject:
			prim = vm.ToValue(d.readBigInt())
		default:
			prim = d.readString()
		}
		w := env.call(env.newWrapper, vm.ToValue(int(tag)), prim)
		d.add(id, w)
		return w
	case stRegExp:
		return d.readRegExp()
	case stBeginJSMap, stBeginJSSet:
		return d.readCollection(tag == stBeginJSMap)
	case stArrayBuffer, stResizableArrayBuffer:
		return d.maybeView(d.readArrayBuffer(tag == stResizableArrayBuffer))
	case stArrayBufferTransfer:
		id := d.newID()
		tid := d.varint32()
		ab, ok := d.transfers[tid]
		if !ok || ab == nil {
			failDeserialize()
		}
		d.add(id, ab)
		return d.maybeView(ab)
	case stSharedArrayBuffer:
		// Node's deserializer cannot map an id to a SharedArrayBuffer.
		d.newID()
		d.varint32()
		failDeserialize()
	case stError:
		return d.readError()
	case stHostObject:
		return d.maybeView(d.readHostObject())
	case stSharedObject:
		if d.version >= 15 {
			d.varint32()
			failDeserialize()
		}
	}
	// Before there was an explicit tag for host objects, all unknown tags were
	// delegated to the host.
	if d.version < 13 {
		d.pos--
		return d.maybeView(d.readHostObject())
	}
	failDeserialize()
	return nil
}

func (d *goDeserializer) readBigInt() *big.Int {
	bitfield := d.varint32()
	byteLength := bitfield >> 1 & 0x3FFFFFFF
	negative := bitfield&1 != 0
	digits := d.rawBytes(byteLength)
	if byteLength == 0 && negative {
		failDeserialize() // there is no -0n
	}
	be := make([]byte, len(digits))
	for i, b := range digits {
		be[len(be)-1-i] = b
	}
	x := new(big.Int).SetBytes(be)
	if negative {
		x.Neg(x)
	}
	return x
}

// keySet tracks the property names defined on an object being read.
type keySet struct {
	small []string
	large map[string]struct{}
}

func (k *keySet) add(name string) bool {
	if k.large != nil {
		if _, ok := k.large[name]; ok {
			return false
		}
		k.large[name] = struct{}{}
		return true
	}
	for _, n := range k.small {
		if n == name {
			return false
		}
	}
	if len(k.small) < 16 {
		k.small = append(k.small, name)
		return true
	}
	k.large = make(map[string]struct{}, 32)
	for _, n := range k.small {
		k.large[n] = struct{}{}
	}
	k.large[name] = struct{}{}
	k.small = nil
	return true
}

// exactString converts a JS string to Go without loss (false when it holds a lone
// surrogate, which a Go string cannot carry).
func exactString(v goja.Value) (string, bool) {
	a, u, ascii := stringUnits(v)
	if ascii {
		return a, true
	}
	n := u.Length()
	for i := 0; i < n; i++ {
		c := u.CharAt(i)
		if c >= 0xD800 && c <= 0xDBFF {
			if i+1 < n {
				if c2 := u.CharAt(i + 1); c2 >= 0xDC00 && c2 <= 0xDFFF {
					i++
					continue
				}
			}
			return "", false
		}
		if c >= 0xDC00 && c <= 0xDFFF {
			return "", false
		}
	}
	return v.String(), true
}

// readProperties reads key/value pairs up to endTag onto o and returns their count.
// elements (for a dense array) are the elements already set.
func (d *goDeserializer) readProperties(o *goja.Object, endTag byte, elements []goja.Value) uint32 {
	env := d.env
	isArray := endTag != stEndJSObject
	var seen keySet
	var count uint32
	for {
		t := d.peekTag()
		if t < 0 {
			failDeserialize()
		}
		if t == int(endTag) {
			d.readTag()
			return count
		}
		key := d.readObject()
		var name string
		exact := true
		switch {
		case goja.IsNumber(key):
			name = key.String()
		case goja.IsString(key):
			name, exact = exactString(key)
		default:
			failDeserialize()
		}
		value := d.readObject()
		if !exact {
			if !env.call(env.defineProperty, o, key, value).ToBoolean() {
				failDeserialize()
			}
			count++
			continue
		}
		if isArray {
			if name == "length" {
				failDeserialize()
			}
			if i := arrayIndex(name); i >= 0 && i < int64(len(elements)) && elements[i] != nil {
				failDeserialize()
			}
		}
		if !seen.add(name) {
			failDeserialize()
		}
		if o.DefineDataProperty(name, value, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE) != nil {
			failDeserialize()
		}
		count++
	}
}

func (d *goDeserializer) readSparseArray() goja.Value {
	length := d.varint32()
	id := d.newID()
	arr := d.env.vm.NewArray()
	if err := arr.Set("length", length); err != nil {
		failDeserialize()
	}
	d.add(id, arr)
	d.env.markHoley(arr)
	n := d.readProperties(arr, stEndSparseJSArray, nil)
	if d.varint32() != n || d.varint32() != length {
		failDeserialize()
	}
	return arr
}

func (d *goDeserializer) readDenseArray() goja.Value {
	vm := d.env.vm
	length := d.varint32()
	// Every element takes at least one byte.
	if uint64(length) > uint64(len(d.data)-d.pos) {
		failDeserialize()
	}
	// The array is made once its elements are known (much faster than defining them
	// one by one), unless an element refers to it first (see the object reference case
	// in readObject).
	id := d.newID()
	d.add(id, nil)
	if d.pending == nil {
		d.pending = map[uint32]bool{}
	}
	d.pending[id] = true
	elements := make([]goja.Value, length)
	holes := false
	for i := range elements {
		if d.peekTag() == stTheHole {
			d.readTag()
			holes = true
			continue
		}
		elements[i] = d.readObject()
	}
	delete(d.pending, id)
	arr, _ := d.objects[id].(*goja.Object)
	if arr == nil && !holes {
		items := make([]interface{}, len(elements))
		for i, v := range elements {
			items[i] = v
		}
		arr = vm.NewArray(items...)
		d.objects[id] = arr
	} else {
		if arr == nil {
			arr = vm.NewArray()
			d.objects[id] = arr
		}
		for i, v := range elements {
			if v != nil {
				if arr.DefineDataProperty(strconv.Itoa(i), v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE) != nil {
					failDeserialize()
				}
			}
		}
		if uint32(arr.Get("length").ToInteger()) != length {
			if err := arr.Set("length", length); err != nil {
				failDeserialize()
			}
		}
	}
	d.env.markHoley(arr)
	n := d.readProperties(arr, stEndDenseJSArray, elements)
	if d.varint32() != n || d.varint32() != length {
		failDeserialize()
	}
	return arr
}

// regExpFlagLetters are V8's JSRegExp::Flags bits in order (bit 6, kLinear, is never
// accepted).
var regExpFlagLetters = [...]struct {
	bit    uint32
	letter byte
}{{1, 'g'}, {2, 'i'}, {4, 'm'}, {8, 'y'}, {16, 'u'}, {32, 's'}, {128, 'd'}, {256, 'v'}}

func (d *goDeserializer) readRegExp() goja.Value {
	env := d.env
	id := d.newID()
	pattern := d.readString()
	raw := d.varint32()
	// Only known flags, never kLinear, and not both u and v.
	if raw&0xFFFFFE40 != 0 || raw&0x110 == 0x110 {
		failDeserialize()
	}
	var flags []byte
	for _, f := range regExpFlagLetters {
		if raw&f.bit != 0 {
			flags = append(flags, f.letter)
		}
	}
	re := env.call(env.newRegExp, pattern, env.vm.ToValue(string(flags)))
	d.add(id, re)
	return re
}

func (d *goDeserializer) readCollection(isMap bool) goja.Value {
	env := d.env
	id := d.newID()
	var c goja.Value
	endTag := byte(stEndJSSet)
	if isMap {
		c = env.call(env.newMap)
		endTag = stEndJSMap
	} else {
		c = env.call(env.newSet)
	}
	d.add(id, c)
	var length uint32
	for {
		t := d.peekTag()
		if t < 0 {
			failDeserialize()
		}
		if t == int(endTag) {
			d.readTag()
			break
		}
		if isMap {
			k := d.readObject()
			v := d.readObject()
			env.call(env.mapSet, c, k, v)
			length += 2
		} else {
			env.call(env.setAdd, c, d.readObject())
			length++
		}
	}
	if d.varint32() != length {
		failDeserialize()
	}
	return c
}

func (d *goDeserializer) readArrayBuffer(resizable bool) goja.Value {
	vm := d.env.vm
	id := d.newID()
	byteLength := d.varint32()
	if resizable {
		if maxByteLength := d.varint32(); byteLength > maxByteLength {
			failDeserialize()
		}
	}
	data := append([]byte(nil), d.rawBytes(byteLength)...)
	// goja has no resizable ArrayBuffer: a resizable one arrives as a fixed-length copy.
	ab, _ := vm.ToValue(vm.NewArrayBuffer(data)).(*goja.Object)
	if resizable {
		if d.resizable == nil {
			d.resizable = map[*goja.Object]bool{}
		}
		d.resizable[ab] = true
	}
	d.add(id, ab)
	return ab
}

func (d *goDeserializer) readView(buffer *goja.Object) goja.Value {
	env := d.env
	ab, _ := buffer.Export().(goja.ArrayBuffer)
	bufferLength := uint64(len(ab.Bytes()))
	subtag := uint32(d.varint8())
	byteOffset := uint64(d.varint32())
	byteLength := uint64(d.varint32())
	if byteOffset > bufferLength || byteLength > bufferLength-byteOffset {
		failDeserialize()
	}
	var flags uint32
	if d.version >= 14 || d.broken13 {
		flags = d.varint32()
	}
	id := d.newID()
	// Length-tracking and resizable-backed views need a resizable buffer.
	if flags&3 != 0 && !d.resizable[buffer] {
		failDeserialize()
	}
	size, ok := viewElementSizes[subtag]
	if !ok || byteOffset%uint64(size) != 0 || byteLength%uint64(size) != 0 {
		failDeserialize()
	}
	view := env.call(env.newView, buffer, env.vm.ToValue(subtag), env.vm.ToValue(byteOffset),
		env.vm.ToValue(byteLength/uint64(size)))
	if goja.IsUndefined(view) {
		failDeserialize() // a typed array goja does not have (Float16Array)
	}
	d.add(id, view)
	return view
}

func (d *goDeserializer) readError() goja.Value {
	env := d.env
	vm := env.vm
	id := d.newID()
	tag := d.varint8()
	prototype := 0
	switch tag {
	case errTagEvalPrototype, errTagRangePrototype, errTagReferencePrototype, errTagSyntaxPrototype,
		errTagTypePrototype, errTagURIPrototype:
		prototype = int(tag)
		tag = d.varint8()
	}
	message := goja.Undefined()
	if tag == errTagMessage {
		message = d.readString()
		tag = d.varint8()
	}
	stack := goja.Undefined()
	if tag == errTagStack {
		stack = d.readString()
		tag = d.varint8()
	}
	err := env.call(env.newError, vm.ToValue(prototype), message, stack)
	d.add(id, err)
	if tag == errTagCause {
		env.call(env.setCause, err, d.readObject())
		tag = d.varint8()
	}
	if tag != errTagEnd {
		failDeserialize()
	}
	return err
}

func (d *goDeserializer) readHostObject() goja.Value {
	id := d.newID()
	o := d.env.call(d.env.readHostObject, d.owner)
	d.add(id, o)
	return o
}
