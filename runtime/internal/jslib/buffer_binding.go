package jslib

// internalBinding('buffer'): the byte work behind node:buffer (buffer.js), done in Go on
// the typed arrays' own memory.
//
// A Uint8Array (so every Buffer) exports from goja as a []byte that aliases its
// ArrayBuffer's data (goja's typedArrayObject.export uses unsafe.Slice, no copy), and an
// ArrayBuffer exports as goja.ArrayBuffer whose Bytes() is its data. Every function here
// therefore reads and writes the JS-visible bytes directly. buffer.js passes only
// Uint8Arrays (other views are rewrapped as Uint8Array first), so no other export
// shape needs handling.
//
// Strings: goja keeps a JS string either as ASCII bytes or as UTF-16 code units.
// Value.String() is free for the former and decodes the latter to UTF-8 with lone
// surrogates replaced by U+FFFD — exactly what V8 writes for Buffer's utf8 encoding.
// The one-byte encodings (latin1, ascii, ucs2, hex, base64) need the code units, read
// with goja.String.CharAt; Node truncates each unit to its low byte in latin1/ascii and
// when parsing hex and base64, and so does this file.
//
// Decoding follows Node v26: utf8 replaces ill-formed sequences by U+FFFD per maximal
// subpart (WHATWG, as V8 does); ascii clears the high bit; hex decoding stops at the
// first invalid pair; base64 decoding is Node's lenient decoder (both alphabets, skips
// any other character, stops at '=').

