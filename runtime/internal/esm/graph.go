package esm

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// ---- loading and linking --------------------------------------------------------------

// loadGraph resolves and fetches every module reachable from root.
func (l *Loader) loadGraph(root *module) error {
	seen := map[*module]bool{}
	var visit func(m *module) error
	visit = func(m *module) error {
		if seen[m] || m.kind != kindESM || m.status >= stLinked {
			return nil
		}
		seen[m] = true
		if m.deps == nil {
			deps := make([]*module, len(m.c.requests))
			for i, r := range m.c.requests {
				d, err := l.moduleFor(r.spec, m)
				if err != nil {
					return err
				}
				deps[i] = d
			}
			m.deps = deps
		}
		for _, d := range m.deps {
			if err := visit(d); err != nil {
				return err
			}
		}
		return nil
	}
	return visit(root)
}

// link checks the imports of every unlinked module reachable from root and
// instantiates them (their module functions run up to the first yield: export getters
// and import bindings exist, no user code has run).
func (l *Loader) link(root *module) error {
	var order []*module
	seen := map[*module]bool{}
	var visit func(m *module)
	visit = func(m *module) {
		if seen[m] || m.status >= stLinked {
			return
		}
		seen[m] = true
		for _, d := range m.deps {
			visit(d)
		}
		order = append(order, m)
	}
	visit(root)
	for _, m := range order {
		if m.kind == kindESM {
			m.status = stLinking
		}
	}
	fail := func(err error) error {
		for _, m := range order {
			if m.status == stLinking {
				m.status = stNew
				m.expNames, m.resolved = nil, nil
				m.gen, m.next, m.throw = nil, nil, nil
				m.nsd.ready, m.nsd.names, m.nsd.index = false, nil, nil
			}
		}
		return err
	}
	for _, m := range order {
		if m.kind == kindESM {
			if err := l.checkImports(m); err != nil {
				return fail(err)
			}
		}
	}
	for _, m := range order {
		if m.kind == kindESM {
			if err := l.instantiate(m); err != nil {
				return fail(err)
			}
		}
	}
	for _, m := range order {
		if m.status < stLinked {
			m.status = stLinked
		}
	}
	return nil
}

func (l *Loader) checkImports(m *module) error {
	check := func(r *request, dep *module, name string) error {
		b, amb := l.resolveExport(dep, name, nil)
		if amb {
			return l.linkError(m, r, name, fmt.Sprintf("The requested module '%s' contains conflicting star exports for name '%s'", r.spec, name))
		}
		if b != nil {
			return nil
		}
		if dep.kind == kindCJS {
			return l.linkError(m, r, name, fmt.Sprintf("Named export '%s' not found. The requested module '%s' is a CommonJS module, which may not support all module.exports as named exports.\n"+
				"CommonJS modules can always be imported via the default export, for example using:\n\nimport pkg from '%s';\nconst { %s } = pkg;\n", name, r.spec, r.spec, name))
		}
		return l.linkError(m, r, name, fmt.Sprintf("The requested module '%s' does not provide an export named '%s'", r.spec, name))
	}
	for k, r := range m.c.requests {
		for _, name := range r.names {
			if err := check(r, m.deps[k], name); err != nil {
				return err
			}
		}
	}
	for _, e := range m.c.exports {
		if e.kind == exportIndirect {
			if err := check(m.c.requests[e.req], m.deps[e.req], e.importName); err != nil {
				return err
			}
		}
	}
	return nil
}

func (l *Loader) instantiate(m *module) error {
	vm := l.vm
	ctx := vm.NewObject()
	m.ctx = ctx
	_ = ctx.SetPrototype(l.helpers)
	_ = ctx.Set("e", m.bag)
	deps := make([]any, len(m.deps))
	for i, d := range m.deps {
		deps[i] = d.ns
	}
	_ = ctx.Set("n", vm.NewArray(deps...))
	_ = ctx.Set("d", func(call goja.FunctionCall) goja.Value {
		return l.dynamicImport(call.Argument(0), m.filename)
	})
	fv, err := vm.RunProgram(m.c.prg)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(fv)
	meta := goja.Undefined()
	if m.c.usesMeta {
		meta = l.importMeta(m)
	}
	g, err := fn(goja.Undefined(), ctx, meta)
	if err != nil {
		return err
	}
	m.gen = g.ToObject(vm)
	m.next, _ = goja.AssertFunction(m.gen.Get("next"))
	m.throw, _ = goja.AssertFunction(m.gen.Get("throw"))
	_, err = m.next(m.gen)
	return err
}

