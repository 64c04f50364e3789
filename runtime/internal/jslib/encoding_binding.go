package jslib

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// internalBinding('encoding'): the WHATWG Encoding Standard codecs behind TextEncoder and
// TextDecoder (internal_encoding.js). UTF-8 and UTF-16 follow the standard's decoder
// algorithms exactly (replacement of maximal subparts, streaming across chunks, BOM
// sniffing); the single-byte encodings use the WHATWG index tables of x/text/charmap;
// the legacy CJK encodings use the x/text decoders (in fatal mode, an error is any
// U+FFFD in their output).
//
//	encodeUtf8String(str)        -> ArrayBuffer of the UTF-8 bytes (lone surrogates -> U+FFFD)
//	teEncodeInto(str, u8)          -> [read, written] (UTF-16 units read, bytes written)
//	getEncodingFromLabel(label)  -> canonical encoding name, or undefined
//	createDecoder(name, fatal, ignoreBOM)
//	                             -> decode(input, stream) returning the string, null on
//	                                a fatal error, undefined when input is not a
//	                                BufferSource; undefined when name has no decoder
func init() {
	Bindings["encoding"] = func(vm *goja.Runtime) *goja.Object {
		b := vm.NewObject()
		_ = b.Set("encodeUtf8String", func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(vm.NewArrayBuffer(teEncodeUTF8(call.Argument(0))))
		})
		_ = b.Set("encodeInto", func(call goja.FunctionCall) goja.Value {
			var dst []byte
			if err := vm.ExportTo(call.Argument(1), &dst); err != nil {
				panic(vm.NewTypeError("encodeInto: destination is not a Uint8Array"))
			}
			read, written := teEncodeInto(teString(call.Argument(0)), dst)
			return vm.NewArray(read, written)
		})
		_ = b.Set("getEncodingFromLabel", func(call goja.FunctionCall) goja.Value {
			if name := teEncodingFromLabel(call.Argument(0).String()); name != "" {
				return vm.ToValue(name)
			}
			return goja.Undefined()
		})
		_ = b.Set("createDecoder", func(call goja.FunctionCall) goja.Value {
			d := newTEDecoder(call.Argument(0).String(), call.Argument(1).ToBoolean(), call.Argument(2).ToBoolean())
			if d == nil {
				return goja.Undefined()
			}
			return vm.ToValue(func(c goja.FunctionCall) goja.Value {
				in, ok := teBufferSource(vm, c.Argument(0))
				if !ok {
					return goja.Undefined()
				}
				s, ok := d.decode(in, c.Argument(1).ToBoolean())
				if !ok {
					return goja.Null()
				}
				return s
			})
		})
		return b
	}
}

func teString(v goja.Value) goja.String {
	if s, ok := v.(goja.String); ok {
		return s
	}
	return v.ToString().(goja.String)
}

// teBufferSource returns the bytes viewed by an ArrayBuffer, SharedArrayBuffer,
// typed array or DataView (sharing memory), or false for anything else.
func teBufferSource(vm *goja.Runtime, v goja.Value) ([]byte, bool) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil, false
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	switch x := SafeExport(o).(type) {
	case goja.ArrayBuffer:
		return x.Bytes(), true
	case []byte:
		return x, true
	}
	switch o.ClassName() {
	case "ArrayBuffer", "SharedArrayBuffer":
		// A SharedArrayBuffer exports as its own type; read it through a view.
		var b []byte
		if u8, ok := goja.AssertConstructor(vm.Get("Uint8Array")); ok {
			if view, err := u8(nil, o); err == nil && vm.ExportTo(view, &b) == nil {
				return b, true
			}
		}
		return nil, false
	}
	var b []byte
	if vm.ExportTo(v, &b) != nil {
		return nil, false
	}
	// ExportTo also converts plain arrays; only views of buffers qualify.
	if !teIsView(vm, o) {
		return nil, false
	}
	return b, true
}

