package runtime

// Glue between the env and the ES module loader (package internal/esm). The loader owns
// ES modules, TypeScript, import(), require(esm) and module syntax detection; this file
// adapts an Env to esm.Host and holds the few hooks the CommonJS loader calls:
//
//   - ESMEntry (set in init): main entries that need the ES module loader.
//   - esmRequire: require() of an ES module (call it from compileAndRun).
//   - cjsProgram: CommonJS compilation that also handles .ts/.cts and import()
//     (call it from compileCJS).
//   - esmSyntaxError: a JS SyntaxError for *esm.SyntaxError (call it from syntaxError).
//   - setupESM: the import() hook for CommonJS code (call it from bootstrap).
//   - esmExitCheck: exit code 13 for an unsettled top-level await (call it from
//     naturalExit).
//   - evalProgram: -e/stdin CommonJS code with import() (call it from runEval).

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime/internal/esm"
	"github.com/gonode/gonode/runtime/internal/jslib"
)

func init() { ESMEntry = esmEntry }

type esmLoaderKey struct{}

// esmHost adapts an Env to esm.Host.
type esmHost struct{ e *Env }

func (h esmHost) Runtime() *goja.Runtime { return h.e.vm }
func (h esmHost) Cwd() string            { return h.e.cfg.Dir }

func (h esmHost) PackageJSONs() *esm.PackageJSONs { return &h.e.loop.modules.pkgs }
func (h esmHost) IsBuiltin(id string) bool {
	if name, ok := strings.CutPrefix(id, "node:"); ok {
		return schemeOnlyBuiltins[name] && jslib.Has(name)
	}
	return h.e.isBuiltin(id)
}
func (h esmHost) NewError(class, code, msg string) *goja.Object {
	return h.e.NewError(class, code, msg)
}
func (h esmHost) RequireBuiltin(id string) (v goja.Value, err error) {
	if ex := h.e.vm.Try(func() { v = h.e.requireBuiltin(id) }); ex != nil {
		return nil, ex
	}
	return v, nil
}
func (h esmHost) ResolveCommonJS(request, parentFile string) (string, error) {
	return h.e.resolveFilename(request, parentFile)
}
func (h esmHost) RequireCommonJS(filename, parentFile string) (v goja.Value, err error) {
	if ex := h.e.vm.Try(func() { v = h.e.loadModule(filename, nil).Get("exports") }); ex != nil {
		return nil, ex
	}
	return v, nil
}

// esmLoader returns the env's ES module loader, creating it on first use.
func (e *Env) esmLoader() *esm.Loader {
	if l, ok := e.Local(esmLoaderKey{}).(*esm.Loader); ok {
		return l
	}
	l, err := esm.NewLoader(esmHost{e})
	if err != nil {
		panic(e.errorValue(err))
	}
	e.SetLocal(esmLoaderKey{}, l)
	return l
}

// setupESM installs globalThis[Symbol.for("gonode.import")], through which CommonJS
// code prepared by esm.PrepareCommonJS runs import(). Call it once from bootstrap.
// importHookSymbol evaluates to Symbol.for(esm.ImportHook); compiled once, not per env.
var importHookSymbol = goja.MustCompile("gonode:esm-hook", `Symbol.for("`+esm.ImportHook+`")`, true)

func (e *Env) setupESM() {
	vm := e.vm
	sym, err := vm.RunProgram(importHookSymbol)
	if err != nil {
		return
	}
	fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return e.esmLoader().Import(call.Argument(0), call.Argument(1).String())
	})
	_ = vm.GlobalObject().DefineDataPropertySymbol(sym.(*goja.Symbol), fn, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// esmEntry runs main entries that need the ES module loader: ES module files (.mjs,
// .mts, .js/.ts in "type": "module" packages, ambiguous files with module syntax),
// --input-type=module code, and --import preloads. It reports whether it took the entry.
func esmEntry(e *Env, m *Main) bool {
	if len(m.Imports) > 0 {
		e.runImportsThen(m)
		return true
	}
	return e.runESMMain(m)
}

// runESMMain starts m if it is an ES module entry.
func (e *Env) runESMMain(m *Main) bool {
	if m.Source != nil {
		ts := m.InputType == "module-typescript"
		isModule := m.InputType == "module" || ts
		if m.InputType == "" && !m.Print && esm.DetectModuleSyntax(filepath.Join(e.cfg.Dir, m.Filename), *m.Source, false) {
			isModule = true
		}
		if !isModule {
			return false
		}
		if m.Print {
			e.triggerUncaught(e.NewError("Error", "ERR_EVAL_ESM_CANNOT_PRINT", "--print cannot be used with ESM input"), "uncaughtException")
			return true
		}
		// Node names module code from -e and stdin alike "[eval1]".
		e.watchMain(e.esmLoader().RunMainSource("[eval1]", *m.Source, ts))
		return true
	}
	abs := m.Filename
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(e.cfg.Dir, abs)
	}
	filename, err := e.resolveFilename(abs, "")
	if err != nil {
		return false // the CommonJS path reports it
	}
	f, ts, ambiguous, err := esm.FileFormat(filename)
	if err != nil {
		return false
	}
	if f == esm.FormatCommonJS && ambiguous {
		src, rerr := os.ReadFile(filename)
		if rerr != nil || !esm.DetectModuleSyntax(filename, string(src), ts) {
			return false
		}
		f = esm.FormatModule
	}
	if f != esm.FormatModule {
		return false
	}
	e.watchMain(e.esmLoader().RunMain(filename))
	return true
}

