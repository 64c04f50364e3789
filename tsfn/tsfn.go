package tsfn

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/goid"
	"github.com/gonode/gonode/runtime"
)

// CallMode chooses what Call does when a bounded queue is full.
type CallMode int

const (
	// NonBlocking returns ErrQueueFull at once when the queue is full.
	NonBlocking CallMode = iota
	// Blocking waits for room (or for the function to start closing).
	Blocking
)

// ErrorStrategy says how errors travel to the JS function (napi-rs's ErrorStrategy).
type ErrorStrategy int

const (
	// CalleeHandled (the default): the JS function is called Node-callback style,
	// fn(null, ...values) for a value and fn(err) for an error (CallError, or a Convert
	// that failed).
	CalleeHandled ErrorStrategy = iota
	// Fatal: the JS function gets only ...values; an error becomes an uncaught exception
	// in the env.
	Fatal
)

// MaxQueueSizeLimit is the largest accepted Options.MaxQueueSize; larger values are
// ErrInvalidArg. The queue grows on demand, so a large bound costs nothing until used.
const MaxQueueSizeLimit = 1 << 30

// MaxThreads is the largest accepted reference count (InitialThreads and Acquire).
const MaxThreads = 1 << 30

// batchCap is how many items one wake-up of the loop delivers before yielding (F6).
const batchCap = 1000

// Options configure New. T is the type of the values passed to Call.
type Options[T any] struct {
	// Func is the JavaScript function to call. It may be nil only when CallJS is set (then
	// CallJS receives a nil fn).
	Func goja.Value
	// CallJS, if set, delivers each item itself (N-API's call_js_cb): it runs on the loop
	// goroutine with the env, Func and the item. A returned error becomes an uncaught
	// exception in the env. env == nil means the item is being discarded (abort or
	// teardown): JS cannot run, free Go-side resources and return.
	CallJS func(env *runtime.Env, fn goja.Value, data T) error
	// Convert, if set (and CallJS is not), turns an item into the JS arguments (napi-rs's
	// call-JS converter); they are passed according to ErrorStrategy. A returned error is
	// passed to the function as fn(err) (CalleeHandled) or becomes an uncaught exception
	// (Fatal). env == nil means the item is being discarded: free resources and return
	// (nil, nil). Without CallJS and Convert the function is called with no arguments and
	// undefined this (rule F2), whatever the ErrorStrategy.
	Convert func(env *runtime.Env, data T) ([]goja.Value, error)
	// ErrorStrategy applies to Convert results, CallError and CallAsync.
	ErrorStrategy ErrorStrategy
	// MaxQueueSize bounds the queue; 0 means unbounded. Negative values or values above
	// MaxQueueSizeLimit are ErrInvalidArg.
	MaxQueueSize int
	// InitialThreads is the initial reference count; it must be at least 1 (rule F1).
	InitialThreads int
	// Finalize, if set, runs exactly once on the loop goroutine when the function is
	// gone: after the last release and the drain, after Abort, or at env teardown (then JS
	// is disabled). ctx is Options.Context.
	Finalize func(env *runtime.Env, ctx any)
	// Context is any value, readable from any goroutine with TSFN.Context.
	Context any
	// Weak makes the function not keep the loop alive from the start (napi-rs's Weak);
	// Ref changes that later.
	Weak bool
}

// extra carries the less common item kinds; plain Call items have none.
type extra struct {
	err    error // CallError
	hasErr bool
	result func(env *runtime.Env, ret goja.Value, err error) error // CallWithResult
}

type item[T any] struct {
	data T
	x    *extra
}

// TSFN is a thread-safe function. See the package documentation for its lifetime.
type TSFN[T any] struct {
	env      *runtime.Env
	st       *envState
	seq      uint64
	fn       goja.Value
	callable goja.Callable
	callJS   func(env *runtime.Env, fn goja.Value, data T) error
	convert  func(env *runtime.Env, data T) ([]goja.Value, error)
	strategy ErrorStrategy
	finalize func(env *runtime.Env, ctx any)
	ctx      any
	max      int
	handle   *runtime.Handle
	gid      uint64

	aborted atomic.Bool // fast check for the deliverer

	mu        sync.Mutex
	room      sync.Cond // producers waiting for room; signalled on every freed batch and on closing
	q         ring[T]
	threads   int
	closing   bool
	finalized bool
	scheduled bool // a deliver task is queued or running
	waiters   int

	batch     []item[T]    // loop goroutine only
	args      []goja.Value // loop goroutine only
	watchOnce sync.Once
	gone      chan struct{} // closed once finalized
}

