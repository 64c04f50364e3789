package messageport

// MessagePort as Node builds it (src/node_messaging.cc): the port's *data* — a FIFO of
// cloned messages and the link to its entangled peer — lives apart from the port *object*
// that one env shows to JS. Data is goroutine-safe Go; the object belongs to its env's
// loop goroutine. Transferring a port detaches the data from one env's object and
// attaches it to a new object in another env; messages queued meanwhile travel with it.
//
// Delivery: a post appends to the peer's queue and, if the peer's object is started and
// no delivery task is pending, enqueues one on the peer's env. That task delivers one
// message (so nextTick and promise jobs run between messages, as in Node) and re-enqueues
// itself while messages remain.
//
// Close: both queues get a close marker after what was already posted, so pending
// messages are delivered first and then 'close' fires on both ends (P5), also on ports
// that were never started.

import (
	"errors"
	"sync"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime"
)

// PortData is the env-independent half of a MessagePort: its incoming queue and the link
// to its peer. All methods are safe from any goroutine.
type PortData struct {
	mu        sync.Mutex
	queue     []*Message // nil entry: the close marker
	head      int
	peer      *PortData
	closing   bool // close requested: posts are dropped, the close marker is queued
	owner     *port
	scheduled bool // a delivery task is enqueued on owner's env
	started   bool // owner delivers messages (start() or a 'message' listener)
}

// NewChannel returns two entangled port data ends (what MessageChannel creates).
// Any goroutine.
func NewChannel() (*PortData, *PortData) {
	a, b := &PortData{}, &PortData{}
	a.peer, b.peer = b, a
	return a, b
}

// enqueue appends msg (or the close marker, nil) and returns the env task to run, if any.
func (d *PortData) enqueue(msg *Message) {
	d.mu.Lock()
	if msg != nil && d.closing {
		d.mu.Unlock()
		msg.Discard()
		return
	}
	d.queue = append(d.queue, msg)
	p := d.schedule()
	d.mu.Unlock()
	if p != nil {
		p.kick()
	}
}

// schedule decides, under d.mu, whether a delivery task must be started.
func (d *PortData) schedule() *port {
	if d.owner == nil || d.scheduled || d.head >= len(d.queue) {
		return nil
	}
	if !d.started && d.queue[d.head] != nil && !d.hasCloseMarker() {
		return nil
	}
	d.scheduled = true
	return d.owner
}

func (d *PortData) isClosing() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.closing
}

func (d *PortData) hasCloseMarker() bool {
	for i := d.head; i < len(d.queue); i++ {
		if d.queue[i] == nil {
			return true
		}
	}
	return false
}

func (d *PortData) pop() (*Message, bool) {
	if d.head >= len(d.queue) {
		return nil, false
	}
	m := d.queue[d.head]
	d.queue[d.head] = nil
	d.head++
	if d.head == len(d.queue) {
		d.queue = d.queue[:0]
		d.head = 0
	}
	return m, true
}

// post sends msg from d to its peer; dropped (and its transferables released) when
// either end is closing, as Node drops posts on a closed port silently.
func (d *PortData) post(msg *Message) {
	d.mu.Lock()
	peer := d.peer
	closing := d.closing
	d.mu.Unlock()
	if closing || peer == nil {
		msg.Discard()
		return
	}
	peer.enqueue(msg)
}

// Close disentangles d from its peer: each end receives a close marker after the
// messages already queued for it. Idempotent; any goroutine.
func (d *PortData) Close() {
	d.mu.Lock()
	if d.closing {
		d.mu.Unlock()
		return
	}
	d.closing = true
	peer := d.peer
	d.peer = nil
	d.mu.Unlock()
	d.enqueueMarker()
	if peer != nil {
		peer.mu.Lock()
		already := peer.closing
		peer.closing = true
		peer.peer = nil
		peer.mu.Unlock()
		if !already {
			peer.enqueueMarker()
		}
	}
}

func (d *PortData) enqueueMarker() {
	d.mu.Lock()
	d.queue = append(d.queue, nil)
	p := d.schedule()
	d.mu.Unlock()
	if p != nil {
		p.kick()
	}
}

