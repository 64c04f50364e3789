package runtime

import (
	"context"
	"path/filepath"

	"github.com/dop251/goja"
)

// Main describes an env's main entry the way node's command line does.
type Main struct {
	// Filename is the script to run (absolute, or relative to Config.Dir). With Source
	// set it is only the script's name: "[eval]" for -e/-p, "[stdin]" for piped code.
	Filename string
	// Source, when non-nil, is evaluated as a script (node -e semantics: top-level
	// declarations become globals, require/module/__filename are in scope).
	Source *string
	// Print writes util.inspect of the completion value to stdout (node -p).
	Print bool
	// Preload lists modules to require before the main entry (node -r), resolved
	// against Config.Dir.
	Preload []string
	// Imports lists ES modules to import before the main entry (node --import).
	Imports []string
	// InputType is "module" to treat Source as an ES module (node --input-type).
	InputType string
}

// ESMEntry, when set by the ES module loader, runs an entry that needs the ES module
// loader (.mjs, .ts, type-module packages, --input-type=module, --import) and reports
// whether it took the entry. Loop goroutine only; set once at init time.
var ESMEntry func(e *Env, m *Main) (handled bool)

// RunMain runs m as the env's main entry, then the loop until it ends (see Wait), and
// returns the exit code. Any goroutine except the loop goroutine.
func (e *Env) RunMain(ctx context.Context, m Main) (int, error) {
	return e.runEntry(ctx, func() { e.runMainEntry(&m) })
}

func (e *Env) runMainEntry(m *Main) {
	e.loop.restartIteration = true
	// As in Node, the main thread's script runs as async execution 1; a worker's runs in
	// the callback of the internal port message that starts it, a resource of its own.
	if e.cfg.ThreadID == 0 {
		e.async.Enter(asyncScope{ID: 1})
	} else {
		e.async.Enter(asyncScope{ID: e.async.NewID()})
	}
	for _, id := range m.Preload {
		ok := e.tryJS(func() { e.requireFrom(nil, id) })
		if !ok {
			return
		}
	}
	if ESMEntry != nil && ESMEntry(e, m) {
		return
	}
	if m.Source != nil {
		e.runEval(m)
		return
	}
	e.runMain(m.Filename, nil)
}

// tryJS runs fn, routing a JS exception to the uncaught path; it reports success.
func (e *Env) tryJS(fn func()) bool {
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				if re, ok := r.(error); ok {
					err = re
					return
				}
				panic(r)
			}
		}()
		if ex := e.vm.Try(fn); ex != nil {
			err = ex
		}
	}()
	if err != nil {
		if IsInterrupt(err) {
			e.loop.stopping = true
			return false
		}
		e.triggerUncaught(e.errorValue(err), "uncaughtException")
		return false
	}
	return !e.loop.stopping
}

func (e *Env) runEval(m *Main) {
	vm := e.vm
	name := m.Filename
	mod := e.newModule(filepath.Join(e.cfg.Dir, name), nil)
	_ = mod.Set("id", name)
	_ = mod.Set("filename", filepath.Join(e.cfg.Dir, name))
	// As Node's evalScript: plain global assignments, in its order.
	g := vm.GlobalObject()
	for _, kv := range []struct {
		k string
		v goja.Value
	}{
		{"__filename", vm.ToValue(name)},
		{"module", mod},
		{"exports", mod.Get("exports")},
		{"__dirname", vm.ToValue(".")},
		{"require", mod.Get("require")},
	} {
		_ = g.Set(kv.k, kv.v)
	}
	var result goja.Value
	ok := e.tryJS(func() {
		prg, err := e.evalProgram(name, *m.Source)
		if err != nil {
			panic(e.syntaxError(err))
		}
		v, err := vm.RunProgram(prg)
		if err != nil {
			panic(err)
		}
		result = v
	})
	if ok && m.Print {
		// node -p prints with console.log: strings raw, everything else inspected.
		e.tryJS(func() {
			console := vm.Get("console").ToObject(vm)
			log, _ := goja.AssertFunction(console.Get("log"))
			if _, err := log(console, result); err != nil {
				panic(err)
			}
		})
	}
}