// importMeta builds import.meta for m.
func (l *Loader) importMeta(m *module) *goja.Object {
	vm := l.vm
	meta := vm.NewObject()
	_ = meta.SetPrototype(nil)
	if m.filename != "" {
		_ = meta.Set("dirname", filepath.Dir(m.filename))
		_ = meta.Set("filename", m.filename)
	}
	_ = meta.Set("main", m.main)
	_ = meta.Set("resolve", func(call goja.FunctionCall) goja.Value {
		spec := call.Argument(0).String()
		res, err := l.resolve(spec, m.filename, l.h.Cwd())
		if err != nil {
			var re *resolveError
			if errors.As(err, &re) && re.code == "ERR_MODULE_NOT_FOUND" && !strings.Contains(re.msg, "Cannot find package") {
				// Like Node, resolving a missing file still gives its URL.
				p, q := splitQuery(spec)
				if strings.HasPrefix(p, "file:") {
					return vm.ToValue(spec)
				}
				return vm.ToValue(PathToFileURL(filepath.Join(filepath.Dir(m.filename), p)) + q)
			}
			panic(l.throwable(err))
		}
		if res.builtin != "" {
			return vm.ToValue("node:" + res.builtin)
		}
		return vm.ToValue(PathToFileURL(res.path) + res.query)
	})
	_ = meta.Set("url", m.url)
	return meta
}

// ---- evaluation (ECMA-262 16.2.1.5.3, with top-level await) --------------------------

// capability is a promise with its resolving functions.
type capability struct {
	promise *goja.Promise
	value   goja.Value
	resolve func(any) error
	reject  func(any) error
}

func (l *Loader) newCapability() *capability {
	p, res, rej := l.vm.NewPromise()
	return &capability{promise: p, value: l.vm.ToValue(p), resolve: res, reject: rej}
}

// then calls Promise.prototype.then(p, onF, onR) with Go callbacks.
func (l *Loader) then(p goja.Value, onF func(goja.Value), onR func(goja.Value)) {
	f := l.wrapFn(func(call goja.FunctionCall) goja.Value { onF(call.Argument(0)); return goja.Undefined() })
	var r goja.Value = goja.Undefined()
	if onR != nil {
		r = l.wrapFn(func(call goja.FunctionCall) goja.Value { onR(call.Argument(0)); return goja.Undefined() })
	}
	if _, err := l.thenFn(p, f, r); err != nil {
		panic(l.throwable(err))
	}
}

// wrapFn returns a JS function calling fn (see wrap in the setup program).
func (l *Loader) wrapFn(fn func(goja.FunctionCall) goja.Value) goja.Value {
	w, err := l.wrap(goja.Undefined(), l.vm.ToValue(fn))
	if err != nil {
		panic(l.throwable(err))
	}
	return w
}

// guard runs fn, turning a JS exception it throws into a rejection of cap.
func (l *Loader) guard(cap *capability, fn func()) {
	if ex := l.vm.Try(fn); ex != nil {
		_ = cap.reject(ex.Value())
	}
}

// microtask runs fn as a promise job.
func (l *Loader) microtask(fn func()) {
	p, err := l.promiseResolve(l.promiseCtor, goja.Undefined())
	if err != nil {
		panic(l.throwable(err))
	}
	l.then(p, func(goja.Value) { fn() }, nil)
}

