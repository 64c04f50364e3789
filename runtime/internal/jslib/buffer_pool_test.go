package jslib

import (
	"testing"

	"github.com/dop251/goja"
)

// TestBufferPool pins the contract with worker_threads: internalBinding('buffer').isPool
// tells the ArrayBuffers Buffer pools small allocations in (untransferable in Node).
func TestBufferPool(t *testing.T) {
	vm := goja.New()
	l := &Loader{VM: vm}
	exp, err := l.Require("buffer")
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("Buffer", exp.ToObject(vm).Get("Buffer"))
	_ = vm.Set("isPool", l.Binding("buffer").Get("isPool"))
	v, err := vm.RunString(`[
		isPool(Buffer.from('x').buffer), isPool(Buffer.allocUnsafe(10).buffer),
		isPool(Buffer.alloc(10).buffer), isPool(Buffer.allocUnsafeSlow(10).buffer),
		isPool(new ArrayBuffer(8)), isPool(Buffer.from('x'.repeat(40000)).buffer),
	].join()`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "true,true,false,false,false,false"; got != want {
		t.Errorf("isPool: got %s, want %s", got, want)
	}
}

// TestBufferDetached: a Buffer over a detached ArrayBuffer (e.g. transferred to a
// worker) reads as empty instead of touching freed memory.
func TestBufferDetached(t *testing.T) {
	vm := goja.New()
	l := &Loader{VM: vm}
	exp, err := l.Require("buffer")
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("Buffer", exp.ToObject(vm).Get("Buffer"))
	v, err := vm.RunString(`globalThis.ab = new ArrayBuffer(32); globalThis.b = Buffer.from(ab, 8, 16); b.fill(65); b.toString()`)
	if err != nil || v.String() != "AAAAAAAAAAAAAAAA" {
		t.Fatal(v, err)
	}
	vm.Get("ab").Export().(goja.ArrayBuffer).Detach()
	v, err = vm.RunString(`[b.length, JSON.stringify(b.toString()), b.toString('hex'), Buffer.compare(b, Buffer.alloc(0)), b.indexOf(65), Buffer.concat([b]).length].join()`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), `0,"",,0,-1,0`; got != want {
		t.Errorf("detached: got %s, want %s", got, want)
	}
}
