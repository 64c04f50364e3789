package runtime

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime/internal/esm"
	"github.com/gonode/gonode/runtime/internal/jslib"
)

// moduleState is the CommonJS loader's per-env state (loop goroutine only).
type moduleState struct {
	cache    *goja.Object // require.cache: filename -> Module
	exts     *goja.Object // require.extensions, shared by every module as Module._extensions
	main     *goja.Object
	goExport map[string]goja.Value
	byName   map[string]Module
	resolved map[string]string // parent dir + "\x00" + request -> filename
	pkgs     esm.PackageJSONs  // package.json files read so far (CommonJS and ESM)
}

// NodeBuiltins lists the module ids Node v26 ships (require('module').builtinModules);
// those with a "node:" prefix load only with it. A require of an id gonode does not
// implement fails with MODULE_NOT_FOUND, as for any missing module. Read-only.
var NodeBuiltins = jslib.NodeBuiltins

// builtinAliases are builtins that are a property of another builtin (or the process).
var builtinAliases = map[string][2]string{
	"path/posix": {"path", "posix"},
	"path/win32": {"path", "win32"},
	"util/types": {"util", "types"},
	"sys":        {"util", ""},
	"process":    {"", "process"},
}

var nodeBuiltinSet = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range NodeBuiltins {
		m[strings.TrimPrefix(n, "node:")] = true
	}
	return m
}()

// requireBuiltinGo is the jslib fallback: the Go modules of Config.Modules.
func (e *Env) requireBuiltinGo(id string) (goja.Value, error) {
	ms := &e.loop.modules
	if v, ok := ms.goExport[id]; ok {
		return v, nil
	}
	if ms.byName == nil {
		ms.byName = map[string]Module{}
		for _, m := range e.cfg.Modules {
			ms.byName[m.Name] = m
		}
	}
	var v goja.Value
	var err error
	m, ok := ms.byName[id]
	if !ok {
		return nil, errNoBuiltin
	}
	v, err = m.Load(e)
	if err != nil {
		return nil, err
	}
	if ms.goExport == nil {
		ms.goExport = map[string]goja.Value{}
	}
	ms.goExport[id] = v
	return v, nil
}

var errNoBuiltin = errors.New("no such builtin")

// isBuiltin reports whether id (without "node:") names a builtin this env can load.
// schemeOnlyBuiltins load only with the "node:" prefix (Node: require('test') searches
// node_modules, require('node:test') is the test runner).
var schemeOnlyBuiltins = map[string]bool{"test": true, "test/reporters": true}

func (e *Env) isBuiltin(id string) bool {
	if schemeOnlyBuiltins[id] {
		return false
	}
	for _, m := range e.cfg.Modules {
		if m.Name == id {
			return true
		}
	}
	if !nodeBuiltinSet[id] {
		return false // internal modules and source file names are not requirable
	}
	if _, ok := builtinAliases[id]; ok {
		return true
	}
	return jslib.Has(id)
}

func (e *Env) modulesBinding() *goja.Object {
	b := e.vm.NewObject()
	_ = b.Set("isBuiltin", func(call goja.FunctionCall) goja.Value {
		raw := call.Argument(0).String()
		id := strings.TrimPrefix(raw, "node:")
		if schemeOnlyBuiltins[id] {
			return e.vm.ToValue(raw != id)
		}
		return e.vm.ToValue(e.isBuiltin(id) || nodeBuiltinSet[id])
	})
	_ = b.Set("register", func(call goja.FunctionCall) goja.Value {
		spec, parent := call.Argument(0).String(), call.Argument(1).String()
		var file string
		switch {
		case strings.HasPrefix(spec, "file://"):
			file = strings.TrimPrefix(spec, "file://")
		case filepath.IsAbs(spec):
			file = spec
		case strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../"):
			base := e.cfg.Dir
			if strings.HasPrefix(parent, "file://") {
				base = filepath.Dir(strings.TrimPrefix(parent, "file://"))
			}
			file = filepath.Join(base, spec)
		default:
			resolved, err := e.resolveFilename(spec, filepath.Join(e.cfg.Dir, "[register]"))
			if err != nil {
				e.throwErr(err)
			}
			file = resolved
		}
		if HooksThread == nil {
			panic(e.nodeError("ERR_METHOD_NOT_IMPLEMENTED", "module.register()"))
		}
		if err := HooksThread(e, file); err != nil {
			e.throwErr(err)
		}
		return goja.Undefined()
	})
	_ = b.Set("createRequire", func(call goja.FunctionCall) goja.Value {
		filename := call.Argument(0).String()
		if strings.HasPrefix(filename, "file://") {
			filename = strings.TrimPrefix(filename, "file://")
		}
		m := e.newModule(filename, nil)
		return m.Get("require")
	})
	return b
}

