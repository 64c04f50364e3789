package messageport

// Per-object marks for markAsUntransferable / markAsUncloneable.
//
// Node keeps these as V8 private symbols: invisible to JS, settable on frozen objects, gone with the object.
// goja has no private symbols, and a symbol- or string-keyed property would show up in Reflect.ownKeys and fail on
// frozen objects; a goja WeakMap would need a JS call per lookup and a strong root per runtime. So marks live
// in Go, in one process-wide table keyed by the *goja.Object's address, each entry holding a weak pointer to
// the object (to tell a live entry from a dead one whose address was reused) and removed by a
// runtime.AddCleanup when the object is collected. Nothing keeps a marked object or its runtime alive.
// A JS object has exactly one *goja.Object, so the address is its identity.
//
// Cost: the clone consults the table for every ordinary object and Error only while at least one
// uncloneable mark is alive (an atomic counter), and for transfer-list entries only; the common case is one
// atomic load per object.

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/dop251/goja"
)

const (
	markUntransferable uint8 = 1 << iota
	markUncloneable
)

type markEntry struct {
	obj  weak.Pointer[goja.Object]
	bits uint8
}

var marks struct {
	mu          sync.Mutex
	m           map[uintptr]*markEntry
	uncloneable atomic.Int64 // live entries with markUncloneable
}

func setMark(v goja.Value, bit uint8) {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return // primitives: no-op, as in Node
	}
	key := uintptr(unsafe.Pointer(o))
	marks.mu.Lock()
	defer marks.mu.Unlock()
	if marks.m == nil {
		marks.m = map[uintptr]*markEntry{}
	}
	e := marks.m[key]
	if e == nil || e.obj.Value() != o {
		if e != nil && e.bits&markUncloneable != 0 {
			marks.uncloneable.Add(-1) // stale entry of a dead object at the same address
		}
		e = &markEntry{obj: weak.Make(o)}
		marks.m[key] = e
		runtime.AddCleanup(o, dropMark, markKey{key, e})
	}
	if bit == markUncloneable && e.bits&markUncloneable == 0 {
		marks.uncloneable.Add(1)
	}
	e.bits |= bit
}

type markKey struct {
	addr uintptr
	e    *markEntry
}

func dropMark(k markKey) {
	marks.mu.Lock()
	defer marks.mu.Unlock()
	if marks.m[k.addr] == k.e {
		delete(marks.m, k.addr)
		if k.e.bits&markUncloneable != 0 {
			marks.uncloneable.Add(-1)
		}
	}
}

func hasMark(o *goja.Object, bit uint8) bool {
	key := uintptr(unsafe.Pointer(o))
	marks.mu.Lock()
	e := marks.m[key]
	var bits uint8
	if e != nil {
		bits = e.bits
	}
	marks.mu.Unlock()
	return bits&bit != 0 && e.obj.Value() == o
}

// uncloneableMarked is the hot-path check used by the clone walk.
func uncloneableMarked(o *goja.Object) bool {
	return marks.uncloneable.Load() != 0 && hasMark(o, markUncloneable)
}

// MarkUntransferable implements worker_threads.markAsUntransferable(obj): listing obj in a transfer list
// throws DataCloneError "Cannot transfer object of unsupported type." and leaves it intact. It marks obj
// itself (for a typed array, not its buffer, as in Node). No-op for primitives. Irreversible.
func MarkUntransferable(vm *goja.Runtime, obj goja.Value) { setMark(obj, markUntransferable) }

// IsMarkedUntransferable implements worker_threads.isMarkedAsUntransferable(v); false for primitives.
func IsMarkedUntransferable(vm *goja.Runtime, v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && o != nil && hasMark(o, markUntransferable)
}

// MarkUncloneable implements worker_threads.markAsUncloneable(obj): cloning obj (also nested) throws
// DataCloneError "Cannot clone object of unsupported type.". As in Node it only affects ordinary objects and
// Errors; it is a no-op for primitives, arrays, ArrayBuffers, typed arrays, Maps, Dates and other built-ins.
// Irreversible.
func MarkUncloneable(vm *goja.Runtime, obj goja.Value) { setMark(obj, markUncloneable) }