// watchMain reports the main module's failure (a link error, or an exception or
// rejection during its evaluation) as an uncaught exception, as Node does.
func (e *Env) watchMain(p goja.Value) {
	e.esmLoader().Then(p, nil, func(err goja.Value) { e.triggerUncaught(err, "uncaughtException") })
}

// esmExitCheck runs when the loop has no work left, before the exit code is read for
// the 'exit' event: if the main module is stuck in a top-level await, Node prints a
// warning and exits with code 13 (unless process.exitCode was set). Call it from
// naturalExit before exitCodeValue().
func (e *Env) esmExitCheck() {
	l, ok := e.Local(esmLoaderKey{}).(*esm.Loader)
	if !ok {
		return
	}
	msg, stuck := l.UnsettledWarning()
	if !stuck {
		return
	}
	fmt.Fprint(e.cfg.Stderr, msg)
	if proc := e.loop.process; proc != nil {
		_ = e.protect(func() {
			if c := proc.Get("exitCode"); c == nil || goja.IsUndefined(c) || goja.IsNull(c) {
				_ = proc.Set("exitCode", 13)
			}
		})
	}
}

// runImportsThen imports the --import modules in order, then runs the main entry.
func (e *Env) runImportsThen(m *Main) {
	l := e.esmLoader()
	imports := m.Imports
	rest := *m
	rest.Imports = nil
	var next func(i int)
	next = func(i int) {
		if i == len(imports) {
			if e.runESMMain(&rest) {
				return
			}
			if rest.Source != nil {
				e.runEval(&rest)
			} else {
				e.runMain(rest.Filename, nil)
			}
			return
		}
		spec := imports[i]
		if strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") {
			spec = esm.PathToFileURL(filepath.Join(e.cfg.Dir, spec))
		}
		p := l.Import(e.vm.ToValue(spec), "")
		l.Then(p, func(goja.Value) { next(i + 1) }, func(err goja.Value) { e.triggerUncaught(err, "uncaughtException") })
	}
	next(0)
}

// esmRequire loads filename as an ES module for require() when it is one, setting
// m.exports, and reports whether it did. With compileErr nil it checks the explicit
// formats (.mjs/.mts, "type": "module"); with the error of a failed CommonJS compile it
// applies Node's module syntax detection to ambiguous files.
func (e *Env) esmRequire(m *goja.Object, filename, src string, compileErr error) bool {
	f, ts, ambiguous, err := esm.FileFormat(filename)
	if err != nil {
		return false
	}
	switch {
	case f == esm.FormatModule:
	case compileErr != nil && f == esm.FormatCommonJS && ambiguous && esm.DetectModuleSyntax(filename, src, ts):
	default:
		return false
	}
	l := e.esmLoader()
	v, err := l.Require(filename)
	if err != nil {
		panic(l.ErrorValue(err))
	}
	_ = m.Set("exports", v)
	return true
}

// cjsProgram compiles prefix+body+suffix for a CommonJS file. TypeScript (.ts, .cts)
// is stripped by esbuild; JavaScript that goja cannot parse (import(), async
// generators, for await) is retried through esbuild. Source maps keep positions.
func cjsProgram(filename, src, prefix, suffix string) (*goja.Program, error) {
	ts := strings.HasSuffix(filename, ".ts") || strings.HasSuffix(filename, ".cts") || strings.HasSuffix(filename, ".mts")
	if !ts {
		body := src
		if strings.HasPrefix(body, "#!") {
			body = "//" + body[2:]
		}
		prg, err := goja.Compile(filename, prefix+body+suffix, false)
		if err == nil || !strings.Contains(src, "import") && !strings.Contains(src, "async") && !strings.Contains(src, "await") {
			return prg, err
		}
		body2, err2 := esm.PrepareCommonJS(filename, src, false, len(prefix))
		if err2 != nil {
			return nil, err
		}
		prg2, err3 := goja.Compile(filename, prefix+body2+suffix, false)
		if err3 != nil {
			return nil, err
		}
		return prg2, nil
	}
	body, err := esm.PrepareCommonJS(filename, src, true, len(prefix))
	if err != nil {
		return nil, err
	}
	return goja.Compile(esm.PathToFileURL(filename), prefix+body+suffix, false)
}

// evalProgram compiles -e/-p/stdin code run as a CommonJS-mode script. Code goja
// cannot parse (import(), async generators, for await) goes through esbuild, with
// import() resolved against Config.Dir. Call it from runEval instead of goja.Compile.
func (e *Env) evalProgram(name, src string) (*goja.Program, error) {
	prg, err := goja.Compile(name, src, false)
	if err == nil || !strings.Contains(src, "import") && !strings.Contains(src, "async") && !strings.Contains(src, "await") {
		return prg, err
	}
	body, err2 := esm.PrepareCommonJS(filepath.Join(e.cfg.Dir, name), src, false, 0)
	if err2 != nil {
		return nil, err
	}
	prg2, err3 := goja.Compile(name, body, false)
	if err3 != nil {
		return nil, err
	}
	return prg2, nil
}

// esmSyntaxError converts an *esm.SyntaxError (from cjsProgram) into the JS SyntaxError
// Node throws, with the location and source line in its stack. ok is false for other
// errors.
func (e *Env) esmSyntaxError(err error) (goja.Value, bool) {
	var se *esm.SyntaxError
	if !errors.As(err, &se) {
		return nil, false
	}
	obj := e.NewError("SyntaxError", "", se.Message)
	pad := strings.Repeat(" ", max(se.Column-1, 0))
	stack := fmt.Sprintf("%s:%d\n%s\n%s^\n\nSyntaxError: %s", se.URL, se.Line, se.LineText, pad, se.Message)
	_ = obj.DefineDataProperty("stack", e.vm.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return obj, true
}
