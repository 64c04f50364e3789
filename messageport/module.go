package messageport

import (
	_ "embed"
	"sync"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/jsmodule"
	"github.com/gonode/gonode/runtime"
)

//go:embed port.js
var portSource string

var portModule = jsmodule.New("node:internal/worker/io", "binding, et, errors", portSource)

func init() { runtime.UntransferableMarker = MarkUntransferable }

// Install adds MessageChannel, MessagePort, MessageEvent, BroadcastChannel and
// structuredClone as lazy globals to every env made with cfg. Call it before runtime.New,
// from the goroutine building the configuration.
func Install(cfg *runtime.Config) {
	cfg.Setup = append(cfg.Setup, func(env *runtime.Env) error {
		for _, name := range []string{"MessageChannel", "MessagePort", "MessageEvent", "BroadcastChannel", "structuredClone"} {
			if err := env.DefineLazyGlobal(runtime.LazyGlobal{Name: name, Enumerable: name == "structuredClone", // as in Node
				Load: func() (goja.Value, error) {
					p, err := For(env)
					if err != nil {
						return nil, err
					}
					return p.rt.exports.Get(name), nil
				}}); err != nil {
				return err
			}
		}
		return nil
	})
}

// Ports is one env's MessagePort machinery. Obtain it with For; use it on the env's loop
// goroutine only.
type Ports struct{ rt *envPorts }

// For returns the env's Ports, creating the JS classes on first use. Loop goroutine only.
func For(env *runtime.Env) (*Ports, error) {
	if p, ok := env.Local(envPortsKey{}).(*Ports); ok {
		return p, nil
	}
	rt, err := newEnvPorts(env)
	if err != nil {
		return nil, err
	}
	p := &Ports{rt: rt}
	env.SetLocal(envPortsKey{}, p)
	return p, nil
}

// Exports returns the object holding MessagePort, MessageChannel, MessageEvent,
// BroadcastChannel, receiveMessageOnPort and structuredClone.
func (p *Ports) Exports() *goja.Object { return p.rt.exports }

// NewPort returns a new MessagePort object of this env bound to d (one end of
// NewChannel, or data received from another env). Loop goroutine only.
func (p *Ports) NewPort(d *PortData) *goja.Object { return p.rt.attach(d).obj }

// PortData returns the data behind a MessagePort object of this env.
func (p *Ports) PortData(v goja.Value) (*PortData, bool) {
	pt, ok := p.rt.portOf(v)
	if !ok || pt.closed {
		return nil, false
	}
	return pt.data, true
}

// Serialize clones v (with transfer-list entries, MessagePorts included) into a message
// that may cross to another env. Errors are JS-throwable values (DataCloneError
// DOMException, or what a getter threw) wrapped as *goja.Exception-compatible errors;
// use Throw to rethrow them in JS.
func (p *Ports) Serialize(v goja.Value, transfer []goja.Value) (*Message, error) {
	return Serialize(p.rt.vm, v, transfer, p.rt.options())
}

// Deserialize materialises m in this env (transferred ports become MessagePorts here).
func (p *Ports) Deserialize(m *Message) (goja.Value, error) {
	return m.Deserialize(p.rt.vm, p.rt.options())
}

// ErrorValue converts a Serialize/Deserialize error into the JS value Node throws.
func (p *Ports) ErrorValue(err error) goja.Value { return p.rt.errorValue(err) }

// TransferList converts a JS transfer argument (array, iterable, or {transfer}) to values.
func (p *Ports) TransferList(v goja.Value) []goja.Value { return runtime.ArrayValues(v) }

func newEnvPorts(env *runtime.Env) (*envPorts, error) {
	vm := env.Runtime()
	rt := &envPorts{env: env, vm: vm, portSym: goja.NewSymbol("kPort"), live: map[*port]struct{}{}}
	rt.hooks = &portHooks{rt: rt}
	et, err := env.Require("internal/event_target")
	if err != nil {
		return nil, err
	}
	errs, err := env.Require("internal/errors_lazy") // internal/errors loads when an error is made
	if err != nil {
		return nil, err
	}
	if rt.exports, err = portModule.Run(vm, rt.binding(), et, errs); err != nil {
		return nil, err
	}
	create, _ := goja.AssertFunction(rt.exports.Get("createPort"))
	rt.newPort = create
	proto := rt.exports.Get("MessagePort").ToObject(vm).Get("prototype").ToObject(vm)
	bproto := rt.exports.Get("BroadcastChannel").ToObject(vm).Get("prototype").ToObject(vm)
	sym := func(name string) *goja.Symbol { s, _ := rt.exports.Get(name).(*goja.Symbol); return s }
	rt.onMsg = proto.GetSymbol(sym("kOnMessage"))
	rt.onErr = proto.GetSymbol(sym("kOnMessageError"))
	rt.onClose = proto.GetSymbol(sym("kOnClose"))
	rt.bcOnMsg = bproto.GetSymbol(sym("kOnMessage"))
	rt.bcOnErr = bproto.GetSymbol(sym("kOnMessageError"))
	// At teardown every port of the env closes, so peers in other envs see 'close' (P6).
	env.AddCleanupHook(func() {
		for p := range rt.live {
			d := p.data
			p.detach()
			d.Close()
		}
		for c := range rt.bcs {
			c.close()
		}
	})
	return rt, nil
}

