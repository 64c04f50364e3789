package jslib

import (
	"testing"

	"github.com/dop251/goja"
)

// FuzzV8Deserialize feeds arbitrary bytes to v8.deserialize: whatever the input, it
// returns a value or throws a JS error; it never panics in Go or hangs.
func FuzzV8Deserialize(f *testing.F) {
	vm := goja.New()
	l := &Loader{VM: vm}
	v8, err := l.Require("v8")
	if err != nil {
		f.Fatal(err)
	}
	buf, err := l.Require("buffer")
	if err != nil {
		f.Fatal(err)
	}
	_ = vm.Set("v8", v8)
	_ = vm.Set("Buffer", buf.ToObject(vm).Get("Buffer"))
	seeds, err := vm.RunString(`[
		{ a: 1, b: 'x', c: [1, , 3], d: new Map([[1, new Set(['y'])]]), e: new Date(0), f: /re/g },
		[1.5, -0, 2n ** 70n, 'ünï', '\u{1F600}', null, undefined, true, new Uint8Array([1, 2])],
		(() => { const o = { self: null }; o.self = o; return o; })(),
		new Error('boom', { cause: 'why' }), Buffer.from('buf'), new ArrayBuffer(4),
	].map((v) => Array.from(v8.serialize(v)))`)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range seeds.Export().([]any) {
		var b []byte
		for _, x := range s.([]any) {
			b = append(b, byte(x.(int64)))
		}
		f.Add(b)
	}
	deserialize, err := vm.RunString(`(bytes) => { try { v8.deserialize(Buffer.from(bytes)); } catch {} }`)
	if err != nil {
		f.Fatal(err)
	}
	fn, _ := goja.AssertFunction(deserialize)
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := fn(goja.Undefined(), vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), data...)))); err != nil {
			t.Fatalf("deserialize escaped: %v", err)
		}
	})
}
