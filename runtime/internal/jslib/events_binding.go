package jslib

import (
	"github.com/dop251/goja"
)

// internalBinding('events'): the hot path of EventEmitter.prototype.emit in Go.
//
// In goja a rest parameter or `arguments` allocates an array on every call, which costs
// several times a plain call; a native function sees its arguments without copying
// them. makeEmit(slowEmit, addCatch, kEmitting) returns the native emit, which handles
// emitting to string and symbol event names other than 'error' and defers to slowEmit
// (the JavaScript implementation, same semantics) for everything else.
func init() {
	Bindings["events"] = func(vm *goja.Runtime) *goja.Object {
		b := vm.NewObject()
		_ = b.Set("makeEmit", func(call goja.FunctionCall) goja.Value {
			return makeNativeEmit(vm, call.Argument(0), call.Argument(1), call.Argument(2))
		})
		return b
	}
}

func makeNativeEmit(vm *goja.Runtime, slowV, addCatchV, kEmittingV goja.Value) goja.Value {
	slow, ok1 := goja.AssertFunction(slowV)
	addCatch, ok2 := goja.AssertFunction(addCatchV)
	kEmitting, ok3 := kEmittingV.(*goja.Symbol)
	if !ok1 || !ok2 || !ok3 {
		panic(vm.NewTypeError("makeEmit: bad arguments"))
	}
	// rethrow propagates an exception of a nested call unchanged (a JS exception
	// keeps its value; interrupts stay uncatchable).
	rethrow := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	callSlow := func(call goja.FunctionCall) goja.Value {
		v, err := slow(call.This, call.Arguments...)
		rethrow(err)
		return v
	}
	const errorKey = "error"
	vTrue, vFalse := vm.ToValue(true), vm.ToValue(false)
	emit := func(call goja.FunctionCall) goja.Value {
		this, ok := call.This.(*goja.Object)
		if !ok || len(call.Arguments) == 0 {
			return callSlow(call)
		}
		typ := call.Arguments[0]
		var key string
		var sym *goja.Symbol
		if s, isSym := typ.(*goja.Symbol); isSym {
			sym = s
		} else if goja.IsString(typ) {
			key = typ.String()
			if key == errorKey {
				return callSlow(call)
			}
		} else {
			return callSlow(call)
		}
		eventsV := this.Get("_events")
		if goja.IsUndefined(eventsV) {
			return vFalse
		}
		events, ok := eventsV.(*goja.Object)
		if !ok {
			return callSlow(call)
		}
		var handler goja.Value
		if sym != nil {
			handler = events.GetSymbol(sym)
		} else {
			handler = events.Get(key)
		}
		if handler == nil || goja.IsUndefined(handler) {
			return vFalse
		}
		args := call.Arguments[1:]
		if fn, ok := goja.AssertFunction(handler); ok {
			result, err := fn(this, args...)
			rethrow(err)
			if result != nil && !goja.IsUndefined(result) && !goja.IsNull(result) {
				_, err := addCatch(goja.Undefined(), this, result, typ, argsArray(vm, args))
				rethrow(err)
			}
			return vTrue
		}
		list, ok := handler.(*goja.Object)
		if !ok {
			return callSlow(call)
		}
		// handler[kEmitting]++ ... finally handler[kEmitting]--: listener arrays are
		// copied on write while they are being emitted.
		rethrow(list.SetSymbol(kEmitting, list.GetSymbol(kEmitting).ToInteger()+1))
		defer func() {
			_ = list.SetSymbol(kEmitting, list.GetSymbol(kEmitting).ToInteger()-1)
		}()
		for i := 0; int64(i) < list.Get("length").ToInteger(); i++ {
			l := list.Get(itoa(i))
			fn, ok := goja.AssertFunction(l)
			if !ok {
				panic(vm.NewTypeError("listener is not a function"))
			}
			result, err := fn(this, args...)
			rethrow(err)
			if result != nil && !goja.IsUndefined(result) && !goja.IsNull(result) {
				_, err := addCatch(goja.Undefined(), this, result, typ, argsArray(vm, args))
				rethrow(err)
			}
		}
		return vTrue
	}
	fn := vm.ToValue(emit).(*goja.Object)
	_ = fn.DefineDataProperty("name", vm.ToValue("emit"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return fn
}

var smallInts = func() (s [16]string) {
	for i := range s {
		s[i] = string(rune('0' + i%10))
		if i >= 10 {
			s[i] = "1" + s[i]
		}
	}
	return
}()

func itoa(i int) string {
	if i < len(smallInts) {
		return smallInts[i]
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

func argsArray(vm *goja.Runtime, args []goja.Value) *goja.Object {
	items := make([]interface{}, len(args))
	for i, a := range args {
		items[i] = a
	}
	return vm.NewArray(items...)
}