func (rt *envPorts) throw(err error) { panic(rt.errorValue(err)) }

// receive implements receiveMessageOnPort: the oldest queued message as {message}, or
// undefined (also for closed or transferred ports).
func (rt *envPorts) receive(v goja.Value) goja.Value {
	p, ok := rt.portOf(v)
	if !ok || p.closed {
		return goja.Undefined()
	}
	d := p.data
	d.mu.Lock()
	if d.owner != p || d.head >= len(d.queue) || d.queue[d.head] == nil {
		d.mu.Unlock()
		return goja.Undefined()
	}
	msg, _ := d.pop()
	d.mu.Unlock()
	val, _, err := msg.DeserializeWithTransfers(rt.vm, rt.options())
	if err != nil {
		rt.throw(err)
	}
	res := rt.vm.NewObject()
	_ = res.Set("message", val)
	return res
}

// SetHandler makes port deliver each message by calling onMessage(data), and each
// message that cannot be deserialized by calling onError(err), both with target as this,
// skipping the port's own event dispatch (its listeners and MessageEvents); it then
// starts the port. worker.Worker uses it to re-emit messages cheaply. Loop goroutine only.
func (p *Ports) SetHandler(port goja.Value, target, onMessage, onError goja.Value) {
	pt, ok := p.rt.portOf(port)
	if !ok {
		return
	}
	pt.handler, pt.errHandler, pt.target = onMessage, onError, target
	pt.start()
}

// Receive is receiveMessageOnPort for Go callers (the worker's exit drain). Loop goroutine only.
func (p *Ports) Receive(port goja.Value) goja.Value { return p.rt.receive(port) }

// mustPort returns the port behind v; a MessagePort-looking object without one (the
// prototype itself, or a port of another env) is inert and yields a detached stand-in.
func (rt *envPorts) mustPort(v goja.Value) *port {
	p, ok := rt.portOf(v)
	if !ok {
		return &port{rt: rt, closed: true, data: &PortData{closing: true}, handle: rt.env.NewHandle(false)}
	}
	return p
}

func (rt *envPorts) binding() *goja.Object {
	vm := rt.vm
	b := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	set("isPort", func(c goja.FunctionCall) goja.Value {
		_, ok := rt.portOf(c.Argument(0))
		return vm.ToValue(ok)
	})
	set("channel", func(goja.FunctionCall) goja.Value {
		a, bb := NewChannel()
		return vm.NewArray(rt.attach(a).obj, rt.attach(bb).obj)
	})
	set("post", func(c goja.FunctionCall) goja.Value {
		p := rt.mustPort(c.Argument(0))
		transfer := runtime.ArrayValues(c.Argument(2))
		rt.sourceOf = p
		msg, err := Serialize(vm, c.Argument(1), transfer, rt.options())
		rt.sourceOf = nil
		if err != nil {
			rt.throw(err)
		}
		if p.closed {
			msg.Discard()
			return goja.Undefined()
		}
		p.data.post(msg)
		return goja.Undefined()
	})
	set("start", func(c goja.FunctionCall) goja.Value { rt.mustPort(c.Argument(0)).start(); return goja.Undefined() })
	set("stop", func(c goja.FunctionCall) goja.Value { rt.mustPort(c.Argument(0)).stop(); return goja.Undefined() })
	set("close", func(c goja.FunctionCall) goja.Value {
		p := rt.mustPort(c.Argument(0))
		if !p.closed {
			p.data.Close()
			// A closing port stops keeping the loop alive at once; its 'close' event is
			// delivered only if something else keeps the loop running, as in Node.
			p.ref = false
			p.updateHandle()
		}
		return goja.Undefined()
	})
	set("ref", func(c goja.FunctionCall) goja.Value {
		p, ok := rt.portOf(c.Argument(0))
		if ok {
			p.ref = c.Argument(1).ToBoolean()
			p.updateHandle()
		}
		return goja.Undefined()
	})
	set("hasRef", func(c goja.FunctionCall) goja.Value {
		p, ok := rt.portOf(c.Argument(0))
		return vm.ToValue(ok && p.hasRef())
	})
	set("receive", func(c goja.FunctionCall) goja.Value { return rt.receive(c.Argument(0)) })
	set("clone", func(c goja.FunctionCall) goja.Value {
		msg, err := Serialize(vm, c.Argument(0), runtime.ArrayValues(c.Argument(1)), rt.options())
		if err != nil {
			rt.throw(err)
		}
		v, err := msg.Deserialize(vm, rt.options())
		if err != nil {
			rt.throw(err)
		}
		return v
	})
	rt.broadcastBinding(b)
	return b
}