import (
	"bytes"
	"math"
	"reflect"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Encoding numbers shared with buffer.js (kEnc* there).
const (
	encUTF8 = iota + 1
	encUCS2
	encLatin1
	encASCII
	encBase64
	encBase64URL
	encHex
)

func init() {
	Bindings["buffer"] = newBufferBinding
}

func newBufferBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	_ = b.Set("markUntransferable", func(call goja.FunctionCall) goja.Value {
		if MarkUntransferable != nil {
			MarkUntransferable(vm, call.Argument(0))
		}
		return goja.Undefined()
	})
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = b.Set(name, fn)
	}
	bh := &bufHelper{vm: vm}

	set("byteLengthUtf8", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(len(call.Argument(0).String()))
	})
	// slice(buf, start, end, enc): buf[start:end] decoded. The bounds are checked by the
	// caller (public *Slice methods check them with sliceArgs).
	set("slice", func(call goja.FunctionCall) goja.Value {
		buf := bh.bytesOrThrow(call.Argument(0))
		start, end := clampRange(call.Argument(1), call.Argument(2), len(buf))
		return bh.decode(buf[start:end], int(call.Argument(3).ToInteger()))
	})
	// sliceChecked(buf, start, end, enc): the public buf.xxxSlice(start, end) of Node's
	// C++ binding: bounds default to the whole buffer, must be array indices within it.
	set("sliceChecked", func(call goja.FunctionCall) goja.Value {
		buf := bh.bytesOrThrow(call.Argument(0))
		start := bh.arrayIndex(call.Argument(1), 0)
		end := bh.arrayIndex(call.Argument(2), int64(len(buf)))
		if end < start {
			end = start
		}
		if end > int64(len(buf)) {
			panic(bh.rangeError("ERR_OUT_OF_RANGE", "Index out of range"))
		}
		return bh.decode(buf[start:end], int(call.Argument(3).ToInteger()))
	})
	// write(buf, string, offset, length, enc) -> bytes written, never splitting a
	// character (utf8, ucs2). The public buf.xxxWrite(string, offset, length) semantics.
	set("write", func(call goja.FunctionCall) goja.Value {
		buf := bh.bytesOrThrow(call.Argument(0))
		s := call.Argument(1)
		if _, ok := s.(goja.String); !ok {
			panic(bh.typeError("ERR_INVALID_ARG_TYPE", "argument must be a string"))
		}
		offset := bh.arrayIndex(call.Argument(2), 0)
		if offset > int64(len(buf)) {
			panic(bh.rangeError("ERR_BUFFER_OUT_OF_BOUNDS", `"offset" is outside of buffer bounds`))
		}
		max := bh.arrayIndex(call.Argument(3), int64(len(buf))-offset)
		if max > int64(len(buf))-offset {
			panic(bh.rangeError("ERR_BUFFER_OUT_OF_BOUNDS", `"length" is outside of buffer bounds`))
		}
		if max == 0 {
			return vm.ToValue(0)
		}
		n := writeString(buf[offset:offset+max], s, int(call.Argument(4).ToInteger()))
		return vm.ToValue(n)
	})
	// fromString(string, enc) -> ArrayBuffer holding the encoded string.
	set("fromString", func(call goja.FunctionCall) goja.Value {
		data := encodeString(call.Argument(0), int(call.Argument(1).ToInteger()))
		return vm.ToValue(vm.NewArrayBuffer(data))
	})
	set("compare", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(compareBytes(bh.bytesOrThrow(call.Argument(0)), bh.bytesOrThrow(call.Argument(1))))
	})
	// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
	set("compareOffset", func(call goja.FunctionCall) goja.Value {
		src, dst := bh.bytesOrThrow(call.Argument(0)), bh.bytesOrThrow(call.Argument(1))
		ts, te := clampRange(call.Argument(2), call.Argument(4), len(dst))
		ss, se := clampRange(call.Argument(3), call.Argument(5), len(src))
		return vm.ToValue(compareBytes(src[ss:se], dst[ts:te]))
	})
	// copy(source, target, targetStart, sourceStart, nb): memmove of nb bytes (the
	// caller establishes the bounds; they are clamped again here).
	set("copy", func(call goja.FunctionCall) goja.Value {
		src, dst := bh.bytesOrThrow(call.Argument(0)), bh.bytesOrThrow(call.Argument(1))
		ts, _ := clampRange(call.Argument(2), goja.Undefined(), len(dst))
		ss, _ := clampRange(call.Argument(3), goja.Undefined(), len(src))
		nb := call.Argument(4).ToInteger()
		if nb < 0 {
			nb = 0
		}
		return vm.ToValue(copy(dst[ts:], src[ss:ss+int(min(nb, int64(len(src)-ss)))]))
	})
	// fill(buf, value, start, end, enc) -> -1 when value encodes to no bytes, -2 when
	// the range is out of bounds, else undefined. value is a string, a Uint8Array or
	// anything else (converted to a number, low byte).
	set("fill", func(call goja.FunctionCall) goja.Value {
		buf := bh.bytesOrThrow(call.Argument(0))
		val := call.Argument(1)
		start, end := call.Argument(2).ToInteger(), call.Argument(3).ToInteger()
		if start > end || end > int64(len(buf)) || start < 0 {
			return vm.ToValue(-2)
		}
		region := buf[start:end]
		var pat []byte
		switch v := val.(type) {
		case goja.String:
			pat = encodeString(v, int(call.Argument(4).ToInteger()))
		case *goja.Object:
			if p, ok := bh.export(v).([]byte); ok {
				pat = p
				break
			}
			n := byte(toUint32(v.ToNumber()))
			for i := range region {
				region[i] = n
			}
			return goja.Undefined()
		default:
			n := byte(toUint32(val.ToNumber()))
			for i := range region {
				region[i] = n
			}
			return goja.Undefined()
		}
		if len(region) == 0 {
			return goja.Undefined()
		}
		if len(pat) == 0 {
			return vm.ToValue(-1)
		}
		n := copy(region, pat)
		for n < len(region) {
			n += copy(region[n:], region[:n])
		}
		return goja.Undefined()
	})
	// indexOfString(buf, string, byteOffset, enc, forward)
	set("indexOfString", func(call goja.FunctionCall) goja.Value {
		buf := bh.bytesOrThrow(call.Argument(0))
		enc := int(call.Argument(3).ToInteger())
		needle := encodeString(call.Argument(1), enc)
		return vm.ToValue(indexOf(buf, needle, call.Argument(2).ToFloat(), enc == encUCS2, call.Argument(4).ToBoolean()))
	})
	// indexOfBuffer(buf, needle, byteOffset, enc, forward)
	set("indexOfBuffer", func(call goja.FunctionCall) goja.Value {
		buf, needle := bh.bytesOrThrow(call.Argument(0)), bh.bytesOrThrow(call.Argument(1))
		enc := int(call.Argument(3).ToInteger())
		return vm.ToValue(indexOf(buf, needle, call.Argument(2).ToFloat(), enc == encUCS2, call.Argument(4).ToBoolean()))
	})
	// indexOfNumber(buf, number, byteOffset, forward)
	set("indexOfNumber", func(call goja.FunctionCall) goja.Value {
		buf := bh.bytesOrThrow(call.Argument(0))
		needle := []byte{byte(toUint32(call.Argument(1).ToNumber()))}
		return vm.ToValue(indexOf(buf, needle, call.Argument(2).ToFloat(), false, call.Argument(3).ToBoolean()))
	})
	set("swap16", func(call goja.FunctionCall) goja.Value {
		buf := bh.bytesOrThrow(call.Argument(0))
		for i := 0; i+1 < len(buf); i += 2 {
			buf[i], buf[i+1] = buf[i+1], buf[i]
		}
		return call.Argument(0)
	})
	set("swap32", func(call goja.FunctionCall) goja.Value {
		buf := bh.bytesOrThrow(call.Argument(0))
		for i := 0; i+3 < len(buf); i += 4 {
			buf[i], buf[i+1], buf[i+2], buf[i+3] = buf[i+3], buf[i+2], buf[i+1], buf[i]
		}
		return call.Argument(0)
	})
	set("swap64", func(call goja.FunctionCall) goja.Value {
		buf := bh.bytesOrThrow(call.Argument(0))
		for i := 0; i+7 < len(buf); i += 8 {
			for j := 0; j < 4; j++ {
				buf[i+j], buf[i+7-j] = buf[i+7-j], buf[i+j]
			}
		}
		return call.Argument(0)
	})
	set("isUtf8", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(utf8.Valid(bh.bytes(call.Argument(0))))
	})
	set("isAscii", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(isASCII(bh.bytes(call.Argument(0))))
	})
	// transcode(buf, fromEnc, toEnc) -> ArrayBuffer, or an ICU error number.
	set("transcode", func(call goja.FunctionCall) goja.Value {
		out, errno := transcode(bh.bytes(call.Argument(0)), int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger()))
		if errno != 0 {
			return vm.ToValue(errno)
		}
		return vm.ToValue(vm.NewArrayBuffer(out))
	})
	// atob(string) -> string, or -1 (bad length), -2 (invalid character).
	set("atob", func(call goja.FunctionCall) goja.Value {
		return bh.atob(call.Argument(0))
	})
	// btoa(string) -> string, or -1 (a character above U+00FF).
	set("btoa", func(call goja.FunctionCall) goja.Value {
		s := asString(call.Argument(0))
		n := s.Length()
		src := make([]byte, n)
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			if c > 0xff {
				return vm.ToValue(-1)
			}
			src[i] = byte(c)
		}
		return vm.ToValue(base64Encode(src, false))
	})
	// isAnyArrayBuffer(v): v is an ArrayBuffer (goja has no SharedArrayBuffer).
	set("isAnyArrayBuffer", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		return vm.ToValue(ok && o.ExportType() == arrayBufferType)
	})
	_ = b.Set("kMaxLength", float64(1<<53-1))
	_ = b.Set("kStringMaxLength", 536870888)
	return b
}