// HooksThread, set by the worker package, starts the module-customization hooks
// thread for a module registered with module.register (an internal thread that loads
// the module). Loop goroutine only.
var HooksThread func(e *Env, filename string) error

// ---- compiled program cache (process-wide) -----------------------------------------

type compiledSource struct {
	src string
	prg *goja.Program
	err error
}

var programCache sync.Map // filename -> *compiledSource

// compileCJS compiles a CommonJS file body into its wrapper function, reusing the
// program across envs while the source text is unchanged.
func compileCJS(filename, src string) (*goja.Program, error) {
	if v, ok := programCache.Load(filename); ok {
		c := v.(*compiledSource)
		if c.src == src {
			return c.prg, c.err
		}
	}
	prg, err := cjsProgram(filename, src, cjsWrapperHead, "\n})")
	programCache.Store(filename, &compiledSource{src: src, prg: prg, err: err})
	return prg, err
}

const cjsWrapperHead = "(function (exports, require, module, __filename, __dirname) {"

// ---- modules ----------------------------------------------------------------------

func (e *Env) moduleCache() *goja.Object {
	ms := &e.loop.modules
	if ms.cache == nil {
		ms.cache = e.vm.CreateObject(nil) // as Node's: no prototype
	}
	return ms.cache
}

// moduleExtensions is require.extensions. Its handlers do nothing: the loader picks the
// format from the file name and does not consult them (README, compatibility table).
func (e *Env) moduleExtensions() *goja.Object {
	ms := &e.loop.modules
	if ms.exts == nil {
		vm := e.vm
		ms.exts = vm.CreateObject(nil)
		for _, x := range []string{".js", ".json", ".node"} {
			_ = ms.exts.Set(x, NewFunction(vm, "", 2, func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
		}
	}
	return ms.exts
}

func (e *Env) newModule(filename string, parent *goja.Object) *goja.Object {
	vm := e.vm
	m := vm.NewObject()
	_ = m.Set("id", filename)
	_ = m.Set("path", filepath.Dir(filename))
	_ = m.Set("exports", vm.NewObject())
	_ = m.Set("filename", filename)
	_ = m.Set("loaded", false)
	_ = m.Set("children", vm.NewArray())
	_ = m.Set("paths", vm.ToValue(nodeModulePaths(filepath.Dir(filename))))
	if parent != nil {
		_ = m.DefineDataProperty("parent", parent, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	} else {
		_ = m.DefineDataProperty("parent", goja.Undefined(), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	_ = m.Set("require", e.makeRequire(m))
	return m
}

func (e *Env) makeRequire(m *goja.Object) goja.Value {
	vm := e.vm
	req := NewFunction(vm, "require", 1, func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0)
		if _, ok := id.Export().(string); !ok {
			panic(e.nodeError("ERR_INVALID_ARG_TYPE", "id", "string", id))
		}
		if id.String() == "" {
			panic(e.nodeError("ERR_INVALID_ARG_VALUE", "id", id, "must be a non-empty string"))
		}
		return e.requireFrom(m, id.String())
	})
	resolve := NewFunction(vm, "resolve", 2, func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).String()
		if e.isBuiltinRequest(id) {
			return vm.ToValue(id)
		}
		fn, err := e.resolveFilename(id, m.Get("filename").String())
		if err != nil {
			e.throwErr(err)
		}
		return vm.ToValue(fn)
	})
	_ = resolve.Set("paths", NewFunction(vm, "paths", 1, func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).String()
		if e.isBuiltinRequest(id) {
			return goja.Null()
		}
		return vm.ToValue(nodeModulePaths(filepath.Dir(m.Get("filename").String())))
	}))
	// Node's property order.
	_ = req.Set("resolve", resolve)
	if e.loop.modules.main != nil {
		_ = req.Set("main", e.loop.modules.main)
	} else {
		_ = req.Set("main", goja.Undefined())
	}
	_ = req.Set("extensions", e.moduleExtensions())
	_ = req.Set("cache", e.moduleCache())
	return req
}

func (e *Env) isBuiltinRequest(id string) bool {
	if strings.HasPrefix(id, "node:") {
		return true
	}
	return e.isBuiltin(id)
}

