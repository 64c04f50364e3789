package sharedmem

import (
	"math"
	"math/big"
	"reflect"
	"strings"
	"time"
	"unsafe"

	"github.com/dop251/goja"
)

// taKinds maps goja's typed-array export types to element kinds. Float arrays map to
// kindFloat (typed arrays, but not integer ones).
const kindFloat kind = 0xff

var taKinds = map[reflect.Type]kind{
	reflect.TypeOf([]int8(nil)):    kInt8,
	reflect.TypeOf([]uint8(nil)):   kUint8, // also Uint8ClampedArray, told apart by its tag
	reflect.TypeOf([]int16(nil)):   kInt16,
	reflect.TypeOf([]uint16(nil)):  kUint16,
	reflect.TypeOf([]int32(nil)):   kInt32,
	reflect.TypeOf([]uint32(nil)):  kUint32,
	reflect.TypeOf([]int64(nil)):   kBigInt64,
	reflect.TypeOf([]uint64(nil)):  kBigUint64,
	reflect.TypeOf([]float32(nil)): kindFloat,
	reflect.TypeOf([]float64(nil)): kindFloat,
}

// taView is a validated integer typed array.
type taView struct {
	obj  *goja.Object
	k    kind
	mem  *Memory          // nil: the buffer is an ordinary (non-shared) ArrayBuffer
	ab   goja.ArrayBuffer // its buffer
	base unsafe.Pointer   // element 0
	n    int              // length in elements
	op   string
}

// taCacheSize is the number of typed arrays over shared memory an env remembers. A typed
// array's buffer, element type, offset and length never change, and a Memory never
// moves, so for those arrays validation and address computation are done once.
const taCacheSize = 4

type taCacheEntry struct {
	obj  *goja.Object
	k    kind
	mem  *Memory
	base unsafe.Pointer
	n    int
}

// validate is ValidateIntegerTypedArray(v, waitable), with V8's messages, and returns the
// array's element 0 and length.
func (st *envState) validate(v goja.Value, waitable bool, op string) taView {
	st.syncGrown()
	obj, ok := v.(*goja.Object)
	if ok {
		for i := range st.taCache {
			if e := &st.taCache[i]; e.obj == obj && (!waitable || e.k == kInt32 || e.k == kBigInt64) {
				return taView{obj: obj, k: e.k, mem: e.mem, base: e.base, n: e.n, op: op}
			}
		}
	}
	notInt := func() {
		if waitable {
			st.throwType(st.describe(v) + " is not an int32 or BigInt64 typed array.")
		}
		st.throwType(st.describe(v) + " is not an integer typed array.")
	}
	if !ok {
		notInt()
	}
	k, ok := taKinds[obj.ExportType()]
	if !ok {
		notInt()
	}
	// The intrinsic buffer getter checks the internal slot (a Go slice wrapped by
	// vm.ToValue exports the same type but is no typed array).
	bufV, err := st.taBuffer(obj)
	if err != nil {
		notInt()
	}
	if k == kUint8 {
		if tag, _ := st.taTag(obj); tag != nil && tag.String() == "Uint8ClampedArray" {
			k = kindFloat
		}
	}
	if k == kindFloat || (waitable && k != kInt32 && k != kBigInt64) {
		notInt()
	}
	bufObj := bufV.(*goja.Object)
	tv := taView{obj: obj, k: k, mem: st.memOf(bufObj), op: op}
	tv.ab, _ = bufObj.Export().(goja.ArrayBuffer)
	if tv.mem == nil && tv.ab.Detached() {
		st.throwDetached(op)
	}
	tv.base, tv.n = elems(obj)
	if tv.mem != nil {
		st.taCache[st.taNext] = taCacheEntry{obj: obj, k: k, mem: tv.mem, base: tv.base, n: tv.n}
		st.taNext = (st.taNext + 1) % taCacheSize
	}
	return tv
}

func (st *envState) throwDetached(op string) {
	st.throwType("Cannot perform Atomics." + op + " on a detached or out-of-bounds ArrayBuffer")
}

// elems returns the address of element 0 and the length of a typed array.
func elems(obj *goja.Object) (unsafe.Pointer, int) {
	switch s := obj.Export().(type) {
	case []int8:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []uint8:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []int16:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []uint16:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []int32:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []uint32:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []int64:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	case []uint64:
		return unsafe.Pointer(unsafe.SliceData(s)), len(s)
	}
	return nil, 0
}

// index is ValidateAtomicAccess: ToIndex(v) < length, else RangeError.
func (st *envState) index(tv *taView, v goja.Value) int {
	f := st.toIntegerOrInf(v)
	if f < 0 || f >= float64(tv.n) {
		st.throwRange("Invalid atomic access index")
	}
	return int(f)
}