var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})

type bufHelper struct {
	vm *goja.Runtime
}

// bytes returns the bytes of a Uint8Array (or an ArrayBuffer) argument without copying;
// nil for anything else, empty for a view over a detached buffer (SafeExport).
func (bh *bufHelper) bytes(v goja.Value) []byte {
	if o, ok := v.(*goja.Object); ok {
		switch x := bh.export(o).(type) {
		case []byte:
			return x
		case goja.ArrayBuffer:
			return x.Bytes()
		}
	}
	return nil
}

func (bh *bufHelper) bytesOrThrow(v goja.Value) []byte {
	if o, ok := v.(*goja.Object); ok {
		if x, ok := bh.export(o).([]byte); ok {
			return x
		}
	}
	panic(bh.typeError("ERR_INVALID_ARG_TYPE", "argument must be a buffer"))
}

func (bh *bufHelper) export(o *goja.Object) any { return SafeExport(o) }

func (bh *bufHelper) typeError(code, msg string) *goja.Object {
	e := bh.vm.NewTypeError(msg)
	_ = e.Set("code", code)
	return e
}

func (bh *bufHelper) rangeError(code, msg string) *goja.Object {
	ctor, _ := goja.AssertConstructor(bh.vm.Get("RangeError"))
	e, err := ctor(nil, bh.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	_ = e.Set("code", code)
	return e
}

// arrayIndex is Node's ParseArrayIndex: undefined means def, otherwise the integer value,
// which must not be negative.
func (bh *bufHelper) arrayIndex(v goja.Value, def int64) int64 {
	if v == nil || goja.IsUndefined(v) {
		return def
	}
	f := v.ToNumber().ToFloat()
	if math.IsNaN(f) {
		return 0
	}
	f = math.Trunc(f)
	if f < 0 {
		panic(bh.rangeError("ERR_OUT_OF_RANGE", "Index out of range"))
	}
	if f > 1<<53 {
		return 1 << 53
	}
	return int64(f)
}

// clampRange converts start and end (undefined: n) to indices within [0, n], end >= start.
func clampRange(startV, endV goja.Value, n int) (int, int) {
	clamp := func(v goja.Value, def int) int {
		if v == nil || goja.IsUndefined(v) {
			return def
		}
		f := v.ToFloat()
		switch {
		case math.IsNaN(f) || f < 0:
			return 0
		case f > float64(n):
			return n
		}
		return int(f)
	}
	start, end := clamp(startV, 0), clamp(endV, n)
	if end < start {
		end = start
	}
	return start, end
}

func toUint32(v goja.Value) uint32 {
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	f = math.Mod(math.Trunc(f), 4294967296)
	if f < 0 {
		f += 4294967296
	}
	return uint32(f)
}

func compareBytes(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// ---- string -> bytes ------------------------------------------------------------

// stringUnits returns the string's UTF-16 code units unless it is ASCII, in which case
// ascii holds its bytes.
func stringUnits(v goja.Value) (ascii string, units goja.String, isASCII bool) {
	// goja's ASCII strings are Go strings (converted without copying); its other
	// strings hold UTF-16.
	if reflect.TypeOf(v).Kind() == reflect.String {
		return v.String(), nil, true
	}
	if s, ok := v.(goja.String); ok {
		return "", s, false
	}
	return stringUnits(goja.StringFromUTF16(utf16.Encode([]rune(v.String()))))
}

// encodeString returns v encoded with enc.
func encodeString(v goja.Value, enc int) []byte {
	switch enc {
	case encUCS2:
		s := asString(v)
		n := s.Length()
		out := make([]byte, 2*n)
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			out[2*i], out[2*i+1] = byte(c), byte(c>>8)
		}
		return out
	case encLatin1, encASCII:
		a, u, ok := stringUnits(v)
		if ok {
			return []byte(a)
		}
		n := u.Length()
		out := make([]byte, n)
		for i := 0; i < n; i++ {
			out[i] = byte(u.CharAt(i))
		}
		return out
	case encHex:
		a, u, ok := stringUnits(v)
		var n int
		if ok {
			n = len(a)
		} else {
			n = u.Length()
		}
		out := make([]byte, n/2)
		w := hexDecode(out, a, u, ok)
		return out[:w]
	case encBase64, encBase64URL:
		a, u, ok := stringUnits(v)
		var n int
		if ok {
			n = len(a)
		} else {
			n = u.Length()
		}
		out := make([]byte, base64DecodedSize(a, u, ok, n))
		w := base64Decode(out, a, u, ok, n)
		return out[:w]
	default:
		return []byte(v.String())
	}
}

// writeString encodes v into dst (at most len(dst) bytes, never a partial utf8 or ucs2
// character) and returns the count written.
func writeString(dst []byte, v goja.Value, enc int) int {
	switch enc {
	case encUCS2:
		s := asString(v)
		n := s.Length()
		if n > len(dst)/2 {
			n = len(dst) / 2
		}
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			dst[2*i], dst[2*i+1] = byte(c), byte(c>>8)
		}
		return 2 * n
	case encLatin1, encASCII:
		a, u, ok := stringUnits(v)
		if ok {
			return copy(dst, a)
		}
		n := u.Length()
		if n > len(dst) {
			n = len(dst)
		}
		for i := 0; i < n; i++ {
			dst[i] = byte(u.CharAt(i))
		}
		return n
	case encHex:
		a, u, ok := stringUnits(v)
		return hexDecode(dst, a, u, ok)
	case encBase64, encBase64URL:
		a, u, ok := stringUnits(v)
		var n int
		if ok {
			n = len(a)
		} else {
			n = u.Length()
		}
		return base64Decode(dst, a, u, ok, n)
	default:
		s := v.String()
		if len(s) <= len(dst) {
			return copy(dst, s)
		}
		cut := len(dst)
		// s is valid UTF-8: back off to the start of the character cut in two.
		for cut > 0 && s[cut]&0xc0 == 0x80 {
			cut--
		}
		return copy(dst, s[:cut])
	}
}

