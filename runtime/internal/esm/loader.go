package esm

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// Host is what the loader needs from the env that embeds it. All methods are called on
// the env's loop goroutine, from inside JS calls (so a method may throw by returning an
// error wrapping a *goja.Exception).
type Host interface {
	// Runtime is the env's goja runtime.
	Runtime() *goja.Runtime
	// Cwd is process.cwd(), the base for code that has no file (--input-type=module).
	Cwd() string
	// IsBuiltin reports whether id (without "node:") names a builtin module.
	IsBuiltin(id string) bool
	// RequireBuiltin returns the exports of builtin id (without "node:").
	RequireBuiltin(id string) (goja.Value, error)
	// ResolveCommonJS resolves request as require() in parentFile would (for the
	// re-exports of CommonJS modules imported from ESM).
	ResolveCommonJS(request, parentFile string) (string, error)
	// RequireCommonJS loads filename through the env's CommonJS loader (sharing its
	// cache) and returns module.exports.
	RequireCommonJS(filename, parentFile string) (goja.Value, error)
	// NewError returns a new error of class ("Error", "TypeError", "SyntaxError", ...)
	// with message and, if code is not empty, a Node error code.
	NewError(class, code, message string) *goja.Object
	// PackageJSONs is the env's package.json cache, shared with its CommonJS resolver.
	PackageJSONs() *PackageJSONs
}

// Format is how a file is loaded.
type Format int

// Formats.
const (
	FormatCommonJS Format = iota
	FormatModule
	FormatJSON
	FormatAddon
	FormatWasm
)

type modKind int

const (
	kindESM modKind = iota
	kindCJS
	kindBuiltin
	kindJSON
)

type status int

const (
	stNew status = iota // fetched; requests not resolved yet
	stLinking
	stLinked
	stEvaluating
	stEvaluatingAsync
	stEvaluated
)

// module is one module record of an env.
type module struct {
	key      string
	url      string
	filename string // "" for builtins and code without a file
	kind     modKind
	c        *compiled // ESM
	deps     []*module // ESM: one per c.requests, after loading
	status   status
	main     bool

	// ESM instance
	ctx         *goja.Object
	gen         *goja.Object
	next, throw goja.Callable
	bag         *goja.Object // the exports object esbuild's __export fills with getters
	ns          *goja.Object
	nsd         *namespace
	reqNS       *goja.Object // the object require(esm) returns (namespace plus __esModule)

	expNames []string                  // cached GetExportedNames
	resolved map[string]resolvedExport // cached ResolveExport

	// synthetic modules (CommonJS, builtin, JSON)
	names  []string
	values map[string]goja.Value

	// evaluation state (ECMA-262 cyclic module records)
	dfsIndex, dfsAncestor int
	cycleRoot             *module
	asyncEval             bool
	asyncOrder            int
	pendingDeps           int
	asyncParents          []*module
	hasErr                bool
	evalErr               goja.Value
	topCap                *capability
}

// Loader is the ES module loader of one env (one goja.Runtime). Create it with
// NewLoader; use it on the env's loop goroutine only.
type Loader struct {
	h    Host
	vm   *goja.Runtime
	mods map[string]*module

	nsProto        *goja.Object
	helpers        *goja.Object
	promiseResolve goja.Callable
	promiseCtor    goja.Value
	thenFn         goja.Callable
	wrap           goja.Callable
	asyncCount     int
	main           *module
	mainCap        *capability
	importFn       goja.Value
}

var setupProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("gonode:esm", `(function () {
  'use strict';
  const nsProto = Object.freeze(Object.create(null, { [Symbol.toStringTag]: { value: 'Module' } }));
  const h = Object.create(null);
  const PromiseResolve = (v) => Promise.resolve(v);
  // GetIterator(obj, async): async iterator, or an async wrapper of the sync iterator.
  h.ai = function (obj) {
    const am = obj == null ? undefined : obj[Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator')];
    if (am != null) {
      const it = am.call(obj);
      if (Object(it) !== it) throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
      return it;
    }
    const sm = obj == null ? undefined : obj[Symbol.iterator];
    if (typeof sm !== 'function') throw new TypeError((typeof obj === 'object' || typeof obj === 'function' ? 'object' : String(obj)) + ' is not async iterable');
    const it = sm.call(obj);
    const next = it.next;
    const wrap = (r) => {
      if (Object(r) !== r) throw new TypeError('Iterator result ' + r + ' is not an object');
      const done = r.done;
      return PromiseResolve(r.value).then((value) => ({ value, done }));
    };
    return {
      next(v) { try { return wrap(next.call(it, v)); } catch (e) { return Promise.reject(e); } },
      return(v) {
        try {
          const f = it.return;
          if (f == null) return PromiseResolve({ value: v, done: true });
          return wrap(f.call(it, v));
        } catch (e) { return Promise.reject(e); }
      },
    };
  };
  h.ad = function (r) {
    if (Object(r) !== r) throw new TypeError('Iterator result ' + r + ' is not an object');
    return r.done;
  };
  // Close on abrupt (throw) completion: errors from return() are ignored.
  h.ac = function (it) {
    try {
      const f = it.return;
      if (f == null) return undefined;
      return PromiseResolve(f.call(it)).then(() => undefined, () => undefined);
    } catch (e) { return undefined; }
  };
  // Close on break: return() is awaited and must give an object.
  h.ar = function (it) {
    const f = it.return;
    if (f == null) return undefined;
    return PromiseResolve(f.call(it)).then((r) => {
      if (Object(r) !== r) throw new TypeError('Iterator result ' + r + ' is not an object');
    });
  };
  h.w = function (v, line, col) { this.l = line; this.c = col; return v; };
  h.nm = function (f) { Object.defineProperty(f, 'name', { value: 'default', configurable: true }); };
  // Go callbacks run by promise jobs are wrapped in a JS function: goja drains the job
  // queue whenever Go calls into JS with no JS frame on the stack, which would run
  // later jobs in the middle of module evaluation.
  const wrap = (f) => function (v) { return f(v); };
  return [nsProto, h, Promise.resolve, Promise, Promise.prototype.then, wrap];
})`, true)
})

// NewLoader creates the loader of the env behind h. Call it on the loop goroutine.
func NewLoader(h Host) (*Loader, error) {
	vm := h.Runtime()
	l := &Loader{h: h, vm: vm, mods: map[string]*module{}}
	fv, err := vm.RunProgram(setupProgram())
	if err != nil {
		return nil, err
	}
	f, _ := goja.AssertFunction(fv)
	arr, err := f(goja.Undefined())
	if err != nil {
		return nil, err
	}
	o := arr.ToObject(vm)
	l.nsProto = o.Get("0").ToObject(vm)
	l.helpers = o.Get("1").ToObject(vm)
	l.promiseResolve, _ = goja.AssertFunction(o.Get("2"))
	l.promiseCtor = o.Get("3")
	l.thenFn, _ = goja.AssertFunction(o.Get("4"))
	l.wrap, _ = goja.AssertFunction(o.Get("5"))
	return l, nil
}

// ---- errors ---------------------------------------------------------------------------

// jsError carries a thrown JS value through Go code.
type jsError struct{ v goja.Value }

func (e *jsError) Error() string { return e.v.String() }

// ErrorValue returns the JS value to throw for an error returned by the loader
// (Require) or by its Host.
func (l *Loader) ErrorValue(err error) goja.Value { return l.throwable(err) }

