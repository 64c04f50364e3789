package jslib

import (
	"encoding/base64"
	"encoding/hex"

	"github.com/dop251/goja"
)

// internalBinding('string_decoder'): Node's src/string_decoder.cc in Go. The decoder's
// state lives in a 7-byte Buffer owned by the JavaScript StringDecoder (so `lastChar`,
// `lastNeed` and `lastTotal` read it directly, as in Node):
//
//	[0,4) the bytes of an incomplete character, [4] missing bytes, [5] buffered bytes,
//	[6] the encoding (Node's enum: ascii 0, utf8 1, base64 2, utf16le 3, latin1 4,
//	hex 5, buffer 6, base64url 7).
//
// Ported from Node.js (MIT License, Copyright Node.js contributors and Joyent, Inc.).
const (
	sdIncompleteStart = 0
	sdIncompleteEnd   = 4
	sdMissingBytes    = 4
	sdBufferedBytes   = 5
	sdEncodingField   = 6
	sdSize            = 7

	sdEncASCII     = 0
	sdEncUTF8      = 1
	sdEncBase64    = 2
	sdEncUCS2      = 3
	sdEncLatin1    = 4
	sdEncHex       = 5
	sdEncBuffer    = 6
	sdEncBase64URL = 7
)

func init() {
	Bindings["string_decoder"] = func(vm *goja.Runtime) *goja.Object {
		b := vm.NewObject()
		_ = b.Set("kIncompleteCharactersStart", sdIncompleteStart)
		_ = b.Set("kIncompleteCharactersEnd", sdIncompleteEnd)
		_ = b.Set("kMissingBytes", sdMissingBytes)
		_ = b.Set("kBufferedBytes", sdBufferedBytes)
		_ = b.Set("kEncodingField", sdEncodingField)
		_ = b.Set("kNumFields", 7)
		_ = b.Set("kSize", sdSize)
		_ = b.Set("encodings", []any{"ascii", "utf8", "base64", "utf16le", "latin1", "hex", "buffer", "base64url"})
		state := func(v goja.Value) []byte {
			var s []byte
			if err := vm.ExportTo(v, &s); err != nil || len(s) < sdSize {
				panic(vm.NewTypeError("string_decoder: invalid decoder state"))
			}
			return s
		}
		_ = b.Set("decode", func(call goja.FunctionCall) goja.Value {
			s := state(call.Argument(0))
			var data []byte
			if err := vm.ExportTo(call.Argument(1), &data); err != nil {
				panic(vm.NewTypeError("string_decoder: data is not an ArrayBufferView"))
			}
			return stringDecoderDecode(s, data)
		})
		_ = b.Set("flush", func(call goja.FunctionCall) goja.Value {
			return stringDecoderFlush(state(call.Argument(0)))
		})
		return b
	}
}

// sdMakeString decodes data in one of Node's buffer encodings, as Buffer#toString does.
func sdMakeString(data []byte, enc byte) goja.String {
	switch enc {
	case sdEncUTF8:
		var d teUTF8Decoder
		out, _ := d.decode(make([]uint16, 0, len(data)), data, true, false)
		return goja.StringFromUTF16(out)
	case sdEncUCS2:
		out := make([]uint16, len(data)/2)
		for i := range out {
			out[i] = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		}
		return goja.StringFromUTF16(out)
	case sdEncBase64:
		return sdASCII(base64.StdEncoding.EncodeToString(data))
	case sdEncBase64URL:
		return sdASCII(base64.RawURLEncoding.EncodeToString(data))
	case sdEncHex:
		return sdASCII(hex.EncodeToString(data))
	case sdEncASCII:
		out := make([]uint16, len(data))
		for i, c := range data {
			out[i] = uint16(c & 0x7f)
		}
		return goja.StringFromUTF16(out)
	default: // latin1, buffer
		out := make([]uint16, len(data))
		for i, c := range data {
			out[i] = uint16(c)
		}
		return goja.StringFromUTF16(out)
	}
}

func sdASCII(s string) goja.String {
	out := make([]uint16, len(s))
	for i := 0; i < len(s); i++ {
		out[i] = uint16(s[i])
	}
	return goja.StringFromUTF16(out)
}