// evaluate implements Evaluate(): the returned capability settles when m (and its
// dependencies) finished evaluating.
func (l *Loader) evaluate(m *module) *capability {
	if (m.status == stEvaluatingAsync || m.status == stEvaluated) && m.cycleRoot != nil {
		m = m.cycleRoot
	}
	if m.topCap != nil {
		return m.topCap
	}
	cap := l.newCapability()
	if m.kind != kindESM {
		if err := l.evalSynthetic(m); err != nil {
			_ = cap.reject(err)
		} else {
			_ = cap.resolve(goja.Undefined())
		}
		return cap
	}
	m.topCap = cap
	var stack []*module
	if _, errv := l.inner(m, &stack, 0); errv != nil {
		for _, x := range stack {
			x.status = stEvaluated
			x.hasErr, x.evalErr = true, errv
		}
		_ = cap.reject(errv)
	} else if !m.asyncEval {
		_ = cap.resolve(goja.Undefined())
	}
	return cap
}

// evaluateSync evaluates a graph without top-level await (require(esm)) and returns
// the thrown value, if any.
func (l *Loader) evaluateSync(m *module) goja.Value {
	if m.status == stEvaluated {
		if m.cycleRoot != nil && m.cycleRoot.hasErr {
			return m.cycleRoot.evalErr
		}
		if m.hasErr {
			return m.evalErr
		}
		return nil
	}
	var stack []*module
	if _, errv := l.inner(m, &stack, 0); errv != nil {
		for _, x := range stack {
			x.status = stEvaluated
			x.hasErr, x.evalErr = true, errv
		}
		return errv
	}
	return nil
}

func (l *Loader) evalSynthetic(m *module) goja.Value {
	if m.status == stEvaluated {
		if m.hasErr {
			return m.evalErr
		}
		return nil
	}
	if m.status == stEvaluating {
		return nil // a CommonJS cycle through require(esm): use what is there
	}
	if m.kind == kindCJS {
		m.status = stEvaluating
		exp, err := l.h.RequireCommonJS(m.filename, "")
		m.status = stEvaluated
		if err != nil {
			m.hasErr, m.evalErr = true, l.throwable(err)
			return m.evalErr
		}
		m.values["default"] = exp
		m.values["module.exports"] = exp
		if o, ok := exp.(*goja.Object); ok {
			for _, n := range m.names {
				if n != "default" && n != "module.exports" {
					m.values[n] = o.Get(n)
				}
			}
		}
	}
	m.status = stEvaluated
	return nil
}

func (l *Loader) inner(m *module, stack *[]*module, index int) (int, goja.Value) {
	if m.kind != kindESM {
		return index, l.evalSynthetic(m)
	}
	switch m.status {
	case stEvaluatingAsync, stEvaluated:
		if m.hasErr {
			return index, m.evalErr
		}
		return index, nil
	case stEvaluating:
		return index, nil
	}
	m.status = stEvaluating
	m.dfsIndex, m.dfsAncestor = index, index
	m.pendingDeps = 0
	index++
	*stack = append(*stack, m)
	for _, d := range m.deps {
		var errv goja.Value
		index, errv = l.inner(d, stack, index)
		if errv != nil {
			return index, errv
		}
		if d.kind != kindESM {
			continue
		}
		if d.status == stEvaluating {
			m.dfsAncestor = min(m.dfsAncestor, d.dfsAncestor)
		} else {
			d = d.cycleRoot
			if d.hasErr {
				return index, d.evalErr
			}
		}
		if d.asyncEval {
			m.pendingDeps++
			d.asyncParents = append(d.asyncParents, m)
		}
	}
	if m.pendingDeps > 0 || m.c.hasTLA {
		m.asyncEval = true
		l.asyncCount++
		m.asyncOrder = l.asyncCount
		if m.pendingDeps == 0 {
			l.executeAsync(m)
		}
	} else if errv := l.executeSync(m); errv != nil {
		return index, errv
	}
	if m.dfsAncestor == m.dfsIndex {
		for {
			n := len(*stack) - 1
			x := (*stack)[n]
			*stack = (*stack)[:n]
			if x.asyncEval {
				x.status = stEvaluatingAsync
			} else {
				x.status = stEvaluated
			}
			x.cycleRoot = m
			if x == m {
				break
			}
		}
	}
	return index, nil
}

// executeSync runs the body of a module without top-level await.
func (l *Loader) executeSync(m *module) goja.Value {
	if _, err := m.next(m.gen); err != nil {
		return l.throwable(err)
	}
	return nil
}