// throwable converts err into the JS value to throw or reject with. Uncatchable goja
// errors (Interrupt, Terminate) are re-panicked so that they keep unwinding.
func (l *Loader) throwable(err error) goja.Value {
	var je *jsError
	if errors.As(err, &je) {
		return je.v
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	var re *resolveError
	if errors.As(err, &re) {
		return l.h.NewError(re.class, re.code, re.msg)
	}
	var se *SyntaxError
	if errors.As(err, &se) {
		return l.syntaxError(se)
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		panic(err)
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		panic(err)
	}
	return l.h.NewError("Error", "", err.Error())
}

// syntaxError builds the SyntaxError for a compile error. Its stack starts with the
// location and the offending line, as Node prints module syntax errors.
func (l *Loader) syntaxError(se *SyntaxError) goja.Value {
	obj := l.h.NewError("SyntaxError", "", se.Message)
	stack := fmt.Sprintf("%s:%d\n%s\n%s^\n\nSyntaxError: %s", se.URL, se.Line, se.LineText, caretPad(se.LineText, se.Column), se.Message)
	_ = obj.DefineDataProperty("stack", l.vm.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return obj
}

func caretPad(line string, col int) string {
	var b strings.Builder
	n := 0
	for _, r := range line {
		if n >= col-1 {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return b.String()
}

// linkError is a SyntaxError raised while linking (a missing or ambiguous export),
// decorated with the importing statement like Node's.
func (l *Loader) linkError(m *module, r *request, name, msg string) error {
	obj := l.h.NewError("SyntaxError", "", msg)
	stack := "SyntaxError: " + msg
	if m.c != nil && r != nil && r.line > 0 {
		text := m.c.src.lineText(r.line - 1)
		col, width := r.col, 1
		word := name
		if name == "default" && !strings.Contains(text, "default") {
			// A default import: Node marks the local name (import x from ...).
			if m := reDefaultImport.FindStringSubmatch(text); m != nil {
				word = m[1]
			}
		}
		if i := indexWord(text, word); i >= 0 {
			col, width = i+1, len(word)
		}
		stack = fmt.Sprintf("%s:%d\n%s\n%s%s\n%s", m.url, r.line, text, caretPad(text, col), strings.Repeat("^", width), stack)
	}
	_ = obj.DefineDataProperty("stack", l.vm.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return &jsError{obj}
}

var reDefaultImport = regexp.MustCompile(`import\s+([A-Za-z_$][\w$]*)`)

func indexWord(text, w string) int {
	start := strings.IndexByte(text, '{')
	if start < 0 || w != "" && strings.Index(text, w) < start {
		start = 0
	}
	for i := start; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return -1
		}
		j += i
		if (j == 0 || !isIdentChar(text[j-1])) && (j+len(w) == len(text) || !isIdentChar(text[j+len(w)])) {
			return j
		}
		i = j + 1
	}
}

// ---- module records ---------------------------------------------------------------------

// FileFormat is FileFormat with the loader's package.json cache (package scopes are
// read once per env, as Node reads them once per process).
func (l *Loader) FileFormat(filename string) (f Format, ts bool, ambiguous bool, err error) {
	return fileFormat(filename, func(dir string) string {
		if p := l.scopePkg(dir); p != nil {
			return p.typ
		}
		return ""
	})
}

// moduleFor resolves specifier from parent and returns the (possibly new) module record.
func (l *Loader) moduleFor(specifier string, parent *module) (*module, error) {
	from := ""
	if parent != nil {
		from = parent.filename
	}
	res, err := l.resolve(specifier, from, l.h.Cwd())
	if err != nil {
		return nil, err
	}
	return l.moduleAt(res, parent)
}

func (l *Loader) moduleAt(res resolution, parent *module) (*module, error) {
	if m, ok := l.mods[res.key()]; ok {
		return m, nil
	}
	var m *module
	var err error
	if res.builtin != "" {
		m, err = l.newBuiltin(res.builtin)
	} else {
		m, err = l.newFileModule(res.path, res.query, parent)
	}
	if err != nil {
		return nil, err
	}
	l.mods[m.key] = m
	return m, nil
}

func (l *Loader) newBuiltin(id string) (*module, error) {
	exp, err := l.h.RequireBuiltin(id)
	if err != nil {
		return nil, err
	}
	m := &module{key: "node:" + id, url: "node:" + id, kind: kindBuiltin, status: stEvaluated, values: map[string]goja.Value{}}
	m.values["default"] = exp
	names := []string{"default"}
	if o, ok := exp.(*goja.Object); ok {
		for _, k := range o.Keys() {
			if k == "default" {
				continue
			}
			// Lazy getters of builtins may load modules gonode lacks: skip those names.
			var v goja.Value
			if ex := l.vm.Try(func() { v = o.Get(k) }); ex != nil {
				continue
			}
			m.values[k] = v
			names = append(names, k)
		}
	}
	m.names = names
	l.initNamespace(m)
	return m, nil
}

func (l *Loader) newFileModule(path, query string, parent *module) (*module, error) {
	url := PathToFileURL(path) + query
	f, ts, ambiguous, err := l.FileFormat(path)
	if err != nil {
		return nil, err
	}
	from := "[eval]"
	if parent != nil && parent.filename != "" {
		from = parent.filename
	}
	m := &module{key: path + query, url: url, filename: path}
	switch f {
	case FormatAddon, FormatWasm:
		return nil, &resolveError{"TypeError", "ERR_UNKNOWN_FILE_EXTENSION", fmt.Sprintf("Unknown file extension \"%s\" for %s", filepath.Ext(path), path)}
	case FormatJSON:
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, errNotFound(path, from)
		}
		m.kind = kindJSON
		v, err := l.parseJSON(path, strings.TrimPrefix(string(data), "\uFEFF"))
		if err != nil {
			return nil, err
		}
		m.values = map[string]goja.Value{"default": v}
		m.names = []string{"default"}
		m.status = stEvaluated
		l.initNamespace(m)
		return m, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errNotFound(path, from)
	}
	src := string(data)
	if f == FormatCommonJS && ambiguous && DetectModuleSyntax(path, src, ts) {
		f = FormatModule
	}
	if f == FormatCommonJS {
		m.kind = kindCJS
		l.initCommonJS(m, src, ts)
		return m, nil
	}
	c, err := compileModuleCached(path, url, src, ts)
	if err != nil {
		return nil, err
	}
	l.initESM(m, c)
	return m, nil
}

func (l *Loader) initESM(m *module, c *compiled) {
	m.kind = kindESM
	m.c = c
	m.bag = l.vm.NewObject()
	_ = m.bag.SetPrototype(nil)
	l.initNamespace(m)
}

func (l *Loader) parseJSON(path, text string) (goja.Value, error) {
	parse, _ := goja.AssertFunction(l.vm.Get("JSON").ToObject(l.vm).Get("parse"))
	v, err := parse(goja.Undefined(), l.vm.ToValue(text))
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			if o, ok := ex.Value().(*goja.Object); ok {
				_ = o.Set("message", path+": "+o.Get("message").String())
			}
		}
		return nil, err
	}
	return v, nil
}