// port is a MessagePort object bound to PortData in one env (loop goroutine only,
// except kick).
type port struct {
	env    *runtime.Env
	rt     *envPorts
	data   *PortData
	obj    *goja.Object
	handle *runtime.Handle
	ref    bool
	closed bool // close event delivered or data given away: inert
	// handler, when set, receives each message's data directly (with target as this)
	// instead of the port's event dispatch, and errHandler each messageerror: the
	// Worker object's fast path, which needs no listeners on its internal port.
	handler    goja.Value
	errHandler goja.Value
	target     goja.Value
}

// kick enqueues this port's delivery task (any goroutine; scheduled already set).
func (p *port) kick() {
	// Weak: a port keeps its env alive only through its handle (started and ref'd, P4).
	if !p.env.EnqueueRepeat(p.deliverOne, true) {
		p.data.mu.Lock()
		if p.data.owner == p {
			p.data.scheduled = false
		}
		p.data.mu.Unlock()
	}
}

// deliverOne runs on the env's loop: one message, or the close marker. It reports
// whether more remain (the loop then calls it again as the next macrotask).
func (p *port) deliverOne() bool {
	d := p.data
	d.mu.Lock()
	if d.owner != p {
		d.mu.Unlock()
		return false
	}
	var msg *Message
	var ok bool
	for {
		msg, ok = d.pop()
		if !ok {
			d.scheduled = false
			d.mu.Unlock()
			return false
		}
		if msg != nil && !d.started {
			// Closing an unstarted port: what it never received is dropped.
			d.mu.Unlock()
			msg.Discard()
			d.mu.Lock()
			continue
		}
		break
	}
	more := d.head < len(d.queue) && (d.started || d.hasCloseMarker())
	if !more {
		d.scheduled = false
	}
	d.mu.Unlock()
	if msg == nil {
		p.onClose()
		return false
	}
	p.rt.dispatch(p, msg)
	if !more {
		return false
	}
	// The listener may have stopped the port or moved it meanwhile.
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.owner != p || d.head >= len(d.queue) || !(d.started || d.hasCloseMarker()) {
		if d.owner == p {
			d.scheduled = false
		}
		return false
	}
	return true
}

// start makes the port deliver (start() or a first 'message' listener).
func (p *port) start() {
	if p.closed {
		return
	}
	d := p.data
	d.mu.Lock()
	d.started = true
	q := d.schedule()
	d.mu.Unlock()
	p.updateHandle()
	if q != nil {
		q.kick()
	}
}

// stop pauses delivery (the last 'message' listener went away, P2).
func (p *port) stop() {
	d := p.data
	d.mu.Lock()
	if d.owner == p {
		d.started = false
	}
	d.mu.Unlock()
	p.updateHandle()
}

// updateHandle keeps the loop alive while the port is started, ref'd and open (P4).
func (p *port) updateHandle() {
	p.data.mu.Lock()
	want := p.ref && !p.closed && p.data.started && p.data.owner == p
	p.data.mu.Unlock()
	if want {
		p.handle.Ref()
	} else {
		p.handle.Unref()
	}
}

func (p *port) hasRef() bool { return p.handle.HasRef() }

// onClose delivers 'close' and makes the object inert.
func (p *port) onClose() {
	p.detach()
	p.rt.emitClose(p)
}

// detach unbinds the object from its data (closed or transferred away).
func (p *port) detach() {
	if p.closed {
		return
	}
	p.closed = true
	d := p.data
	d.mu.Lock()
	if d.owner == p {
		d.owner = nil
		d.scheduled = false
		d.started = false
	}
	d.mu.Unlock()
	p.handle.Close()
	delete(p.rt.live, p)
}

// envPorts is one env's port machinery: the JS class and the live ports (closed at
// teardown so peers see 'close', P6).
type envPorts struct {
	env      *runtime.Env
	vm       *goja.Runtime
	portSym  *goja.Symbol // own hidden property of a MessagePort object holding its *port
	live     map[*port]struct{}
	exports  *goja.Object
	newPort  goja.Callable
	onMsg    goja.Value // port[kOnMessage]
	onClose  goja.Value
	onErr    goja.Value
	hooks    *portHooks
	sourceOf *port // the port currently posting (for "contains source port")
	bcs      map[*bchan]struct{}
	bcOnMsg  goja.Value
	bcOnErr  goja.Value
}