func asString(v goja.Value) goja.String {
	if s, ok := v.(goja.String); ok {
		return s
	}
	return goja.StringFromUTF16(utf16.Encode([]rune(v.String())))
}

func unitAt(a string, u goja.String, ascii bool, i int) byte {
	if ascii {
		return a[i]
	}
	return byte(u.CharAt(i)) // Node truncates two-byte characters to their low byte
}

var unhexTable = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < 10; i++ {
		t['0'+i] = int8(i)
	}
	for i := 0; i < 6; i++ {
		t['a'+i] = int8(10 + i)
		t['A'+i] = int8(10 + i)
	}
	return
}()

func hexDecode(dst []byte, a string, u goja.String, ascii bool) int {
	var n int
	if ascii {
		n = len(a)
	} else {
		n = u.Length()
	}
	pairs := n / 2
	if pairs > len(dst) {
		pairs = len(dst)
	}
	for i := 0; i < pairs; i++ {
		hi := unhexTable[unitAt(a, u, ascii, 2*i)]
		lo := unhexTable[unitAt(a, u, ascii, 2*i+1)]
		if hi < 0 || lo < 0 {
			return i
		}
		dst[i] = byte(hi)<<4 | byte(lo)
	}
	return pairs
}

var unbase64Table = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alpha); i++ {
		t[alpha[i]] = byte(i)
	}
	t['-'] = 62
	t['_'] = 63
	return
}()

