package sharedmem

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/dop251/goja"
)

// Host is what the package needs from the env that installs the globals (runtime.Env
// implements it). All methods may be called from any goroutine.
type Host interface {
	// Done is closed when the env is terminating or finished. A blocked Atomics.wait then
	// returns at once, and pending Atomics.waitAsync waiters of the env are dropped from
	// the waiter lists, so notify no longer counts them (as in Node). The woken wait
	// returns "timed-out" to JS, so on terminate the env must interrupt the runtime
	// (vm.Interrupt) BEFORE closing Done; otherwise JS may run on and observe the value.
	Done() <-chan struct{}
	// Enqueue runs task on the env's loop goroutine later (as a macrotask); false if the
	// env is gone. Used to settle waitAsync promises and to refresh views after a grow.
	Enqueue(task func()) bool
	// Hold keeps the env's loop alive until release() (idempotent, any goroutine).
	// This package does not call it: in Node a pending Atomics.waitAsync does not keep
	// the loop alive (the process exits with the promise unsettled).
	Hold() (release func())
}

// envState is the per-vm state: intrinsics, caches and pending waitAsync waiters.
// Except for the pending set (amu) it is used only on the vm's goroutine.
type envState struct {
	vm   *goja.Runtime
	host Host

	ctor, proto *goja.Object

	taBuffer   goja.Callable // %TypedArray%.prototype.buffer getter
	taTag      goja.Callable // %TypedArray%.prototype[@@toStringTag] getter
	fnToString goja.Callable // Function.prototype.toString
	objToStr   *goja.Object  // Object.prototype.toString
	rangeError goja.Constructor
	syntaxErr  goja.Constructor

	// lastObj/lastMem cache the last SharedArrayBuffer object resolved by memOf.
	lastObj *goja.Object
	lastMem *Memory
	// taCache remembers validated typed arrays over shared memory (see validate).
	taCache [taCacheSize]taCacheEntry
	taNext  int

	results [3]goja.Value // "ok", "not-equal", "timed-out"

	// Views of growable Memories held by this env, refreshed after a grow.
	seenEpoch   uint64
	growables   []growRef
	growPruneAt int

	amu       sync.Mutex
	pending   map[*waiter]struct{} // waitAsync waiters of this env; under amu
	watchStop chan struct{}        // closes the Done watcher; under amu
}

type growRef struct {
	w weak.Pointer[goja.Object]
	m *Memory
}

// registry maps every SharedArrayBuffer object (of any vm) to its Memory. Keys are weak:
// an entry is removed by a cleanup when its object is collected, and the Memory is kept
// alive exactly as long as some object over it is.
var registry sync.Map // weak.Pointer[goja.Object] -> *Memory

// envs maps a vm to its state. Both sides are weak: the state is reachable from the vm
// through the closures of the functions Install defines.
var envs sync.Map // weak.Pointer[goja.Runtime] -> weak.Pointer[envState]

// growEpoch counts grows of any Memory, so that an env can cheaply tell whether its views
// of growable Memories may be stale.
var growEpoch atomic.Uint64

var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})

const intrinsicsSrc = `(function () {
	var TA = Object.getPrototypeOf(Int8Array.prototype);
	var g = function (o, k) { return Object.getOwnPropertyDescriptor(o, k).get; };
	return [g(TA, "buffer"), g(TA, Symbol.toStringTag), Function.prototype.toString,
		Object.prototype.toString, RangeError, SyntaxError];
})()`

var intrinsicsProg = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("sharedmem:intrinsics", intrinsicsSrc, true)
})