// cellAt revalidates tv (user code may have run since validate) and returns element i.
// Shared memory cannot be detached or moved; an ordinary buffer may have been detached.
func (st *envState) cellAt(tv *taView, i int) cell {
	if tv.mem == nil {
		if tv.ab.Detached() {
			st.throwDetached(tv.op)
		}
		if tv.base, tv.n = elems(tv.obj); i >= tv.n {
			st.throwRange("Invalid atomic access index")
		}
	}
	return cell{p: unsafe.Add(tv.base, uintptr(i)*tv.k.size()), k: tv.k, shared: tv.mem != nil}
}

func (tv *taView) key(c cell) waitKey {
	return waitKey{m: tv.mem, off: uintptr(c.p) - uintptr(unsafe.Pointer(unsafe.SliceData(tv.mem.buf)))}
}

// toRaw converts v to the element type of k (ToBigInt for BigInt arrays, else
// ToIntegerOrInfinity) and returns the raw, masked bits.
func (st *envState) toRaw(k kind, v goja.Value) uint64 {
	if k.bigint() {
		return bigToRaw(st.toBigInt(v))
	}
	return numberToRaw(st.toIntegerOrInf(v)) & k.mask()
}

// numberToRaw is the low 32 bits of an integral Number (ToUint32).
func numberToRaw(f float64) uint64 {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return 0
	}
	m := math.Mod(f, 1<<32)
	if m < 0 {
		m += 1 << 32
	}
	return uint64(m)
}

var mask64 = new(big.Int).SetUint64(math.MaxUint64)

func bigToRaw(b *big.Int) uint64 {
	if b.Sign() >= 0 && b.BitLen() <= 64 {
		return b.Uint64()
	}
	return new(big.Int).And(b, mask64).Uint64() // two's complement low bits
}

func (st *envState) fromRaw(k kind, raw uint64) goja.Value {
	switch k {
	case kInt8:
		return st.vm.ToValue(int8(raw))
	case kUint8:
		return st.vm.ToValue(uint8(raw))
	case kInt16:
		return st.vm.ToValue(int16(raw))
	case kUint16:
		return st.vm.ToValue(uint16(raw))
	case kInt32:
		return st.vm.ToValue(int32(raw))
	case kUint32:
		return st.vm.ToValue(uint32(raw))
	case kBigInt64:
		return st.vm.ToValue(big.NewInt(int64(raw)))
	}
	return st.vm.ToValue(new(big.Int).SetUint64(raw))
}

// toBigInt is ToBigInt with V8's messages.
func (st *envState) toBigInt(v goja.Value) *big.Int {
	if obj, ok := v.(*goja.Object); ok {
		v = st.toPrimitiveNumber(obj)
	}
	switch {
	case v == nil || goja.IsUndefined(v):
		st.throwType("Cannot convert undefined to a BigInt")
	case goja.IsNull(v):
		st.throwType("Cannot convert null to a BigInt")
	case goja.IsBigInt(v):
		return v.Export().(*big.Int)
	case goja.IsNumber(v):
		st.throwType("Cannot convert " + v.String() + " to a BigInt")
	case goja.IsString(v):
		if b, ok := stringToBigInt(v.String()); ok {
			return b
		}
		st.throwWith(st.syntaxErr, "Cannot convert "+v.String()+" to a BigInt")
	}
	if sym, ok := v.(*goja.Symbol); ok {
		st.throwType("Cannot convert " + symbolString(sym) + " to a BigInt")
	}
	if v.ToBoolean() {
		return big.NewInt(1)
	}
	return big.NewInt(0)
}

// stringToBigInt is StringToBigInt: trimmed; empty is 0; 0x/0o/0b prefixes without sign;
// else an optionally signed decimal integer.
func stringToBigInt(s string) (*big.Int, bool) {
	s = strings.TrimFunc(s, isJSSpace)
	if s == "" {
		return new(big.Int), true
	}
	base := 10
	if len(s) > 2 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 10 {
			s = s[2:]
			if s[0] == '+' || s[0] == '-' {
				return nil, false
			}
		}
	}
	for i := 0; i < len(s); i++ { // SetString also accepts '_' with base 0 only; be strict
		if c := s[i]; c == '_' || (i > 0 && (c == '+' || c == '-')) {
			return nil, false
		}
	}
	return new(big.Int).SetString(s, base)
}

