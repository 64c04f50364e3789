package messageport

// SharedArrayBuffers (runtime/sharedmem) clone natively: the clone carries the *sharedmem.Memory and the
// receiver gets a new SharedArrayBuffer object over the same memory (S1); typed arrays and DataViews over one
// keep pointing at it. A SharedArrayBuffer is a goja ArrayBuffer object underneath, so it is recognised by
// sharedmem.FromValue (a registry, not the prototype) before the ArrayBuffer path; in a transfer list it is
// "Found invalid value in transferList." (R2).

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime/sharedmem"
)

type sharedArrayBuffers struct{}

func (sharedArrayBuffers) CloneHost(vm *goja.Runtime, o *goja.Object) (any, bool, error) {
	m, ok := sharedmem.FromValue(vm, o)
	return m, ok, nil
}

func (sharedArrayBuffers) ReviveHost(vm *goja.Runtime, payload any) (*goja.Object, error) {
	return sharedmem.NewValue(vm, payload.(*sharedmem.Memory)), nil
}

// sharedBuffer writes o as a SharedArrayBuffer if it is one.
func (s *serializer) sharedBuffer(o *goja.Object) bool {
	m, ok := sharedmem.FromValue(s.vm, o)
	if !ok {
		return false
	}
	s.m.hosts = append(s.m.hosts, hostPayload{sharedArrayBuffers{}, m})
	s.begin(o, slot{t: tHost, n: uint32(len(s.m.hosts) - 1)})
	return true
}

func isSharedBuffer(vm *goja.Runtime, o *goja.Object) bool {
	_, ok := sharedmem.FromValue(vm, o)
	return ok
}