func teIsView(vm *goja.Runtime, o *goja.Object) bool {
	ab, ok := vm.Get("ArrayBuffer").(*goja.Object)
	if !ok {
		return false
	}
	isView, ok := goja.AssertFunction(ab.Get("isView"))
	if !ok {
		return false
	}
	r, err := isView(ab, o)
	return err == nil && r.ToBoolean()
}

// teEncodeUTF8 converts a JS string to UTF-8, replacing lone surrogates with U+FFFD
// (WebIDL USVString conversion).
func teEncodeUTF8(v goja.Value) []byte {
	s := teString(v)
	n := s.Length()
	out := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		if c < 0x80 {
			out = append(out, byte(c))
			continue
		}
		r := rune(c)
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
			if c < 0xdc00 && i+1 < n {
				if c2 := s.CharAt(i + 1); c2 >= 0xdc00 && c2 <= 0xdfff {
					r = utf16.DecodeRune(rune(c), rune(c2))
					i++
				}
			}
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// teEncodeInto writes as much of s as fits into dst as UTF-8 without splitting a
// character; it returns the UTF-16 code units read and the bytes written.
func teEncodeInto(s goja.String, dst []byte) (read, written int) {
	n := s.Length()
	for read < n {
		c := s.CharAt(read)
		if c < 0x80 {
			if written >= len(dst) {
				break
			}
			dst[written] = byte(c)
			written++
			read++
			continue
		}
		r := rune(c)
		units := 1
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
			if c < 0xdc00 && read+1 < n {
				if c2 := s.CharAt(read + 1); c2 >= 0xdc00 && c2 <= 0xdfff {
					r = utf16.DecodeRune(rune(c), rune(c2))
					units = 2
				}
			}
		}
		size := utf8.RuneLen(r)
		if written+size > len(dst) {
			break
		}
		utf8.EncodeRune(dst[written:], r)
		written += size
		read += units
	}
	return read, written
}

// ---- labels ----------------------------------------------------------------------

// teEncodingFromLabel implements the Encoding Standard's "get an encoding": ASCII
// whitespace is trimmed and the label lower-cased (ASCII only). The "replacement"
// encoding has no decoder in TextDecoder and is reported as unknown.
func teEncodingFromLabel(label string) string {
	if name, ok := teEncodingLabels[label]; ok {
		return name
	}
	label = strings.Trim(label, "\t\n\f\r ")
	lower := []byte(label)
	for i, c := range lower {
		if c >= 'A' && c <= 'Z' {
			lower[i] = c + 'a' - 'A'
		}
	}
	return teEncodingLabels[string(lower)]
}