// executeAsync runs the body of a module with top-level await: each yield of the
// module function is an await, resumed from a promise reaction like an async function.
func (l *Loader) executeAsync(m *module) {
	cap := l.newCapability()
	l.then(cap.value, func(goja.Value) { l.asyncFulfilled(m) }, func(e goja.Value) { l.asyncRejected(m, e) })
	l.step(m, cap, m.next, goja.Undefined())
}

func (l *Loader) step(m *module, cap *capability, method goja.Callable, arg goja.Value) {
	res, err := method(m.gen, arg)
	if err != nil {
		_ = cap.reject(l.throwable(err))
		return
	}
	ro := res.ToObject(l.vm)
	if ro.Get("done").ToBoolean() {
		_ = cap.resolve(goja.Undefined())
		return
	}
	p, err := l.promiseResolve(l.promiseCtor, ro.Get("value"))
	if err != nil {
		l.step(m, cap, m.throw, l.throwable(err))
		return
	}
	l.then(p, func(v goja.Value) { l.step(m, cap, m.next, v) }, func(e goja.Value) { l.step(m, cap, m.throw, e) })
}

func (l *Loader) gatherAncestors(m *module, list *[]*module) {
	for _, p := range m.asyncParents {
		if containsModule(*list, p) || p.cycleRoot != nil && p.cycleRoot.hasErr {
			continue
		}
		p.pendingDeps--
		if p.pendingDeps == 0 {
			*list = append(*list, p)
			if !p.c.hasTLA {
				l.gatherAncestors(p, list)
			}
		}
	}
}

func containsModule(list []*module, m *module) bool {
	for _, x := range list {
		if x == m {
			return true
		}
	}
	return false
}

func (l *Loader) asyncFulfilled(m *module) {
	if m.status == stEvaluated {
		return
	}
	m.asyncEval = false
	m.status = stEvaluated
	if m.topCap != nil {
		_ = m.topCap.resolve(goja.Undefined())
	}
	var list []*module
	l.gatherAncestors(m, &list)
	sort.SliceStable(list, func(i, j int) bool { return list[i].asyncOrder < list[j].asyncOrder })
	for _, p := range list {
		if p.status == stEvaluated {
			continue
		}
		if p.c.hasTLA {
			l.executeAsync(p)
			continue
		}
		if errv := l.executeSync(p); errv != nil {
			l.asyncRejected(p, errv)
			continue
		}
		p.asyncEval = false
		p.status = stEvaluated
		if p.topCap != nil {
			_ = p.topCap.resolve(goja.Undefined())
		}
	}
}

func (l *Loader) asyncRejected(m *module, errv goja.Value) {
	if m.status == stEvaluated {
		return
	}
	m.hasErr, m.evalErr = true, errv
	m.status = stEvaluated
	m.asyncEval = false
	for _, p := range m.asyncParents {
		l.asyncRejected(p, errv)
	}
	if m.topCap != nil {
		_ = m.topCap.reject(errv)
	}
}

// ---- entry points -------------------------------------------------------------------

// loadAndLink fetches, resolves and links the graph of m.
func (l *Loader) loadAndLink(m *module) error {
	if err := l.loadGraph(m); err != nil {
		return err
	}
	return l.link(m)
}

// RunMain runs filename as the main ES module, as `node file.mjs` does: the module is
// evaluated in a promise job (so, as in Node, promise callbacks queued by its top level
// run before process.nextTick callbacks). The returned promise settles when evaluation
// finishes (after top-level awaits); a rejection is the entry point's uncaught error.
func (l *Loader) RunMain(filename string) goja.Value {
	return l.runMain(func() (*module, error) {
		abs := filename
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(l.h.Cwd(), abs)
		}
		real, err := filepath.EvalSymlinks(abs)
		if err != nil {
			return nil, &resolveError{"Error", "ERR_MODULE_NOT_FOUND", fmt.Sprintf("Cannot find module '%s'", abs)}
		}
		if m, ok := l.mods[real]; ok {
			return m, nil
		}
		m := &module{key: real, url: PathToFileURL(real), filename: real, main: true}
		data, err := readFile(real)
		if err != nil {
			return nil, err
		}
		_, ts, _, _ := l.FileFormat(real)
		c, err := compileModuleCached(real, m.url, data, ts)
		if err != nil {
			return nil, err
		}
		l.initESM(m, c)
		l.mods[m.key] = m
		return m, nil
	})
}

