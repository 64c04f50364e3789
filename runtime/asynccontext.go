package runtime

import (
	"unsafe"

	"github.com/dop251/goja"
)

// Async context: what async_hooks and AsyncLocalStorage see.
//
// Node v26 keeps AsyncLocalStorage stores in an "async context frame" (an immutable-by-
// convention Map) that V8 carries from the code that schedules work to the code that runs
// it: promise reactions through V8's continuation-preserved embedder data, everything else
// (timers, immediates, ticks, request callbacks) by capturing the frame when the work is
// created. goja offers the same hook for promise reactions (AsyncContextTracker); the loop
// captures the frame for the callbacks it runs itself.
//
// Async ids follow Node's async_hooks: every Timeout, Immediate, tick and AsyncResource has
// an id and a trigger id; executionAsyncId() is the id of the callback running now (1 for
// the main script, 0 in a promise reaction, as in Node without promise hooks). The ids and
// hook counts live in a Float64Array shared with JS (fields) so that hot paths read them
// without crossing into Go, as Node shares async_id_fields with C++.
//
// Promise resources are not reported to createHook: goja has no hook for the creation or
// resolution of a promise, only for its reactions (see async_hooks.js).

// Indices into asyncState.fields; internal/async_hooks.js uses the same numbers.
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

// asyncScope is the async context a callback runs in.
type asyncScope struct {
	id, trigger float64
	frame       goja.Value // AsyncContextFrame; nil is the empty frame
	resource    goja.Value // what executionAsyncResource() returns; nil is the top level
}

// asyncState is owned by the loop goroutine.
type asyncState struct {
	fields []float64 // shared with JS through fieldsBuf
	cur    asyncScope
	// stack holds the scopes that JS-entered scopes (AsyncResource.runInAsyncScope)
	// replaced, innermost last.
	stack []asyncScope
	// reaction is the scope a promise reaction replaced (goja never nests reactions).
	reaction asyncScope
	// destroys are ids waiting for the destroy hooks, which run in the check phase.
	destroys []float64
	// Hook runners installed by internal/async_hooks when it loads.
	emitBefore, emitAfter, emitDestroy, emitInit goja.Value
	topLevel                                     *goja.Object
	// Node's async_id_symbol and trigger_async_id_symbol: resources carry their ids.
	idSym, triggerSym *goja.Symbol
}

func (a *asyncState) init() {
	a.fields = make([]float64, afCount)
	a.fields[afExecutionAsyncID] = 0
	a.fields[afAsyncIDCounter] = 1 // the main script's execution is id 1
	a.fields[afDefaultTriggerAsyncID] = -1
	a.idSym = goja.NewSymbol("async_id_symbol")
	a.triggerSym = goja.NewSymbol("trigger_async_id_symbol")
}

func (a *asyncState) newID() float64 {
	a.fields[afAsyncIDCounter]++
	return a.fields[afAsyncIDCounter]
}

// defaultTrigger is Node's getDefaultTriggerAsyncId.
func (a *asyncState) defaultTrigger() float64 {
	if t := a.fields[afDefaultTriggerAsyncID]; t >= 0 {
		return t
	}
	return a.fields[afExecutionAsyncID]
}

func (a *asyncState) load() asyncScope {
	s := a.cur
	s.id, s.trigger = a.fields[afExecutionAsyncID], a.fields[afTriggerAsyncID]
	return s
}

func (a *asyncState) store(s asyncScope) {
	a.cur = s
	a.fields[afExecutionAsyncID], a.fields[afTriggerAsyncID] = s.id, s.trigger
}

// capture returns a new scope for a resource created now: a fresh id, the default trigger
// and the current frame.
func (a *asyncState) capture(resource goja.Value) asyncScope {
	return asyncScope{id: a.newID(), trigger: a.defaultTrigger(), frame: a.cur.frame, resource: resource}
}

