package sharedmem

import (
	"errors"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"
)

// maxSafeInteger is 2^53-1, the largest length ToIndex accepts.
const maxSafeInteger int64 = 1<<53 - 1

// heapLimit is the largest reservation taken from the Go heap. Larger reservations (a big
// growable maxByteLength, a huge buffer) are mapped from the OS where that is possible, so
// that, as in V8, reserving address space does not commit memory and a failure is a
// RangeError instead of a fatal Go out-of-memory error.
const heapLimit = 256 << 20

// Errors returned by NewMemory; their text is V8's RangeError message.
var (
	errInvalidLength    = errors.New("Invalid array buffer length")
	errInvalidMaxLength = errors.New("Invalid array buffer max length")
	errAllocation       = errors.New("Array buffer allocation failed")
)

// Memory is the backing store of one SharedArrayBuffer, shared by every env holding it.
// It never moves, is never copied and never detached; a growable Memory reserves its
// maximum length up front and only its length changes. Safe for concurrent use from any
// goroutine.
type Memory struct {
	// buf is the whole reservation (cap(buf) >= max(maxLength, length), a multiple of 8,
	// 8-byte aligned). Bytes at or beyond length are never handed to goja.
	buf    []byte
	length atomic.Int64
	maxLen int // -1: not growable

	// mapped reservations grow by committing pages (see mmap_*.go).
	mapped    bool
	committed int // bytes made accessible so far (mapped growable only); under mu

	mu   sync.Mutex
	envs []weak.Pointer[envState] // envs holding an object over a growable Memory; under mu
}

// NewMemory allocates a zeroed Memory of length bytes. If maxLength >= 0 the Memory is
// growable up to maxLength bytes (maxLength >= length is required); maxLength < 0 means not
// growable. The error text is the RangeError message V8 uses ("Invalid array buffer
// length", "Invalid array buffer max length", "Array buffer allocation failed").
// Any goroutine.
func NewMemory(length, maxLength int) (*Memory, error) {
	if length < 0 || int64(length) > maxSafeInteger {
		return nil, errInvalidLength
	}
	// V8 rounds the maximum up to a 4 KiB page and requires that to be a safe integer.
	if int64(maxLength) > maxSafeInteger-4095 || (maxLength >= 0 && length > maxLength) {
		return nil, errInvalidMaxLength
	}
	reserve := length
	if maxLength >= 0 {
		reserve = maxLength
	}
	// At least one word, so that every Memory has its own non-nil, 8-byte-aligned address
	// and every byte lies inside an aligned 32-bit word of the allocation.
	size := (max(reserve, 8) + 7) &^ 7
	if size < reserve { // overflow
		return nil, errAllocation
	}
	m := &Memory{maxLen: maxLength}
	if size <= heapLimit {
		words := make([]uint64, size/8)
		m.buf = unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), size)
	} else {
		buf, committed, err := osReserve(size, length, maxLength >= 0)
		if err != nil {
			return nil, errAllocation
		}
		m.buf, m.mapped, m.committed = buf, true, committed
		osAttachRelease(m, buf)
	}
	m.length.Store(int64(length))
	return m, nil
}

// Len returns the current length in bytes (it only grows). Any goroutine.
func (m *Memory) Len() int { return int(m.length.Load()) }

// growable reports whether the Memory was created with a maximum length.
func (m *Memory) growable() bool { return m.maxLen >= 0 }

// maxByteLength is maxLength for a growable Memory, else the length.
func (m *Memory) maxByteLength() int {
	if m.maxLen >= 0 {
		return m.maxLen
	}
	return m.Len()
}

// bytes returns the first n bytes of the reservation, with capacity n.
func (m *Memory) bytes(n int) []byte { return m.buf[:n:n] }

// grow sets the length to n (n >= current length, n <= maxLength) and returns the envs
// that hold objects over m, so that the caller can refresh their views.
func (m *Memory) grow(n int) ([]*envState, error) {
	if m.maxLen < 0 {
		return nil, errInvalidLength
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	cur := m.Len()
	if n < cur || n > m.maxLen {
		return nil, errInvalidLength
	}
	if n == cur {
		return nil, nil
	}
	if m.mapped && n > m.committed {
		c, err := osCommit(m.buf, m.committed, n)
		if err != nil {
			return nil, errAllocation
		}
		m.committed = c
	}
	m.length.Store(int64(n))
	envs := make([]*envState, 0, len(m.envs))
	live := m.envs[:0]
	for _, w := range m.envs {
		if st := w.Value(); st != nil {
			envs = append(envs, st)
			live = append(live, w)
		}
	}
	clear(m.envs[len(live):])
	m.envs = live
	return envs, nil
}

// addEnv records that st holds an object over the growable m.
func (m *Memory) addEnv(st *envState) {
	w := weak.Make(st)
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range m.envs {
		if e == w {
			return
		}
	}
	m.envs = append(m.envs, w)
}