// Install defines the globals SharedArrayBuffer and Atomics in vm (writable,
// configurable, not enumerable, as in Node). Call it on the env's loop goroutine before any
// user code runs. The globals are built on first use (most envs never touch them, and
// building them is a good part of an env's start-up); a SharedArrayBuffer arriving in a
// message builds them too, so its prototype is the global's.
func Install(vm *goja.Runtime, host Host) error {
	li := &lazyInstall{vm: vm, host: host}
	key := weak.Make(vm)
	if _, loaded := lazies.Swap(key, weak.Make(li)); !loaded {
		runtime.AddCleanup(vm, func(k weak.Pointer[goja.Runtime]) { lazies.Delete(k) }, key)
	}
	g := vm.GlobalObject()
	for _, name := range [...]string{"SharedArrayBuffer", "Atomics"} {
		getter := vm.ToValue(func(goja.FunctionCall) goja.Value {
			li.state()
			return g.Get(name)
		})
		setter := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			li.replaced(name)
			_ = g.DefineDataProperty(name, call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			return goja.Undefined()
		})
		if err := g.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// lazies maps a vm given to Install to its pending installation; both sides are weak (the
// installation is kept alive by the accessors it defined in the vm).
var lazies sync.Map // weak.Pointer[goja.Runtime] -> weak.Pointer[lazyInstall]

// lazyInstall is an Install whose state is built on first use. vm's goroutine only.
type lazyInstall struct {
	vm                           *goja.Runtime
	host                         Host
	st                           *envState
	sabReplaced, atomicsReplaced bool
}

func (li *lazyInstall) replaced(name string) {
	if name == "Atomics" {
		li.atomicsReplaced = true
	} else {
		li.sabReplaced = true
	}
}

// state builds the env's state and turns the globals not yet assigned by user code into
// data properties.
func (li *lazyInstall) state() *envState {
	if li.st != nil {
		return li.st
	}
	st, err := newEnvState(li.vm, li.host)
	if err != nil {
		panic(li.vm.NewGoError(err))
	}
	li.st = st
	g := li.vm.GlobalObject()
	if !li.sabReplaced {
		_ = g.DefineDataProperty("SharedArrayBuffer", st.ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if !li.atomicsReplaced {
		_ = g.DefineDataProperty("Atomics", st.newAtomics(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return st
}

func newEnvState(vm *goja.Runtime, host Host) (st *envState, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sharedmem: install: %v", r)
		}
	}()
	st = &envState{vm: vm, host: host}
	v, err := vm.RunProgram(intrinsicsProg())
	if err != nil {
		return nil, err
	}
	arr := v.(*goja.Object)
	callable := func(i int) goja.Callable {
		f, ok := goja.AssertFunction(arr.Get(fmt.Sprint(i)))
		if !ok {
			panic(fmt.Sprintf("intrinsic %d is not a function", i))
		}
		return f
	}
	ctor := func(i int) goja.Constructor {
		c, ok := goja.AssertConstructor(arr.Get(fmt.Sprint(i)))
		if !ok {
			panic(fmt.Sprintf("intrinsic %d is not a constructor", i))
		}
		return c
	}
	st.taBuffer, st.taTag, st.fnToString = callable(0), callable(1), callable(2)
	st.objToStr = arr.Get("3").(*goja.Object)
	st.rangeError, st.syntaxErr = ctor(4), ctor(5)
	for r := range st.results {
		st.results[r] = vm.ToValue(waitResult(r).String())
	}
	st.initSharedArrayBuffer()

	key := weak.Make(vm)
	if _, loaded := envs.Swap(key, weak.Make(st)); !loaded {
		runtime.AddCleanup(vm, func(k weak.Pointer[goja.Runtime]) { envs.Delete(k) }, key)
	}
	return st, nil
}

// stateOf returns vm's state, building it if Install's is still pending, or creating a
// private one (no globals, no host) if Install was not called or its state is gone.
func stateOf(vm *goja.Runtime) *envState {
	if w, ok := envs.Load(weak.Make(vm)); ok {
		if st := w.(weak.Pointer[envState]).Value(); st != nil {
			return st
		}
	}
	if w, ok := lazies.Load(weak.Make(vm)); ok {
		if li := w.(weak.Pointer[lazyInstall]).Value(); li != nil {
			return li.state()
		}
	}
	st, err := newEnvState(vm, nil)
	if err != nil {
		panic(err)
	}
	return st
}

// FromValue reports whether v is a SharedArrayBuffer object (one created by the
// SharedArrayBuffer constructor, slice or NewValue; prototype tampering does not matter)
// and returns its Memory. Call it on vm's goroutine.
func FromValue(vm *goja.Runtime, v goja.Value) (*Memory, bool) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	m := lookup(obj)
	return m, m != nil
}

// NewValue returns a new SharedArrayBuffer object of vm over m (what a receiving env gets
// when a SharedArrayBuffer is posted to it): same memory, same growable/maxByteLength,
// prototype vm's SharedArrayBuffer.prototype. Call it on vm's goroutine.
func NewValue(vm *goja.Runtime, m *Memory) *goja.Object {
	st := stateOf(vm)
	st.syncGrown()
	return st.newSAB(m, st.proto)
}

func lookup(obj *goja.Object) *Memory {
	if obj.ExportType() != arrayBufferType {
		return nil
	}
	if m, ok := registry.Load(weak.Make(obj)); ok {
		return m.(*Memory)
	}
	return nil
}

// memOf is lookup with a one-entry cache (for Atomics on the same buffer in a loop).
func (st *envState) memOf(obj *goja.Object) *Memory {
	if obj == st.lastObj {
		return st.lastMem
	}
	m := lookup(obj)
	if m != nil {
		st.lastObj, st.lastMem = obj, m
	}
	return m
}

// newSAB creates a SharedArrayBuffer object over m: a goja ArrayBuffer over m's bytes
// (so that typed arrays and DataView accept it) whose prototype is proto.
func (st *envState) newSAB(m *Memory, proto *goja.Object) *goja.Object {
	ab := st.vm.NewArrayBuffer(m.bytes(m.Len()))
	obj := st.vm.ToValue(ab).(*goja.Object)
	if err := obj.SetPrototype(proto); err != nil {
		panic(err)
	}
	key := weak.Make(obj)
	registry.Store(key, m)
	runtime.AddCleanup(obj, func(k weak.Pointer[goja.Object]) { registry.Delete(k) }, key)
	if m.growable() {
		m.addEnv(st)
		if len(st.growables) >= st.growPruneAt {
			st.pruneGrowables()
			st.growPruneAt = max(2*len(st.growables), 16)
		}
		st.growables = append(st.growables, growRef{key, m})
	}
	return obj
}

func (st *envState) pruneGrowables() {
	live := st.growables[:0]
	for _, g := range st.growables {
		if obj := g.w.Value(); obj != nil {
			refreshView(obj, g.m)
			live = append(live, g)
		}
	}
	clear(st.growables[len(live):])
	st.growables = live
}

// syncGrown brings this env's views of growable Memories up to date if any Memory grew
// since the last call. Loop goroutine.
func (st *envState) syncGrown() {
	if e := growEpoch.Load(); e != st.seenEpoch {
		st.seenEpoch = e
		st.pruneGrowables()
	}
}

// refreshView makes the goja ArrayBuffer behind obj cover m's current length.
func refreshView(obj *goja.Object, m *Memory) {
	ab, ok := obj.Export().(goja.ArrayBuffer)
	if !ok || ab.Detached() {
		return
	}
	if n := m.Len(); len(ab.Bytes()) != n {
		setArrayBufferData(ab, m.bytes(n))
	}
}

// goja's ArrayBuffer has a fixed length; a grown SharedArrayBuffer must expose more bytes
// to typed arrays created afterwards. goja.ArrayBuffer wraps *arrayBufferObject, whose
// "data []byte" field is what typed arrays and DataView index (through a pointer to the
// field, so existing views see the new slice too). The field is located once by
// reflection; if goja's layout ever differs, growing still works for byteLength and
// Atomics but typed arrays keep the old length.
var abDataOffset = sync.OnceValues(func() (uintptr, bool) {
	t := arrayBufferType
	if t.NumField() != 1 || t.Field(0).Type.Kind() != reflect.Pointer || t.Field(0).Type.Elem().Kind() != reflect.Struct {
		return 0, false
	}
	f, ok := t.Field(0).Type.Elem().FieldByName("data")
	if !ok || len(f.Index) != 1 || f.Type != reflect.TypeOf([]byte(nil)) {
		return 0, false
	}
	return f.Offset, true
})

func setArrayBufferData(ab goja.ArrayBuffer, b []byte) bool {
	off, ok := abDataOffset()
	if !ok {
		return false
	}
	p := *(*unsafe.Pointer)(unsafe.Pointer(&ab))
	*(*[]byte)(unsafe.Add(p, off)) = b
	return len(ab.Bytes()) == len(b)
}

// ---- SharedArrayBuffer constructor and prototype ---------------------------------------

// ctorWrapperSrc makes the SharedArrayBuffer constructor. goja cannot tell `new F()` from
// `F()` for a Go constructor (both get a nil NewTarget), so a JS function forwards
// new.target to the Go implementation.
const ctorWrapperSrc = `(function (create) {
	return function SharedArrayBuffer(length, options) {
		"use strict";
		return create(new.target, length, options);
	};
})`

var ctorWrapperProg = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("sharedmem:SharedArrayBuffer", ctorWrapperSrc, true)
})

func (st *envState) initSharedArrayBuffer() {
	vm := st.vm
	mk, err := vm.RunProgram(ctorWrapperProg())
	must(err)
	mkf, _ := goja.AssertFunction(mk)
	ctorV, err := mkf(goja.Undefined(), vm.ToValue(st.construct))
	must(err)
	ctor := ctorV.(*goja.Object)
	proto := vm.NewObject()
	st.ctor, st.proto = ctor, proto
	must(proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(ctor.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	must(ctor.DefineAccessorPropertySymbol(goja.SymSpecies,
		st.fn("get [Symbol.species]", 0, func(c goja.FunctionCall) goja.Value { return c.This }),
		nil, goja.FLAG_TRUE, goja.FLAG_FALSE))

	getter := func(name string, f func(m *Memory) goja.Value) {
		full := "get SharedArrayBuffer.prototype." + name
		must(proto.DefineAccessorProperty(name, st.fn("get "+name, 0, func(c goja.FunctionCall) goja.Value {
			obj, m := st.thisSAB(c.This, "Method "+full)
			st.syncGrown()
			refreshView(obj, m)
			return f(m)
		}), nil, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	method := func(name string, length int, f func(goja.FunctionCall) goja.Value) {
		must(proto.DefineDataProperty(name, st.fn(name, length, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	getter("byteLength", func(m *Memory) goja.Value { return vm.ToValue(m.Len()) })
	method("slice", 2, st.slice)
	getter("maxByteLength", func(m *Memory) goja.Value { return vm.ToValue(m.maxByteLength()) })
	getter("growable", func(m *Memory) goja.Value { return vm.ToValue(m.growable()) })
	method("grow", 1, st.grow)
	must(proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("SharedArrayBuffer"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

// construct is the body of the SharedArrayBuffer constructor: (newTarget, length, options).
func (st *envState) construct(call goja.FunctionCall) goja.Value {
	newTarget, ok := call.Argument(0).(*goja.Object)
	if !ok {
		st.throwType("Constructor SharedArrayBuffer requires 'new'")
	}
	length := st.toIndex(call.Argument(1), errInvalidLength.Error())
	maxLength := -1
	if opts, ok := call.Argument(2).(*goja.Object); ok {
		if mv := opts.Get("maxByteLength"); mv != nil && !goja.IsUndefined(mv) {
			maxLength = st.toIndex(mv, errInvalidMaxLength.Error())
		}
	}
	if maxLength >= 0 && length > maxLength {
		st.throwRange(errInvalidMaxLength.Error())
	}
	proto := st.proto
	if p, ok := newTarget.Get("prototype").(*goja.Object); ok {
		proto = p
	}
	m, err := NewMemory(length, maxLength)
	if err != nil {
		st.throwRange(err.Error())
	}
	st.syncGrown()
	return st.newSAB(m, proto)
}

// thisSAB returns the SharedArrayBuffer this, or throws "<what> called on incompatible
// receiver <this>".
func (st *envState) thisSAB(this goja.Value, what string) (*goja.Object, *Memory) {
	if obj, ok := this.(*goja.Object); ok {
		if m := st.memOf(obj); m != nil {
			return obj, m
		}
	}
	st.throwType(what + " called on incompatible receiver " + st.describe(this))
	return nil, nil
}

func (st *envState) grow(call goja.FunctionCall) goja.Value {
	const what = "SharedArrayBuffer.prototype.grow"
	obj, m := st.thisSAB(call.This, "Method "+what)
	if !m.growable() {
		st.throwType("Method " + what + " called on incompatible receiver " + st.describe(call.This))
	}
	n := st.toIndex(call.Argument(0), what+": Invalid length parameter")
	others, err := m.grow(n)
	if err != nil {
		if errors.Is(err, errAllocation) {
			st.throwRange(err.Error())
		}
		st.throwRange(what + ": Invalid length parameter")
	}
	if others != nil {
		growEpoch.Add(1)
		for _, o := range others {
			if o != st && o.host != nil {
				o.host.Enqueue(o.syncGrown)
			}
		}
	}
	st.syncGrown()
	refreshView(obj, m)
	return goja.Undefined()
}

func (st *envState) slice(call goja.FunctionCall) goja.Value {
	const what = "Method SharedArrayBuffer.prototype.slice"
	_, m := st.thisSAB(call.This, what)
	n := float64(m.Len())
	first := relIndex(st.toIntegerOrInf(call.Argument(0)), n)
	final := n
	if e := call.Argument(1); !goja.IsUndefined(e) {
		final = relIndex(st.toIntegerOrInf(e), n)
	}
	newLen := int(max(final-first, 0))

	c := st.speciesConstructor(call.This.(*goja.Object))
	res, err := c(nil, st.vm.ToValue(newLen))
	if err != nil {
		panic(err)
	}
	rm := st.memOf(res)
	if rm == nil {
		st.throwType(what + " called on incompatible receiver " + st.describe(res))
	}
	// V8 compares backing stores; all empty fixed-length ones share a null store.
	if rm == m || (m.Len() == 0 && rm.Len() == 0 && !m.growable() && !rm.growable()) {
		st.throwType("SharedArrayBuffer subclass returned this from species constructor")
	}
	if rm.Len() < newLen {
		st.throwType("Derived SharedArrayBuffer constructor created a buffer which was too small")
	}
	copy(rm.bytes(newLen), m.buf[int(first):int(first)+newLen])
	return res
}

func relIndex(rel, n float64) float64 {
	if rel < 0 {
		return max(n+rel, 0)
	}
	return min(rel, n)
}

func (st *envState) speciesConstructor(o *goja.Object) goja.Constructor {
	def, _ := goja.AssertConstructor(st.ctor)
	c := o.Get("constructor")
	if c == nil || goja.IsUndefined(c) {
		return def
	}
	co, ok := c.(*goja.Object)
	if !ok {
		st.throwType("The .constructor property is not an object")
	}
	s := co.GetSymbol(goja.SymSpecies)
	if s == nil || goja.IsUndefined(s) || goja.IsNull(s) {
		return def
	}
	if sc, ok := goja.AssertConstructor(s); ok {
		return sc
	}
	st.throwType("object.constructor[Symbol.species] is not a constructor")
	return nil
}

// ---- helpers -------------------------------------------------------------------------

// fn makes a native non-constructor function with the given name and length.
func (st *envState) fn(name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	o := st.vm.ToValue(f).(*goja.Object)
	setNameLength(st.vm, o, name, length)
	return o
}

func setNameLength(vm *goja.Runtime, o *goja.Object, name string, length int) {
	must(o.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(o.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func (st *envState) throwType(msg string) {
	panic(st.vm.NewTypeError("%s", msg))
}

func (st *envState) throwRange(msg string) {
	st.throwWith(st.rangeError, msg)
}

func (st *envState) throwWith(c goja.Constructor, msg string) {
	e, err := c(nil, st.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(e)
}

// toNumber is ToNumber (TypeError for Symbol and BigInt, as V8).
func (st *envState) toNumber(v goja.Value) float64 {
	if v == nil {
		return math.NaN()
	}
	return v.ToNumber().ToFloat()
}

// toIntegerOrInf is ToIntegerOrInfinity(ToNumber(v)), with -0 as +0.
func (st *envState) toIntegerOrInf(v goja.Value) float64 {
	f := st.toNumber(v)
	if math.IsNaN(f) || f == 0 {
		return 0 // also turns -0 into +0
	}
	return math.Trunc(f)
}

// toIndex is ToIndex with V8's RangeError message msg. (On 32-bit platforms indexes
// beyond the int range are clamped; no allocation can be that large there.)
func (st *envState) toIndex(v goja.Value, msg string) int {
	f := st.toIntegerOrInf(v)
	if f < 0 || f > float64(maxSafeInteger) {
		st.throwRange(msg)
	}
	return int(min(f, math.MaxInt))
}

func uintptrOf(m *Memory) uintptr { return uintptr(unsafe.Pointer(m)) }
