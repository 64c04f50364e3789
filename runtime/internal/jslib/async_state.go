package jslib

import (
	"unsafe"

	"github.com/dop251/goja"
)

// AsyncState is one runtime's async context: what async_hooks and AsyncLocalStorage see
// (internalBinding('async_wrap'), internal/async_hooks.js). The runtime package drives it
// from its loop (runtime/asynccontext.go explains the model); runtimes without a loop,
// such as unit tests of single builtins, get a fresh one from Bindings["async_wrap"].
//
// The ids and hook counts live in fields, a Float64Array shared with JS, so that
// executionAsyncId() and the hook checks read them without a call into Go, as Node shares
// async_id_fields with C++. Loop goroutine only.
type AsyncState struct {
	fields []float64
	cur    AsyncScope
	// stack holds the scopes that JS-entered scopes (AsyncResource.runInAsyncScope)
	// replaced, innermost last.
	stack []AsyncScope
	// reaction is the scope a promise reaction replaced (goja never nests reactions).
	reaction AsyncScope
	// destroys are ids waiting for the destroy hooks, which run in the check phase.
	destroys []float64
	// Hook runners installed by internal/async_hooks when a hook is first enabled.
	runners  [hookKinds]goja.Value
	topLevel *goja.Object
	// Node's async_id_symbol and trigger_async_id_symbol: resources carry their ids.
	idSym, triggerSym *goja.Symbol
}

// AsyncScope is the async context a callback runs in.
type AsyncScope struct {
	ID, Trigger float64
	Frame       goja.Value // AsyncContextFrame; nil is the empty frame
	Resource    goja.Value // what executionAsyncResource() returns; nil is the top level
}

// HookKind names a hook of createHook.
type HookKind int

// The hooks the loop runs; their counts are fields[HookInit...].
const (
	HookInit HookKind = iota
	HookBefore
	HookAfter
	HookDestroy
	hookKinds
)

// Indices into fields; internal/async_hooks.js uses the same numbers.
const (
	afExecutionAsyncID = iota
	afTriggerAsyncID
	afAsyncIDCounter
	afDefaultTriggerAsyncID
	afInit
	afBefore
	afAfter
	afDestroy
	afPromiseResolve
	afTotals
	afCount
)

// NewAsyncState returns the state of a runtime whose main script runs as execution 1.
func NewAsyncState() *AsyncState {
	a := &AsyncState{fields: make([]float64, afCount)}
	a.fields[afAsyncIDCounter] = 1
	a.fields[afDefaultTriggerAsyncID] = -1
	a.idSym = goja.NewSymbol("async_id_symbol")
	a.triggerSym = goja.NewSymbol("trigger_async_id_symbol")
	return a
}

// NewID returns a fresh async id.
func (a *AsyncState) NewID() float64 {
	a.fields[afAsyncIDCounter]++
	return a.fields[afAsyncIDCounter]
}

func (a *AsyncState) defaultTrigger() float64 {
	if t := a.fields[afDefaultTriggerAsyncID]; t >= 0 {
		return t
	}
	return a.fields[afExecutionAsyncID]
}

// Current returns the scope in effect.
func (a *AsyncState) Current() AsyncScope {
	s := a.cur
	s.ID, s.Trigger = a.fields[afExecutionAsyncID], a.fields[afTriggerAsyncID]
	return s
}

// Enter makes s the scope in effect.
func (a *AsyncState) Enter(s AsyncScope) {
	a.cur = s
	a.fields[afExecutionAsyncID], a.fields[afTriggerAsyncID] = s.ID, s.Trigger
}

// Capture returns the scope of a resource created now: a fresh id, Node's default trigger
// and the current frame.
func (a *AsyncState) Capture(resource goja.Value) AsyncScope {
	return AsyncScope{ID: a.NewID(), Trigger: a.defaultTrigger(), Frame: a.cur.Frame, Resource: resource}
}

// Reset puts the runtime at the loop's top level, outside any callback (a callback that
// threw may have left scopes entered).
func (a *AsyncState) Reset() {
	if a.cur.Frame != nil || a.cur.Resource != nil || a.fields[afExecutionAsyncID] != 0 ||
		a.fields[afTriggerAsyncID] != 0 || len(a.stack) > 0 {
		a.Enter(AsyncScope{})
		clear(a.stack)
		a.stack = a.stack[:0]
	}
	a.fields[afDefaultTriggerAsyncID] = -1
}

// Runner returns the JS function that runs the hooks of kind k, or nil when no such hook
// is enabled.
func (a *AsyncState) Runner(k HookKind) goja.Value {
	if a.fields[afInit+int(k)] == 0 {
		return nil
	}
	return a.runners[k]
}

// InUse reports whether an AsyncLocalStorage frame is set or any hook is enabled.
func (a *AsyncState) InUse() bool { return a.cur.Frame != nil || a.fields[afTotals] > 0 }

// QueueDestroy records that resource id is gone, if destroy hooks are enabled.
func (a *AsyncState) QueueDestroy(id float64) {
	if a.fields[afDestroy] > 0 {
		a.destroys = append(a.destroys, id)
	}
}

