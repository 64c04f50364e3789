package messageport

// Host-object hooks: a fake MessagePort (TransferHooks) and a fake SharedArrayBuffer (HostObjects), standing
// in for the real port code and runtime/sharedmem.

import (
	"errors"
	"sync"
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime/sharedmem"
)

// fakePorts mimics MessagePort transfer: objects created by makePort() in any runtime.
type fakePorts struct {
	asked  int // Transferable calls
	mu     sync.Mutex
	ports  map[*goja.Object]*fakePort
	source *goja.Object // the port being posted on, if any
}

type fakePort struct {
	id       int
	detached bool
}

func newFakePorts() *fakePorts { return &fakePorts{ports: map[*goja.Object]*fakePort{}} }

func (f *fakePorts) install(vm *goja.Runtime) {
	proto := vm.NewObject()
	id := 0
	vm.Set("makePort", func(goja.FunctionCall) goja.Value {
		o := vm.CreateObject(proto)
		id++
		o.Set("id", id)
		f.mu.Lock()
		f.ports[o] = &fakePort{id: id}
		f.mu.Unlock()
		return o
	})
	vm.Set("portDetached", func(c goja.FunctionCall) goja.Value {
		f.mu.Lock()
		defer f.mu.Unlock()
		return vm.ToValue(f.ports[c.Argument(0).(*goja.Object)].detached)
	})
	vm.Set("PortProto", proto)
}

func (f *fakePorts) Transferable(vm *goja.Runtime, o *goja.Object) bool {
	f.asked++
	f.mu.Lock()
	defer f.mu.Unlock()
	_, ok := f.ports[o]
	return ok
}

func (f *fakePorts) CheckTransfer(vm *goja.Runtime, o *goja.Object, accepted []*goja.Object) error {
	if o == f.source {
		return &DataCloneError{"Transfer list contains source port"}
	}
	f.mu.Lock()
	p := f.ports[o]
	f.mu.Unlock()
	if p.detached {
		return &DataCloneError{"MessagePort in transfer list is already detached"}
	}
	for _, a := range accepted {
		if a == o {
			return &DataCloneError{"Transfer list contains duplicate MessagePort"}
		}
	}
	return nil
}

func (f *fakePorts) Detach(vm *goja.Runtime, o *goja.Object) any {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ports[o].detached = true
	return f.ports[o].id
}

func (f *fakePorts) Attach(vm *goja.Runtime, payload any) (*goja.Object, error) {
	o := vm.NewObject()
	o.Set("movedId", payload)
	f.mu.Lock()
	f.ports[o] = &fakePort{id: payload.(int)}
	f.mu.Unlock()
	return o, nil
}

var discarded []any

func (f *fakePorts) Discard(payload any) { discarded = append(discarded, payload) }

func TestTransferHooks(t *testing.T) {
	ports := newFakePorts()
	opts := func(src, dst *goja.Runtime) *Options {
		ports.install(src)
		return &Options{Transferables: ports}
	}
	runCases(t, []cloneCase{
		{name: "port moves", value: "(() => { globalThis.p = makePort(); return {p, again: p} })()", transfer: "[p]", opts: opts,
			after: "portDetached(p)", check: "c.p.movedId === 1 && c.again === c.p"},
		{name: "not listed", value: "({p: makePort()})", opts: opts,
			err: "Object that needs transfer was found in message but not listed in transferList"},
		{name: "duplicate", value: "(() => { globalThis.p = makePort(); return 1 })()", transfer: "[p, p]", opts: opts,
			err: "Transfer list contains duplicate MessagePort", after: "!portDetached(p)"},
		{name: "already detached", value: "1", transfer: "[p]", opts: func(src, dst *goja.Runtime) *Options {
			ports.install(src)
			mustRun(t, src, "globalThis.q = makePort()")
			if _, err := Serialize(src, goja.Undefined(), []goja.Value{src.Get("q")}, &Options{Transferables: ports}); err != nil {
				t.Fatal(err)
			}
			src.Set("p", src.Get("q"))
			return &Options{Transferables: ports}
		}, err: "MessagePort in transfer list is already detached"},
		{name: "untransferable port", value: "1", transfer: "(() => { const p = makePort(); markAsUntransferable(p); return [p] })()", opts: opts,
			err: "Cannot transfer object of unsupported type."},
		{name: "failed clone detaches no port", value: "(() => { globalThis.p = makePort(); return {p, f() {}} })()", transfer: "[p]", opts: opts,
			err: "f() {} could not be cloned.", after: "!portDetached(p)"},
		{name: "plain literal objects are not asked", value: "({a: {b: 1}, arr: [{}], m: new Map([[{}, {}]])})",
			opts:  func(src, dst *goja.Runtime) *Options { ports.asked = 0; return opts(src, dst) },
			check: "c.a.b === 1", after: "true"},
	})
}

