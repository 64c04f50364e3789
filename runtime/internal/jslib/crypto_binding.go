package jslib

// internalBinding('crypto'): the byte work behind node:crypto (crypto.js) done with Go's
// crypto packages: message digests, HMAC, random bytes and constant-time comparison.
//
// Data arrives as Uint8Arrays (crypto.js turns strings and other views into them first),
// which goja exports as []byte aliasing the JS memory; digests leave as ArrayBuffers.
//
// Digest names follow OpenSSL's: case-insensitive, with the aliases Node's getHashes()
// lists. RIPEMD-160 is implemented here (crypto_ripemd160.go); the digests Go does not
// ship (BLAKE2, SM3, Keccak, KMAC) are unknown, so crypto.js reports them as unsupported.

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"hash"
	"sort"
	"strings"

	"github.com/dop251/goja"
)

// digestAlg describes one digest: a constructor of its hash, or for the SHAKE XOFs a
// default output length.
type digestAlg struct {
	newHash  func() hash.Hash
	shake    int // 128 or 256 for the SHAKE XOFs
	truncate int // output bytes kept (SHA-256/192), 0 for all
	size     int
}

var digestAlgs = map[string]*digestAlg{}

// nodeHashNames are the names of crypto.getHashes() in Node v26 for the digests
// supported here (same spelling and order as Node's list).
var nodeHashNames []string

func init() {
	type entry struct {
		alg   *digestAlg
		names []string
	}
	md5sha1 := func() hash.Hash { return &concatHash{a: md5.New(), b: sha1.New()} }
	entries := []entry{
		{&digestAlg{newHash: md5.New}, []string{"md5", "RSA-MD5", "md5WithRSAEncryption", "ssl3-md5"}},
		{&digestAlg{newHash: md5sha1}, []string{"md5-sha1"}},
		{&digestAlg{newHash: newRIPEMD160}, []string{"ripemd160", "ripemd", "ripemd-160", "rmd160", "RSA-RIPEMD160", "ripemd160WithRSA"}},
		{&digestAlg{newHash: sha1.New}, []string{"sha1", "sha-1", "RSA-SHA1", "RSA-SHA1-2", "sha1WithRSAEncryption", "ssl3-sha1"}},
		{&digestAlg{newHash: sha256.New224}, []string{"sha224", "sha-224", "sha2-224", "RSA-SHA224", "sha224WithRSAEncryption"}},
		{&digestAlg{newHash: sha256.New}, []string{"sha256", "sha-256", "sha2-256", "RSA-SHA256", "sha256WithRSAEncryption"}},
		{&digestAlg{newHash: sha256.New, truncate: 24}, []string{"sha256-192", "sha-256/192", "sha2-256/192"}},
		{&digestAlg{newHash: sha512.New384}, []string{"sha384", "sha-384", "sha2-384", "RSA-SHA384", "sha384WithRSAEncryption"}},
		{&digestAlg{newHash: sha512.New}, []string{"sha512", "sha-512", "sha2-512", "RSA-SHA512", "sha512WithRSAEncryption"}},
		{&digestAlg{newHash: sha512.New512_224}, []string{"sha512-224", "sha-512/224", "sha2-512/224", "RSA-SHA512/224", "sha512-224WithRSAEncryption"}},
		{&digestAlg{newHash: sha512.New512_256}, []string{"sha512-256", "sha-512/256", "sha2-512/256", "RSA-SHA512/256", "sha512-256WithRSAEncryption"}},
		{&digestAlg{newHash: func() hash.Hash { return sha3.New224() }}, []string{"sha3-224", "RSA-SHA3-224", "id-rsassa-pkcs1-v1_5-with-sha3-224"}},
		{&digestAlg{newHash: func() hash.Hash { return sha3.New256() }}, []string{"sha3-256", "RSA-SHA3-256", "id-rsassa-pkcs1-v1_5-with-sha3-256"}},
		{&digestAlg{newHash: func() hash.Hash { return sha3.New384() }}, []string{"sha3-384", "RSA-SHA3-384", "id-rsassa-pkcs1-v1_5-with-sha3-384"}},
		{&digestAlg{newHash: func() hash.Hash { return sha3.New512() }}, []string{"sha3-512", "RSA-SHA3-512", "id-rsassa-pkcs1-v1_5-with-sha3-512"}},
		{&digestAlg{shake: 128, size: 16}, []string{"shake128", "shake-128"}},
		{&digestAlg{shake: 256, size: 32}, []string{"shake256", "shake-256"}},
	}
	for _, e := range entries {
		if e.alg.newHash != nil {
			e.alg.size = e.alg.newHash().Size()
			if e.alg.truncate > 0 {
				e.alg.size = e.alg.truncate
			}
		}
		for _, n := range e.names {
			digestAlgs[strings.ToLower(n)] = e.alg
			nodeHashNames = append(nodeHashNames, n)
		}
	}
	// Node's list is sorted with uppercase names first (byte order).
	sort.Strings(nodeHashNames)
	Bindings["crypto"] = newCryptoBinding
}