// base64DecodedSize is Node's estimate of the decoded size (padding aware).
func base64DecodedSize(a string, u goja.String, ascii bool, size int) int {
	if size < 2 {
		return 0
	}
	if unitAt(a, u, ascii, size-1) == '=' {
		size--
		if unitAt(a, u, ascii, size-1) == '=' {
			size--
		}
	}
	if size < 2 {
		return 0
	}
	rem := size % 4
	out := size / 4 * 3
	if rem != 0 {
		if out == 0 && rem == 1 {
			out = 0
		} else {
			out += 1
			if rem == 3 {
				out++
			}
		}
	}
	return out
}

// base64Decode is Node's lenient base64 decoder: characters of either alphabet are data,
// any other character is skipped, '=' ends the input. It writes at most len(dst) bytes
// and returns the number written.
func base64Decode(dst []byte, a string, u goja.String, ascii bool, srclen int) int {
	i, k := 0, 0
	dstlen := len(dst)
	next := func() (byte, bool) {
		for {
			if i >= srclen {
				return 0, false
			}
			c := unitAt(a, u, ascii, i)
			v := unbase64Table[c]
			i++
			if v < 64 {
				return v, true
			}
			if c == '=' || i >= srclen {
				return 0, false
			}
		}
	}
	for i < srclen && k < dstlen {
		// One group of four characters, with Node's stop conditions after each.
		hi, ok := next()
		if !ok {
			return k
		}
		if i >= srclen || k >= dstlen {
			return k
		}
		lo, ok := next()
		if !ok {
			return k
		}
		dst[k] = hi<<2 | (lo&0x30)>>4
		k++
		if i >= srclen || k >= dstlen {
			return k
		}
		hi = lo
		lo, ok = next()
		if !ok {
			return k
		}
		dst[k] = (hi&0x0f)<<4 | (lo&0x3c)>>2
		k++
		if i >= srclen || k >= dstlen {
			return k
		}
		hi = lo
		lo, ok = next()
		if !ok {
			return k
		}
		dst[k] = (hi&0x03)<<6 | lo
		k++
	}
	return k
}