func stringDecoderDecode(st []byte, data []byte) goja.Value {
	enc := st[sdEncodingField]
	if enc != sdEncUTF8 && enc != sdEncUCS2 && enc != sdEncBase64 && enc != sdEncBase64URL {
		return sdMakeString(data, enc)
	}
	var prepend, body goja.String
	missing := func() int { return int(st[sdMissingBytes]) }
	buffered := func() int { return int(st[sdBufferedBytes]) }
	nread := len(data)

	if missing() > 0 {
		if enc == sdEncUTF8 {
			// An incomplete character followed by a byte that is not a continuation byte
			// ends there (V8's decoder then sees the remainder as-is).
			for i := 0; i < nread && i < missing(); i++ {
				if data[i]&0xc0 != 0x80 {
					st[sdMissingBytes] = 0
					copy(st[buffered():], data[:i])
					st[sdBufferedBytes] += byte(i)
					data = data[i:]
					nread -= i
					break
				}
			}
		}
		found := min(nread, missing())
		copy(st[buffered():], data[:found])
		data = data[found:]
		nread -= found
		st[sdMissingBytes] -= byte(found)
		st[sdBufferedBytes] += byte(found)
		if missing() == 0 {
			prepend = sdMakeString(st[sdIncompleteStart:sdIncompleteStart+buffered()], enc)
			st[sdBufferedBytes] = 0
		}
	}

	if nread == 0 {
		if prepend != nil {
			return prepend
		}
		return goja.StringFromUTF16(nil)
	}

	switch {
	case enc == sdEncUTF8 && data[nread-1]&0x80 != 0:
		for i := nread - 1; ; i-- {
			st[sdBufferedBytes]++
			if data[i]&0xc0 == 0x80 {
				// A trailing byte: more than 3 of them, or no lead byte in this chunk, is
				// invalid UTF-8 left to the decoder.
				if buffered() >= 4 || i == 0 {
					st[sdBufferedBytes] = 0
					break
				}
				continue
			}
			switch {
			case data[i]&0xe0 == 0xc0:
				st[sdMissingBytes] = 2
			case data[i]&0xf0 == 0xe0:
				st[sdMissingBytes] = 3
			case data[i]&0xf8 == 0xf0:
				st[sdMissingBytes] = 4
			default:
				st[sdBufferedBytes] = 0
			}
			if st[sdBufferedBytes] == 0 {
				break
			}
			if buffered() >= missing() {
				st[sdMissingBytes] = 0
				st[sdBufferedBytes] = 0
			}
			st[sdMissingBytes] -= st[sdBufferedBytes]
			break
		}
	case enc == sdEncUCS2:
		if nread%2 == 1 {
			st[sdBufferedBytes], st[sdMissingBytes] = 1, 1
		} else if data[nread-1]&0xfc == 0xd8 {
			st[sdBufferedBytes], st[sdMissingBytes] = 2, 2
		}
	case enc == sdEncBase64 || enc == sdEncBase64URL:
		st[sdBufferedBytes] = byte(nread % 3)
		if buffered() > 0 {
			st[sdMissingBytes] = byte(3 - buffered())
		}
	}

	if b := buffered(); b > 0 {
		nread -= b
		copy(st[sdIncompleteStart:], data[nread:nread+b])
	}
	if nread > 0 {
		body = sdMakeString(data[:nread], enc)
	} else {
		body = goja.StringFromUTF16(nil)
	}
	if prepend == nil {
		return body
	}
	return prepend.Concat(body)
}

func stringDecoderFlush(st []byte) goja.Value {
	enc := st[sdEncodingField]
	if enc == sdEncUCS2 && st[sdBufferedBytes]%2 == 1 {
		// Ignore a single trailing byte, like the JS decoder does.
		st[sdMissingBytes]--
		st[sdBufferedBytes]--
	}
	n := int(st[sdBufferedBytes])
	if n == 0 {
		return goja.StringFromUTF16(nil)
	}
	ret := sdMakeString(st[sdIncompleteStart:sdIncompleteStart+n], enc)
	st[sdMissingBytes] = 0
	st[sdBufferedBytes] = 0
	return ret
}