// New creates a thread-safe function on env. Loop goroutine of env only. Errors:
// ErrInvalidArg (rule F1: InitialThreads < 1, neither Func nor CallJS, Func not callable,
// a bad MaxQueueSize or ErrorStrategy), runtime.ErrCannotRunJS during teardown.
func New[T any](env *runtime.Env, o Options[T]) (*TSFN[T], error) {
	if env == nil {
		return nil, fmt.Errorf("%w: nil env", ErrInvalidArg)
	}
	if o.InitialThreads < 1 || o.InitialThreads > MaxThreads {
		return nil, fmt.Errorf("%w: InitialThreads %d (want 1..%d)", ErrInvalidArg, o.InitialThreads, MaxThreads)
	}
	if o.MaxQueueSize < 0 || o.MaxQueueSize > MaxQueueSizeLimit {
		return nil, fmt.Errorf("%w: MaxQueueSize %d (want 0..%d)", ErrInvalidArg, o.MaxQueueSize, MaxQueueSizeLimit)
	}
	if o.ErrorStrategy != CalleeHandled && o.ErrorStrategy != Fatal {
		return nil, fmt.Errorf("%w: ErrorStrategy %d", ErrInvalidArg, o.ErrorStrategy)
	}
	fn := o.Func
	if fn != nil && (goja.IsUndefined(fn) || goja.IsNull(fn)) {
		fn = nil
	}
	var callable goja.Callable
	if fn != nil {
		c, ok := goja.AssertFunction(fn)
		if !ok {
			return nil, fmt.Errorf("%w: Func is not a function", ErrInvalidArg)
		}
		callable = c
	} else if o.CallJS == nil {
		return nil, fmt.Errorf("%w: neither Func nor CallJS", ErrInvalidArg)
	}
	if !env.CanRunJS() {
		return nil, ErrCannotRunJS
	}
	st := stateOf(env)
	f := &TSFN[T]{
		env:      env,
		st:       st,
		fn:       fn,
		callable: callable,
		callJS:   o.CallJS,
		convert:  o.Convert,
		strategy: o.ErrorStrategy,
		finalize: o.Finalize,
		ctx:      o.Context,
		max:      o.MaxQueueSize,
		threads:  o.InitialThreads,
		handle:   env.NewHandle(!o.Weak),
		gid:      st.gid,
		gone:     make(chan struct{}),
	}
	f.room.L = &f.mu
	st.add(f)
	return f, nil
}

// Env returns the env the function belongs to. Any goroutine.
func (f *TSFN[T]) Env() *runtime.Env { return f.env }

// Context returns Options.Context. Any goroutine.
func (f *TSFN[T]) Context() any { return f.ctx }

// Call queues data for delivery to JS (rule F4). It returns nil when queued;
// ErrQueueFull (NonBlocking, bounded queue full; not queued); ErrClosing when the
// function is closing and the caller still held a reference — that reference is consumed;
// ErrInvalidArg when no reference is left or mode is invalid; ErrWouldDeadlock for a
// Blocking call on the loop goroutine with a full queue. Blocking waits for room and wakes
// with ErrClosing if the function starts closing meanwhile (F5); with an unbounded queue
// it never waits. Any goroutine.
func (f *TSFN[T]) Call(data T, mode CallMode) error {
	return f.push(item[T]{data: data}, mode)
}