const base64Std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const base64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

func base64Encode(src []byte, url bool) string {
	alpha := base64Std
	if url {
		alpha = base64URL
	}
	n := (len(src) + 2) / 3 * 4
	if url {
		n = (len(src)*8 + 5) / 6
	}
	out := make([]byte, 0, n)
	i := 0
	for ; i+2 < len(src); i += 3 {
		v := uint(src[i])<<16 | uint(src[i+1])<<8 | uint(src[i+2])
		out = append(out, alpha[v>>18&63], alpha[v>>12&63], alpha[v>>6&63], alpha[v&63])
	}
	switch len(src) - i {
	case 1:
		v := uint(src[i]) << 16
		out = append(out, alpha[v>>18&63], alpha[v>>12&63])
		if !url {
			out = append(out, '=', '=')
		}
	case 2:
		v := uint(src[i])<<16 | uint(src[i+1])<<8
		out = append(out, alpha[v>>18&63], alpha[v>>12&63], alpha[v>>6&63])
		if !url {
			out = append(out, '=')
		}
	}
	return string(out)
}

// ---- bytes -> string ------------------------------------------------------------

func (bh *bufHelper) decode(b []byte, enc int) goja.Value {
	vm := bh.vm
	switch enc {
	case encUCS2:
		n := len(b) / 2
		units := make([]uint16, n)
		for i := 0; i < n; i++ {
			units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return goja.StringFromUTF16(units)
	case encLatin1:
		if isASCII(b) {
			return vm.ToValue(string(b))
		}
		units := make([]uint16, len(b))
		for i, c := range b {
			units[i] = uint16(c)
		}
		return goja.StringFromUTF16(units)
	case encASCII:
		if isASCII(b) {
			return vm.ToValue(string(b))
		}
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = c & 0x7f
		}
		return vm.ToValue(string(out))
	case encHex:
		const digits = "0123456789abcdef"
		out := make([]byte, 2*len(b))
		for i, c := range b {
			out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
		}
		return vm.ToValue(string(out))
	case encBase64:
		return vm.ToValue(base64Encode(b, false))
	case encBase64URL:
		return vm.ToValue(base64Encode(b, true))
	default:
		return decodeUTF8(vm, b)
	}
}

// decodeUTF8 decodes b as the WHATWG UTF-8 decoder does (V8's behaviour): every maximal
// subpart of an ill-formed sequence becomes one U+FFFD.
func decodeUTF8(vm *goja.Runtime, b []byte) goja.Value {
	if isASCII(b) || utf8.Valid(b) {
		return vm.ToValue(string(b))
	}
	return goja.StringFromUTF16(utf8ToUTF16(b))
}

