package messageport

import (
	"math"
	"math/big"
	"strconv"
	"sync"
	"time"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// abort carries an error out of the walk (recovered in Serialize); JS exceptions thrown by getters travel as
// goja's own *goja.Exception panics and are caught by vm.Try.
type abort struct{ err error }

func throwClone(msg string) { panic(abort{&DataCloneError{Message: msg}}) }

type seenEntry struct {
	o   *goja.Object
	pos uint32
}

// idTable maps objects to slot positions: open addressing, linear probing, load factor <= 1/2, reused
// (cleared) across messages. About twice as fast as a Go map for this.
type idTable struct {
	e []seenEntry
	n int
}

func idHash(o *goja.Object, mask int) int {
	return int((uint64(uintptr(unsafe.Pointer(o)))>>4*0x9E3779B97F4A7C15)>>32) & mask
}

// getOrPut returns o's position if o is in the table, else adds it with pos.
func (t *idTable) getOrPut(o *goja.Object, pos uint32) (uint32, bool) {
	if 2*(t.n+1) > len(t.e) {
		old := t.e
		t.e = make([]seenEntry, max(2*len(old), 256))
		t.n = 0
		for _, e := range old {
			if e.o != nil {
				t.getOrPut(e.o, e.pos)
			}
		}
	}
	mask := len(t.e) - 1
	i := idHash(o, mask)
	for {
		switch t.e[i].o {
		case o:
			return t.e[i].pos, true
		case nil:
			t.e[i] = seenEntry{o, pos}
			t.n++
			return 0, false
		}
		i = (i + 1) & mask
	}
}

// reset forgets all entries (and the objects: a pooled serializer must not keep a runtime alive).
func (t *idTable) reset() {
	if len(t.e) > 1<<21 {
		t.e = nil
	} else {
		clear(t.e)
	}
	t.n = 0
}

type serializer struct {
	vm   *goja.Runtime
	opts *Options
	m    *Message

	// identity: object -> slot index. The first few objects are kept in a small array (no map for small
	// messages), the rest in the map.
	few  [8]seenEntry
	nfew int
	seen idTable

	stack []goja.Value // snapshot arena (property values, map entries), used as a stack

	// calls counts calls into JS (getters, toString). A snapshot of an object's properties is only trusted
	// while it has not changed: any JS may have added, deleted or redefined properties.
	calls uint64
	depth int

	objProto *goja.Object // the runtime's %Object.prototype%
	hooked   bool         // opts has hooks

	xferAB    []*goja.Object // transfer list: ArrayBuffers, in order
	xferABIdx []uint32       // their buffer index, or ^0 while not referenced by the value
	xferObjs  []*goja.Object // transfer list: host transferables, in order
}

var serPool = sync.Pool{New: func() any { return &serializer{} }}

// Serialize clones v out of vm (call it on vm's loop goroutine). transfer are the transfer-list entries
// (the caller has already turned the JS iterable / {transfer} option into a slice).
//
// A clone failure returns *DataCloneError with Node's message; an exception thrown by a getter (or by a
// toString that Error cloning invokes) returns that *goja.Exception unchanged; a value nested deeper than
// Node can handle returns the *goja.Exception of a RangeError. On any error nothing is detached (C13).
func Serialize(vm *goja.Runtime, v goja.Value, transfer []goja.Value, opts *Options) (msg *Message, err error) {
	if err := layout(); err != nil {
		return nil, err
	}
	s := serPool.Get().(*serializer)
	s.vm, s.opts = vm, opts
	s.m = newMessage()
	s.objProto = intrinsic(vm, "ObjectPrototype")
	s.hooked = opts != nil && (opts.Transferables != nil || len(opts.Hosts) > 0)
	if s.hooked {
		s.m.xhooks = opts.Transferables
	}
	defer s.release()
	defer func() {
		if r := recover(); r != nil {
			a, ok := r.(abort)
			if !ok {
				panic(r)
			}
			msg, err = nil, a.err
			s.m.recycle()
		}
	}()

	s.checkTransferList(transfer)
	if ex := vm.Try(func() { s.value(v) }); ex != nil {
		s.m.recycle()
		return nil, ex
	}
	s.commit()
	s.m.trim()
	return s.m, nil
}

func (s *serializer) release() {
	for i := range s.few[:s.nfew] {
		s.few[i] = seenEntry{}
	}
	if s.nfew == len(s.few) { // the table was used
		s.seen.reset()
	}
	s.nfew = 0
	clear(s.stack) // (non-empty only after an error: props/mapOrSet clear what they used)
	s.stack = s.stack[:0]
	if cap(s.stack) > 1<<16 {
		s.stack = nil
	}
	clear(s.xferAB)
	clear(s.xferObjs)
	*s = serializer{seen: s.seen, stack: s.stack, xferAB: s.xferAB[:0], xferABIdx: s.xferABIdx[:0],
		xferObjs: s.xferObjs[:0]}
	serPool.Put(s)
}

// checkTransferList validates the transfer list in order, as node_messaging.cc does, before anything is
// walked or detached.
func (s *serializer) checkTransferList(transfer []goja.Value) {
	for _, e := range transfer {
		o, ok := e.(*goja.Object)
		if !ok || o == nil {
			throwClone(msgInvalidTransfer)
		}
		if hasMark(o, markUntransferable) {
			throwClone(msgUnsupportedTransfer)
		}
		kind, _ := kindOf(o)
		if kind == kArrayBuffer {
			if isSharedBuffer(s.vm, o) || s.isHost(o) { // a SharedArrayBuffer
				throwClone(msgInvalidTransfer)
			}
			for _, x := range s.xferAB {
				if x == o {
					throwClone(msgDuplicateBuffer)
				}
			}
			if o.Export().(goja.ArrayBuffer).Detached() {
				throwClone(msgUnsupportedTransfer)
			}
			s.xferAB = append(s.xferAB, o)
			s.xferABIdx = append(s.xferABIdx, ^uint32(0))
			continue
		}
		if t := s.transferHooks(); t != nil && t.Transferable(s.vm, o) {
			if err := t.CheckTransfer(s.vm, o, s.xferObjs); err != nil {
				panic(abort{err})
			}
			s.xferObjs = append(s.xferObjs, o)
			continue
		}
		throwClone(msgInvalidTransfer)
	}
}

func (s *serializer) transferHooks() TransferHooks {
	if s.opts == nil {
		return nil
	}
	return s.opts.Transferables
}

// isHost reports whether a HostObjects hook claims o.
func (s *serializer) isHost(o *goja.Object) bool {
	if s.opts == nil {
		return false
	}
	for _, h := range s.opts.Hosts {
		if _, ok, _ := h.CloneHost(s.vm, o); ok {
			return true
		}
	}
	return false
}

// commit detaches what the transfer list moves, once the whole value was written.
func (s *serializer) commit() {
	for _, o := range s.xferAB {
		if o.Export().(goja.ArrayBuffer).Detached() { // a getter detached it meanwhile
			throwClone(msgUnsupportedTransfer)
		}
	}
	for i, o := range s.xferAB {
		ab := o.Export().(goja.ArrayBuffer)
		data := ab.Bytes()
		ab.Detach()
		if idx := s.xferABIdx[i]; idx != ^uint32(0) {
			if data == nil {
				data = []byte{}
			}
			s.m.buffers[idx] = data
			s.m.nXferAB++
		}
	}
	if len(s.xferObjs) > 0 {
		s.m.xfer = make([]any, len(s.xferObjs))
		for i, o := range s.xferObjs {
			s.m.xfer[i] = s.opts.Transferables.Detach(s.vm, o)
		}
	}
}

func (s *serializer) emit(sl slot) int {
	if len(s.m.slots) == cap(s.m.slots) {
		s.m.slots = grow(s.m.slots)
	}
	s.m.slots = append(s.m.slots, sl)
	return len(s.m.slots) - 1
}

// emitPrim writes a primitive that may cross as is.
func (s *serializer) emitPrim(v goja.Value) {
	if len(s.m.vals) == cap(s.m.vals) {
		s.m.vals = grow(s.m.vals)
	}
	s.m.vals = append(s.m.vals, v)
	s.emit(slot{t: tPrim, n: uint32(len(s.m.vals) - 1)})
}

func (s *serializer) addName(n unistring.String) {
	if len(s.m.names) == cap(s.m.names) {
		s.m.names = grow(s.m.names)
	}
	s.m.names = append(s.m.names, n)
}

// grow doubles a slice's capacity (append grows big slices by only 1.25x, copying far more in total).
func grow[T any](x []T) []T {
	n := make([]T, len(x), max(2*cap(x), 64))
	copy(n, x)
	return n
}

// begin writes the first slot of object o (which object() has already remembered at this position).
func (s *serializer) begin(o *goja.Object, sl slot) int {
	return s.emit(sl)
}

// ref writes a reference if o was already written; otherwise it remembers o at the position its first
// slot is about to take (one hash probe for both).
func (s *serializer) ref(o *goja.Object) bool {
	next := uint32(len(s.m.slots))
	var pos uint32
	if s.nfew < len(s.few) {
		for i := range s.few[:s.nfew] {
			if s.few[i].o == o {
				pos = s.few[i].pos
				goto found
			}
		}
		s.few[s.nfew] = seenEntry{o, next}
		s.nfew++
		return false
	}
	for i := range s.few {
		if s.few[i].o == o {
			pos = s.few[i].pos
			goto found
		}
	}
	if p, ok := s.seen.getOrPut(o, next); ok {
		pos = p
		goto found
	}
	return false
found:
	sl := &s.m.slots[pos]
	if sl.id == 0 {
		s.m.nrefs++
		sl.id = s.m.nrefs
	}
	s.emit(slot{t: tRef, n: sl.id - 1})
	return true
}

func (s *serializer) value(v goja.Value) {
	if o, ok := v.(*goja.Object); ok && o != nil {
		s.object(o)
		return
	}
	s.prim(v)
}

func (s *serializer) prim(v goja.Value) {
	switch tabOf(v) {
	case gl.tabASCII, gl.tabInt, gl.tabFloat, gl.tabUnicode, gl.tabBool, gl.tabNull, gl.tabUndef:
		s.emitPrim(v)
		return
	case gl.tabImported:
		s.m.strs = append(s.m.strs, v.String())
		s.emit(slot{t: tGoString, n: uint32(len(s.m.strs) - 1)})
		return
	case gl.tabBigInt:
		s.m.bigs = append(s.m.bigs, new(big.Int).Set(v.Export().(*big.Int)))
		s.emit(slot{t: tBigInt, n: uint32(len(s.m.bigs) - 1)})
		return
	case nil:
		s.emitPrim(goja.Undefined())
		return
	}
	if sym, ok := v.(*goja.Symbol); ok {
		throwClone(describeSymbol(sym) + " could not be cloned.")
	}
	// Unknown primitive implementation: keep its observable value.
	switch {
	case goja.IsNumber(v):
		s.emitPrim(s.vm.ToValue(v.ToFloat()))
	case goja.IsString(v):
		s.m.strs = append(s.m.strs, v.String())
		s.emit(slot{t: tGoString, n: uint32(len(s.m.strs) - 1)})
	default:
		throwClone(v.String() + " could not be cloned.")
	}
}

func (s *serializer) object(o *goja.Object) {
	if s.ref(o) {
		return
	}
	s.depth++
	if s.depth > maxDepth {
		s.stackOverflow()
	}
	kind, p := kindOf(o)
	switch kind {
	case kPlain:
		if uncloneableMarked(o) {
			throwClone(msgUnsupportedClone)
		}
		if s.hooked && *at[*goja.Object](p, gl.boProto) != s.objProto && s.host(o) {
			break
		}
		s.plain(o, p)
	case kArray:
		s.array(o, p)
	case kSparseArray:
		s.sparseArray(o, 0)
	case kMap:
		s.mapOrSet(o, *at[unsafe.Pointer](p, gl.mapM), true)
	case kSet:
		s.mapOrSet(o, *at[unsafe.Pointer](p, gl.setM), false)
	case kPrimitive:
		pv := *at[goja.Value](p, gl.primValue)
		if _, ok := pv.(*goja.Symbol); ok {
			s.uncloneable(o)
		}
		s.boxed(o, pv)
	case kStringObj:
		s.boxed(o, goja.Value(*at[goja.String](p, gl.strObjValue)))
	case kDate:
		ms := math.NaN()
		if t, ok := o.Export().(time.Time); ok {
			ms = float64(t.UnixMilli())
		}
		b := math.Float64bits(ms)
		s.begin(o, slot{t: tDate, n: uint32(b), m: uint32(b >> 32)})
	case kRegExp:
		s.regexp(o, p)
	case kError:
		if uncloneableMarked(o) {
			throwClone(msgUnsupportedClone)
		}
		if s.hooked && s.host(o) { // e.g. DOMException, an Error underneath
			break
		}
		s.error(o, p)
	case kArrayBuffer:
		if s.sharedBuffer(o) || s.hooked && s.host(o) {
			break
		}
		s.arrayBuffer(o)
	case kTypedArray:
		buf := *at[*goja.Object](*at[unsafe.Pointer](p, gl.taBuf), gl.boVal)
		k, ok := gl.taKinds[at[iface](p, gl.taArr).tab]
		if !ok { // an element type this goja did not have when the layout was checked
			throwClone(msgUnsupportedClone)
		}
		off := *at[int](p, gl.taOffset) * taElemSize[k]
		s.begin(o, slot{t: tTypedArray, sub: k, n: u32(off), m: u32(*at[int](p, gl.taLength))})
		s.object(buf)
	case kDataView:
		buf := *at[*goja.Object](*at[unsafe.Pointer](p, gl.dvBuf), gl.boVal)
		s.begin(o, slot{t: tDataView, n: u32(*at[int](p, gl.dvOffset)), m: u32(*at[int](p, gl.dvLen))})
		s.object(buf)
	case kWeak, kPromise, kProxy, kArguments, kIterator:
		s.uncloneable(o)
	default:
		if _, ok := goja.AssertFunction(o); ok {
			s.uncloneable(o)
		}
		if o == s.vm.GlobalObject() { // V8: the global proxy is not cloneable
			throwClone("#<Object> could not be cloned.")
		}
		if uncloneableMarked(o) {
			throwClone(msgUnsupportedClone)
		}
		if s.hooked && s.host(o) {
			break
		}
		if o.ClassName() == "Array" { // a Go slice or dynamic array exposed to JS
			s.sparseArray(o, 0)
			break
		}
		s.ordinary(o)
	}
	s.depth--
}

func u32(n int) uint32 {
	if n < 0 || n > math.MaxUint32 {
		throwClone(msgOutOfMemory)
	}
	return uint32(n)
}

func (s *serializer) stackOverflow() {
	err, _ := s.vm.New(intrinsic(s.vm, "RangeError"), s.vm.ToValue("Maximum call stack size exceeded"))
	panic(err) // becomes a *goja.Exception through vm.Try
}

func (s *serializer) uncloneable(o *goja.Object) {
	throwClone(s.describe(o) + " could not be cloned.")
}

// host lets the hooks claim o. It returns true if o was written as a host object.
func (s *serializer) host(o *goja.Object) bool {
	if t := s.opts.Transferables; t != nil && t.Transferable(s.vm, o) {
		for i, x := range s.xferObjs {
			if x == o {
				s.begin(o, slot{t: tTransferred, n: uint32(i)})
				return true
			}
		}
		throwClone(msgNotListed)
	}
	for _, h := range s.opts.Hosts {
		payload, ok, err := h.CloneHost(s.vm, o)
		if err != nil {
			panic(abort{err})
		}
		if ok {
			s.m.hosts = append(s.m.hosts, hostPayload{h, payload})
			s.begin(o, slot{t: tHost, n: uint32(len(s.m.hosts) - 1)})
			return true
		}
	}
	return false
}

// plain writes an ordinary object through goja's property table: own enumerable string keys in
// OrdinaryOwnPropertyKeys order, snapshotted first; getters run once; a property a getter deleted is skipped.
func (s *serializer) plain(o *goja.Object, p unsafe.Pointer) {
	pos := s.begin(o, slot{t: tObject})
	s.m.slots[pos].n = s.props(o, p)
}

// props snapshots and writes the own enumerable properties of a baseObject-backed object, returning their
// count. The names go to s.m.names, the values to the tape.
func (s *serializer) props(o *goja.Object, p unsafe.Pointer) uint32 {
	names := *at[[]unistring.String](p, gl.boPropNames)
	if sorted := *at[int](p, gl.boLastSorted); sorted < len(names) && hasIndexKey(names[sorted:]) {
		o.Keys() // lets goja move integer keys first, as every enumeration does
		names = *at[[]unistring.String](p, gl.boPropNames)
	}
	values := *at[map[unistring.String]goja.Value](p, gl.boValues)
	base := len(s.stack)
	first := len(s.m.names)
	for _, name := range names {
		v := values[name]
		if tabOf(v) == gl.tabValueProperty {
			vp := dataOf(v)
			if !*at[bool](vp, gl.vpEnumerable) {
				continue
			}
			if *at[bool](vp, gl.vpAccessor) {
				v = nil // read when written
			} else {
				v = *at[goja.Value](vp, gl.vpValue)
			}
		} else if v == nil {
			continue
		}
		s.addName(name)
		s.stack = append(s.stack, v)
	}
	n := len(s.m.names) - first
	calls := s.calls
	for i := 0; i < n; i++ {
		v := s.stack[base+i]
		if v == nil || s.calls != calls {
			v = s.ownGet(o, p, s.m.names[first+i])
			if v == nil {
				s.emit(slot{t: tSkip})
				continue
			}
		}
		s.value(v)
	}
	clear(s.stack[base:])
	s.stack = s.stack[:base]
	return uint32(n)
}

func hasIndexKey(names []unistring.String) bool {
	for _, n := range names {
		if len(n) > 0 && n[0] >= '0' && n[0] <= '9' {
			return true
		}
	}
	return false
}

// ownGet reads own property name of a baseObject-backed object like V8's LookupIterator(OWN): nil if absent,
// getters invoked with o as receiver.
func (s *serializer) ownGet(o *goja.Object, p unsafe.Pointer, name unistring.String) goja.Value {
	v := (*at[map[unistring.String]goja.Value](p, gl.boValues))[name]
	if tabOf(v) != gl.tabValueProperty {
		return v
	}
	vp := dataOf(v)
	if !*at[bool](vp, gl.vpAccessor) {
		return *at[goja.Value](vp, gl.vpValue)
	}
	getter := *at[*goja.Object](vp, gl.vpGet)
	if getter == nil {
		return goja.Undefined()
	}
	return s.call(getter, o)
}

// call invokes fn(this, args...) and propagates a JS exception.
func (s *serializer) call(fn *goja.Object, this goja.Value, args ...goja.Value) goja.Value {
	s.calls++
	f, ok := goja.AssertFunction(fn)
	if !ok {
		return goja.Undefined()
	}
	r, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return r
}

// array writes an Array. Packed arrays (no holes, no accessors) are written densely: elements, then named
// properties; others like a sparse array (own enumerable keys), as V8 does.
func (s *serializer) array(o *goja.Object, p unsafe.Pointer) {
	vals := *at[[]goja.Value](p, gl.arrValues)
	length := *at[uint32](p, gl.arrLength)
	if int(length) != len(vals) {
		s.sparseArray(o, length)
		return
	}
	for _, v := range vals {
		if v == nil || tabOf(v) == gl.tabValueProperty {
			s.sparseArray(o, length)
			return
		}
	}
	pos := s.begin(o, slot{t: tArray, n: length})
	for i := 0; i < int(length); i++ {
		// Re-read: writing an element may run getters that change the array.
		if k, p2 := kindOf(o); k == kArray {
			vals = *at[[]goja.Value](p2, gl.arrValues)
			if i < len(vals) && vals[i] != nil && tabOf(vals[i]) != gl.tabValueProperty {
				s.value(vals[i])
				continue
			}
		}
		s.calls++
		v := o.Get(strconv.Itoa(i))
		if v == nil {
			s.emit(slot{t: tHole})
			continue
		}
		s.value(v)
	}
	if k, p2 := kindOf(o); k == kArray || k == kSparseArray {
		s.m.slots[pos].m = s.props(o, p2)
	}
}

// sparseArray writes an array by its own enumerable keys: the index keys (with values through [[Get]], so
// accessors run), then a tObject slot with the named properties.
func (s *serializer) sparseArray(o *goja.Object, length uint32) {
	if l, ok := o.Get("length").Export().(int64); ok {
		length = uint32(l)
	}
	pos := s.begin(o, slot{t: tSparseArray, n: length})
	keys := o.Keys() // indices first, in ascending order
	n := 0
	for _, k := range keys {
		if !isArrayIndex(unistring.String(k)) {
			break
		}
		s.addName(unistring.String(k))
		n++
	}
	s.m.slots[pos].m = uint32(n)
	s.valuesOf(o, keys[:n])
	named := s.emit(slot{t: tObject})
	if k, p := kindOf(o); k == kArray || k == kSparseArray {
		s.m.slots[named].n = s.props(o, p)
	}
}

// valuesOf writes o's values under keys, read through [[Get]] (accessors run); a key that
// is gone by then is written as tSkip.
func (s *serializer) valuesOf(o *goja.Object, keys []string) {
	for _, k := range keys {
		s.calls++
		v := o.Get(k)
		if v == nil {
			s.emit(slot{t: tSkip})
			continue
		}
		s.value(v)
	}
}

// ordinary writes an object whose implementation we do not know (host-created, templated...) through the
// public API.
func (s *serializer) ordinary(o *goja.Object) {
	pos := s.begin(o, slot{t: tObject})
	keys := o.Keys()
	for _, k := range keys {
		s.addName(unistring.NewFromString(k))
	}
	s.m.slots[pos].n = uint32(len(keys))
	s.valuesOf(o, keys)
}

// mapOrSet snapshots the entries (as V8 does) and writes them.
func (s *serializer) mapOrSet(o *goja.Object, om unsafe.Pointer, isMap bool) {
	t := tSet
	if isMap {
		t = tMap
	}
	pos := s.begin(o, slot{t: t})
	base := len(s.stack)
	for e := *at[unsafe.Pointer](om, gl.omFirst); e != nil; e = *at[unsafe.Pointer](e, gl.meNext) {
		k := *at[goja.Value](e, gl.meKey)
		if k == nil {
			continue
		}
		s.stack = append(s.stack, k)
		if isMap {
			s.stack = append(s.stack, *at[goja.Value](e, gl.meValue))
		}
	}
	n := len(s.stack) - base
	if isMap {
		s.m.slots[pos].n = uint32(n / 2)
	} else {
		s.m.slots[pos].n = uint32(n)
	}
	for i := 0; i < n; i++ {
		s.value(s.stack[base+i])
	}
	clear(s.stack[base:])
	s.stack = s.stack[:base]
}

func (s *serializer) boxed(o *goja.Object, pv goja.Value) {
	switch tabOf(pv) {
	case gl.tabImported:
		s.m.strs = append(s.m.strs, pv.String())
		s.begin(o, slot{t: tBoxed, sub: boxedString, n: uint32(len(s.m.strs) - 1)})
	case gl.tabBigInt:
		s.m.bigs = append(s.m.bigs, new(big.Int).Set(pv.Export().(*big.Int)))
		s.begin(o, slot{t: tBoxed, sub: boxedBigInt, n: uint32(len(s.m.bigs) - 1)})
	default:
		s.m.vals = append(s.m.vals, pv)
		s.begin(o, slot{t: tBoxed, sub: boxedPrim, n: uint32(len(s.m.vals) - 1)})
	}
}

func (s *serializer) regexp(o *goja.Object, p unsafe.Pointer) {
	src := goja.Value(*at[goja.String](p, gl.reSource))
	pat := *at[unsafe.Pointer](p, gl.rePattern)
	var flags []byte
	for _, f := range []struct {
		off uintptr
		c   byte
	}{{gl.rpGlobal, 'g'}, {gl.rpIgnoreCase, 'i'}, {gl.rpMultiline, 'm'}, {gl.rpDotAll, 's'},
		{gl.rpUnicode, 'u'}, {gl.rpSticky, 'y'}} {
		if pat != nil && *at[bool](pat, f.off) {
			flags = append(flags, f.c)
		}
	}
	s.m.strs = append(s.m.strs, string(flags))
	sl := slot{t: tRegExp, n: uint32(len(s.m.strs) - 1)}
	if tabOf(src) == gl.tabImported { // a pattern string that came from Go: carry it as a Go string
		s.m.strs = append(s.m.strs, src.String())
		sl.sub, sl.m = 1, uint32(len(s.m.strs)-1)
	} else {
		s.m.vals = append(s.m.vals, src)
		sl.m = uint32(len(s.m.vals) - 1)
	}
	s.begin(o, sl)
}

// error writes an Error like V8's WriteJSError: the prototype from `name` (looked up through the chain),
// `message` if it is an own data property (stringified), `stack` if it is a string, `cause` if it is an own
// data property.
func (s *serializer) error(o *goja.Object, p unsafe.Pointer) {
	values := *at[map[unistring.String]goja.Value](p, gl.boValues)
	ownData := func(name unistring.String) goja.Value {
		v := values[name]
		if tabOf(v) == gl.tabValueProperty {
			if *at[bool](dataOf(v), gl.vpAccessor) {
				return nil
			}
			return *at[goja.Value](dataOf(v), gl.vpValue)
		}
		return v
	}
	message, cause := ownData("message"), ownData("cause")

	pos := s.begin(o, slot{t: tError})
	s.calls++
	name := o.Get("name")
	var nameStr string
	if name != nil {
		nameStr = s.toString(name)
	}
	for i, n := range errorNames {
		if n == nameStr {
			s.m.slots[pos].sub = uint8(i)
		}
	}
	var flags uint32
	if message != nil {
		flags |= errHasMessage
		if !goja.IsString(message) {
			message = s.str(message, 0)
		}
		s.value(message)
	}
	s.calls++
	if stack := o.Get("stack"); stack != nil && goja.IsString(stack) {
		flags |= errHasStack
		s.value(stack)
	}
	if cause != nil {
		flags |= errHasCause
	}
	s.m.slots[pos].m = flags
	if cause != nil {
		s.value(cause)
	}
}

// toString is ToString(v), propagating exceptions; v is returned as is if it is a string already.
func (s *serializer) toString(v goja.Value) string { return s.str(v, 0).String() }

// str is ToString(v) that survives cyclic errors. goja's native Error.prototype.toString recurses on the Go
// stack without a limit, so `e.message = e` would crash the process (a fatal Go stack overflow) where V8 throws
// RangeError. Objects whose toString is %Error.prototype.toString% are therefore stringified here, per spec,
// with a depth limit that throws that RangeError.
func (s *serializer) str(v goja.Value, depth int) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		if _, ok := v.(*goja.Symbol); ok {
			panic(s.vm.NewTypeError("Cannot convert a Symbol value to a string"))
		}
		return s.asString(v)
	}
	if depth > 200 {
		s.stackOverflow()
	}
	s.calls++
	if tp := o.GetSymbol(goja.SymToPrimitive); tp != nil && !goja.IsUndefined(tp) && !goja.IsNull(tp) {
		return s.asString(v.ToString())
	}
	errToString := s.errorToString()
	if ts, ok := o.Get("toString").(*goja.Object); !ok || errToString == nil || !ts.SameAs(errToString) {
		return s.asString(v.ToString())
	}
	var name, msg goja.String
	if n := o.Get("name"); n == nil || goja.IsUndefined(n) {
		name = s.vm.ToValue("Error").(goja.String)
	} else {
		name = s.str(n, depth+1).(goja.String)
	}
	if m := o.Get("message"); m == nil || goja.IsUndefined(m) {
		msg = s.vm.ToValue("").(goja.String)
	} else {
		msg = s.str(m, depth+1).(goja.String)
	}
	switch {
	case name.Length() == 0:
		return msg
	case msg.Length() == 0:
		return name
	}
	return name.Concat(s.vm.ToValue(": ").(goja.String)).Concat(msg)
}

