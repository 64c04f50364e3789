package messageport

import (
	"errors"
	"math"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

type deserializer struct {
	vm   *goja.Runtime
	m    *Message
	pos  int // next slot
	npos int // next name
	refs []*goja.Object
	xfer []*goja.Object

	mapSet, setAdd goja.Callable
}

// Deserialize materialises the message in vm (call it on vm's loop goroutine) and returns the value.
// A message is deserialized at most once. opts are the receiving env's options (may be nil): its
// Transferables re-create transferred objects (else the sender's hooks are called with vm); cloned host
// objects are revived by the HostObjects hook that cloned them.
func (m *Message) Deserialize(vm *goja.Runtime, opts *Options) (goja.Value, error) {
	v, _, err := m.DeserializeWithTransfers(vm, opts)
	return v, err
}

// DeserializeWithTransfers is Deserialize that also returns the transferred host objects (MessagePorts) in
// transfer-list order, for MessageEvent.ports; each is the same object the value refers to, if it does.
//
// An error means the message could not be materialised (the port code reports it as 'messageerror'): a hook's
// error, or a *goja.Exception from a constructor.
func (m *Message) DeserializeWithTransfers(vm *goja.Runtime, opts *Options) (value goja.Value, transferred []*goja.Object, err error) {
	if err := layout(); err != nil {
		return nil, nil, err
	}
	if m.consumed.Swap(true) {
		return nil, nil, errConsumed
	}
	d := &deserializer{vm: vm, m: m}
	defer m.recycle()
	if m.nrefs > 0 {
		d.refs = make([]*goja.Object, m.nrefs)
	}
	// Transferables are re-created by the receiving runtime's hooks: the sender's hooks
	// belong to the sender's runtime.
	attach := m.xhooks
	if opts != nil && opts.Transferables != nil {
		attach = opts.Transferables
	}
	for _, p := range m.xfer {
		o, err := attach.Attach(vm, p)
		if err != nil {
			return nil, nil, err
		}
		d.xfer = append(d.xfer, o)
	}
	defer func() {
		if r := recover(); r != nil {
			a, ok := r.(abort)
			if !ok {
				panic(r)
			}
			value, transferred, err = nil, nil, a.err
		}
	}()
	if ex := vm.Try(func() { value = d.read() }); ex != nil {
		return nil, nil, ex
	}
	m.buffers = nil // the receiver owns them now
	return value, d.xfer, nil
}

func (d *deserializer) register(sl *slot, o *goja.Object) {
	if sl.id != 0 {
		d.refs[sl.id-1] = o
	}
}

func (d *deserializer) read() goja.Value {
	sl := &d.m.slots[d.pos]
	d.pos++
	switch sl.t {
	case tPrim:
		return d.m.vals[sl.n]
	case tGoString:
		return d.vm.ToValue(d.m.strs[sl.n])
	case tBigInt:
		return d.vm.ToValue(d.m.bigs[sl.n]) // ToValue copies the big.Int
	case tRef:
		return d.refs[sl.n]
	case tObject:
		o := d.vm.NewObject()
		d.register(sl, o)
		d.fill(o, int(sl.n))
		return o
	case tArray:
		return d.array(sl)
	case tSparseArray:
		return d.sparseArray(sl)
	case tMap, tSet:
		return d.mapOrSet(sl)
	case tDate:
		ms := math.Float64frombits(uint64(sl.n) | uint64(sl.m)<<32)
		o := d.construct("Date", d.vm.ToValue(ms))
		d.register(sl, o)
		return o
	case tRegExp:
		var src goja.Value
		if sl.sub == 1 {
			src = d.vm.ToValue(d.m.strs[sl.m])
		} else {
			src = d.m.vals[sl.m]
		}
		o := d.construct("RegExp", src, d.vm.ToValue(d.m.strs[sl.n]))
		d.register(sl, o)
		return o
	case tBoxed:
		var pv goja.Value
		switch sl.sub {
		case boxedString:
			pv = d.vm.ToValue(d.m.strs[sl.n])
		case boxedBigInt:
			pv = d.vm.ToValue(d.m.bigs[sl.n])
		default:
			pv = d.m.vals[sl.n]
		}
		o := pv.ToObject(d.vm)
		d.register(sl, o)
		return o
	case tError:
		return d.error(sl)
	case tArrayBuffer:
		data := d.m.buffers[sl.n]
		if data == nil {
			data = []byte{}
		}
		o := d.vm.ToValue(d.vm.NewArrayBuffer(data)).(*goja.Object)
		d.register(sl, o)
		return o
	case tTypedArray, tDataView:
		buf := d.read()
		name := "DataView"
		if sl.t == tTypedArray {
			name = taNames[sl.sub]
		}
		o := d.construct(name, buf, d.vm.ToValue(sl.n), d.vm.ToValue(sl.m))
		d.register(sl, o)
		return o
	case tHost:
		h := d.m.hosts[sl.n]
		o, err := h.hook.ReviveHost(d.vm, h.payload)
		if err != nil {
			panic(abort{err})
		}
		d.register(sl, o)
		return o
	case tTransferred:
		o := d.xfer[sl.n]
		d.register(sl, o)
		return o
	}
	return goja.Undefined() // tHole / tSkip never reach here
}

// construct calls new <intrinsic name>(args...).
func (d *deserializer) construct(name string, args ...goja.Value) *goja.Object {
	ctor := intrinsic(d.vm, name)
	if ctor == nil {
		panic(abort{errors.New("messageport: no " + name + " constructor in the receiving runtime")})
	}
	o, err := d.vm.New(ctor, args...)
	if err != nil {
		panic(err)
	}
	return o
}

// fill reads n named properties into o, a fresh baseObject-backed object.
func (d *deserializer) fill(o *goja.Object, n int) {
	if n == 0 {
		return
	}
	names := d.m.names[d.npos : d.npos+n]
	d.npos += n
	w := newObjWriter(o, n)
	for _, name := range names {
		if d.m.slots[d.pos].t == tSkip {
			d.pos++
			continue
		}
		w.put(name, d.read())
	}
}

func (d *deserializer) array(sl *slot) goja.Value {
	arr := d.vm.NewArray()
	d.register(sl, arr)
	n := int(sl.n)
	vals := make([]goja.Value, n)
	cnt := 0
	for i := range vals {
		if d.m.slots[d.pos].t == tHole {
			d.pos++
			continue
		}
		vals[i] = d.read()
		cnt++
	}
	p := selfOf(arr).data
	*at[[]goja.Value](p, gl.arrValues) = vals
	*at[uint32](p, gl.arrLength) = uint32(n)
	*at[int](p, gl.arrObjCount) = cnt
	d.fill(arr, int(sl.m))
	return arr
}

func (d *deserializer) sparseArray(sl *slot) goja.Value {
	arr := d.vm.NewArray()
	d.register(sl, arr)
	if err := arr.Set("length", sl.n); err != nil {
		panic(err)
	}
	n := int(sl.m)
	names := d.m.names[d.npos : d.npos+n]
	d.npos += n
	for _, name := range names {
		if d.m.slots[d.pos].t == tSkip {
			d.pos++
			continue
		}
		v := d.read()
		if err := arr.DefineDataProperty(string(name), v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
			panic(err)
		}
	}
	named := &d.m.slots[d.pos] // tObject: the named properties
	d.pos++
	d.fill(arr, int(named.n))
	return arr
}

// isArrayIndex reports whether name is a canonical array index (0 .. 2^32-2).
func isArrayIndex(name unistring.String) bool {
	if len(name) == 0 || len(name) > 10 || (len(name) > 1 && name[0] == '0') {
		return false
	}
	var n uint64
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + uint64(c-'0')
	}
	return n < math.MaxUint32
}