// CallError queues an error for the JS function (napi-rs's call(Err(e))): with
// CalleeHandled it is called as fn(err), with Fatal err becomes an uncaught exception in
// the env. Needs Func (ErrInvalidArg otherwise). Return values as for Call. Any goroutine.
func (f *TSFN[T]) CallError(err error, mode CallMode) error {
	if f.fn == nil || err == nil {
		return fmt.Errorf("%w: CallError needs Func and a non-nil error", ErrInvalidArg)
	}
	return f.push(item[T]{x: &extra{err: err, hasErr: true}}, mode)
}

// CallWithResult queues data like Call; on delivery cb runs on the loop goroutine with
// the function's return value, or with the JS exception as err if it threw (which is then
// not reported as uncaught, rule F15). An error returned by cb becomes an uncaught
// exception. If the item never reaches JS, cb gets env == nil and ErrClosing (abort) or
// ErrCannotRunJS (teardown). Needs Func and no CallJS. Any goroutine.
func (f *TSFN[T]) CallWithResult(data T, mode CallMode, cb func(env *runtime.Env, ret goja.Value, err error) error) error {
	if f.fn == nil || f.callJS != nil || cb == nil {
		return fmt.Errorf("%w: CallWithResult needs Func, no CallJS and a callback", ErrInvalidArg)
	}
	return f.push(item[T]{data: data, x: &extra{result: cb}}, mode)
}

func (f *TSFN[T]) push(it item[T], mode CallMode) error {
	if mode != NonBlocking && mode != Blocking {
		return fmt.Errorf("%w: call mode %d", ErrInvalidArg, mode)
	}
	checkedLoop := false
	f.mu.Lock()
	for {
		if f.closing {
			if f.threads == 0 {
				f.mu.Unlock()
				return ErrInvalidArg
			}
			f.threads--
			f.mu.Unlock()
			return ErrClosing
		}
		if f.max == 0 || f.q.n < f.max {
			break
		}
		if mode == NonBlocking {
			f.mu.Unlock()
			return ErrQueueFull
		}
		if !checkedLoop {
			checkedLoop = true
			f.mu.Unlock()
			loop := goid.Is(f.gid)
			f.mu.Lock()
			if loop {
				f.mu.Unlock()
				return ErrWouldDeadlock
			}
			continue
		}
		// Make sure a waiter is woken even if the env ends without teardown.
		f.watchOnce.Do(func() { go f.orphan() })
		f.waiters++
		f.room.Wait()
		f.waiters--
	}
	f.q.push(it)
	need := !f.scheduled
	f.scheduled = true
	f.mu.Unlock()
	if need && !f.schedule() {
		// The env no longer takes tasks: it is tearing down, and its teardown closer
		// will hand the queued item to the converter with a nil env. If the env ends
		// without teardown (Config.FastExit), orphan does that instead.
		f.watchOnce.Do(func() { go f.orphan() })
	}
	return nil
}

// orphan waits until the env has finished; if its teardown did not close the function
// (an env ended with Config.FastExit skips teardown, like Node's main-thread
// process.exit), it closes it here: blocked producers wake with ErrClosing and queued
// items go to the converter with a nil env, on this goroutine. Finalize is not called:
// there is no loop left to run it on (Node calls neither in that case).
func (f *TSFN[T]) orphan() {
	select {
	case <-f.env.Finished():
	case <-f.gone:
		return
	}
	if f.finish() {
		f.handle.Close()
	}
}

// finish marks the function finalized and aborted, wakes blocked callers and hands the
// queued items to the converter with a nil env. It reports false if it was already
// finalized. Any goroutine.
func (f *TSFN[T]) finish() bool {
	f.mu.Lock()
	if f.finalized {
		f.mu.Unlock()
		return false
	}
	f.finalized = true
	f.closing = true
	f.aborted.Store(true)
	items := f.q.drainAll()
	if f.waiters > 0 {
		f.room.Broadcast()
	}
	f.mu.Unlock()
	f.discard(items, ErrCannotRunJS)
	return true
}

// schedule queues a delivery; an unref'd function's delivery does not keep the loop
// alive (rule F13).
func (f *TSFN[T]) schedule() bool {
	if !f.handle.HasRef() {
		return f.env.EnqueueWeak(f.deliver)
	}
	return f.env.Enqueue(f.deliver)
}