// DestroysPending reports whether destroy hooks wait for the check phase.
func (a *AsyncState) DestroysPending() bool { return len(a.destroys) > 0 }

// TakeDestroys returns and forgets the queued destroy ids.
func (a *AsyncState) TakeDestroys() []float64 {
	ids := a.destroys
	a.destroys = nil
	return ids
}

// Tag sets Node's id symbols of scope s on o.
func (a *AsyncState) Tag(o *goja.Object, s *AsyncScope) {
	_ = o.SetSymbol(a.idSym, s.ID)
	_ = o.SetSymbol(a.triggerSym, s.Trigger)
}

// IDSymbol is Node's async_id_symbol of this runtime.
func (a *AsyncState) IDSymbol() *goja.Symbol { return a.idSym }

// Tracker carries the frame from where a promise reaction is registered (then, await) to
// where it runs, as V8's continuation-preserved embedder data. Install it with
// goja.Runtime.SetAsyncContextTracker.
func (a *AsyncState) Tracker() goja.AsyncContextTracker { return promiseTracker{a} }

type promiseTracker struct{ a *AsyncState }

func (t promiseTracker) Grab() any {
	if f := t.a.cur.Frame; f != nil {
		return f
	}
	return nil
}

func (t promiseTracker) Resumed(ctx any) {
	a := t.a
	a.reaction = a.Current()
	f, _ := ctx.(goja.Value)
	a.Enter(AsyncScope{Frame: f})
}

func (t promiseTracker) Exited() {
	t.a.Enter(t.a.reaction)
	t.a.reaction = AsyncScope{}
}

func init() {
	Bindings["async_wrap"] = func(vm *goja.Runtime) *goja.Object { return NewAsyncState().Binding(vm) }
}

// Binding builds internalBinding('async_wrap') over a for vm.
func (a *AsyncState) Binding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	set := func(k string, v any) { _ = b.Set(k, v) }
	buf := unsafe.Slice((*byte)(unsafe.Pointer(&a.fields[0])), len(a.fields)*8)
	f64, err := vm.New(vm.Get("Float64Array"), vm.ToValue(vm.NewArrayBuffer(buf)))
	if err != nil {
		panic(err)
	}
	set("fields", f64)
	set("async_id_symbol", a.idSym)
	set("trigger_async_id_symbol", a.triggerSym)
	set("getFrame", func(goja.FunctionCall) goja.Value {
		if a.cur.Frame == nil {
			return goja.Undefined()
		}
		return a.cur.Frame
	})
	set("setFrame", func(call goja.FunctionCall) goja.Value {
		f := call.Argument(0)
		if goja.IsUndefined(f) || goja.IsNull(f) {
			f = nil
		}
		a.cur.Frame = f
		return goja.Undefined()
	})
	// pushScope(id, trigger, resource) enters a scope entered from JS (emitBefore).
	set("pushScope", func(call goja.FunctionCall) goja.Value {
		a.stack = append(a.stack, a.Current())
		a.Enter(AsyncScope{
			ID:       call.Argument(0).ToFloat(),
			Trigger:  call.Argument(1).ToFloat(),
			Frame:    a.cur.Frame,
			Resource: call.Argument(2),
		})
		return goja.Undefined()
	})
	// popScope(id) leaves the innermost JS-entered scope; false if id is not that scope.
	set("popScope", func(call goja.FunctionCall) goja.Value {
		n := len(a.stack)
		if n == 0 || a.fields[afExecutionAsyncID] != call.Argument(0).ToFloat() {
			return vm.ToValue(false)
		}
		prev := a.stack[n-1]
		a.stack[n-1] = AsyncScope{}
		a.stack = a.stack[:n-1]
		prev.Frame = a.cur.Frame
		a.Enter(prev)
		return vm.ToValue(true)
	})
	set("stackLength", func(goja.FunctionCall) goja.Value { return vm.ToValue(len(a.stack)) })
	set("clearStack", func(goja.FunctionCall) goja.Value {
		if len(a.stack) > 0 {
			bottom := a.stack[0]
			bottom.Frame = a.cur.Frame
			a.Enter(bottom)
			clear(a.stack)
			a.stack = a.stack[:0]
		}
		return goja.Undefined()
	})
	set("executionAsyncResource", func(goja.FunctionCall) goja.Value {
		if r := a.cur.Resource; r != nil && !goja.IsUndefined(r) {
			return r
		}
		if a.topLevel == nil {
			a.topLevel = vm.NewObject()
		}
		return a.topLevel
	})
	set("queueDestroy", func(call goja.FunctionCall) goja.Value {
		a.QueueDestroy(call.Argument(0).ToFloat())
		return goja.Undefined()
	})
	// setHookRunners(before, after, destroy, init)
	set("setHookRunners", func(call goja.FunctionCall) goja.Value {
		a.runners[HookBefore], a.runners[HookAfter] = call.Argument(0), call.Argument(1)
		a.runners[HookDestroy], a.runners[HookInit] = call.Argument(2), call.Argument(3)
		return goja.Undefined()
	})
	return b
}
