package sharedmem

import (
	"sync/atomic"
	"unsafe"
)

// kind is the element type of an integer typed array.
type kind uint8

const (
	kInt8 kind = iota
	kUint8
	kInt16
	kUint16
	kInt32
	kUint32
	kBigInt64
	kBigUint64
)

func (k kind) size() uintptr {
	switch k {
	case kInt8, kUint8:
		return 1
	case kInt16, kUint16:
		return 2
	case kInt32, kUint32:
		return 4
	}
	return 8
}

func (k kind) bigint() bool { return k >= kBigInt64 }

// mask is the raw bit mask of an element of k.
func (k kind) mask() uint64 {
	if k.size() == 8 {
		return ^uint64(0)
	}
	return 1<<(8*k.size()) - 1
}

// nativeLittle reports whether the machine is little-endian (goja's typed arrays use the
// native byte order).
var nativeLittle = func() bool {
	x := uint32(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// rmwOp is a read-modify-write operation on raw element bits.
type rmwOp uint8

const (
	opAdd rmwOp = iota
	opSub
	opAnd
	opOr
	opXor
	opExchange
)

func (op rmwOp) apply(old, v uint64) uint64 {
	switch op {
	case opAdd:
		return old + v
	case opSub:
		return old - v
	case opAnd:
		return old & v
	case opOr:
		return old | v
	case opXor:
		return old ^ v
	}
	return v
}

// cell is one element: p points at it, shared says whether it lies in a Memory (then every
// access is a sync/atomic operation) or in an ordinary ArrayBuffer owned by one goroutine
// (then plain loads and stores suffice).
type cell struct {
	p      unsafe.Pointer
	k      kind
	shared bool
}

// word returns the aligned 32-bit word containing a 1- or 2-byte element, and the shift of
// the element inside it. A Memory is 8-byte aligned and a multiple of 8 bytes long, so the
// word lies inside the allocation.
func (c cell) word() (*uint32, uint) {
	off := uintptr(c.p) & 3
	w := (*uint32)(unsafe.Add(c.p, -int(off)))
	if nativeLittle {
		return w, uint(off * 8)
	}
	return w, uint((4 - off - c.k.size()) * 8)
}

func (c cell) load() uint64 {
	if !c.shared {
		return c.plainLoad()
	}
	switch c.k.size() {
	case 4:
		return uint64(atomic.LoadUint32((*uint32)(c.p)))
	case 8:
		return atomic.LoadUint64((*uint64)(c.p))
	}
	w, sh := c.word()
	return uint64(atomic.LoadUint32(w)>>sh) & c.k.mask()
}

func (c cell) store(v uint64) {
	if !c.shared {
		c.plainStore(v)
		return
	}
	switch c.k.size() {
	case 4:
		atomic.StoreUint32((*uint32)(c.p), uint32(v))
	case 8:
		atomic.StoreUint64((*uint64)(c.p), v)
	default:
		c.rmw(opExchange, v)
	}
}

// rmw atomically applies op with operand v and returns the previous raw value.
func (c cell) rmw(op rmwOp, v uint64) uint64 {
	if !c.shared {
		old := c.plainLoad()
		c.plainStore(op.apply(old, v))
		return old
	}
	switch c.k.size() {
	case 4:
		p := (*uint32)(c.p)
		switch op {
		case opAdd:
			return uint64(atomic.AddUint32(p, uint32(v)) - uint32(v))
		case opSub:
			return uint64(atomic.AddUint32(p, -uint32(v)) + uint32(v))
		case opAnd:
			return uint64(atomic.AndUint32(p, uint32(v)))
		case opOr:
			return uint64(atomic.OrUint32(p, uint32(v)))
		case opExchange:
			return uint64(atomic.SwapUint32(p, uint32(v)))
		}
		for {
			old := atomic.LoadUint32(p)
			if atomic.CompareAndSwapUint32(p, old, uint32(op.apply(uint64(old), v))) {
				return uint64(old)
			}
		}
	case 8:
		p := (*uint64)(c.p)
		switch op {
		case opAdd:
			return atomic.AddUint64(p, v) - v
		case opSub:
			return atomic.AddUint64(p, -v) + v
		case opAnd:
			return atomic.AndUint64(p, v)
		case opOr:
			return atomic.OrUint64(p, v)
		case opExchange:
			return atomic.SwapUint64(p, v)
		}
		for {
			old := atomic.LoadUint64(p)
			if atomic.CompareAndSwapUint64(p, old, op.apply(old, v)) {
				return old
			}
		}
	}
	w, sh := c.word()
	m := uint32(c.k.mask())
	for {
		ow := atomic.LoadUint32(w)
		old := ow >> sh & m
		nv := uint32(op.apply(uint64(old), v)) & m
		if atomic.CompareAndSwapUint32(w, ow, ow&^(m<<sh)|nv<<sh) {
			return uint64(old)
		}
	}
}

// compareExchange stores repl if the element equals expected (both raw, already masked)
// and returns the previous raw value.
func (c cell) compareExchange(expected, repl uint64) uint64 {
	if !c.shared {
		old := c.plainLoad()
		if old == expected {
			c.plainStore(repl)
		}
		return old
	}
	switch c.k.size() {
	case 4:
		p := (*uint32)(c.p)
		for {
			old := atomic.LoadUint32(p)
			if uint64(old) != expected || atomic.CompareAndSwapUint32(p, old, uint32(repl)) {
				return uint64(old)
			}
		}
	case 8:
		p := (*uint64)(c.p)
		for {
			old := atomic.LoadUint64(p)
			if old != expected || atomic.CompareAndSwapUint64(p, old, repl) {
				return old
			}
		}
	}
	w, sh := c.word()
	m := uint32(c.k.mask())
	for {
		ow := atomic.LoadUint32(w)
		old := ow >> sh & m
		if uint64(old) != expected || atomic.CompareAndSwapUint32(w, ow, ow&^(m<<sh)|uint32(repl)&m<<sh) {
			return uint64(old)
		}
	}
}

func (c cell) plainLoad() uint64 {
	switch c.k.size() {
	case 1:
		return uint64(*(*uint8)(c.p))
	case 2:
		return uint64(*(*uint16)(c.p))
	case 4:
		return uint64(*(*uint32)(c.p))
	}
	return *(*uint64)(c.p)
}

func (c cell) plainStore(v uint64) {
	switch c.k.size() {
	case 1:
		*(*uint8)(c.p) = uint8(v)
	case 2:
		*(*uint16)(c.p) = uint16(v)
	case 4:
		*(*uint32)(c.p) = uint32(v)
	default:
		*(*uint64)(c.p) = v
	}
}
