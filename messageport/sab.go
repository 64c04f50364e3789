package messageport

import (
	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime/sharedmem"
)

// sabHost clones a SharedArrayBuffer by sharing its memory (S1): the receiving env gets a
// new SharedArrayBuffer object over the same Memory; nothing is copied or detached.
type sabHost struct{}

func (sabHost) CloneHost(vm *goja.Runtime, obj *goja.Object) (any, bool, error) {
	m, ok := sharedmem.FromValue(vm, obj)
	if !ok {
		return nil, false, nil
	}
	return m, true, nil
}

func (sabHost) ReviveHost(vm *goja.Runtime, payload any) (*goja.Object, error) {
	return sharedmem.NewValue(vm, payload.(*sharedmem.Memory)), nil
}

func init() { hostObjects = append(hostObjects, sabHost{}) }
