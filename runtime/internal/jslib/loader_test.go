package jslib

import (
	"testing"

	"github.com/dop251/goja"
)

func TestLoaderUnknownBuiltin(t *testing.T) {
	l := &Loader{VM: goja.New()}
	if _, err := l.Require("no-such-builtin"); err == nil {
		t.Fatal("want error for unknown builtin")
	}
}