// Acquire takes one more reference (rule F8): nil, ErrClosing once closing, or
// ErrInvalidArg beyond MaxThreads. Any goroutine.
func (f *TSFN[T]) Acquire() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closing {
		return ErrClosing
	}
	if f.threads >= MaxThreads {
		return fmt.Errorf("%w: too many references", ErrInvalidArg)
	}
	f.threads++
	return nil
}

// Release gives back one reference (rule F8). ErrInvalidArg if none is held (a double
// release). When the count reaches 0 the function starts closing in drain mode: later
// calls fail with ErrInvalidArg, queued items are still delivered, then Finalize runs on
// the loop (F9). Any goroutine.
func (f *TSFN[T]) Release() error { return f.release(false) }

// Abort gives back one reference and closes the function at once (rule F10): later calls
// get ErrClosing (consuming the caller's reference) and Acquire ErrClosing; queued items
// are not delivered but handed, in order, to CallJS/Convert with a nil env, then Finalize
// runs asynchronously on the loop. ErrInvalidArg if no reference is held. Any goroutine.
func (f *TSFN[T]) Abort() error { return f.release(true) }

func (f *TSFN[T]) release(abort bool) error {
	f.mu.Lock()
	if f.threads == 0 {
		f.mu.Unlock()
		return ErrInvalidArg
	}
	f.threads--
	need := false
	if (f.threads == 0 || abort) && !f.closing {
		f.closing = true
		if abort {
			f.aborted.Store(true)
		}
		if f.waiters > 0 {
			f.room.Broadcast()
		}
		need = !f.scheduled && !f.finalized
		if need {
			f.scheduled = true
		}
	}
	f.mu.Unlock()
	if need {
		f.schedule()
	}
	return nil
}

// Ref makes the function keep the loop alive (rule F13). Idempotent; it changes nothing
// about the function's lifetime, and nothing after finalization. env must be the
// function's env (ErrWrongEnv). Loop goroutine only (ErrNotOnLoop).
func (f *TSFN[T]) Ref(env *runtime.Env) error {
	if err := f.checkLoop(env); err != nil {
		return err
	}
	f.handle.Ref()
	return nil
}

// Unref lets the loop end while the function is open (rule F13): items still queued then
// reach CallJS/Convert with a nil env at teardown. Idempotent. Loop goroutine only.
func (f *TSFN[T]) Unref(env *runtime.Env) error {
	if err := f.checkLoop(env); err != nil {
		return err
	}
	f.handle.Unref()
	return nil
}

// HasRef reports whether the function currently keeps the loop alive. Any goroutine.
func (f *TSFN[T]) HasRef() bool { return f.handle.HasRef() }

func (f *TSFN[T]) checkLoop(env *runtime.Env) error {
	if env != f.env {
		return ErrWrongEnv
	}
	if !goid.Is(f.gid) {
		return ErrNotOnLoop
	}
	return nil
}

// ---- loop side ----------------------------------------------------------------------

// deliver runs on the loop as a task: up to batchCap items, then it re-queues itself.
func (f *TSFN[T]) deliver() {
	env := f.env
	delivered := 0
	for {
		f.mu.Lock()
		if f.finalized {
			f.scheduled = false
			f.mu.Unlock()
			return
		}
		if f.aborted.Load() {
			items := f.q.drainAll()
			f.finalized = true
			f.scheduled = false
			f.mu.Unlock()
			f.discard(items, ErrClosing)
			f.doFinalize(env)
			return
		}
		if f.q.n == 0 {
			f.scheduled = false
			if f.closing {
				f.finalized = true
				f.mu.Unlock()
				f.doFinalize(env)
				return
			}
			f.mu.Unlock()
			return
		}
		if delivered >= batchCap {
			f.mu.Unlock()
			f.schedule() // scheduled stays true; if refused, teardown takes over
			return
		}
		k := min(f.q.n, batchCap-delivered)
		batch := f.q.popN(f.batch[:0], k)
		if f.waiters > 0 {
			f.room.Broadcast()
		}
		f.mu.Unlock()
		for i := range batch {
			if canRun := env.CanRunJS(); !canRun || f.aborted.Load() {
				// Older than anything still queued: discard now to keep FIFO.
				reason := ErrClosing
				if !canRun {
					reason = ErrCannotRunJS
				}
				f.discard(batch[i:], reason)
				clear(batch)
				f.batch = batch[:0]
				if !canRun {
					return // the env is ending; its teardown closes the function
				}
				break
			}
			stop := f.deliverOne(env, &batch[i])
			batch[i] = item[T]{}
			if stop {
				f.discard(batch[i+1:], ErrCannotRunJS)
				clear(batch)
				f.batch = batch[:0]
				return
			}
		}
		f.batch = batch[:0]
		delivered += k
	}
}