// ---- BroadcastChannel ------------------------------------------------------------------

// bchan is one open BroadcastChannel object (its env's loop goroutine, except deliver).
type bchan struct {
	rt     *envPorts
	name   string
	obj    *goja.Object
	handle *runtime.Handle
	closed bool
}

var broadcast struct {
	mu     sync.Mutex
	byName map[string]map[*bchan]struct{}
}

func (c *bchan) close() {
	if c.closed {
		return
	}
	c.closed = true
	c.handle.Close()
	delete(c.rt.bcs, c)
	broadcast.mu.Lock()
	delete(broadcast.byName[c.name], c)
	if len(broadcast.byName[c.name]) == 0 {
		delete(broadcast.byName, c.name)
	}
	broadcast.mu.Unlock()
}

func (rt *envPorts) broadcastBinding(b *goja.Object) {
	vm := rt.vm
	chanOf := func(v goja.Value) *bchan {
		c, _ := v.Export().(*bchan)
		if c == nil {
			panic(vm.NewTypeError("not a BroadcastChannel"))
		}
		return c
	}
	_ = b.Set("bcOpen", func(c goja.FunctionCall) goja.Value {
		ch := &bchan{rt: rt, obj: c.Argument(0).ToObject(vm), name: c.Argument(1).String(), handle: rt.env.NewHandle(true)}
		if rt.bcs == nil {
			rt.bcs = map[*bchan]struct{}{}
		}
		rt.bcs[ch] = struct{}{}
		broadcast.mu.Lock()
		if broadcast.byName == nil {
			broadcast.byName = map[string]map[*bchan]struct{}{}
		}
		set := broadcast.byName[ch.name]
		if set == nil {
			set = map[*bchan]struct{}{}
			broadcast.byName[ch.name] = set
		}
		set[ch] = struct{}{}
		broadcast.mu.Unlock()
		return vm.ToValue(ch)
	})
	_ = b.Set("bcName", func(c goja.FunctionCall) goja.Value { return vm.ToValue(chanOf(c.Argument(0)).name) })
	_ = b.Set("bcRef", func(c goja.FunctionCall) goja.Value {
		ch := chanOf(c.Argument(0))
		if c.Argument(1).ToBoolean() {
			ch.handle.Ref()
		} else {
			ch.handle.Unref()
		}
		return goja.Undefined()
	})
	_ = b.Set("bcClose", func(c goja.FunctionCall) goja.Value { chanOf(c.Argument(0)).close(); return goja.Undefined() })
	_ = b.Set("bcPost", func(c goja.FunctionCall) goja.Value {
		ch := chanOf(c.Argument(0))
		if ch.closed {
			panic(newDOMException(rt.env, "BroadcastChannel is closed.", "InvalidStateError"))
		}
		// B3: no transfer list; a clone per receiver.
		msg, err := Serialize(vm, c.Argument(1), nil, nil)
		if err != nil {
			rt.throw(err)
		}
		broadcast.mu.Lock()
		var targets []*bchan
		for other := range broadcast.byName[ch.name] {
			if other != ch {
				targets = append(targets, other)
			}
		}
		broadcast.mu.Unlock()
		for _, t := range targets {
			m, err := msg.Copy()
			if err != nil {
				continue
			}
			t := t
			if !t.rt.env.Enqueue(func() { t.deliver(m) }) {
				m.Discard()
			}
		}
		msg.Discard()
		return goja.Undefined()
	})
}

func (c *bchan) deliver(m *Message) {
	if c.closed {
		m.Discard()
		return
	}
	rt := c.rt
	v, err := m.Deserialize(rt.vm, nil)
	if err != nil {
		rt.env.Call(rt.bcOnErr, c.obj, rt.errorValue(err))
		return
	}
	rt.env.Call(rt.bcOnMsg, c.obj, v)
}

func newDOMException(env *runtime.Env, msg, name string) goja.Value {
	vm := env.Runtime()
	if ctor, ok := goja.AssertConstructor(vm.Get("DOMException")); ok {
		if obj, err := ctor(nil, vm.ToValue(msg), vm.ToValue(name)); err == nil {
			return obj
		}
	}
	e := env.NewError("Error", "", msg)
	_ = e.Set("name", name)
	return e
}