// initCommonJS records the export names Node's lexer finds (including re-exports).
func (l *Loader) initCommonJS(m *module, src string, ts bool) {
	names := []string{"default", "module.exports"}
	seen := map[string]bool{"default": true, "module.exports": true}
	visited := map[string]bool{}
	var collect func(file, src string)
	collect = func(file, src string) {
		if visited[file] {
			return
		}
		visited[file] = true
		ex := lexCommonJS(file, src)
		if ts || strings.HasSuffix(file, ".cts") {
			if code, err := PrepareCommonJS(file, src, true, 0); err == nil {
				ex = lexCommonJS(file+"#ts", code)
			}
		}
		for _, n := range ex.names {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
		for _, r := range ex.reexports {
			target, err := l.h.ResolveCommonJS(r, file)
			if err != nil || !strings.HasSuffix(target, ".js") && !strings.HasSuffix(target, ".cjs") {
				continue
			}
			if f, _, _, _ := l.FileFormat(target); f != FormatCommonJS {
				continue
			}
			data, err := os.ReadFile(target)
			if err != nil {
				continue
			}
			collect(target, string(data))
		}
	}
	collect(m.filename, src)
	m.names = names
	m.values = map[string]goja.Value{}
	l.initNamespace(m)
}

// ---- namespaces -------------------------------------------------------------------------

// namespace backs a module namespace object: a goja DynamicObject whose keys are the
// module's export names (sorted) and whose values are read live from the exporting
// module on each access. Its prototype carries Symbol.toStringTag "Module".
type namespace struct {
	l        *Loader
	m        *module
	ready    bool
	names    []string
	index    map[string]binding
	esModule bool // the require(esm) view: adds __esModule: true
}

type binding struct {
	m    *module
	name string
}

func (l *Loader) initNamespace(m *module) {
	m.nsd = &namespace{l: l, m: m}
	m.ns = l.vm.NewDynamicObject(m.nsd)
	_ = m.ns.SetPrototype(l.nsProto)
}

// IsNamespace reports whether v is a module namespace object made by this package.
func IsNamespace(v goja.Value) bool {
	if o, ok := v.(*goja.Object); ok {
		_, ok := o.Export().(*namespace)
		return ok
	}
	return false
}

func (n *namespace) init() {
	if n.ready {
		return
	}
	m := n.m
	if m.kind == kindESM && m.status < stLinked && m.status != stLinking {
		return // not linked yet: no names
	}
	n.ready = true
	n.index = map[string]binding{}
	if m.kind != kindESM {
		for _, k := range m.names {
			n.index[k] = binding{m, k}
		}
	} else {
		for _, name := range n.l.exportedNames(m, nil) {
			b, amb := n.l.resolveExport(m, name, nil)
			if b != nil && !amb {
				n.index[name] = *b
			}
		}
	}
	if n.esModule {
		n.index["__esModule"] = binding{}
	}
	for k := range n.index {
		n.names = append(n.names, k)
	}
	sort.Strings(n.names)
}

func (n *namespace) Get(key string) goja.Value {
	n.init()
	b, ok := n.index[key]
	if !ok {
		return nil
	}
	if b.m == nil {
		return n.l.vm.ToValue(true)
	}
	return b.value(n.l)
}

func (b binding) value(l *Loader) goja.Value {
	if b.m.kind == kindESM {
		v := b.m.bag.Get(b.name)
		if v == nil {
			return goja.Undefined()
		}
		return v
	}
	if v, ok := b.m.values[b.name]; ok && v != nil {
		return v
	}
	return goja.Undefined()
}

func (n *namespace) Set(string, goja.Value) bool { return false }
func (n *namespace) Has(key string) bool {
	n.init()
	_, ok := n.index[key]
	return ok
}
func (n *namespace) Delete(key string) bool { return !n.Has(key) }
func (n *namespace) Keys() []string {
	n.init()
	return n.names
}

// exportedNames implements GetExportedNames. Results that did not depend on where
// the walk started (no star-export cycle was cut short) are cached on linked modules:
// after loading they cannot change.
func (l *Loader) exportedNames(m *module, visited map[*module]bool) []string {
	names, _ := l.exportedNamesWalk(m, visited)
	return names
}

func (l *Loader) exportedNamesWalk(m *module, visited map[*module]bool) (names []string, complete bool) {
	if m.kind != kindESM {
		return m.names, true
	}
	if m.expNames != nil {
		return m.expNames, true
	}
	if visited == nil {
		visited = map[*module]bool{}
	}
	if visited[m] {
		return nil, false
	}
	visited[m] = true
	complete = true
	seen := map[string]bool{}
	for _, e := range m.c.exports {
		if !seen[e.name] {
			seen[e.name] = true
			names = append(names, e.name)
		}
	}
	for _, k := range m.c.stars {
		if k >= len(m.deps) || m.deps[k] == nil {
			continue
		}
		sub, ok := l.exportedNamesWalk(m.deps[k], visited)
		complete = complete && ok
		for _, n := range sub {
			if n != "default" && !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	if complete && m.status >= stLinking {
		if names == nil {
			names = []string{}
		}
		m.expNames = names
	}
	return names, complete
}

type resolveKey struct {
	m    *module
	name string
}

// resolveExport implements ResolveExport: the binding name resolves to, nil if none,
// ambiguous if star exports conflict. Results that did not meet a circular request are
// cached on linked modules.
func (l *Loader) resolveExport(m *module, name string, set []resolveKey) (*binding, bool) {
	b, amb, _ := l.resolveExportWalk(m, name, set)
	return b, amb
}

func (l *Loader) resolveExportWalk(m *module, name string, set []resolveKey) (b *binding, amb, complete bool) {
	if m.kind != kindESM {
		for _, n := range m.names {
			if n == name {
				return &binding{m, name}, false, true
			}
		}
		return nil, false, true
	}
	for _, k := range set {
		if k.m == m && k.name == name {
			return nil, false, false // circular import request
		}
	}
	if r, ok := m.resolved[name]; ok {
		return r.b, r.amb, true
	}
	b, amb, complete = l.resolveExportUncached(m, name, append(set, resolveKey{m, name}))
	if complete && m.status >= stLinking {
		if m.resolved == nil {
			m.resolved = map[string]resolvedExport{}
		}
		m.resolved[name] = resolvedExport{b, amb}
	}
	return b, amb, complete
}

type resolvedExport struct {
	b   *binding
	amb bool
}

func (l *Loader) resolveExportUncached(m *module, name string, set []resolveKey) (*binding, bool, bool) {
	if i, ok := m.c.expIndex[name]; ok {
		e := m.c.exports[i]
		if e.kind == exportIndirect && e.req < len(m.deps) {
			return l.resolveExportWalk(m.deps[e.req], e.importName, set)
		}
		return &binding{m, name}, false, true
	}
	if name == "default" {
		return nil, false, true
	}
	var star *binding
	complete := true
	for _, k := range m.c.stars {
		if k >= len(m.deps) {
			continue
		}
		b, amb, ok := l.resolveExportWalk(m.deps[k], name, set)
		complete = complete && ok
		if amb {
			return nil, true, complete
		}
		if b != nil {
			if star == nil {
				star = b
			} else if *star != *b {
				return nil, true, complete
			}
		}
	}
	return star, false, complete
}