func TestHooksNotAskedForLiterals(t *testing.T) {
	ports := newFakePorts()
	src, dst := newRuntime(t), newRuntime(t)
	ports.install(src)
	v := mustRun(t, src, "({a: {b: 1}, arr: [{}, [1]], m: new Map([[{}, {}]]), d: new Date(0), inst: new (class X {})})")
	msg, err := Serialize(src, v, nil, &Options{Transferables: ports})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := msg.Deserialize(dst, nil); err != nil {
		t.Fatal(err)
	}
	if ports.asked != 1 { // only the class instance
		t.Fatalf("Transferable asked %d times, want 1", ports.asked)
	}
}

func TestTransferHooksPortsList(t *testing.T) {
	ports := newFakePorts()
	src, dst := newRuntime(t), newRuntime(t)
	ports.install(src)
	p1 := mustRun(t, src, "makePort()")
	p2 := mustRun(t, src, "makePort()")
	msg, err := Serialize(src, p2, []goja.Value{p1, p2}, &Options{Transferables: ports})
	if err != nil {
		t.Fatal(err)
	}
	if msg.Transferred() != 2 {
		t.Fatalf("Transferred() = %d", msg.Transferred())
	}
	v, moved, err := msg.DeserializeWithTransfers(dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(moved) != 2 || moved[1] != v || moved[0].Get("movedId").ToInteger() != 1 {
		t.Fatalf("moved %v, value %v", moved, v)
	}

	// an undelivered message hands its ports to Discard
	p3 := mustRun(t, src, "makePort()")
	msg, err = Serialize(src, goja.Undefined(), []goja.Value{p3}, &Options{Transferables: ports})
	if err != nil {
		t.Fatal(err)
	}
	discarded = nil
	msg.Discard()
	if len(discarded) != 1 || discarded[0] != 3 {
		t.Fatalf("discarded %v", discarded)
	}
}

// fakeSAB is a SharedArrayBuffer stand-in: a goja ArrayBuffer whose bytes are shared by every clone.
type fakeSAB struct {
	mu   sync.Mutex
	mems map[*goja.Object]*sabMem
}

type sabMem struct{ data []byte }

func newFakeSAB(vm *goja.Runtime) *fakeSAB {
	f := &fakeSAB{mems: map[*goja.Object]*sabMem{}}
	f.install(vm)
	return f
}

func (f *fakeSAB) install(vm *goja.Runtime) {
	vm.Set("SAB", func(c goja.FunctionCall) goja.Value {
		return f.newValue(vm, &sabMem{data: make([]byte, c.Argument(0).ToInteger())})
	})
	vm.Set("sab", f.newValue(vm, &sabMem{data: make([]byte, 8)}))
}

func (f *fakeSAB) newValue(vm *goja.Runtime, m *sabMem) *goja.Object {
	o := vm.ToValue(vm.NewArrayBuffer(m.data)).(*goja.Object)
	f.mu.Lock()
	f.mems[o] = m
	f.mu.Unlock()
	return o
}

func (f *fakeSAB) CloneHost(vm *goja.Runtime, o *goja.Object) (any, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m, ok := f.mems[o]
	return m, ok, nil
}

func (f *fakeSAB) ReviveHost(vm *goja.Runtime, payload any) (*goja.Object, error) {
	return f.newValue(vm, payload.(*sabMem)), nil
}

func TestHostObjectsShareMemory(t *testing.T) {
	src, dst := newRuntime(t), newRuntime(t)
	hooks := newFakeSAB(src)
	v := mustRun(t, src, "({sab, view: new Int32Array(sab, 4, 1), again: sab})")
	msg, err := Serialize(src, v, nil, &Options{Hosts: []HostObjects{hooks}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := msg.Deserialize(dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	dst.Set("c", c)
	if r := mustRun(t, dst, "c.view[0] = 42; c.sab === c.again && c.view.buffer === c.sab && c.view.byteOffset === 4"); !r.ToBoolean() {
		t.Fatal("receiver check")
	}
	if r := mustRun(t, src, "new Int32Array(sab)[1]"); r.ToInteger() != 42 {
		t.Fatalf("write through the clone not visible: %v", r)
	}
	// a host object in a transfer list is invalid; a hook error propagates unchanged
	if _, err := Serialize(src, v, []goja.Value{src.Get("sab")}, &Options{Hosts: []HostObjects{hooks}}); err == nil || err.Error() != "Found invalid value in transferList." {
		t.Fatalf("SAB in transfer list: %v", err)
	}
	boom := errors.New("boom")
	if _, err := Serialize(src, v, nil, &Options{Hosts: []HostObjects{errHost{boom}}}); !errors.Is(err, boom) {
		t.Fatalf("hook error: %v", err)
	}
}

type errHost struct{ err error }

func (e errHost) CloneHost(vm *goja.Runtime, o *goja.Object) (any, bool, error) {
	return nil, false, e.err
}
func (e errHost) ReviveHost(vm *goja.Runtime, p any) (*goja.Object, error) { return nil, e.err }

type nopHost struct{ done chan struct{} }

func (h nopHost) Done() <-chan struct{}    { return h.done }
func (h nopHost) Enqueue(task func()) bool { return true }
func (h nopHost) Hold() (release func())   { return func() {} }

func sharedRuntime(t *testing.T) *goja.Runtime {
	vm := newRuntime(t)
	if err := sharedmem.Install(vm, nopHost{make(chan struct{})}); err != nil {
		t.Fatal(err)
	}
	return vm
}

// S1 with runtime/sharedmem: cloning a SharedArrayBuffer (or a view on one) shares the memory.
func TestS1_SharedArrayBufferShared(t *testing.T) {
	src, dst := sharedRuntime(t), sharedRuntime(t)
	v := mustRun(t, src, `var sab = new SharedArrayBuffer(16); ({sab, again: sab, i32: new Int32Array(sab, 4, 2), dv: new DataView(sab, 8)})`)
	msg, err := Serialize(src, v, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := msg.Deserialize(dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	dst.Set("c", c)
	if r := mustRun(t, dst, `c.i32[0] = 42; c.sab instanceof SharedArrayBuffer && c.sab === c.again && c.i32.buffer === c.sab &&
		c.dv.buffer === c.sab && c.i32.byteOffset === 4 && c.i32.length === 2 && c.dv.byteOffset === 8 && c.sab.byteLength === 16`); !r.ToBoolean() {
		t.Fatalf("receiver: %s", inspect(dst))
	}
	if r := mustRun(t, src, "new Int32Array(sab)[1]"); r.ToInteger() != 42 {
		t.Fatalf("write through the clone not visible in the sender: %v", r)
	}
	if r := mustRun(t, src, "sab.byteLength"); r.ToInteger() != 16 {
		t.Fatal("sender's SharedArrayBuffer changed")
	}

	growable := mustRun(t, src, "new SharedArrayBuffer(8, {maxByteLength: 64})")
	msg, err = Serialize(src, growable, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err = msg.Deserialize(dst, nil)
	if err != nil {
		t.Fatal(err)
	}
	dst.Set("g", c)
	if r := mustRun(t, dst, "g.growable && g.maxByteLength === 64 && g.byteLength === 8"); !r.ToBoolean() {
		t.Fatal("growable SharedArrayBuffer")
	}
}

func TestR2_SharedArrayBufferInTransferList(t *testing.T) {
	src := sharedRuntime(t)
	sab := mustRun(t, src, "new SharedArrayBuffer(4)")
	_, err := Serialize(src, sab, []goja.Value{sab}, nil)
	var dce *DataCloneError
	if !errors.As(err, &dce) || dce.Message != "Found invalid value in transferList." {
		t.Fatalf("got %v", err)
	}
	if r := mustRun(t, src, "new SharedArrayBuffer(4).byteLength"); r.ToInteger() != 4 {
		t.Fatal()
	}
}

// domExceptionHost stands in for a DOMException hook: an Error underneath with its own prototype.
type domExceptionHost struct{ proto *goja.Object }

func (h domExceptionHost) CloneHost(vm *goja.Runtime, o *goja.Object) (any, bool, error) {
	if o.Prototype() != h.proto {
		return nil, false, nil
	}
	return [2]string{o.Get("name").String(), o.Get("message").String()}, true, nil
}

func (h domExceptionHost) ReviveHost(vm *goja.Runtime, p any) (*goja.Object, error) {
	nm := p.([2]string)
	v, err := vm.RunString(`(function (name, message) { const e = new Error(message); e.name = name; e.revived = true; return e })`)
	if err != nil {
		return nil, err
	}
	f, _ := goja.AssertFunction(v)
	r, err := f(goja.Undefined(), vm.ToValue(nm[0]), vm.ToValue(nm[1]))
	if err != nil {
		return nil, err
	}
	return r.(*goja.Object), nil
}

func TestHostObjectsOnErrors(t *testing.T) {
	runCases(t, []cloneCase{
		{name: "error-based host object", value: "(() => { const e = new Error('m'); Object.setPrototypeOf(e, DOMExcProto); return {e} })()",
			opts: func(src, dst *goja.Runtime) *Options {
				proto := mustRun(t, src, `var DOMExcProto = Object.create(Error.prototype, {name: {get() { return 'AbortError' }}}); DOMExcProto`)
				return &Options{Hosts: []HostObjects{domExceptionHost{proto.(*goja.Object)}}}
			},
			check: "c.e.revived === true && c.e.name === 'AbortError' && c.e.message === 'm'"},
	})
}