// RunMainSource runs src as the main ES module without a file (`--input-type=module`
// with -e or stdin; name is "[eval1]" or "[stdin]"), resolving imports from Cwd.
func (l *Loader) RunMainSource(name, src string, typescript bool) goja.Value {
	return l.runMain(func() (*module, error) {
		path := filepath.Join(l.h.Cwd(), name)
		m := &module{key: path, url: PathToFileURL(path), filename: path, main: true}
		c, err := compileModule(path, m.url, src, typescript)
		if err != nil {
			return nil, err
		}
		l.initESM(m, c)
		l.mods[m.key] = m
		return m, nil
	})
}

func (l *Loader) runMain(get func() (*module, error)) goja.Value {
	cap := l.newCapability()
	l.mainCap = cap
	l.microtask(func() { l.guard(cap, func() { l.startMain(cap, get) }) })
	return cap.value
}

func (l *Loader) startMain(cap *capability, get func() (*module, error)) {
	m, err := get()
	if err != nil {
		_ = cap.reject(l.throwable(err))
		return
	}
	m.main = true
	l.main = m
	if err := l.loadAndLink(m); err != nil {
		_ = cap.reject(l.throwable(err))
		return
	}
	ec := l.evaluate(m)
	l.then(ec.value, func(goja.Value) { _ = cap.resolve(goja.Undefined()) }, func(e goja.Value) { _ = cap.reject(e) })
}

// MainPending reports whether the main module's evaluation has not settled (a
// top-level await that never finished: Node exits with code 13 and a warning).
func (l *Loader) MainPending() bool {
	return l.mainCap != nil && l.mainCap.promise.State() == goja.PromiseStatePending
}

// UnsettledWarning returns Node's warning for a main module whose evaluation is stuck
// in a top-level await that will never settle ("Warning: Detected unsettled top-level
// await at URL:LINE" with the source line), and whether there is one.
func (l *Loader) UnsettledWarning() (string, bool) {
	if !l.MainPending() {
		return "", false
	}
	var stuck *module
	for _, m := range l.mods {
		if m.kind == kindESM && m.status == stEvaluatingAsync && m.c.hasTLA && m.pendingDeps == 0 && m.ctx != nil {
			if stuck == nil || m.asyncOrder < stuck.asyncOrder {
				stuck = m
			}
		}
	}
	if stuck == nil {
		return "Warning: Detected unsettled top-level await\n", true
	}
	line := int(stuck.ctx.Get("l").ToInteger())
	col := int(stuck.ctx.Get("c").ToInteger())
	text := stuck.c.src.lineText(line - 1)
	return fmt.Sprintf("Warning: Detected unsettled top-level await at %s:%d\n%s\n%s^\n\n\n", stuck.url, line, text, caretPad(text, col)), true
}

// Then attaches Go callbacks to the promise p (onRejected may be nil). Loop goroutine,
// inside a JS call.
func (l *Loader) Then(p goja.Value, onFulfilled, onRejected func(goja.Value)) {
	if onFulfilled == nil {
		onFulfilled = func(goja.Value) {}
	}
	l.then(p, onFulfilled, onRejected)
}

// MainURL is the URL of the main module ("" if none).
func (l *Loader) MainURL() string {
	if l.main == nil {
		return ""
	}
	return l.main.url
}

// Import is import(specifier) from the file referrer ("" for code without a file:
// resolution is then relative to Cwd). It returns a promise of the namespace.
func (l *Loader) Import(specifier goja.Value, referrer string) goja.Value {
	return l.dynamicImport(specifier, referrer)
}

func (l *Loader) dynamicImport(specifier goja.Value, referrer string) goja.Value {
	cap := l.newCapability()
	var spec string
	if err := l.vm.Try(func() { spec = specifier.String() }); err != nil {
		_ = cap.reject(err.Value())
		return cap.value
	}
	l.microtask(func() { l.guard(cap, func() { l.startImport(cap, spec, referrer) }) })
	return cap.value
}

