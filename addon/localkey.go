package addon

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/gonode/gonode/internal/goid"
	"github.com/gonode/gonode/runtime"
)

// LocalKey is a typed per-instance cell, Neon's LocalKey: one process-wide key
// (typically a package-level variable) whose value is distinct in every instance, i.e.
// in every env that loaded the module (rule L1). The zero value is ready to use:
//
//	var threadID addon.LocalKey[int]
//
// Values are dropped when the instance is torn down (E8 step 5, rule L5): a key made with
// NewLocalKeyWithDrop calls its drop function, otherwise a value implementing io.Closer is
// closed. The order between keys is unspecified. Do not copy a LocalKey after first use.
type LocalKey[T any] struct {
	idOnce sync.Once
	id     uint64
	drop   func(T)
}

var localKeyIDs atomic.Uint64

// NewLocalKey returns a new key. Any goroutine.
func NewLocalKey[T any]() *LocalKey[T] { return &LocalKey[T]{} }

// NewLocalKeyWithDrop returns a key whose values are passed to drop at instance teardown,
// on the env's loop goroutine. Any goroutine.
func NewLocalKeyWithDrop[T any](drop func(T)) *LocalKey[T] { return &LocalKey[T]{drop: drop} }

func (k *LocalKey[T]) key() uint64 {
	k.idOnce.Do(func() { k.id = localKeyIDs.Add(1) })
	return k.id
}

const (
	cellInit  = 1 // initialiser running
	cellReady = 2
)

type cell struct {
	state uint8
	val   any
	drop  func()
	initG uint64        // goroutine running the initialiser
	wait  chan struct{} // closed when the initialiser finishes (either way)
}

// Get returns the instance's value and true, or the zero value and false if the cell is
// uninitialised or being initialised (L2). Any goroutine.
func (k *LocalKey[T]) Get(i *Instance) (T, bool) {
	var zero T
	if i == nil {
		return zero, false
	}
	id := k.key()
	i.mu.Lock()
	c := i.cells[id]
	i.mu.Unlock()
	if c == nil || c.state != cellReady {
		return zero, false
	}
	return c.val.(T), true
}

// GetOrInit returns the instance's value, calling f to create it if the cell is empty; f
// runs at most once per instance (L3) and gets no env. If the same key is being
// initialised on the same goroutine (f, or a GetOrTryInit initialiser, asks for its own
// key), it returns ErrReentrantInit; a call from another goroutine waits for that
// initialiser instead. A panic in f resets the cell and is returned as an error.
// ErrClosed after teardown. Any goroutine (f runs on the calling goroutine).
func (k *LocalKey[T]) GetOrInit(i *Instance, f func() T) (T, error) {
	if f == nil {
		var zero T
		return zero, fmt.Errorf("%w: nil initialiser", ErrInvalidArg)
	}
	return k.getOrInit(i, false, func(*Instance) (T, error) { return f(), nil })
}

// GetOrTryInit is GetOrInit with a fallible initialiser that receives the instance, so it
// may call JS (through i.Call or the goja runtime) and use other keys (L4). While f runs
// the cell is "initialising": Get reports false and a nested GetOrInit/GetOrTryInit of
// the same key returns ErrReentrantInit. An error, JS throw or panic from f resets the
// cell so that a later call retries; the error is returned. Loop goroutine only when the
// cell must be initialised (ErrNotOnLoop otherwise); reading a ready value works anywhere.
func (k *LocalKey[T]) GetOrTryInit(i *Instance, f func(*Instance) (T, error)) (T, error) {
	if f == nil {
		var zero T
		return zero, fmt.Errorf("%w: nil initialiser", ErrInvalidArg)
	}
	return k.getOrInit(i, true, f)
}

func (k *LocalKey[T]) getOrInit(i *Instance, needLoop bool, f func(*Instance) (T, error)) (T, error) {
	var zero T
	if i == nil {
		return zero, fmt.Errorf("%w: nil instance", ErrInvalidArg)
	}
	id := k.key()
	var me uint64
	for {
		i.mu.Lock()
		if i.cellsClosed {
			i.mu.Unlock()
			return zero, ErrClosed
		}
		c := i.cells[id]
		if c != nil && c.state == cellReady {
			i.mu.Unlock()
			return c.val.(T), nil
		}
		if c == nil {
			break // i.mu still held
		}
		// Being initialised: by us (re-entrant) or by another goroutine (wait).
		i.mu.Unlock()
		if me == 0 {
			me = goid.Get()
		}
		if c.initG == me {
			return zero, ErrReentrantInit
		}
		<-c.wait
	}
	if me == 0 {
		me = goid.Get()
	}
	loop := i.isLoopGoroutine(me)
	if needLoop && !loop {
		i.mu.Unlock()
		return zero, ErrNotOnLoop
	}
	c := &cell{state: cellInit, initG: me, wait: make(chan struct{})}
	if i.cells == nil {
		i.cells = map[uint64]*cell{}
	}
	i.cells[id] = c
	i.mu.Unlock()

	v, err := k.runInit(i, loop, f)

	i.mu.Lock()
	if err != nil || i.cellsClosed {
		if i.cells[id] == c {
			delete(i.cells, id)
		}
		if err == nil {
			err = ErrClosed
		}
	} else {
		c.val = v
		c.drop = k.dropFunc(v)
		c.state = cellReady
	}
	close(c.wait)
	i.mu.Unlock()
	if err != nil {
		return zero, err
	}
	return v, nil
}

func (k *LocalKey[T]) runInit(i *Instance, loop bool, f func(*Instance) (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			if runtime.IsInterrupt(r) {
				// Terminate/process.exit: reset the cell (the caller's error path is
				// skipped by the panic), then keep unwinding.
				k.abandon(i)
				panic(r)
			}
			err = fmt.Errorf("addon: LocalKey initialiser panicked: %v", r)
		}
	}()
	if loop {
		// JS exceptions thrown as goja panics become errors.
		if ex := i.env.Runtime().Try(func() { v, err = f(i) }); ex != nil {
			return v, ex
		}
		return v, err
	}
	return f(i)
}

// abandon resets a cell left "initialising" by an unwinding initialiser.
func (k *LocalKey[T]) abandon(i *Instance) {
	id := k.key()
	i.mu.Lock()
	if c := i.cells[id]; c != nil && c.state == cellInit {
		delete(i.cells, id)
		close(c.wait)
	}
	i.mu.Unlock()
}

func (k *LocalKey[T]) dropFunc(v T) func() {
	if k.drop != nil {
		drop := k.drop
		return func() { drop(v) }
	}
	if c, ok := any(v).(io.Closer); ok {
		return func() { _ = c.Close() }
	}
	return nil
}

// isLoopGoroutine reports whether the goroutine with id me is the instance's loop.
func (i *Instance) isLoopGoroutine(me uint64) bool { return me != 0 && me == i.gid }