type envPortsKey struct{}

func (rt *envPorts) attach(d *PortData) *port {
	vm := rt.vm
	objv, err := rt.newPort(goja.Undefined())
	if err != nil {
		panic(err)
	}
	obj := objv.ToObject(vm)
	p := &port{env: rt.env, rt: rt, data: d, obj: obj, handle: rt.env.NewHandle(false), ref: true}
	_ = obj.DefineDataPropertySymbol(rt.portSym, vm.ToValue(p), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	rt.live[p] = struct{}{}
	d.mu.Lock()
	d.owner = p
	d.scheduled = false
	d.started = false
	q := d.schedule() // a close marker may be waiting
	d.mu.Unlock()
	if q != nil {
		q.kick()
	}
	return p
}

func (rt *envPorts) portOf(v goja.Value) (*port, bool) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	h := obj.GetSymbol(rt.portSym)
	if h == nil {
		return nil, false
	}
	p, ok := h.Export().(*port)
	return p, ok && p.rt == rt
}

func (rt *envPorts) dispatch(p *port, msg *Message) {
	vm := rt.vm
	val, ports, err := msg.DeserializeWithTransfers(vm, rt.options())
	if err != nil {
		errVal := rt.errorValue(err)
		if p.errHandler != nil {
			rt.env.Call(p.errHandler, p.target, errVal)
			return
		}
		rt.env.Call(rt.onErr, p.obj, errVal)
		return
	}
	if p.handler != nil {
		// Transferred ports are reachable from val; only MessageEvent.ports would list
		// them, and the handler's target emits no MessageEvent.
		rt.env.Call(p.handler, p.target, val)
		return
	}
	arr := make([]any, len(ports))
	for i, o := range ports {
		arr[i] = o
	}
	rt.env.Call(rt.onMsg, p.obj, val, vm.NewArray(arr...))
}

func (rt *envPorts) emitClose(p *port) {
	rt.env.Call(rt.onClose, p.obj)
}

func (rt *envPorts) options() *Options {
	return &Options{Transferables: rt.hooks}
}

// errorValue converts a clone error into the JS value to throw.
func (rt *envPorts) errorValue(err error) goja.Value {
	var dce *DataCloneError
	if errors.As(err, &dce) {
		return newDOMException(rt.env, dce.Message, "DataCloneError")
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	return rt.vm.NewGoError(err)
}

// portHooks lets MessagePorts travel in transfer lists (clone TransferHooks).
type portHooks struct{ rt *envPorts }

func (h *portHooks) Transferable(vm *goja.Runtime, obj *goja.Object) bool {
	_, ok := h.rt.portOf(obj)
	return ok
}

func (h *portHooks) CheckTransfer(vm *goja.Runtime, obj *goja.Object, accepted []*goja.Object) error {
	p, _ := h.rt.portOf(obj)
	if p == nil || p.closed || p.data.isClosing() {
		return &DataCloneError{Message: "MessagePort in transfer list is already detached"}
	}
	if p == h.rt.sourceOf {
		return &DataCloneError{Message: "Transfer list contains source port"}
	}
	for _, a := range accepted {
		if a == obj {
			return &DataCloneError{Message: "Transfer list contains duplicate MessagePort"}
		}
	}
	return nil
}

func (h *portHooks) Detach(vm *goja.Runtime, obj *goja.Object) any {
	p, _ := h.rt.portOf(obj)
	d := p.data
	p.detach()
	return d
}

func (h *portHooks) Attach(vm *goja.Runtime, payload any) (*goja.Object, error) {
	d, ok := payload.(*PortData)
	if !ok {
		return nil, errors.New("messageport: bad port payload")
	}
	return h.rt.attach(d).obj, nil
}

// Discard closes a port whose message will never be delivered, so its peer sees 'close'.
func (h *portHooks) Discard(payload any) {
	if d, ok := payload.(*PortData); ok {
		d.Close()
	}
}