func utf8ToUTF16(b []byte) []uint16 {
	out := make([]uint16, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, uint16(c))
			i++
			continue
		}
		var need int
		var cp rune
		lower, upper := byte(0x80), byte(0xbf)
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need, cp = 1, rune(c&0x1f)
		case c >= 0xe0 && c <= 0xef:
			if c == 0xe0 {
				lower = 0xa0
			} else if c == 0xed {
				upper = 0x9f
			}
			need, cp = 2, rune(c&0x0f)
		case c >= 0xf0 && c <= 0xf4:
			if c == 0xf0 {
				lower = 0x90
			} else if c == 0xf4 {
				upper = 0x8f
			}
			need, cp = 3, rune(c&0x07)
		default:
			out = append(out, 0xfffd)
			i++
			continue
		}
		j := i + 1
		ok := true
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lower || b[j] > upper {
				ok = false
				break
			}
			cp = cp<<6 | rune(b[j]&0x3f)
			lower, upper = 0x80, 0xbf
			j++
		}
		if !ok {
			out = append(out, 0xfffd)
			i = j
			continue
		}
		if cp >= 0x10000 {
			cp -= 0x10000
			out = append(out, uint16(0xd800+(cp>>10)), uint16(0xdc00+(cp&0x3ff)))
		} else {
			out = append(out, uint16(cp))
		}
		i = j
	}
	return out
}

// ---- search ---------------------------------------------------------------------

// indexOfOffset is Node's IndexOfOffset: where a search starts, or -1 for no match.
func indexOfOffset(length int64, offset int64, needleLen int64, forward bool) int64 {
	if offset < 0 {
		if offset+length >= 0 {
			return length + offset
		} else if forward || needleLen == 0 {
			return 0
		}
		return -1
	}
	if offset+needleLen <= length {
		return offset
	} else if needleLen == 0 {
		return length
	} else if forward {
		return -1
	}
	return length - 1
}

// indexOf finds needle in buf from byteOffset (Node's IndexOfString/IndexOfBuffer).
// A ucs2 search works on 16-bit units: it matches at even offsets only.
func indexOf(buf, needle []byte, byteOffset float64, ucs2, forward bool) int64 {
	var off int64
	switch {
	case math.IsNaN(byteOffset):
		off = 0
	case byteOffset > 1<<62:
		off = 1 << 62
	case byteOffset < -(1 << 62):
		off = -(1 << 62)
	default:
		off = int64(byteOffset)
	}
	hl, nl := int64(len(buf)), int64(len(needle))
	opt := indexOfOffset(hl, off, nl, forward)
	if nl == 0 {
		return opt
	}
	if hl == 0 || opt <= -1 {
		return -1
	}
	if (forward && nl+opt > hl) || nl > hl {
		return -1
	}
	unit := int64(1)
	if ucs2 {
		if hl < 2 || nl < 2 {
			return -1
		}
		unit = 2
	}
	h, n, start := hl/unit, nl/unit, opt/unit
	if h < n {
		return -1
	}
	if unit == 1 {
		if forward {
			if i := bytes.Index(buf[start:], needle); i >= 0 {
				return start + int64(i)
			}
			return -1
		}
		end := start + n
		if end > h {
			end = h
		}
		return int64(bytes.LastIndex(buf[:end], needle))
	}
	match := func(p int64) bool {
		a := buf[p*unit : (p+n)*unit]
		return string(a) == string(needle[:n*unit])
	}
	if forward {
		for p := start; p+n <= h; p++ {
			if match(p) {
				return p * unit
			}
		}
		return -1
	}
	p := start
	if p > h-n {
		p = h - n
	}
	for ; p >= 0; p-- {
		if match(p) {
			return p * unit
		}
	}
	return -1
}

// ---- transcode, atob -----------------------------------------------------------

// ICU error numbers transcode reports.
const (
	icuIllegalArgumentError = 1  // U_ILLEGAL_ARGUMENT_ERROR
	icuInvalidCharFound     = 10 // U_INVALID_CHAR_FOUND
)