func (e *Env) requireFrom(parent *goja.Object, id string) goja.Value {
	if strings.HasPrefix(id, "node:") {
		name := id[5:]
		if !e.isBuiltin(name) && !(schemeOnlyBuiltins[name] && jslib.Has(name)) {
			panic(e.nodeError("ERR_UNKNOWN_BUILTIN_MODULE", id))
		}
		return e.requireBuiltin(name)
	}
	if e.isBuiltin(id) {
		return e.requireBuiltin(id)
	}
	parentFile := ""
	if parent != nil {
		parentFile = parent.Get("filename").String()
	}
	// Node's relativeResolveCache: a request from the same directory that resolved
	// before, to a module still in require.cache, skips resolution (its stat calls and
	// package.json reads).
	ms := &e.loop.modules
	key := filepath.Dir(parentFile) + "\x00" + id
	if filename, ok := ms.resolved[key]; ok {
		if m, ok := e.moduleCache().Get(filename).(*goja.Object); ok {
			return m.Get("exports")
		}
		delete(ms.resolved, key)
	}
	filename, err := e.resolveFilename(id, parentFile)
	if err != nil {
		e.throwErr(err)
	}
	exports := e.loadModule(filename, parent).Get("exports")
	if ms.resolved == nil {
		ms.resolved = map[string]string{}
	}
	ms.resolved[key] = filename
	return exports
}

func (e *Env) requireBuiltin(name string) goja.Value {
	if alias, ok := builtinAliases[name]; ok {
		if alias[0] == "" {
			return e.vm.Get(alias[1])
		}
		base := e.requireBuiltin(alias[0])
		if alias[1] == "" {
			return base
		}
		return base.ToObject(e.vm).Get(alias[1])
	}
	v, err := e.loop.loader.Require(name)
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			panic(ex)
		}
		panic(e.vm.NewGoError(err))
	}
	return v
}

// loadModule returns the cached Module for filename or loads it.
func (e *Env) loadModule(filename string, parent *goja.Object) *goja.Object {
	cache := e.moduleCache()
	if c, ok := cache.Get(filename).(*goja.Object); ok {
		return c
	}
	m := e.newModule(filename, parent)
	if parent != nil {
		if ch, ok := parent.Get("children").(*goja.Object); ok {
			push, _ := goja.AssertFunction(ch.Get("push"))
			_, _ = push(ch, m)
		}
	}
	_ = cache.Set(filename, m)
	ok := false
	defer func() {
		if !ok {
			_ = cache.Delete(filename)
		}
	}()
	e.compileAndRun(m, filename, nil)
	_ = m.Set("loaded", true)
	ok = true
	return m
}

func (e *Env) compileAndRun(m *goja.Object, filename string, source *string) {
	vm := e.vm
	var src string
	if source != nil {
		src = *source
	} else {
		data, err := os.ReadFile(filename)
		if err != nil {
			panic(e.moduleNotFound(filename, ""))
		}
		src = string(data)
	}
	if strings.HasSuffix(filename, ".json") {
		parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
		v, err := parse(goja.Undefined(), vm.ToValue(stripBOM(src)))
		if err != nil {
			var ex *goja.Exception
			if errors.As(err, &ex) {
				if o, ok := ex.Value().(*goja.Object); ok {
					_ = o.Set("message", filename+": "+o.Get("message").String())
				}
				panic(ex)
			}
			panic(vm.NewGoError(err))
		}
		_ = m.Set("exports", v)
		return
	}
	if strings.HasSuffix(filename, ".node") {
		panic(e.NewError("Error", "ERR_DLOPEN_FAILED", filename+": native addons (.node) cannot be loaded by gonode; register a Go addon instead"))
	}
	if e.esmRequire(m, filename, stripBOM(src), nil) {
		return
	}
	prg, err := compileCJS(filename, stripBOM(src))
	if err != nil {
		if e.esmRequire(m, filename, stripBOM(src), err) {
			return
		}
		panic(e.syntaxError(err))
	}
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	exports := m.Get("exports")
	_, err = fn(exports, exports, m.Get("require"), m, vm.ToValue(filename), vm.ToValue(filepath.Dir(filename)))
	if err != nil {
		panic(err)
	}
}

func stripBOM(s string) string { return strings.TrimPrefix(s, "\uFEFF") }

