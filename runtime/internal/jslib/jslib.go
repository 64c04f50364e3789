// Package jslib holds the JavaScript sources of gonode's builtin modules and the Go
// bindings they reach through internalBinding.
//
// Every builtin is a file NAME.js (a module id with "/" spelled "_", e.g. timers_promises.js
// for "timers/promises") whose body is CommonJS evaluated inside
//
//	(function (exports, require, module, internalBinding) { ... })
//
// where require loads other builtins by id and internalBinding(name) returns the object
// built by Bindings[name] for the calling runtime. Sources are compiled once per process
// (Program) and run in every env that loads them.
//
// Concurrency: Program may be called from any goroutine; the functions in Bindings
// run on the loop goroutine of the env that asks for the binding.
package jslib

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

//go:embed *.js
var sources embed.FS

// Bindings maps an internalBinding name to the constructor of its object. It is filled
// by init functions in this package and read-only afterwards.
var Bindings = map[string]func(vm *goja.Runtime) *goja.Object{}

var programs sync.Map // module id -> *compiled

type compiled struct {
	once sync.Once
	prg  *goja.Program
	err  error
}

var files = func() map[string]bool {
	m := map[string]bool{}
	entries, _ := sources.ReadDir(".")
	for _, e := range entries {
		m[e.Name()] = true
	}
	return m
}()

// Has reports whether id names a JavaScript builtin in this package.
func Has(id string) bool { return files[fileName(id)] }

// Program returns the compiled wrapper function of builtin id, compiling it on first use.
// Running the program yields the wrapper function described in the package doc.
func Program(id string) (*goja.Program, error) {
	v, _ := programs.LoadOrStore(id, &compiled{})
	c := v.(*compiled)
	c.once.Do(func() {
		src, err := sources.ReadFile(fileName(id))
		if err != nil {
			c.err = fmt.Errorf("jslib: no builtin %q", id)
			return
		}
		wrapped := "(function (exports, require, module, internalBinding) {" + string(src) + "\n})"
		c.prg, c.err = goja.Compile("node:"+id, wrapped, true)
	})
	return c.prg, c.err
}

func fileName(id string) string { return strings.ReplaceAll(id, "/", "_") + ".js" }
