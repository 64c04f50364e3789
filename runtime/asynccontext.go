package runtime

import (
	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime/internal/jslib"
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
// the main script, 0 in a promise reaction, as in Node without promise hooks). The state
// and its binding are jslib.AsyncState; this file is what the loop does with it.
//
// Promise resources are not reported to createHook: goja has no hook for the creation or
// resolution of a promise, only for its reactions (see async_hooks.js).

type asyncScope = jslib.AsyncScope

// inScope runs fn in scope s, calling the before/after hooks around it when any exist.
func (e *Env) inScope(s *asyncScope, fn func()) {
	a := e.async
	saved := a.Current()
	a.Enter(*s)
	if before := a.Runner(jslib.HookBefore); before != nil {
		if _, ok := e.Call(before, goja.Undefined(), e.vm.ToValue(s.ID)); !ok {
			a.Enter(saved)
			return
		}
	}
	fn()
	if after := a.Runner(jslib.HookAfter); after != nil && !e.loop.stopping {
		e.Call(after, goja.Undefined(), e.vm.ToValue(s.ID))
	}
	a.Enter(saved)
}

// runDestroyHooks runs the destroy hooks of the ids queued so far, as a macrotask.
func (e *Env) runDestroyHooks() {
	a := e.async
	if !a.DestroysPending() {
		return
	}
	ids := a.TakeDestroys()
	destroy := a.Runner(jslib.HookDestroy)
	if destroy == nil {
		return
	}
	e.runMacrotask(func() {
		for _, id := range ids {
			if _, ok := e.Call(destroy, goja.Undefined(), e.vm.ToValue(id)); !ok {
				return
			}
		}
	})
}

// newAsyncResource gives the JS object obj (a Timeout, an Immediate) the async scope of a
// resource of type typ created now: ids (also set on obj, as Node's symbols), the current
// frame, and the init hooks.
func (e *Env) newAsyncResource(typ string, obj goja.Value) asyncScope {
	s := e.async.Capture(obj)
	if o, ok := obj.(*goja.Object); ok {
		e.async.Tag(o, &s)
	}
	e.emitInit(&s, typ)
	return s
}

// emitInit runs the init hooks, if any, for the resource of scope s.
func (e *Env) emitInit(s *asyncScope, typ string) {
	init := e.async.Runner(jslib.HookInit)
	if init == nil {
		return
	}
	if s.Resource == nil {
		s.Resource = e.vm.NewObject()
	}
	e.Call(init, goja.Undefined(), e.vm.ToValue(s.ID), e.vm.ToValue(typ), e.vm.ToValue(s.Trigger), s.Resource)
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
	s := e.async.Capture(resource)
	e.emitInit(&s, typ)
	return func(callback func()) {
		e.inScope(&s, callback)
		e.async.QueueDestroy(s.ID)
	}
}
