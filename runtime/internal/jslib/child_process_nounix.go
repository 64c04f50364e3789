//go:build !unix

package jslib

import (
	"errors"

	"github.com/dop251/goja"
)

// The child_process binding needs a Unix system; elsewhere require('child_process')
// fails clearly.
func init() {
	Bindings["child_process"] = func(vm *goja.Runtime) *goja.Object {
		panic(vm.NewGoError(errors.New("gonode: the child_process module is only available on Unix systems")))
	}
}

// EnableFork does nothing: there is no child_process module to fork with.
func EnableFork(*Loader) {}