// deliverOne hands one item to JS. It reports true if JS was interrupted (Terminate,
// process.exit), after which nothing more may run.
func (f *TSFN[T]) deliverOne(env *runtime.Env, it *item[T]) (stop bool) {
	defer func() {
		if r := recover(); r != nil {
			if runtime.IsInterrupt(r) {
				stop = true
				return
			}
			if v, ok := r.(goja.Value); ok {
				stop = f.uncaught(env, v)
				return
			}
			stop = f.uncaught(env, env.NewError("Error", "", fmt.Sprintf("tsfn: Go callback panicked: %v", r)))
		}
	}()
	if x := it.x; x != nil && x.hasErr {
		errVal := jsErrorValue(env, x.err)
		if f.strategy == Fatal {
			return f.uncaught(env, errVal)
		}
		return f.call(env, errVal)
	}
	if f.callJS != nil {
		if err := f.callJS(env, f.fn, it.data); err != nil {
			return f.uncaught(env, jsErrorValue(env, err))
		}
		return false
	}
	var args []goja.Value
	if f.convert != nil {
		a, err := f.convert(env, it.data)
		if err != nil {
			if it.x != nil && it.x.result != nil {
				return f.result(env, it.x.result, nil, err)
			}
			errVal := jsErrorValue(env, err)
			if f.strategy == Fatal {
				return f.uncaught(env, errVal)
			}
			return f.call(env, errVal)
		}
		if f.strategy == CalleeHandled {
			// goja copies arguments onto its own stack, so one scratch slice serves every
			// call (delivery is never re-entrant).
			f.args = append(append(f.args[:0], goja.Null()), a...)
			args = f.args
		} else {
			args = a
		}
	}
	if it.x != nil && it.x.result != nil {
		ret, err := f.callable(goja.Undefined(), args...)
		if err != nil {
			if runtime.IsInterrupt(err) {
				return true
			}
			return f.result(env, it.x.result, nil, err)
		}
		return f.result(env, it.x.result, ret, nil)
	}
	return f.call(env, args...)
}

// call invokes Func with undefined this; an exception goes to the uncaught path.
func (f *TSFN[T]) call(env *runtime.Env, args ...goja.Value) (stop bool) {
	_, err := f.callable(goja.Undefined(), args...)
	if err == nil {
		return false
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return f.uncaught(env, ex.Value())
	}
	if runtime.IsInterrupt(err) {
		return true
	}
	return f.uncaught(env, env.Runtime().NewGoError(err))
}

func (f *TSFN[T]) result(env *runtime.Env, cb func(*runtime.Env, goja.Value, error) error, ret goja.Value, err error) bool {
	if cbErr := cb(env, ret, err); cbErr != nil {
		return f.uncaught(env, jsErrorValue(env, cbErr))
	}
	return false
}

// uncaught sends v down the env's uncaught-exception path (rule F7).
func (f *TSFN[T]) uncaught(env *runtime.Env, v goja.Value) (stop bool) {
	reportUncaught(env, v)
	return !env.CanRunJS()
}