func (d *deserializer) mapOrSet(sl *slot) goja.Value {
	isMap := sl.t == tMap
	name, method := "Set", "add"
	fn := &d.setAdd
	if isMap {
		name, method, fn = "Map", "set", &d.mapSet
	}
	o := d.construct(name)
	d.register(sl, o)
	if *fn == nil {
		proto, _ := intrinsic(d.vm, name).Get("prototype").(*goja.Object)
		if proto != nil {
			*fn, _ = goja.AssertFunction(proto.Get(method))
		}
		if *fn == nil {
			panic(abort{errors.New("messageport: " + name + ".prototype." + method + " is not a function")})
		}
	}
	for i := uint32(0); i < sl.n; i++ {
		k := d.read()
		var err error
		if isMap {
			v := d.read()
			_, err = (*fn)(o, k, v)
		} else {
			_, err = (*fn)(o, k)
		}
		if err != nil {
			panic(err)
		}
	}
	return o
}

func (d *deserializer) error(sl *slot) goja.Value {
	var msg, stack goja.Value
	if sl.m&errHasMessage != 0 {
		msg = d.read()
	}
	if sl.m&errHasStack != 0 {
		stack = d.read()
	}
	var o *goja.Object
	if msg != nil {
		o = d.construct(errorNames[sl.sub], msg)
	} else {
		o = d.construct(errorNames[sl.sub])
	}
	d.register(sl, o)
	if stack == nil {
		stack = goja.Undefined()
	}
	if err := o.DefineDataProperty("stack", stack, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		panic(err)
	}
	if sl.m&errHasCause != 0 {
		if err := o.DefineDataProperty("cause", d.read(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			panic(err)
		}
	}
	return o
}