// transcode converts between utf8, ucs2, latin1 and ascii the way Node's ICU-based
// transcode does: a strict path for utf8<->ucs2 (ill-formed input is an error), else
// ill-formed input becomes U+FFFD and unrepresentable characters '?'.
func transcode(src []byte, from, to int) ([]byte, int) {
	if from == 0 || to == 0 || from > encASCII || to > encASCII {
		return nil, icuIllegalArgumentError
	}
	ucs2Units := func(b []byte) []uint16 {
		units := make([]uint16, len(b)/2)
		for i := range units {
			units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return units
	}
	var units []uint16
	switch from {
	case encASCII, encLatin1:
		units = make([]uint16, len(src))
		for i, c := range src {
			if from == encASCII && c >= 0x80 && to != encUCS2 {
				units[i] = 0xfffd
			} else {
				units[i] = uint16(c)
			}
		}
	case encUTF8:
		if to == encUCS2 && !utf8.Valid(src) {
			return nil, icuInvalidCharFound
		}
		units = utf8ToUTF16(src)
	case encUCS2:
		units = ucs2Units(src)
		switch to {
		case encUCS2:
			units = replaceLoneSurrogates(units)
			if len(src)%2 != 0 {
				units = append(units, 0xfffd)
			}
		case encUTF8:
			for i := 0; i < len(units); i++ {
				c := units[i]
				if c >= 0xd800 && c <= 0xdbff && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff {
					i++
				} else if c >= 0xd800 && c <= 0xdfff {
					return nil, icuInvalidCharFound
				}
			}
		}
	}
	switch to {
	case encUTF8:
		return []byte(string(utf16.Decode(units))), 0
	case encUCS2:
		out := make([]byte, 2*len(units))
		for i, c := range units {
			out[2*i], out[2*i+1] = byte(c), byte(c>>8)
		}
		return out, 0
	default:
		limit := uint16(0xff)
		if to == encASCII {
			limit = 0x7f
		}
		out := make([]byte, 0, len(units))
		for i := 0; i < len(units); i++ {
			c := units[i]
			if c >= 0xd800 && c <= 0xdbff && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff {
				i++
				c = 0xfffd
			}
			if c > limit {
				out = append(out, '?')
			} else {
				out = append(out, byte(c))
			}
		}
		return out, 0
	}
}

func replaceLoneSurrogates(units []uint16) []uint16 {
	for i := 0; i < len(units); i++ {
		c := units[i]
		if c >= 0xd800 && c <= 0xdbff && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff {
			i++
		} else if c >= 0xd800 && c <= 0xdfff {
			units[i] = 0xfffd
		}
	}
	return units
}

func isASCIIWhitespace(c uint16) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// atob is WHATWG forgiving-base64 decode with Node's error order: -2 for an invalid
// character (including misplaced or excess padding), -1 when one character remains.
func (bh *bufHelper) atob(v goja.Value) goja.Value {
	s := asString(v)
	n := s.Length()
	data := make([]byte, 0, n)
	pad := 0
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		if isASCIIWhitespace(c) {
			continue
		}
		if c == '=' {
			pad++
			continue
		}
		if pad > 0 || c > 0x7f || c == '-' || c == '_' || unbase64Table[c] == 0xff {
			return bh.vm.ToValue(-2)
		}
		data = append(data, unbase64Table[c])
	}
	if pad > 2 || (pad > 0 && (len(data)+pad)%4 != 0) {
		return bh.vm.ToValue(-2)
	}
	if len(data)%4 == 1 {
		return bh.vm.ToValue(-1)
	}
	out := make([]uint16, 0, len(data)*3/4)
	allASCII := true
	var acc uint
	bits := 0
	for _, d := range data {
		acc = acc<<6 | uint(d)
		bits += 6
		if bits >= 8 {
			bits -= 8
			c := uint16(acc >> uint(bits) & 0xff)
			if c >= 0x80 {
				allASCII = false
			}
			out = append(out, c)
		}
	}
	if allASCII {
		b := make([]byte, len(out))
		for i, c := range out {
			b[i] = byte(c)
		}
		return bh.vm.ToValue(string(b))
	}
	return goja.StringFromUTF16(out)
}
