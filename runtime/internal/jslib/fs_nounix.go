//go:build !unix

package jslib

import (
	"errors"

	"github.com/dop251/goja"
)

// The fs binding needs a Unix system; elsewhere require('fs') fails clearly.
func init() {
	Bindings["fs"] = func(vm *goja.Runtime) *goja.Object {
		panic(vm.NewGoError(errors.New("gonode: the fs module is only available on Unix systems")))
	}
}
