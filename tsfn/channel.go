package tsfn

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/goid"
	"github.com/gonode/gonode/runtime"
)

// Channel sends Go closures to run on an env's loop goroutine (Neon's Channel, rules
// F17–F19): an unbounded FIFO queue, usable from any goroutine, that never reports a
// full queue. Clones share the queue; while any clone is referenced (the default) the env
// loop stays alive. The channel lives until its env is torn down; closures still queued
// then are dropped unrun.
type Channel struct {
	core *chanCore

	mu     sync.Mutex
	ref    bool
	closed bool
}

type chanCore struct {
	f    *TSFN[*job]
	mu   sync.Mutex
	refs int // referenced clones
}

type job struct {
	fn func(env *runtime.Env) (any, error)
	h  *JoinHandle
}

// JoinHandle is the result of one Send.
type JoinHandle struct {
	env  *runtime.Env
	gid  uint64
	done chan struct{}
	val  any
	err  error
}

// NewChannel creates a referenced channel on env. Loop goroutine of env only.
func NewChannel(env *runtime.Env) (*Channel, error) {
	f, err := New(env, Options[*job]{InitialThreads: 1, CallJS: runJob})
	if err != nil {
		return nil, err
	}
	return &Channel{core: &chanCore{f: f, refs: 1}, ref: true}, nil
}

func runJob(env *runtime.Env, _ goja.Value, j *job) error {
	h := j.h
	defer close(h.done)
	if env == nil {
		h.err = ErrJoinDropped
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			if runtime.IsInterrupt(r) {
				h.err = ErrJoinDropped
				panic(r)
			}
			if v, ok := r.(goja.Value); ok {
				reportUncaught(env, v)
				h.err = fmt.Errorf("%w: %v", ErrJoinThrow, v.String())
				return
			}
			h.err = fmt.Errorf("%w: panic: %v", ErrJoinThrow, r)
		}
	}()
	v, err := j.fn(env)
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			reportUncaught(env, ex.Value())
		}
		h.err = fmt.Errorf("%w: %w", ErrJoinThrow, toGoError(err))
		return nil
	}
	h.val = v
	return nil
}

// Send queues fn to run on the loop goroutine with the env; it returns a JoinHandle for
// its result. ErrClosing once the env is torn down (or this clone was closed); it never
// panics and never reports a full queue. Any goroutine.
func (c *Channel) Send(fn func(env *runtime.Env) (any, error)) (*JoinHandle, error) {
	if fn == nil {
		return nil, fmt.Errorf("%w: nil closure", ErrInvalidArg)
	}
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed {
		return nil, ErrClosing
	}
	f := c.core.f
	h := &JoinHandle{env: f.env, gid: f.gid, done: make(chan struct{})}
	if err := f.Call(&job{fn: fn, h: h}, NonBlocking); err != nil {
		return nil, ErrClosing
	}
	return h, nil
}

// Clone returns another handle on the same queue, referenced if c is. Any goroutine.
func (c *Channel) Clone() *Channel {
	c.mu.Lock()
	ref := c.ref && !c.closed
	c.mu.Unlock()
	n := &Channel{core: c.core}
	if ref {
		n.Ref()
	}
	return n
}

// Ref makes this clone keep the env loop alive (idempotent). Any goroutine.
func (c *Channel) Ref() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ref || c.closed {
		return
	}
	c.ref = true
	c.core.add(1)
}

// Unref lets the loop end as far as this clone is concerned (idempotent). Any goroutine.
func (c *Channel) Unref() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.ref {
		return
	}
	c.ref = false
	c.core.add(-1)
}

// HasRef reports whether this clone is referenced. Any goroutine.
func (c *Channel) HasRef() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ref
}

// Close drops this clone: it stops keeping the loop alive and its Send returns
// ErrClosing. Other clones are unaffected. Idempotent; any goroutine.
func (c *Channel) Close() {
	c.Unref()
	c.mu.Lock()
	c.closed = true
	c.mu.Unlock()
}

func (cc *chanCore) add(d int) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	cc.refs += d
	if cc.refs > 0 {
		cc.f.handle.Ref()
	} else {
		cc.f.handle.Unref()
	}
}

// Join waits until the closure ran and returns its value, or an error: ErrJoinThrow
// (wrapped) if it returned an error, threw (a JS exception is also reported as uncaught)
// or panicked; ErrJoinDropped if its env went away first; ctx.Err(); ErrWouldDeadlock
// when called on the env's loop goroutine before the closure ran. Any goroutine.
func (h *JoinHandle) Join(ctx context.Context) (any, error) {
	select {
	case <-h.done:
		return h.val, h.err
	default:
	}
	if goid.Is(h.gid) {
		return nil, ErrWouldDeadlock
	}
	select {
	case <-h.done:
		return h.val, h.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Done returns a channel closed when the closure ran or was dropped. Any goroutine.
func (h *JoinHandle) Done() <-chan struct{} { return h.done }