func lookupDigest(name string) *digestAlg { return digestAlgs[strings.ToLower(name)] }

// concatHash is OpenSSL's md5-sha1: both digests of the same input, concatenated.
type concatHash struct{ a, b hash.Hash }

func (c *concatHash) Write(p []byte) (int, error) { c.a.Write(p); return c.b.Write(p) }
func (c *concatHash) Sum(in []byte) []byte        { return c.b.Sum(c.a.Sum(in)) }
func (c *concatHash) Reset()                      { c.a.Reset(); c.b.Reset() }
func (c *concatHash) Size() int                   { return c.a.Size() + c.b.Size() }
func (c *concatHash) BlockSize() int              { return c.a.BlockSize() }
func (c *concatHash) Clone() (hash.Cloner, error) {
	a, err := cloneHash(c.a)
	if err != nil {
		return nil, err
	}
	b, err := cloneHash(c.b)
	if err != nil {
		return nil, err
	}
	return &concatHash{a: a, b: b}, nil
}

func cloneHash(h hash.Hash) (hash.Hash, error) {
	if c, ok := h.(hash.Cloner); ok {
		return c.Clone()
	}
	return nil, errNoClone
}

type cryptoError string

func (e cryptoError) Error() string { return string(e) }

const errNoClone = cryptoError("hash state cannot be copied")

// digester is one running digest: a hash.Hash or a SHAKE.
type digester struct {
	alg   *digestAlg
	h     hash.Hash
	shake *sha3.SHAKE
	outN  int
}

func newDigester(alg *digestAlg, outN int) *digester {
	d := &digester{alg: alg, outN: outN}
	if alg.shake != 0 {
		if alg.shake == 128 {
			d.shake = sha3.NewSHAKE128()
		} else {
			d.shake = sha3.NewSHAKE256()
		}
		if outN < 0 {
			d.outN = alg.size
		}
	} else {
		d.h = alg.newHash()
		if outN < 0 {
			d.outN = alg.size
		}
	}
	return d
}

func (d *digester) write(p []byte) {
	if d.shake != nil {
		d.shake.Write(p)
	} else {
		d.h.Write(p)
	}
}

func (d *digester) sum() []byte {
	if d.shake != nil {
		out := make([]byte, d.outN)
		d.shake.Read(out)
		return out
	}
	s := d.h.Sum(nil)
	if d.alg.truncate > 0 {
		s = s[:d.alg.truncate]
	}
	return s
}