// resetForMacrotask puts the env at the loop's top level, outside any callback, as each
// macrotask starts (a callback that threw may have left scopes entered).
func (e *Env) resetAsyncScope() {
	a := &e.async
	if a.cur.frame != nil || a.cur.resource != nil || a.fields[afExecutionAsyncID] != 0 ||
		a.fields[afTriggerAsyncID] != 0 || len(a.stack) > 0 {
		a.store(asyncScope{})
		clear(a.stack)
		a.stack = a.stack[:0]
	}
	a.fields[afDefaultTriggerAsyncID] = -1
}

// inScope runs fn in scope s, calling the before/after hooks around it when any exist.
func (e *Env) inScope(s *asyncScope, fn func()) {
	a := &e.async
	saved := a.load()
	a.store(*s)
	if a.fields[afBefore] > 0 && a.emitBefore != nil {
		if _, ok := e.Call(a.emitBefore, goja.Undefined(), e.vm.ToValue(s.id)); !ok {
			a.store(saved)
			return
		}
	}
	fn()
	if a.fields[afAfter] > 0 && a.emitAfter != nil && !e.loop.stopping {
		e.Call(a.emitAfter, goja.Undefined(), e.vm.ToValue(s.id))
	}
	a.store(saved)
}

// queueDestroy records that resource id is gone; destroy hooks run in the next check phase.
func (e *Env) queueDestroy(id float64) {
	if e.async.fields[afDestroy] > 0 {
		e.async.destroys = append(e.async.destroys, id)
	}
}

// runDestroyHooks runs the destroy hooks of the ids queued so far, as a macrotask.
func (e *Env) runDestroyHooks() {
	a := &e.async
	if len(a.destroys) == 0 {
		return
	}
	ids := a.destroys
	a.destroys = nil
	if a.emitDestroy == nil || a.fields[afDestroy] == 0 {
		return
	}
	e.runMacrotask(func() {
		for _, id := range ids {
			if _, ok := e.Call(a.emitDestroy, goja.Undefined(), e.vm.ToValue(id)); !ok {
				return
			}
		}
	})
}

// newAsyncResource gives the JS object obj (a Timeout, an Immediate) the async scope of a
// resource of type typ created now: ids (also set on obj, as Node's symbols), the current
// frame, and the init hooks.
func (e *Env) newAsyncResource(typ string, obj goja.Value) asyncScope {
	s := e.async.capture(obj)
	if o, ok := obj.(*goja.Object); ok {
		e.tagAsyncResource(o, &s)
	}
	e.emitInit(&s, typ)
	return s
}

func (e *Env) tagAsyncResource(o *goja.Object, s *asyncScope) {
	_ = o.SetSymbol(e.async.idSym, s.id)
	_ = o.SetSymbol(e.async.triggerSym, s.trigger)
}

// emitInit runs the init hooks, if any, for the resource of scope s.
func (e *Env) emitInit(s *asyncScope, typ string) {
	a := &e.async
	if a.fields[afInit] == 0 || a.emitInit == nil {
		return
	}
	res := s.resource
	if res == nil {
		res = e.vm.NewObject()
		s.resource = res
	}
	e.Call(a.emitInit, goja.Undefined(), e.vm.ToValue(s.id), e.vm.ToValue(typ), e.vm.ToValue(s.trigger), res)
}

// AsyncResource starts an async resource of type typ (an async_hooks type name, such as
// Node's "FSREQCALLBACK") for work whose JS callback runs later, as Node's AsyncWrap does:
// it gets an async id, remembers the caller's AsyncLocalStorage stores and runs the init
// hooks with resource (an empty object if nil). The returned function runs a callback in
// that context (executionAsyncId is the resource's id, before/after hooks around it), then
// queues the destroy hook. Use it to make a Go binding's callbacks see the stores of the JS
// code that started the work. Loop goroutine only, from within a JS call or task; call the
// returned function once, on the loop goroutine, typically from a task given to Enqueue.
func (e *Env) AsyncResource(typ string, resource goja.Value) func(callback func()) {
	s := e.async.capture(resource)
	e.emitInit(&s, typ)
	return func(callback func()) {
		e.inScope(&s, callback)
		e.queueDestroy(s.id)
	}
}