// asString converts a primitive to a string value (goja's ToString() returns undefined and null unchanged).
func (s *serializer) asString(v goja.Value) goja.Value {
	if v == nil {
		v = goja.Undefined()
	}
	if _, ok := v.(goja.String); ok {
		return v
	}
	return s.vm.ToValue(v.String())
}

func (s *serializer) errorToString() *goja.Object {
	if ctor := intrinsic(s.vm, "Error"); ctor != nil {
		if proto, ok := ctor.Get("prototype").(*goja.Object); ok {
			f, _ := proto.Get("toString").(*goja.Object)
			return f
		}
	}
	return nil
}

func (s *serializer) arrayBuffer(o *goja.Object) {
	ab := o.Export().(goja.ArrayBuffer)
	if ab.Detached() {
		throwClone(msgDetached)
	}
	for i, x := range s.xferAB {
		if x == o {
			s.m.buffers = append(s.m.buffers, nil) // filled at commit
			s.xferABIdx[i] = uint32(len(s.m.buffers) - 1)
			s.begin(o, slot{t: tArrayBuffer, n: s.xferABIdx[i]})
			return
		}
	}
	data := ab.Bytes()
	cp := make([]byte, len(data))
	copy(cp, data)
	s.m.buffers = append(s.m.buffers, cp)
	s.begin(o, slot{t: tArrayBuffer, n: uint32(len(s.m.buffers) - 1)})
}