// discard hands items that will never reach JS to the converter with a nil env (F10,
// F12), in order. reason is given to result callbacks. Loop goroutine (or after the env
// is gone, the only goroutine touching them).
func (f *TSFN[T]) discard(items []item[T], reason error) {
	for i := range items {
		it := &items[i]
		func() {
			defer func() {
				if r := recover(); r != nil {
					f.report("discarding an item", r)
				}
			}()
			if it.x != nil && it.x.hasErr {
				return
			}
			if f.callJS != nil {
				_ = f.callJS(nil, nil, it.data)
			} else if f.convert != nil {
				_, _ = f.convert(nil, it.data)
			}
			if it.x != nil && it.x.result != nil {
				_ = it.x.result(nil, nil, reason)
			}
		}()
		items[i] = item[T]{}
	}
}

func (f *TSFN[T]) report(what string, r any) {
	fmt.Fprintf(f.env.Config().Stderr, "gonode: thread-safe function: %s panicked: %v\n", what, r)
}

// doFinalize runs once, on the loop: releases the keep-alive, forgets the function, runs
// Finalize.
func (f *TSFN[T]) doFinalize(env *runtime.Env) {
	close(f.gone)
	f.handle.Close()
	f.st.remove(f)
	fin, ctx := f.finalize, f.ctx
	f.fn, f.callable, f.finalize = nil, nil, nil
	f.batch = nil
	if fin != nil {
		func() {
			defer func() {
				if r := recover(); r != nil {
					if runtime.IsInterrupt(r) {
						return
					}
					if v, ok := r.(goja.Value); ok && env.CanRunJS() {
						reportUncaught(env, v)
						return
					}
					f.report("Finalize", r)
				}
			}()
			fin(env, ctx)
		}()
	}
}

// teardown closes the function when its env is torn down (rule F12): queued items go to
// the converter with a nil env, then Finalize runs. Loop goroutine, JS disabled.
func (f *TSFN[T]) teardown() {
	if f.finish() {
		f.doFinalize(f.env)
	}
}

func (f *TSFN[T]) sequence() uint64     { return f.seq }
func (f *TSFN[T]) setSequence(s uint64) { f.seq = s }

// ---- queue --------------------------------------------------------------------------

// chunkSize is the number of items per queue chunk.
const chunkSize = 256

type chunk[T any] struct {
	items [chunkSize]item[T]
	next  *chunk[T]
}

// maxSpare is how many emptied chunks a queue keeps for reuse.
const maxSpare = 16

// ring is a FIFO of items in linked fixed-size chunks: pushing never copies queued items,
// and up to maxSpare emptied chunks are kept for reuse.
type ring[T any] struct {
	head, tail *chunk[T]
	hi, ti     int // next pop index in head, next push index in tail
	n          int
	spare      *chunk[T] // free list through next
	nspare     int
}

func (r *ring[T]) push(it item[T]) {
	if r.tail == nil || r.ti == chunkSize {
		c := r.spare
		if c != nil {
			r.spare, c.next = c.next, nil
			r.nspare--
		} else {
			c = new(chunk[T])
		}
		if r.tail == nil {
			r.head, r.hi = c, 0
		} else {
			r.tail.next = c
		}
		r.tail, r.ti = c, 0
	}
	r.tail.items[r.ti] = it
	r.ti++
	r.n++
}

// popN moves the first k (<= n) items to dst.
func (r *ring[T]) popN(dst []item[T], k int) []item[T] {
	for k > 0 {
		end := chunkSize
		if r.head == r.tail {
			end = r.ti
		}
		take := min(end-r.hi, k)
		dst = append(dst, r.head.items[r.hi:r.hi+take]...)
		clear(r.head.items[r.hi : r.hi+take])
		r.hi += take
		r.n -= take
		k -= take
		if r.hi == chunkSize || (r.head == r.tail && r.hi == r.ti) {
			old := r.head
			if r.head == r.tail {
				r.head, r.tail, r.hi, r.ti = nil, nil, 0, 0
			} else {
				r.head, r.hi = old.next, 0
			}
			old.next = nil
			if r.nspare < maxSpare {
				old.next = r.spare
				r.spare = old
				r.nspare++
			}
		}
	}
	return dst
}

func (r *ring[T]) drainAll() []item[T] {
	if r.n == 0 {
		return nil
	}
	return r.popN(make([]item[T], 0, r.n), r.n)
}