// teEncodingLabels maps every label of the Encoding Standard (https://encoding.spec.whatwg.org/#names-and-labels)
// to its encoding's name.
var teEncodingLabels = func() map[string]string {
	m := map[string]string{}
	for _, e := range [][]string{
		{"utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"},
		{"ibm866", "866", "cp866", "csibm866", "ibm866"},
		{"iso-8859-2", "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"},
		{"iso-8859-3", "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"},
		{"iso-8859-4", "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"},
		{"iso-8859-5", "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"},
		{"iso-8859-6", "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"},
		{"iso-8859-7", "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"},
		{"iso-8859-8", "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual"},
		{"iso-8859-8-i", "csiso88598i", "iso-8859-8-i", "logical"},
		{"iso-8859-10", "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"},
		{"iso-8859-13", "iso-8859-13", "iso8859-13", "iso885913"},
		{"iso-8859-14", "iso-8859-14", "iso8859-14", "iso885914"},
		{"iso-8859-15", "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"},
		{"iso-8859-16", "iso-8859-16"},
		{"koi8-r", "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"},
		{"koi8-u", "koi8-ru", "koi8-u"},
		{"macintosh", "csmacintosh", "mac", "macintosh", "x-mac-roman"},
		{"windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"},
		{"windows-1250", "cp1250", "windows-1250", "x-cp1250"},
		{"windows-1251", "cp1251", "windows-1251", "x-cp1251"},
		{"windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"},
		{"windows-1253", "cp1253", "windows-1253", "x-cp1253"},
		{"windows-1254", "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"},
		{"windows-1255", "cp1255", "windows-1255", "x-cp1255"},
		{"windows-1256", "cp1256", "windows-1256", "x-cp1256"},
		{"windows-1257", "cp1257", "windows-1257", "x-cp1257"},
		{"windows-1258", "cp1258", "windows-1258", "x-cp1258"},
		{"x-mac-cyrillic", "x-mac-cyrillic", "x-mac-ukrainian"},
		{"gbk", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"},
		{"gb18030", "gb18030"},
		{"big5", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"},
		{"euc-jp", "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"},
		{"iso-2022-jp", "csiso2022jp", "iso-2022-jp"},
		{"shift_jis", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"},
		{"euc-kr", "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"},
		{"utf-16be", "unicodefffe", "utf-16be"},
		{"utf-16le", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"},
		{"x-user-defined", "x-user-defined"},
		// Labels of the "replacement" encoding, which TextDecoder does not support.
		{"replacement", "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement"},
	} {
		for _, l := range e[1:] {
			m[l] = e[0]
		}
	}
	return m
}()

var teSingleByteCharmaps = map[string]*charmap.Charmap{
	"ibm866":         charmap.CodePage866,
	"iso-8859-2":     charmap.ISO8859_2,
	"iso-8859-3":     charmap.ISO8859_3,
	"iso-8859-4":     charmap.ISO8859_4,
	"iso-8859-5":     charmap.ISO8859_5,
	"iso-8859-6":     charmap.ISO8859_6,
	"iso-8859-7":     charmap.ISO8859_7,
	"iso-8859-8":     charmap.ISO8859_8,
	"iso-8859-8-i":   charmap.ISO8859_8, // same table; -i only differs in bidi handling
	"iso-8859-10":    charmap.ISO8859_10,
	"iso-8859-13":    charmap.ISO8859_13,
	"iso-8859-14":    charmap.ISO8859_14,
	"iso-8859-15":    charmap.ISO8859_15,
	"iso-8859-16":    charmap.ISO8859_16,
	"koi8-r":         charmap.KOI8R,
	"koi8-u":         charmap.KOI8U,
	"macintosh":      charmap.Macintosh,
	"windows-874":    charmap.Windows874,
	"windows-1250":   charmap.Windows1250,
	"windows-1251":   charmap.Windows1251,
	"windows-1252":   charmap.Windows1252,
	"windows-1253":   charmap.Windows1253,
	"windows-1254":   charmap.Windows1254,
	"windows-1255":   charmap.Windows1255,
	"windows-1256":   charmap.Windows1256,
	"windows-1257":   charmap.Windows1257,
	"windows-1258":   charmap.Windows1258,
	"x-mac-cyrillic": charmap.MacintoshCyrillic,
	"x-user-defined": charmap.XUserDefined,
}

func teLegacyMultiByte(name string) encoding.Encoding {
	switch name {
	case "gbk":
		return simplifiedchinese.GBK
	case "gb18030":
		return simplifiedchinese.GB18030
	case "big5":
		return traditionalchinese.Big5
	case "euc-jp":
		return japanese.EUCJP
	case "iso-2022-jp":
		return japanese.ISO2022JP
	case "shift_jis":
		return japanese.ShiftJIS
	case "euc-kr":
		return korean.EUCKR
	}
	return nil
}

// ---- decoders --------------------------------------------------------------------

type teByteDecoder interface {
	// decode appends the decoded text of in to out (flush: end of stream); false on an
	// error in fatal mode.
	decode(out []uint16, in []byte, flush, fatal bool) ([]uint16, bool)
	reset()
}

// teDecoder is the state of one TextDecoder: the Encoding Standard's "decode"
// with do-not-flush and BOM-seen flags around an encoding's decoder.
type teDecoder struct {
	dec        teByteDecoder
	fatal      bool
	ignoreBOM  bool
	unicode    bool // UTF-8 / UTF-16: a leading BOM is stripped
	bomSeen    bool
	doNotFlush bool
	buf        []uint16
}

func newTEDecoder(name string, fatal, ignoreBOM bool) *teDecoder {
	d := &teDecoder{fatal: fatal, ignoreBOM: ignoreBOM}
	switch name {
	case "utf-8":
		d.dec, d.unicode = &teUTF8Decoder{}, true
	case "utf-16le":
		d.dec, d.unicode = &teUTF16Decoder{}, true
	case "utf-16be":
		d.dec, d.unicode = &teUTF16Decoder{be: true}, true
	default:
		if t, ok := teSingleByteTables[name]; ok {
			d.dec = &teSingleByteDecoder{high: t}
		} else if enc := teLegacyMultiByte(name); enc != nil {
			d.dec = &teTransformDecoder{enc: enc}
		} else {
			return nil
		}
	}
	return d
}

func (d *teDecoder) decode(in []byte, stream bool) (goja.Value, bool) {
	if !d.doNotFlush {
		d.dec.reset()
		d.bomSeen = false
	}
	d.doNotFlush = stream
	out, ok := d.dec.decode(d.buf[:0], in, !stream, d.fatal)
	if cap(out) <= 1<<16 {
		d.buf = out
	}
	if !ok {
		d.dec.reset()
		d.doNotFlush = false
		return nil, false
	}
	if d.unicode && !d.ignoreBOM && !d.bomSeen && len(out) > 0 {
		d.bomSeen = true
		if out[0] == 0xfeff {
			out = out[1:]
		}
	}
	return goja.StringFromUTF16(out), true
}

func teAppendRune16(out []uint16, r rune) []uint16 {
	if r >= 0x10000 {
		r1, r2 := utf16.EncodeRune(r)
		return append(out, uint16(r1), uint16(r2))
	}
	return append(out, uint16(r))
}

// teUTF8Decoder is the Encoding Standard's UTF-8 decoder.
type teUTF8Decoder struct {
	codePoint, bytesSeen, bytesNeeded int
	lower, upper                      byte
}

func (u *teUTF8Decoder) reset() { *u = teUTF8Decoder{} }

func (u *teUTF8Decoder) decode(out []uint16, in []byte, flush, fatal bool) ([]uint16, bool) {
	for i := 0; i < len(in); i++ {
		b := in[i]
		if u.bytesNeeded == 0 {
			switch {
			case b < 0x80:
				out = append(out, uint16(b))
			case b >= 0xc2 && b <= 0xdf:
				u.bytesNeeded, u.codePoint = 1, int(b&0x1f)
			case b >= 0xe0 && b <= 0xef:
				if b == 0xe0 {
					u.lower = 0xa0
				} else if b == 0xed {
					u.upper = 0x9f
				}
				u.bytesNeeded, u.codePoint = 2, int(b&0xf)
			case b >= 0xf0 && b <= 0xf4:
				if b == 0xf0 {
					u.lower = 0x90
				} else if b == 0xf4 {
					u.upper = 0x8f
				}
				u.bytesNeeded, u.codePoint = 3, int(b&0x7)
			default:
				if fatal {
					return out, false
				}
				out = append(out, 0xfffd)
			}
			continue
		}
		lower, upper := u.lower, u.upper
		if lower == 0 {
			lower = 0x80
		}
		if upper == 0 {
			upper = 0xbf
		}
		if b < lower || b > upper {
			u.reset()
			if fatal {
				return out, false
			}
			out = append(out, 0xfffd)
			i-- // reprocess b
			continue
		}
		u.lower, u.upper = 0, 0
		u.codePoint = u.codePoint<<6 | int(b&0x3f)
		u.bytesSeen++
		if u.bytesSeen != u.bytesNeeded {
			continue
		}
		out = teAppendRune16(out, rune(u.codePoint))
		u.reset()
	}
	if flush && u.bytesNeeded != 0 {
		u.reset()
		if fatal {
			return out, false
		}
		out = append(out, 0xfffd)
	}
	return out, true
}

// teUTF16Decoder is the Encoding Standard's shared UTF-16 decoder.
type teUTF16Decoder struct {
	be           bool
	leadByte     int // -1 when none
	leadSurr     int // 0 when none
	haveLeadByte bool
}

func (u *teUTF16Decoder) reset() { *u = teUTF16Decoder{be: u.be} }

func (u *teUTF16Decoder) decode(out []uint16, in []byte, flush, fatal bool) ([]uint16, bool) {
	for _, b := range in {
		if !u.haveLeadByte {
			u.leadByte, u.haveLeadByte = int(b), true
			continue
		}
		var cu int
		if u.be {
			cu = u.leadByte<<8 | int(b)
		} else {
			cu = int(b)<<8 | u.leadByte
		}
		u.haveLeadByte = false
		if u.leadSurr != 0 {
			lead := u.leadSurr
			u.leadSurr = 0
			if cu >= 0xdc00 && cu <= 0xdfff {
				out = append(out, uint16(lead), uint16(cu))
				continue
			}
			// The lead surrogate is an error; cu is processed on its own.
			if fatal {
				return out, false
			}
			out = append(out, 0xfffd)
		}
		switch {
		case cu >= 0xd800 && cu <= 0xdbff:
			u.leadSurr = cu
		case cu >= 0xdc00 && cu <= 0xdfff:
			if fatal {
				return out, false
			}
			out = append(out, 0xfffd)
		default:
			out = append(out, uint16(cu))
		}
	}
	if flush && (u.haveLeadByte || u.leadSurr != 0) {
		u.reset()
		if fatal {
			return out, false
		}
		out = append(out, 0xfffd)
	}
	return out, true
}

// teSingleByteDecoder maps bytes 0x80-0xFF through an index table (0 = unmapped).
type teSingleByteDecoder struct{ high *[128]uint16 }

// teSingleByteTables holds the upper halves of the single-byte index tables, built at
// init and read-only afterwards.
var teSingleByteTables = map[string]*[128]uint16{}

func init() {
	for name, cm := range teSingleByteCharmaps {
		var t [128]uint16
		for i := 0; i < 128; i++ {
			r := cm.DecodeByte(byte(0x80 + i))
			if r != utf8.RuneError && r < 0x10000 {
				t[i] = uint16(r)
			} else if i < 0x20 {
				// The WHATWG indexes map the C1 bytes x/text leaves undefined to
				// U+0080-U+009F (checked against Node for every encoding).
				t[i] = uint16(0x80 + i)
			}
		}
		teSingleByteTables[name] = &t
	}
}

func (s *teSingleByteDecoder) reset() {}

func (s *teSingleByteDecoder) decode(out []uint16, in []byte, _, fatal bool) ([]uint16, bool) {
	for _, b := range in {
		if b < 0x80 {
			out = append(out, uint16(b))
			continue
		}
		c := s.high[b-0x80]
		if c == 0 {
			if fatal {
				return out, false
			}
			c = 0xfffd
		}
		out = append(out, c)
	}
	return out, true
}

// teTransformDecoder streams a legacy multi-byte encoding through its x/text decoder,
// keeping an incomplete trailing sequence for the next chunk.
type teTransformDecoder struct {
	enc     encoding.Encoding
	t       transform.Transformer
	pending []byte
}

func (d *teTransformDecoder) reset() { d.t, d.pending = nil, nil }

func (d *teTransformDecoder) decode(out []uint16, in []byte, flush, fatal bool) ([]uint16, bool) {
	if d.t == nil {
		d.t = d.enc.NewDecoder()
	}
	src := in
	if len(d.pending) > 0 {
		src = append(d.pending, in...)
		d.pending = nil
	}
	dst := make([]byte, 4*len(src)+16)
	for {
		nDst, nSrc, err := d.t.Transform(dst, src, flush)
		for _, r := range string(dst[:nDst]) {
			if r == utf8.RuneError && fatal {
				return out, false
			}
			out = teAppendRune16(out, r)
		}
		src = src[nSrc:]
		if err == transform.ErrShortDst {
			continue
		}
		if err == transform.ErrShortSrc && !flush {
			d.pending = append([]byte(nil), src...)
		}
		break
	}
	if flush {
		d.t = nil
	}
	return out, true
}