func (l *Loader) startImport(cap *capability, spec, referrer string) {
	var parent *module
	if referrer != "" {
		parent = l.mods[referrer]
		if parent == nil {
			parent = &module{filename: referrer}
		}
	}
	m, err := l.moduleFor(spec, parent)
	if err == nil {
		err = l.loadAndLink(m)
	}
	if err != nil {
		_ = cap.reject(l.throwable(err))
		return
	}
	ec := l.evaluate(m)
	l.then(ec.value, func(goja.Value) { _ = cap.resolve(m.ns) }, func(e goja.Value) { _ = cap.reject(e) })
}

// ImportFunction returns the JS function (specifier, referrerFilename) => promise that
// CommonJS code prepared by PrepareCommonJS calls for import().
func (l *Loader) ImportFunction() goja.Value {
	if l.importFn == nil {
		l.importFn = l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return l.dynamicImport(call.Argument(0), call.Argument(1).String())
		})
	}
	return l.importFn
}

// Require is require() of the ES module filename (Node v22.12+): it loads and evaluates
// the module synchronously and returns its namespace (with __esModule: true when it
// has a default export), or the value of its "module.exports" export. Modules with
// top-level await throw ERR_REQUIRE_ASYNC_MODULE.
func (l *Loader) Require(filename string) (goja.Value, error) {
	m, ok := l.mods[filename]
	if !ok {
		mm, err := l.moduleAt(resolution{path: filename}, nil)
		if err != nil {
			return nil, &jsError{l.throwable(err)}
		}
		m = mm
	}
	if m.kind != kindESM {
		return nil, &jsError{l.h.NewError("Error", "ERR_INTERNAL_ASSERTION", filename+" is not an ES module")}
	}
	if m.status == stEvaluating || m.status == stLinking {
		return nil, &jsError{l.h.NewError("Error", "ERR_REQUIRE_CYCLE_MODULE",
			fmt.Sprintf("Cannot require() ES Module %s in a cycle.", filename))}
	}
	if err := l.loadAndLink(m); err != nil {
		return nil, &jsError{l.throwable(err)}
	}
	if l.graphHasTLA(m, map[*module]bool{}) {
		return nil, &jsError{l.h.NewError("Error", "ERR_REQUIRE_ASYNC_MODULE",
			"require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From "+"(unknown)"+"\n  Requiring "+filename)}
	}
	if errv := l.evaluateSync(m); errv != nil {
		return nil, &jsError{errv}
	}
	if m.status == stEvaluatingAsync {
		return nil, &jsError{l.h.NewError("Error", "ERR_REQUIRE_ASYNC_MODULE", "require() cannot be used on an ESM graph with top-level await. Use import() instead.")}
	}
	m.nsd.init()
	if b, ok := m.nsd.index["module.exports"]; ok {
		return b.value(l), nil
	}
	if _, ok := m.nsd.index["default"]; !ok {
		return m.ns, nil
	}
	if m.reqNS == nil {
		d := &namespace{l: l, m: m, esModule: true}
		m.reqNS = l.vm.NewDynamicObject(d)
		_ = m.reqNS.SetPrototype(l.nsProto)
	}
	return m.reqNS, nil
}

func (l *Loader) graphHasTLA(m *module, seen map[*module]bool) bool {
	if seen[m] || m.kind != kindESM || m.status == stEvaluated {
		return false
	}
	seen[m] = true
	if m.c.hasTLA {
		return true
	}
	for _, d := range m.deps {
		if l.graphHasTLA(d, seen) {
			return true
		}
	}
	return false
}

// Namespace returns the namespace object of an already loaded module (key is its file
// path, or "node:id"), or nil.
func (l *Loader) Namespace(key string) *goja.Object {
	if m, ok := l.mods[key]; ok {
		return m.ns
	}
	return nil
}

func readFile(path string) (string, error) {
	data, err := readFileBytes(path)
	if err != nil {
		return "", err
	}
	return string(data), nil
}

// quote is strconv.Quote for generated JS string literals (ASCII-safe).
func quote(s string) string { return strconv.QuoteToASCII(s) }