// promiseTracker carries the async context frame from where a promise reaction is
// registered (then, await) to where it runs, as V8's continuation-preserved embedder data.
type promiseTracker struct{ a *asyncState }

func (t promiseTracker) Grab() any {
	if f := t.a.cur.frame; f != nil {
		return f
	}
	return nil
}

func (t promiseTracker) Resumed(ctx any) {
	a := t.a
	a.reaction = a.load()
	f, _ := ctx.(goja.Value)
	a.store(asyncScope{frame: f})
}

func (t promiseTracker) Exited() {
	t.a.store(t.a.reaction)
	t.a.reaction = asyncScope{}
}

// asyncWrapBinding is internalBinding('async_wrap').
func (e *Env) asyncWrapBinding() *goja.Object {
	vm := e.vm
	a := &e.async
	b := vm.NewObject()
	set := func(k string, v any) { _ = b.Set(k, v) }
	buf := unsafe.Slice((*byte)(unsafe.Pointer(&a.fields[0])), len(a.fields)*8)
	ab := vm.NewArrayBuffer(buf)
	f64, err := vm.New(vm.Get("Float64Array"), vm.ToValue(ab))
	if err != nil {
		panic(err)
	}
	set("fields", f64)
	set("async_id_symbol", a.idSym)
	set("trigger_async_id_symbol", a.triggerSym)
	set("getFrame", func(goja.FunctionCall) goja.Value {
		if a.cur.frame == nil {
			return goja.Undefined()
		}
		return a.cur.frame
	})
	set("setFrame", func(call goja.FunctionCall) goja.Value {
		f := call.Argument(0)
		if goja.IsUndefined(f) || goja.IsNull(f) {
			f = nil
		}
		a.cur.frame = f
		return goja.Undefined()
	})
	// pushScope(id, trigger, resource) enters a scope entered from JS (emitBefore).
	set("pushScope", func(call goja.FunctionCall) goja.Value {
		a.stack = append(a.stack, a.load())
		a.store(asyncScope{
			id:       call.Argument(0).ToFloat(),
			trigger:  call.Argument(1).ToFloat(),
			frame:    a.cur.frame,
			resource: call.Argument(2),
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
		a.stack[n-1] = asyncScope{}
		a.stack = a.stack[:n-1]
		prev.frame = a.cur.frame
		a.store(prev)
		return vm.ToValue(true)
	})
	set("stackLength", func(goja.FunctionCall) goja.Value { return vm.ToValue(len(a.stack)) })
	set("clearStack", func(goja.FunctionCall) goja.Value {
		if len(a.stack) > 0 {
			bottom := a.stack[0]
			bottom.frame = a.cur.frame
			a.store(bottom)
			clear(a.stack)
			a.stack = a.stack[:0]
		}
		return goja.Undefined()
	})
	set("executionAsyncResource", func(goja.FunctionCall) goja.Value {
		if r := a.cur.resource; r != nil && !goja.IsUndefined(r) {
			return r
		}
		if a.topLevel == nil {
			a.topLevel = vm.NewObject()
		}
		return a.topLevel
	})
	set("queueDestroy", func(call goja.FunctionCall) goja.Value {
		e.queueDestroy(call.Argument(0).ToFloat())
		return goja.Undefined()
	})
	set("setHookRunners", func(call goja.FunctionCall) goja.Value {
		a.emitBefore, a.emitAfter, a.emitDestroy = call.Argument(0), call.Argument(1), call.Argument(2)
		a.emitInit = call.Argument(3)
		return goja.Undefined()
	})
	return b
}
