package runtime

import "sync"

// Handle is a ref-counted keep-alive, like a libuv handle: while a Handle is open and
// ref'd, the env's loop does not end. Ports, workers and thread-safe functions each hold
// one. All methods may be called from any goroutine.
type Handle struct {
	env    *Env
	mu     sync.Mutex
	ref    bool
	closed bool
}

// NewHandle returns an open handle, ref'd if ref is true. Any goroutine.
func (e *Env) NewHandle(ref bool) *Handle {
	h := &Handle{env: e, ref: ref}
	if ref {
		e.refs.Add(1)
	}
	return h
}

// Ref makes the handle keep the loop alive again (idempotent).
func (h *Handle) Ref() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || h.ref {
		return
	}
	h.ref = true
	h.env.refs.Add(1)
}

// Unref lets the loop end while the handle stays open (idempotent).
func (h *Handle) Unref() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || !h.ref {
		return
	}
	h.ref = false
	if h.env.refs.Add(-1) == 0 {
		h.env.signal()
	}
}

// HasRef reports whether the handle is open and ref'd.
func (h *Handle) HasRef() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.ref && !h.closed
}

// Close releases the handle for good (idempotent).
func (h *Handle) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return
	}
	h.closed = true
	if h.ref {
		h.ref = false
		if h.env.refs.Add(-1) == 0 {
			h.env.signal()
		}
	}
}