func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// toPrimitiveNumber is ToPrimitive(obj, number).
func (st *envState) toPrimitiveNumber(obj *goja.Object) goja.Value {
	if ex := obj.GetSymbol(goja.SymToPrimitive); ex != nil && !goja.IsUndefined(ex) && !goja.IsNull(ex) {
		f, ok := goja.AssertFunction(ex)
		if !ok {
			st.throwType("'" + st.describe(ex) + "' returned for property 'Symbol(Symbol.toPrimitive)' of object '" + st.describe(obj) + "' is not a function")
		}
		r, err := f(obj, st.vm.ToValue("number"))
		if err != nil {
			panic(err)
		}
		if _, isObj := r.(*goja.Object); isObj {
			st.throwType("Cannot convert object to primitive value")
		}
		return r
	}
	for _, name := range [...]string{"valueOf", "toString"} {
		if f, ok := goja.AssertFunction(obj.Get(name)); ok {
			r, err := f(obj)
			if err != nil {
				panic(err)
			}
			if _, isObj := r.(*goja.Object); !isObj {
				return r
			}
		}
	}
	st.throwType("Cannot convert object to primitive value")
	return nil
}

// ---- the Atomics object ----------------------------------------------------------------

func (st *envState) newAtomics() *goja.Object {
	vm := st.vm
	a := vm.NewObject()
	def := func(name string, length int, f func(goja.FunctionCall) goja.Value) {
		must(a.DefineDataProperty(name, st.fn(name, length, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	def("load", 2, st.load)
	def("store", 3, st.store)
	def("add", 3, st.rmw(opAdd, "add"))
	def("sub", 3, st.rmw(opSub, "sub"))
	def("and", 3, st.rmw(opAnd, "and"))
	def("or", 3, st.rmw(opOr, "or"))
	def("xor", 3, st.rmw(opXor, "xor"))
	def("exchange", 3, st.rmw(opExchange, "exchange"))
	def("compareExchange", 4, st.compareExchange)
	def("isLockFree", 1, st.isLockFree)
	def("wait", 4, st.wait)
	def("waitAsync", 4, st.waitAsync)
	def("notify", 3, st.notify)
	def("pause", 0, st.pause)
	must(a.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("Atomics"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return a
}

func (st *envState) load(call goja.FunctionCall) goja.Value {
	tv := st.validate(call.Argument(0), false, "load")
	i := st.index(&tv, call.Argument(1))
	return st.fromRaw(tv.k, st.cellAt(&tv, i).load())
}

func (st *envState) store(call goja.FunctionCall) goja.Value {
	tv := st.validate(call.Argument(0), false, "store")
	i := st.index(&tv, call.Argument(1))
	var raw uint64
	var ret goja.Value // the converted value, which store returns
	if tv.k.bigint() {
		b := st.toBigInt(call.Argument(2))
		raw, ret = bigToRaw(b), st.vm.ToValue(b)
	} else {
		f := st.toIntegerOrInf(call.Argument(2))
		raw, ret = numberToRaw(f)&tv.k.mask(), st.vm.ToValue(f)
	}
	st.cellAt(&tv, i).store(raw)
	return ret
}

func (st *envState) rmw(op rmwOp, name string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		tv := st.validate(call.Argument(0), false, name)
		i := st.index(&tv, call.Argument(1))
		raw := st.toRaw(tv.k, call.Argument(2))
		return st.fromRaw(tv.k, st.cellAt(&tv, i).rmw(op, raw))
	}
}

func (st *envState) compareExchange(call goja.FunctionCall) goja.Value {
	tv := st.validate(call.Argument(0), false, "compareExchange")
	i := st.index(&tv, call.Argument(1))
	expected := st.toRaw(tv.k, call.Argument(2))
	repl := st.toRaw(tv.k, call.Argument(3))
	return st.fromRaw(tv.k, st.cellAt(&tv, i).compareExchange(expected, repl))
}

func (st *envState) isLockFree(call goja.FunctionCall) goja.Value {
	switch st.toNumber(call.Argument(0)) { // V8 compares the Number, not its integer part
	case 1, 2, 4, 8:
		return st.vm.ToValue(true)
	}
	return st.vm.ToValue(false)
}

func (st *envState) pause(call goja.FunctionCall) goja.Value {
	n := 1.0
	if v := call.Argument(0); !goja.IsUndefined(v) {
		if !goja.IsNumber(v) {
			st.throwType("Atomics.pause argument must be undefined or an integer")
		}
		f := v.ToFloat()
		if math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) {
			st.throwType("Atomics.pause argument must be undefined or an integer")
		}
		n = f
	}
	// A spin-wait hint: a few empty iterations, more for larger n (bounded).
	for i := 0; i < int(min(max(n, 1), 64)); i++ {
		spinSink++
	}
	return goja.Undefined()
}

var spinSink int

// waitArgs validates the arguments of wait/waitAsync (DoWait steps 1-11).
func (st *envState) waitArgs(call goja.FunctionCall, op string) (taView, cell, uint64, float64) {
	tv := st.validate(call.Argument(0), true, op)
	if tv.mem == nil {
		st.throwType(st.describe(call.Argument(0)) + " is not a shared typed array.")
	}
	i := st.index(&tv, call.Argument(1))
	expected := st.toRaw(tv.k, call.Argument(2))
	t := math.Inf(1)
	if q := st.toNumber(call.Argument(3)); !math.IsNaN(q) {
		t = max(q, 0)
	}
	return tv, st.cellAt(&tv, i), expected, t
}

func (st *envState) done() <-chan struct{} {
	if st.host == nil {
		return nil
	}
	return st.host.Done()
}

func (st *envState) wait(call goja.FunctionCall) goja.Value {
	tv, c, expected, t := st.waitArgs(call, "wait")
	r := waitSync(c, tv.key(c), expected, t, st.done())
	st.syncGrown() // another env may have grown a buffer while we slept
	return st.results[r]
}

func (st *envState) notify(call goja.FunctionCall) goja.Value {
	tv := st.validate(call.Argument(0), true, "notify")
	i := st.index(&tv, call.Argument(1))
	count := math.Inf(1)
	if v := call.Argument(2); !goja.IsUndefined(v) {
		count = max(st.toIntegerOrInf(v), 0)
	}
	if tv.mem == nil {
		return st.vm.ToValue(0)
	}
	c := st.cellAt(&tv, i)
	return st.vm.ToValue(notify(tv.key(c), count))
}

// asyncWaiter is the agent record of a pending Atomics.waitAsync.
type asyncWaiter struct {
	st      *envState
	w       *waiter
	resolve func(any) error
	timer   *time.Timer // set under the shard lock before anyone can settle
}

// settle resolves the promise with r on the waiter's loop (the waiter has already been
// taken out of its list by the caller).
func (a *asyncWaiter) settle(r waitResult) {
	if a.timer != nil {
		a.timer.Stop()
	}
	a.st.removePending(a.w)
	if a.st.host == nil {
		return
	}
	a.st.host.Enqueue(func() {
		if err := a.resolve(r.String()); err != nil {
			panic(err) // uncatchable (interrupt): let the env's loop see it
		}
	})
}

func (st *envState) waitAsync(call goja.FunctionCall) goja.Value {
	tv, c, expected, t := st.waitArgs(call, "waitAsync")
	key := tv.key(c)
	vm := st.vm
	result := func(async bool, v any) goja.Value {
		o := vm.NewObject()
		must(o.Set("async", async))
		must(o.Set("value", v))
		return o
	}
	s := shardFor(key)
	s.mu.Lock()
	if c.load() != expected {
		s.mu.Unlock()
		return result(false, st.results[resultNotEqual])
	}
	d, finite := msToDuration(t)
	if finite && d <= 0 {
		s.mu.Unlock()
		return result(false, st.results[resultTimedOut])
	}
	p, resolve, _ := vm.NewPromise()
	a := &asyncWaiter{st: st, resolve: resolve}
	w := &waiter{key: key, async: a}
	a.w = w
	s.enqueue(w)
	if finite {
		a.timer = time.AfterFunc(d, func() {
			s.mu.Lock()
			removed := s.remove(w)
			s.mu.Unlock()
			if removed {
				a.settle(resultTimedOut)
			}
		})
	}
	st.addPending(w)
	s.mu.Unlock()
	return result(true, p)
}

// addPending records a waitAsync waiter of this env and makes sure a goroutine drops the
// env's waiters from the lists when Done closes. Any goroutine.
func (st *envState) addPending(w *waiter) {
	st.amu.Lock()
	defer st.amu.Unlock()
	if st.pending == nil {
		st.pending = make(map[*waiter]struct{})
	}
	st.pending[w] = struct{}{}
	if st.watchStop == nil && st.host != nil {
		stop := make(chan struct{})
		st.watchStop = stop
		go st.watchDone(stop)
	}
}

func (st *envState) removePending(w *waiter) {
	st.amu.Lock()
	defer st.amu.Unlock()
	delete(st.pending, w)
	if len(st.pending) == 0 && st.watchStop != nil {
		close(st.watchStop)
		st.watchStop = nil
	}
}

func (st *envState) watchDone(stop chan struct{}) {
	select {
	case <-stop:
		return
	case <-st.host.Done():
	}
	st.amu.Lock()
	ws := make([]*waiter, 0, len(st.pending))
	for w := range st.pending {
		ws = append(ws, w)
	}
	clear(st.pending)
	if st.watchStop == stop {
		st.watchStop = nil
	}
	st.amu.Unlock()
	for _, w := range ws {
		s := shardFor(w.key)
		s.mu.Lock()
		s.remove(w)
		s.mu.Unlock()
		if w.async.timer != nil {
			w.async.timer.Stop()
		}
	}
}