// syntaxError converts a goja compile error into a JS SyntaxError carrying the location.
func (e *Env) syntaxError(err error) goja.Value {
	if v, ok := e.esmSyntaxError(err); ok {
		return v
	}
	var ce *goja.CompilerSyntaxError
	if errors.As(err, &ce) {
		// goja reports "file: Line L:C message".
		msg, where := ce.Message, ""
		if i := strings.Index(msg, ": Line "); i >= 0 {
			rest := msg[i+len(": Line "):]
			if j := strings.Index(rest, " "); j >= 0 {
				where = msg[:i] + ":" + rest[:j]
				msg = rest[j+1:]
			}
		}
		msg = v8SyntaxMessage(msg)
		if ce.File != nil {
			loc := ce.File.Position(ce.Offset)
			where = fmt.Sprintf("%s:%d:%d", loc.Filename, loc.Line, loc.Column)
		}
		obj := e.NewError("SyntaxError", "", msg)
		_ = obj.DefineDataProperty("stack", e.vm.ToValue(fmt.Sprintf("%s\n\nSyntaxError: %s", where, msg)), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		return obj
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	return e.NewError("SyntaxError", "", err.Error())
}

var (
	moreErrors      = regexp.MustCompile(` \(and \d+ more errors?\)$`)
	unexpectedToken = regexp.MustCompile(`^Unexpected token (\S+)$`)
)

// v8SyntaxMessage rewrites goja's parser messages into V8's wording where they differ
// only in form ("Unexpected token ;" -> "Unexpected token ';'").
func v8SyntaxMessage(msg string) string {
	msg = moreErrors.ReplaceAllString(msg, "")
	if m := unexpectedToken.FindStringSubmatch(msg); m != nil && !strings.HasPrefix(m[1], "'") {
		msg = "Unexpected token '" + m[1] + "'"
	}
	return msg
}

// runMain runs filename (or src under that name) as the main CommonJS module.
func (e *Env) runMain(filename string, src *string) {
	vm := e.vm
	if src == nil {
		abs := filename
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(e.cfg.Dir, abs)
		}
		resolved, err := e.resolveFilename(abs, "")
		if err != nil {
			var t *jsThrow
			if errors.As(err, &t) {
				e.triggerUncaught(t.v, "uncaughtException")
			} else {
				e.triggerUncaught(vm.NewGoError(err), "uncaughtException")
			}
			return
		}
		filename = resolved
	}
	m := e.newModule(filename, nil)
	_ = m.Set("id", ".")
	e.loop.modules.main = m
	_ = m.Get("require").ToObject(vm).Set("main", m)
	if src == nil {
		_ = e.moduleCache().Set(filename, m)
	}
	ok := e.tryJS(func() {
		e.compileAndRun(m, filename, src)
		_ = m.Set("loaded", true)
	})
	if !ok && src == nil {
		_ = e.moduleCache().Delete(filename)
	}
}

// throwErr panics with the JS value behind err (for Go code called from JS).
func (e *Env) throwErr(err error) {
	var t *jsThrow
	if errors.As(err, &t) {
		panic(t.v)
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		panic(ex)
	}
	panic(e.vm.NewGoError(err))
}

// nodeError builds a Node error through internal/errors (codes[code](args...)).
func (e *Env) nodeError(code string, args ...any) goja.Value {
	errs, err := e.loop.loader.Require("internal/errors")
	if err == nil {
		codes := errs.ToObject(e.vm).Get("codes")
		if codes != nil {
			if f, ok := goja.AssertFunction(codes.ToObject(e.vm).Get(code)); ok {
				vals := make([]goja.Value, len(args))
				for i, a := range args {
					vals[i] = e.vm.ToValue(a)
				}
				if v, err := f(goja.Undefined(), vals...); err == nil {
					return v
				}
			}
		}
	}
	return e.NewError("Error", code, fmt.Sprint(args...))
}

// ---- resolution ---------------------------------------------------------------------

func (e *Env) moduleNotFound(request, parentFile string) goja.Value {
	msg := fmt.Sprintf("Cannot find module '%s'", request)
	var stack []any
	if parentFile != "" {
		msg += "\nRequire stack:\n- " + parentFile
		stack = append(stack, parentFile)
		cache := e.moduleCache()
		cur, _ := cache.Get(parentFile).(*goja.Object)
		for cur != nil {
			p, ok := cur.Get("parent").(*goja.Object)
			if !ok {
				break
			}
			fn := p.Get("filename").String()
			msg += "\n- " + fn
			stack = append(stack, fn)
			cur = p
		}
	}
	err := e.NewError("Error", "", msg)
	_ = err.Set("code", "MODULE_NOT_FOUND")
	_ = err.Set("requireStack", e.vm.NewArray(stack...))
	return err
}

func (e *Env) resolveFilename(request, parentFile string) (string, error) {
	base := e.cfg.Dir
	if parentFile != "" && filepath.IsAbs(parentFile) {
		base = filepath.Dir(parentFile)
	}
	if strings.HasPrefix(request, "file://") {
		request = strings.TrimPrefix(request, "file://")
	}
	var found string
	if filepath.IsAbs(request) || request == "." || request == ".." || strings.HasPrefix(request, "./") || strings.HasPrefix(request, "../") {
		p := request
		if !filepath.IsAbs(p) {
			p = filepath.Join(base, p)
		}
		if request == "." || request == ".." || strings.HasSuffix(request, "/") {
			found = e.loadAsDirectory(p)
		} else if f := loadAsFile(p); f != "" {
			found = f
		} else {
			found = e.loadAsDirectory(p)
		}
	} else {
		var err error
		found, err = e.loadNodeModules(request, base)
		if err != nil {
			return "", err
		}
	}
	if found == "" {
		return "", exceptionOf(e.moduleNotFound(request, parentFile))
	}
	if real, err := filepath.EvalSymlinks(found); err == nil {
		found = real
	}
	return found, nil
}

type jsThrow struct{ v goja.Value }

func (t *jsThrow) Error() string { return t.v.String() }

// exceptionOf lets resolution errors travel as Go errors and be re-thrown as JS values.
func exceptionOf(v goja.Value) error { return &jsThrow{v} }

var cjsExtensions = []string{".js", ".json", ".node", ".cjs"}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func loadAsFile(p string) string {
	if isFile(p) {
		return p
	}
	for _, ext := range cjsExtensions[:3] {
		if isFile(p + ext) {
			return p + ext
		}
	}
	return ""
}

func loadIndex(p string) string {
	for _, ext := range cjsExtensions[:3] {
		if f := filepath.Join(p, "index"+ext); isFile(f) {
			return f
		}
	}
	return ""
}

func (e *Env) loadAsDirectory(p string) string {
	if pkg := e.loop.modules.pkgs.Read(p); pkg != nil && pkg.Main() != "" {
		m := filepath.Join(p, pkg.Main())
		if f := loadAsFile(m); f != "" {
			return f
		}
		if f := loadIndex(m); f != "" {
			return f
		}
	}
	return loadIndex(p)
}

func nodeModulePaths(from string) []string {
	from = filepath.Clean(from)
	var out []string
	for {
		if filepath.Base(from) != "node_modules" {
			out = append(out, filepath.Join(from, "node_modules"))
		}
		parent := filepath.Dir(from)
		if parent == from {
			break
		}
		from = parent
	}
	return out
}

// CommonJSConditions are the package.json "exports" conditions require() matches
// ("default" always matches).
var CommonJSConditions = []string{"require", "node", "node-addons"}

func (e *Env) loadNodeModules(request, base string) (string, error) {
	name, sub := splitPackage(request)
	for _, dir := range nodeModulePaths(base) {
		pkgDir := filepath.Join(dir, name)
		if pkg := e.loop.modules.pkgs.Read(pkgDir); pkg != nil && pkg.ExportsRaw() != nil {
			return e.resolveExports(pkgDir, pkg.ExportsRaw(), "."+sub, CommonJSConditions)
		}
		p := filepath.Join(dir, request)
		if f := loadAsFile(p); f != "" {
			return f, nil
		}
		if f := e.loadAsDirectory(p); f != "" {
			return f, nil
		}
	}
	return "", nil
}

func splitPackage(request string) (name, sub string) {
	parts := strings.SplitN(request, "/", 3)
	if strings.HasPrefix(request, "@") && len(parts) >= 2 {
		name = parts[0] + "/" + parts[1]
		if len(parts) == 3 {
			sub = "/" + parts[2]
		}
		return
	}
	name = parts[0]
	if i := strings.Index(request, "/"); i >= 0 {
		sub = request[i:]
	}
	return
}

// resolveExports resolves subpath of the package in pkgDir through its "exports" with
// the require conditions (the ES module loader's resolver), or throws Node's
// ERR_PACKAGE_PATH_NOT_EXPORTED.
func (e *Env) resolveExports(pkgDir string, raw json.RawMessage, subpath string, conditions []string) (string, error) {
	if target, ok := esm.ResolveExports(pkgDir, raw, subpath, conditions); ok {
		return target, nil
	}
	var msg string
	if subpath == "." {
		msg = fmt.Sprintf("No \"exports\" main defined in %s", filepath.Join(pkgDir, "package.json"))
	} else {
		msg = fmt.Sprintf("Package subpath '%s' is not defined by \"exports\" in %s", subpath, filepath.Join(pkgDir, "package.json"))
	}
	return "", exceptionOf(e.NewError("Error", "ERR_PACKAGE_PATH_NOT_EXPORTED", msg))
}

func cleanPath(p string) string { return filepath.Clean(p) }