func (d *digester) clone(outN int) (*digester, error) {
	c := &digester{alg: d.alg, outN: outN}
	if outN < 0 {
		c.outN = d.alg.size
	}
	if d.shake != nil {
		state, err := d.shake.MarshalBinary()
		if err != nil {
			return nil, err
		}
		if d.alg.shake == 128 {
			c.shake = sha3.NewSHAKE128()
		} else {
			c.shake = sha3.NewSHAKE256()
		}
		if err := c.shake.UnmarshalBinary(state); err != nil {
			return nil, err
		}
		return c, nil
	}
	h, err := cloneHash(d.h)
	if err != nil {
		if m, ok := d.h.(encoding.BinaryMarshaler); ok {
			state, err2 := m.MarshalBinary()
			if err2 != nil {
				return nil, err2
			}
			h = d.alg.newHash()
			if err2 := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err2 != nil {
				return nil, err2
			}
		} else {
			return nil, err
		}
	}
	c.h = h
	return c, nil
}

func newCryptoBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	bytesOf := func(v goja.Value) []byte {
		if p, ok := SafeExport(v).([]byte); ok {
			return p
		}
		return nil
	}
	arrayBuffer := func(p []byte) goja.Value { return vm.ToValue(vm.NewArrayBuffer(p)) }
	outLen := func(v goja.Value) int {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return -1
		}
		return int(v.ToInteger())
	}

	var handle func(d *digester) *goja.Object
	handle = func(d *digester) *goja.Object {
		o := vm.NewObject()
		_ = o.Set("update", func(call goja.FunctionCall) goja.Value {
			d.write(bytesOf(call.Argument(0)))
			return vm.ToValue(true)
		})
		_ = o.Set("digest", func(call goja.FunctionCall) goja.Value {
			return arrayBuffer(d.sum())
		})
		_ = o.Set("copy", func(call goja.FunctionCall) goja.Value {
			c, err := d.clone(outLen(call.Argument(0)))
			if err != nil {
				panic(vm.NewGoError(err))
			}
			return handle(c)
		})
		return o
	}

	// hashNames(): the supported names as crypto.getHashes() spells them.
	set("hashNames", func(goja.FunctionCall) goja.Value {
		names := make([]any, len(nodeHashNames))
		for i, n := range nodeHashNames {
			names[i] = n
		}
		return vm.NewArray(names...)
	})
	// digestInfo(name): [outputBytes, isXOF] or null when unsupported.
	set("digestInfo", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil {
			return goja.Null()
		}
		return vm.NewArray(alg.size, alg.shake != 0)
	})
	// createHash(name, outputLength|undefined): a handle {update(u8), digest(), copy(len)},
	// or null for an unknown digest.
	set("createHash", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil {
			return goja.Null()
		}
		return handle(newDigester(alg, outLen(call.Argument(1))))
	})
	// createHmac(name, keyU8): a handle {update(u8), digest()}, or null for an unknown
	// (or extendable-output) digest.
	set("createHmac", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil || alg.shake != 0 {
			return goja.Null()
		}
		key := append([]byte(nil), bytesOf(call.Argument(1))...)
		mac := hmac.New(alg.newHash, key)
		o := vm.NewObject()
		_ = o.Set("update", func(call goja.FunctionCall) goja.Value {
			mac.Write(bytesOf(call.Argument(0)))
			return vm.ToValue(true)
		})
		_ = o.Set("digest", func(call goja.FunctionCall) goja.Value {
			s := mac.Sum(nil)
			if alg.truncate > 0 {
				s = s[:alg.truncate]
			}
			return arrayBuffer(s)
		})
		return o
	})
	// digest(name, u8, outputLength|undefined): one-shot digest as an ArrayBuffer, or null.
	set("digest", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil {
			return goja.Null()
		}
		d := newDigester(alg, outLen(call.Argument(2)))
		d.write(bytesOf(call.Argument(1)))
		return arrayBuffer(d.sum())
	})
	// randomFill(u8): fills the bytes from the system CSPRNG.
	set("randomFill", func(call goja.FunctionCall) goja.Value {
		_, _ = rand.Read(bytesOf(call.Argument(0)))
		return goja.Undefined()
	})
	// timingSafeEqual(u8, u8): constant-time equality of equal-length inputs.
	set("timingSafeEqual", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(subtle.ConstantTimeCompare(bytesOf(call.Argument(0)), bytesOf(call.Argument(1))) == 1)
	})
	return b
}
