package esm

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/token"
	"github.com/evanw/esbuild/pkg/api"
)

// Names the generated module code uses. They are parameters of the module function, so
// user code that declares the same names would shadow them; the "$" keeps that unlikely.
const (
	ctxName  = "__gonode$"     // per-module context: e (exports bag), n (dependency namespaces), d (dynamic import), helpers
	metaName = "__gonode$meta" // import.meta (esbuild's Define target)
	// esbuild Define targets for CommonJS-only free variables in ES modules: they are
	// renamed back after the transform, so that the generated require() calls (which
	// become namespace lookups) are told apart from the user's own references.
	userRequire = "__gonode$require"
	userModule  = "__gonode$module"
	userExports = "__gonode$exports"
)

// compiled is the runtime-independent result of compiling one ES module source: a goja
// Program evaluating to the module function, and the static facts the linker needs.
// It is immutable and shared by every env of the process.
type compiled struct {
	filename string
	url      string
	prg      *goja.Program
	code     string // final JavaScript (for tests and debugging)

	hasTLA          bool
	usesMeta        bool
	hasModuleSyntax bool // import/export/import.meta/top-level await seen (module syntax detection)

	requests []*request     // unique module requests in source order
	exports  []exportEntry  // own export names (local and indirect), from esbuild's __export
	expIndex map[string]int // name -> index in exports
	stars    []int          // request indexes of `export * from`
	src      *lineIndex     // original source lines, for error messages
}

type request struct {
	spec  string
	line  int // 1-based position of the first import statement naming spec (0 if unknown)
	col   int
	names []string // imported names to check at link time (named imports and re-exports)
}

type exportKind int

const (
	exportLocal    exportKind = iota // a binding of this module (or a namespace it imports)
	exportIndirect                   // export { x as y } from / export of an imported binding
)

type exportEntry struct {
	name       string
	kind       exportKind
	req        int    // exportIndirect: request index
	importName string // exportIndirect: name in the requested module
}

// SyntaxError is a compile error located in the original source.
type SyntaxError struct {
	URL      string // file URL (or name) of the module
	Line     int    // 1-based
	Column   int    // 1-based, UTF-16
	LineText string
	Message  string // V8-style message
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", e.URL, e.Line, e.Column, e.Message)
}

const tlaError = "Top-level await is currently not supported with the"

var esbuildHelpers = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`__accessCheck __async __asyncGenerator __await __callDispose __commonJS
	__commonJSMin __copyProps __create __decorateClass __decorateElement __decorateParam __decoratorContext
	__decoratorMetadata __decoratorStart __decoratorStrings __defNormalProp __defProp __defProps __earlyAccess
	__esm __esmMin __expectFn __export __forAwait __freeze __getOwnPropDesc __getOwnPropDescs __getOwnPropNames
	__getOwnPropSymbols __getProtoOf __glob __hasOwnProp __knownSymbol __name __objRest __pow __privateAdd
	__privateGet __privateIn __privateMethod __privateSet __privateWrapper __propIsEnum __publicField __reExport
	__reflectGet __reflectSet __require __restKey __runInitializers __spreadProps __spreadValues __superGet
	__superSet __superWrapper __template __toBinary __toBinaryNode __toCommonJS __toESM __typeError __using
	__yieldStar`) {
		esbuildHelpers[n] = true
	}
}

// isHelper reports whether name is esbuild's helper base (possibly renamed with a digit suffix).
func isHelper(name, base string) bool {
	if !strings.HasPrefix(name, base) {
		return false
	}
	for _, c := range name[len(base):] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func helperBase(name string) string {
	return strings.TrimRightFunc(name, func(r rune) bool { return r >= '0' && r <= '9' })
}

// esbuildOptions are the transform options shared by module and CommonJS compilation.
func esbuildOptions(filename string, ts bool, module bool) api.TransformOptions {
	o := api.TransformOptions{
		Sourcefile:     filename,
		Loader:         api.LoaderJS,
		Format:         api.FormatCommonJS,
		Target:         api.ESNext,
		Platform:       api.PlatformNode,
		Sourcemap:      api.SourceMapExternal,
		SourcesContent: api.SourcesContentExclude,
		LegalComments:  api.LegalCommentsNone,
		Charset:        api.CharsetUTF8, // keep non-ASCII text (String.raw sees the source)
		// Syntax goja lacks is lowered by esbuild; import() becomes a recognisable
		// Promise.resolve().then(() => __toESM(require(x))) that is rewritten below.
		Supported: map[string]bool{
			"dynamic-import":  false,
			"async-generator": false,
			"for-await":       false,
			"decorators":      false,
		},
	}
	if module {
		o.Define = map[string]string{
			"import.meta": metaName,
			"require":     userRequire,
			"module":      userModule,
			"exports":     userExports,
		}
	}
	if ts {
		o.Loader = api.LoaderTS
		// Node strips types without eliding imports (as TypeScript's verbatimModuleSyntax).
		o.TsconfigRaw = `{"compilerOptions":{"verbatimModuleSyntax":true}}`
	}
	return o
}

// ---- process-wide compile cache ------------------------------------------------------

type cacheEntry struct {
	mu  sync.Mutex
	src string
	c   *compiled
	err error
	ok  bool
}

var moduleCache sync.Map // cache key -> *cacheEntry

// compileModuleCached compiles an ES module source once per process per (url, source).
func compileModuleCached(filename, url, src string, ts bool) (*compiled, error) {
	key := url
	if ts {
		key = "ts:" + url
	}
	v, _ := moduleCache.LoadOrStore(key, &cacheEntry{})
	e := v.(*cacheEntry)
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.ok && e.src == src {
		return e.c, e.err
	}
	c, err := compileModule(filename, url, src, ts)
	e.src, e.c, e.err, e.ok = src, c, err, true
	return c, err
}

// ---- compilation ---------------------------------------------------------------------

type tlaMarker struct {
	forAwait bool
	line     int // 0-based
	col16    int // 0-based UTF-16 column of `await` (or of `for` for for-await)
}

// compileModule turns an ES module (JavaScript or TypeScript) into a module function:
//
//	(function* (__gonode$, __gonode$meta) { ...; yield; ... })
//
// The code before the first `yield` is instantiation (exports bag getters, import
// bindings); the rest is evaluation. Top-level awaits become further `yield`s that the
// loader drives like an async function.
func compileModule(filename, url, src string, ts bool) (*compiled, error) {
	src = strings.TrimPrefix(src, "\uFEFF")
	srcLines := newLineIndex(src)
	opts := esbuildOptions(filename, ts, true)
	res := api.Transform(src, opts)
	var markers []tlaMarker
	input := src
	if len(res.Errors) > 0 {
		// Top-level await: esbuild refuses it in CommonJS output and reports where each
		// one is. Replace `await` by `~` plus spaces (same length, same precedence, not
		// folded without minification) and `for await` by `for`, transform again, then
		// find the markers in the output through esbuild's source map.
		b := []byte(src)
		for _, m := range res.Errors {
			if !strings.HasPrefix(m.Text, tlaError) || m.Location == nil {
				return nil, esbuildError(url, srcLines, m)
			}
			off := srcLines.start[m.Location.Line-1] + m.Location.Column
			if off+5 > len(b) || string(b[off:off+5]) != "await" {
				return nil, esbuildError(url, srcLines, m)
			}
			if f := forBefore(src, off); f >= 0 {
				copy(b[off:], "     ")
				line, col := srcLines.pos(f)
				markers = append(markers, tlaMarker{forAwait: true, line: line, col16: srcLines.col16(line, col)})
			} else if isAwaitUsing(src, off+5) {
				return nil, &SyntaxError{URL: url, Line: m.Location.Line, Column: m.Location.Column + 1, LineText: m.Location.LineText,
					Message: "top-level 'await using' is not supported by gonode"}
			} else {
				copy(b[off:], "~    ")
				line, col := srcLines.pos(off)
				markers = append(markers, tlaMarker{line: line, col16: srcLines.col16(line, col)})
			}
		}
		input = string(b)
		res = api.Transform(input, opts)
		if len(res.Errors) > 0 {
			return nil, esbuildError(url, srcLines, res.Errors[0])
		}
	}
	c := &compiled{filename: filename, url: url, hasTLA: len(markers) > 0, src: srcLines, expIndex: map[string]int{}}
	if err := c.rewrite(string(res.Code), string(res.Map), src, markers); err != nil {
		return nil, err
	}
	return c, nil
}

// forBefore returns the offset of a `for` keyword right before off (skipping blanks and
// comments), or -1.
func forBefore(src string, off int) int {
	i := off
	for {
		for i > 0 && strings.ContainsRune(" \t\r\n", rune(src[i-1])) {
			i--
		}
		if i >= 2 && src[i-2:i] == "*/" {
			j := strings.LastIndex(src[:i-2], "/*")
			if j < 0 {
				return -1
			}
			i = j
			continue
		}
		break
	}
	if i >= 3 && src[i-3:i] == "for" && (i == 3 || !isIdentChar(src[i-4])) {
		return i - 3
	}
	return -1
}

func isAwaitUsing(src string, off int) bool {
	rest := strings.TrimLeft(src[off:], " \t")
	return strings.HasPrefix(rest, "using") && len(rest) > 5 && (rest[5] == ' ' || rest[5] == '\t')
}

func isIdentChar(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

var (
	reUnexpected = regexp.MustCompile(`^Unexpected "(.*)"$`)
	reExpected   = regexp.MustCompile(`^Expected .* but found "(.*)"$`)
	reRedeclared = regexp.MustCompile(`^The symbol "(.*)" has already been declared$`)
)

// v8Message rewrites common esbuild syntax error texts into V8's wording.
func v8Message(msg string) string {
	if m := reUnexpected.FindStringSubmatch(msg); m != nil {
		return unexpectedToken(m[1])
	}
	if m := reExpected.FindStringSubmatch(msg); m != nil {
		return unexpectedToken(m[1])
	}
	if m := reRedeclared.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("Identifier '%s' has already been declared", m[1])
	}
	switch msg {
	case "Unexpected end of file":
		return "Unexpected end of input"
	}
	return msg
}

func unexpectedToken(tok string) string {
	switch {
	case tok == "end of file":
		return "Unexpected end of input"
	case len(tok) > 0 && (isIdentChar(tok[0]) && !(tok[0] >= '0' && tok[0] <= '9')):
		switch tok {
		case "true", "false", "null", "this", "function", "class", "if", "else", "for", "while", "do", "return",
			"var", "let", "const", "new", "delete", "typeof", "void", "in", "of", "instanceof", "switch", "case",
			"default", "break", "continue", "throw", "try", "catch", "finally", "export", "import", "super", "with", "yield", "await":
			return fmt.Sprintf("Unexpected token '%s'", tok)
		}
		return fmt.Sprintf("Unexpected identifier '%s'", tok)
	case len(tok) > 0 && tok[0] >= '0' && tok[0] <= '9':
		return "Unexpected number"
	case strings.HasPrefix(tok, `"`) || strings.HasPrefix(tok, `'`):
		return "Unexpected string"
	}
	return fmt.Sprintf("Unexpected token '%s'", tok)
}

func esbuildError(url string, li *lineIndex, m api.Message) error {
	e := &SyntaxError{URL: url, Message: v8Message(m.Text)}
	if l := m.Location; l != nil {
		e.Line = l.Line
		e.LineText = l.LineText
		if l.Line-1 < len(li.start) {
			e.Column = li.col16(l.Line-1, min(l.Column, len(li.lineText(l.Line-1)))) + 1
		} else {
			e.Column = l.Column + 1
		}
	}
	return e
}

// rewrite analyses esbuild's CommonJS output and produces the module function.
func (c *compiled) rewrite(out, mapJSON, origSrc string, markers []tlaMarker) error {
	parseSrc := blankHashbang(out)
	prg, err := parser.ParseFile(nil, c.url, parseSrc, 0, parser.WithDisableSourceMaps)
	if err != nil {
		return c.internalError(err)
	}
	outLines := newLineIndex(out)
	segs := decodeMappings(extractMappings(mapJSON))
	segAt := make(map[[2]int]segment, len(segs))
	for _, s := range segs {
		k := [2]int{s.genLine, s.genCol}
		if _, dup := segAt[k]; !dup {
			segAt[k] = s
		}
	}
	// origOf maps an output byte offset to the original (line, col16), if a mapping
	// starts exactly there.
	origOf := func(off int) (segment, bool) {
		line, col := outLines.pos(off)
		s, ok := segAt[[2]int{line, outLines.col16(line, col)}]
		return s, ok
	}
	// origNear is origOf, falling back to the closest mapping before off on its line
	// (esbuild maps a labelled statement's body from the space before it).
	lineSegs := map[int][]segment{}
	for _, s := range segs {
		lineSegs[s.genLine] = append(lineSegs[s.genLine], s)
	}
	origNear := func(off int) (segment, bool) {
		if s, ok := origOf(off); ok {
			return s, true
		}
		line, col := outLines.pos(off)
		col16 := outLines.col16(line, col)
		var best segment
		found := false
		for _, s := range lineSegs[line] {
			if s.genCol <= col16 && (!found || s.genCol >= best.genCol) {
				best, found = s, true
			}
		}
		return best, found
	}
	markerAt := map[[2]int]tlaMarker{}
	for _, m := range markers {
		markerAt[[2]int{m.line, m.col16}] = m
	}

	rw := &rewriter{src: parseSrc}
	body := prg.Body
	off0 := func(n ast.Node) int { return int(n.Idx0()) - 1 }
	off1 := func(n ast.Node) int { return int(n.Idx1()) - 1 }

	// 1. Prologue: esbuild's helpers and the exports block.
	exportsVar := ""
	exportsAt := -1
	first := 0 // skip a directive prologue ("use strict")
	for first < len(body) && isDirective(body[first]) {
		first++
	}
	for i := first; i < len(body) && i < first+120; i++ {
		if name, init := singleVar(body[i]); name != "" && strings.HasSuffix(name, "_exports") {
			if ol, ok := init.(*ast.ObjectLiteral); ok && len(ol.Value) == 0 {
				exportsVar, exportsAt = name, i
				break
			}
		}
		if name, _ := singleVar(body[i]); name == "" || !esbuildHelpers[helperBase(name)] {
			break
		}
	}
	helperEnd := first // esbuild's helper definitions are body[first:helperEnd]
	if exportsAt >= 0 {
		helperEnd = exportsAt
	} else {
		for helperEnd < len(body) {
			name, _ := singleVar(body[helperEnd])
			if name == "" || !esbuildHelpers[helperBase(name)] {
				break
			}
			helperEnd++
		}
	}
	prologueEnd := 0 // index into body of the first statement after the prologue
	var exportCall *ast.CallExpression
	if exportsAt >= 0 {
		_, init := singleVar(body[exportsAt])
		rw.replace(off0(init), off1(init), ctxName+".e")
		prologueEnd = exportsAt + 1
		for prologueEnd < len(body) {
			st := body[prologueEnd]
			if call := exprCall(st); call != nil && isIdent(call.Callee, "__export") && len(call.ArgumentList) == 2 && isIdentName(call.ArgumentList[0], exportsVar) {
				exportCall = call
				prologueEnd++
				continue
			}
			if isModuleExportsAssign(st, exportsVar) {
				rw.blank(off0(st), stmtEnd(parseSrc, off1(st)))
				prologueEnd++
				continue
			}
			break
		}
	} else {
		prologueEnd = first
		for prologueEnd < len(body) {
			name, _ := singleVar(body[prologueEnd])
			if name == "" || !esbuildHelpers[helperBase(name)] {
				break
			}
			prologueEnd++
		}
	}
	if exportsVar != "" {
		c.hasModuleSyntax = true
	}

	// 2. Static imports: `var V = [__toESM(]require("spec")[, 1])`, `__reExport(...)`.
	reqIndex := map[string]int{}
	addReq := func(spec string, at int) int {
		if i, ok := reqIndex[spec]; ok {
			return i
		}
		r := &request{spec: spec}
		if s, ok := origOf(at); ok {
			r.line, r.col = s.srcLine+1, s.srcCol+1
		}
		reqIndex[spec] = len(c.requests)
		c.requests = append(c.requests, r)
		return len(c.requests) - 1
	}
	importVars := map[string]int{}  // var name -> request index
	parsedVars := map[string]bool{} // import vars whose statement was parsed for names
	var prologueAssign []string
	// names from the original import statement of the output statement at off
	stmtNames := func(k, at int) bool {
		s, ok := origOf(at)
		if !ok {
			return false
		}
		names, ok := importedNames(origSrc, c.src.offset16(s.srcLine, s.srcCol))
		if !ok {
			return false
		}
		r := c.requests[k]
		for _, n := range names {
			if !contains(r.names, n) {
				r.names = append(r.names, n)
			}
		}
		return true
	}
	for i, st := range body {
		if i < prologueEnd {
			continue
		}
		if name, init := singleVar(st); name != "" {
			if spec, ok := staticRequire(init); ok {
				k := addReq(spec, off0(st))
				importVars[name] = k
				parsedVars[name] = stmtNames(k, off0(st))
				rw.replace(off0(init), off1(init), ctxName+".n["+strconv.Itoa(k)+"]")
				prologueAssign = append(prologueAssign, name+"="+ctxName+".n["+strconv.Itoa(k)+"]")
				c.hasModuleSyntax = true
			}
			continue
		}
		call := exprCall(st)
		if call == nil {
			if isExportAnnotation(st) {
				rw.blank(off0(st), stmtEnd(parseSrc, off1(st)))
			}
			continue
		}
		if isIdent(call.Callee, "__reExport") && len(call.ArgumentList) >= 2 && isIdentName(call.ArgumentList[0], exportsVar) {
			if spec, ok := staticRequire(call.ArgumentList[1]); ok {
				k := addReq(spec, off0(st))
				c.stars = append(c.stars, k)
				rw.blank(off0(st), stmtEnd(parseSrc, off1(st)))
				c.hasModuleSyntax = true
			}
			continue
		}
		if spec, ok := staticRequire(call); ok && isIdent(call.Callee, "require") {
			stmtNames(addReq(spec, off0(st)), off0(st))
			rw.blank(off0(st), stmtEnd(parseSrc, off1(st)))
			c.hasModuleSyntax = true
		}
	}
	generated := func(v string) bool {
		// esbuild names the binding of named/default imports import_<name>; a namespace
		// import keeps the user's name. Only generated ones are checked at link time
		// (a namespace's members are looked up at run time, as in Node).
		return strings.HasPrefix(v, "import_") && !strings.Contains(origSrc, v)
	}
	noteImport := func(v, name string) {
		k, ok := importVars[v]
		if !ok || parsedVars[v] || !generated(v) {
			return
		}
		r := c.requests[k]
		for _, n := range r.names {
			if n == name {
				return
			}
		}
		r.names = append(r.names, name)
	}

	// 3. Own exports from __export(X_exports, { name: () => expr, ... }).
	if exportCall != nil {
		if ol, ok := exportCall.ArgumentList[1].(*ast.ObjectLiteral); ok {
			for _, p := range ol.Value {
				pk, ok := p.(*ast.PropertyKeyed)
				if !ok {
					continue
				}
				name, ok := propName(pk.Key)
				if !ok {
					continue
				}
				e := exportEntry{name: name, kind: exportLocal}
				if fn, ok := pk.Value.(*ast.ArrowFunctionLiteral); ok {
					if eb, ok := fn.Body.(*ast.ExpressionBody); ok {
						if v, member, ok := importMember(eb.Expression); ok {
							if k, isImport := importVars[v]; isImport {
								e = exportEntry{name: name, kind: exportIndirect, req: k, importName: member}
							}
						}
					}
				}
				c.expIndex[name] = len(c.exports)
				c.exports = append(c.exports, e)
			}
		}
	}

	// 4. Default export function/class name: Node names an anonymous default export
	// "default"; esbuild gives it a generated local name.
	var nameFixes []string
	if i, ok := c.expIndex["default"]; ok && c.exports[i].kind == exportLocal && exportCall != nil {
		local := defaultLocal(exportCall)
		if local != "" && strings.HasSuffix(local, "_default") && !strings.Contains(origSrc, local) {
			for _, st := range body[prologueEnd:] {
				switch s := st.(type) {
				case *ast.FunctionDeclaration:
					if s.Function.Name != nil && s.Function.Name.Name.String() == local {
						nameFixes = append(nameFixes, ctxName+".nm("+local+")")
					}
				case *ast.ClassDeclaration:
					if s.Class.Name != nil && s.Class.Name.Name.String() == local {
						rw.insert(off1(s), ";"+ctxName+".nm("+local+");")
					}
				case *ast.VariableStatement:
					if name, init := singleVar(s); name == local {
						switch fn := init.(type) {
						case *ast.ArrowFunctionLiteral:
							rw.insert(stmtEnd(parseSrc, off1(s)), ";"+ctxName+".nm("+local+");")
						case *ast.FunctionLiteral:
							if fn.Name == nil {
								rw.insert(stmtEnd(parseSrc, off1(s)), ";"+ctxName+".nm("+local+");")
							}
						case *ast.ClassLiteral:
							if fn.Name == nil {
								rw.insert(stmtEnd(parseSrc, off1(s)), ";"+ctxName+".nm("+local+");")
							}
						}
					}
				}
			}
		}
	}

	// 5. Walk everything: dynamic imports, imported names, renamed free variables,
	// import.meta, top-level await markers.
	type helperRef struct {
		name string
		off  int
	}
	var helperRefs []helperRef
	helperNames := map[string]int{} // helper name -> body index
	for i := first; i < helperEnd; i++ {
		name, _ := singleVar(body[i])
		helperNames[name] = i
	}
	loopSeq := 0
	var walkErr error
	walk(prg, func(n, parent ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpression:
			if _, req, ok := dynamicImport(x); ok {
				rw.replace(off0(x), int(req.LeftParenthesis), ctxName+".d(")
				rw.replace(int(req.RightParenthesis)-1, off1(x), ")")
			}
		case *ast.DotExpression:
			if id, ok := x.Left.(*ast.Identifier); ok {
				noteImport(id.Name.String(), x.Identifier.Name.String())
			}
		case *ast.BracketExpression:
			if id, ok := x.Left.(*ast.Identifier); ok {
				if s, ok := x.Member.(*ast.StringLiteral); ok {
					noteImport(id.Name.String(), s.Value.String())
				}
			}
		case *ast.Identifier:
			if d, ok := parent.(*ast.DotExpression); ok && &d.Identifier == x {
				return true
			}
			if _, ok := helperNames[x.Name.String()]; ok {
				helperRefs = append(helperRefs, helperRef{x.Name.String(), off0(x)})
			}
			switch x.Name.String() {
			case userRequire:
				rw.replace(off0(x), off1(x), "require")
			case userModule:
				rw.replace(off0(x), off1(x), "module")
			case userExports:
				rw.replace(off0(x), off1(x), "exports")
			case metaName:
				c.usesMeta = true
				c.hasModuleSyntax = true
			}
		case *ast.UnaryExpression:
			if len(markers) > 0 && x.Operator == token.BITWISE_NOT && !x.Postfix {
				if s, ok := origNear(off0(x)); ok {
					if m, ok := markerAt[[2]int{s.srcLine, s.srcCol}]; ok && !m.forAwait {
						// (yield ctx.w(X, line, col)): ctx.w records where the module
						// waits (for the unsettled top-level await warning).
						rw.replace(off0(x), off0(x)+1, "(yield "+ctxName+".w(")
						rw.insert(off1(x), fmt.Sprintf(", %d, %d))", m.line+1, m.col16+1))
					}
				}
			}
		case *ast.LabelledStatement:
			if fo, ok := x.Statement.(*ast.ForOfStatement); ok && len(markers) > 0 {
				if c.isForAwait(fo, origNear, markerAt) {
					loopSeq++
					if err := rewriteForAwait(rw, parseSrc, fo, x, loopSeq, origNear); err != nil {
						walkErr = err
					}
				}
			}
		case *ast.ForOfStatement:
			if len(markers) > 0 && c.isForAwait(x, origNear, markerAt) {
				if _, labelled := parent.(*ast.LabelledStatement); !labelled {
					loopSeq++
					if err := rewriteForAwait(rw, parseSrc, x, nil, loopSeq, origNear); err != nil {
						walkErr = err
					}
				}
			}
		}
		return true
	})
	if walkErr != nil {
		return c.internalError(walkErr)
	}
	if len(markers) > 0 {
		c.hasModuleSyntax = true
	}

	// 6. Drop the esbuild helpers the rewritten code no longer uses (__toESM,
	// __toCommonJS, ...): they would cost closures in every env.
	if len(helperNames) > 0 {
		defOf := func(off int) string {
			for name, i := range helperNames {
				if off >= off0(body[i]) && off < stmtEnd(parseSrc, off1(body[i])) {
					return name
				}
			}
			return ""
		}
		deps := map[string][]string{}
		used := map[string]bool{}
		var queue []string
		for _, r := range helperRefs {
			if d := defOf(r.off); d != "" {
				if d != r.name {
					deps[d] = append(deps[d], r.name)
				}
				continue
			}
			if !rw.removed(r.off) && !used[r.name] {
				used[r.name] = true
				queue = append(queue, r.name)
			}
		}
		for len(queue) > 0 {
			n := queue[0]
			queue = queue[1:]
			for _, d := range deps[n] {
				if !used[d] {
					used[d] = true
					queue = append(queue, d)
				}
			}
		}
		for name, i := range helperNames {
			if !used[name] {
				rw.blank(off0(body[i]), stmtEnd(parseSrc, off1(body[i])))
			}
		}
	}

	// 7. The instantiation point: bind imports, then pause.
	yieldAt := 0
	if prologueEnd > 0 {
		yieldAt = stmtEnd(parseSrc, off1(body[prologueEnd-1]))
	}
	pro := ";"
	if len(prologueAssign) > 0 {
		pro += strings.Join(prologueAssign, ",") + ";"
	}
	for _, f := range nameFixes {
		pro += f + ";"
	}
	rw.insert(yieldAt, pro+"yield;")

	prefix := "(function*(" + ctxName + "," + metaName + "){\"use strict\";"
	code, err := rw.run(prefix, "")
	if err != nil {
		return c.internalError(err)
	}
	// Carry esbuild's mappings over to the final code (goja-calibrated: 1-based columns).
	finalLines := newLineIndex(code)
	idx := rw.index()
	outSegs := make([]segment, 0, len(segs))
	for _, s := range segs {
		o := outLines.offset16(s.genLine, s.genCol)
		f := idx.mapOffset(o)
		if f < 0 {
			continue
		}
		line, col := finalLines.pos(f)
		outSegs = append(outSegs, segment{genLine: line, genCol: col + 1, srcLine: s.srcLine, srcCol: s.srcCol + 1})
	}
	code += "\n" + encodeMap(c.url, outSegs) + "\n})"
	c.code = code
	p, err := goja.Compile(c.url, code, true)
	if err != nil {
		var ce *goja.CompilerSyntaxError
		if errors.As(err, &ce) && ce.File != nil {
			pos := ce.File.Position(ce.Offset)
			return &SyntaxError{URL: c.url, Line: pos.Line, Column: pos.Column, LineText: c.src.lineText(pos.Line - 1), Message: ce.Message}
		}
		return c.internalError(err)
	}
	c.prg = p
	return nil
}

func (c *compiled) internalError(err error) error {
	return &SyntaxError{URL: c.url, Line: 1, Column: 1, Message: "gonode could not compile this module: " + err.Error()}
}

func (c *compiled) isForAwait(fo *ast.ForOfStatement, origOf func(int) (segment, bool), markerAt map[[2]int]tlaMarker) bool {
	s, ok := origOf(int(fo.For) - 1)
	if !ok {
		return false
	}
	m, ok := markerAt[[2]int{s.srcLine, s.srcCol}]
	return ok && m.forAwait
}

// rewriteForAwait turns a top-level `for (HEAD of SRC) BODY` that was `for await` into a
// loop over the async iterator that awaits (yields) each step:
//
//	{ let $i = ctx.ai(SRC), $d = 0, $n, $r; try { L: for (;;) { $n = 1; $r = yield $i.next();
//	  $n = 0; if (ctx.ad($r)) { $d = 1; break; } HEAD = $r.value; BODY } }
//	  catch ($e) { $d = 1; if (!$n) yield ctx.ac($i); throw $e; }
//	  finally { if (!$d) yield ctx.ar($i); } }
func rewriteForAwait(rw *rewriter, src string, fo *ast.ForOfStatement, label *ast.LabelledStatement, seq int, origNear func(int) (segment, bool)) error {
	forOff := int(fo.For) - 1
	lp := strings.IndexByte(src[forOff:], '(')
	if lp < 0 {
		return errors.New("for-await: no '('")
	}
	lp += forOff
	intoEnd := int(fo.Into.Idx1()) - 1
	ofRel := strings.Index(src[intoEnd:], "of")
	if ofRel < 0 {
		return errors.New("for-await: no 'of'")
	}
	ofEnd := intoEnd + ofRel + 2
	bodyStart := int(fo.Body.Idx0()) - 1
	rp := strings.LastIndexByte(src[:bodyStart], ')')
	if rp < ofEnd {
		return errors.New("for-await: no ')'")
	}
	bodyEnd := int(fo.Body.Idx1()) - 1
	where := "0, 0"
	if sg, ok := origNear(int(fo.For) - 1); ok {
		where = fmt.Sprintf("%d, %d", sg.srcLine+1, sg.srcCol+1)
	}
	s := strconv.Itoa(seq)
	it, done, inNext, res, exc := "__gonode$i"+s, "__gonode$d"+s, "__gonode$n"+s, "__gonode$r"+s, "__gonode$e"+s
	start := forOff
	labelText := ""
	if label != nil {
		start = int(label.Idx0()) - 1
		labelText = label.Label.Name.String() + ":"
	}
	head := []part{span(lp+1, intoEnd), lit(" = " + res + ".value;")}
	if _, isExpr := fo.Into.(*ast.ForIntoExpression); isExpr {
		head = []part{lit("("), span(lp+1, intoEnd), lit(" = " + res + ".value);")}
	}
	parts := []part{
		lit("{ let " + it + " = " + ctxName + ".ai("), span(ofEnd, rp),
		lit("), " + done + " = 0, " + inNext + ", " + res + "; try { " + labelText + " for (;;) { " +
			inNext + " = 1; " + res + " = (yield " + ctxName + ".w(" + it + ".next(), " + where + ")); " + inNext + " = 0; if (" + ctxName + ".ad(" + res + ")) { " +
			done + " = 1; break; } "),
	}
	parts = append(parts, head...)
	parts = append(parts, lit(" "), span(bodyStart, bodyEnd),
		lit(" } } catch ("+exc+") { "+done+" = 1; if (!"+inNext+") yield "+ctxName+".ac("+it+"); throw "+exc+"; } finally { if (!"+
			done+") yield "+ctxName+".ar("+it+"); } }"))
	rw.add(start, bodyEnd, parts...)
	return nil
}

func extractMappings(mapJSON string) string {
	const key = `"mappings": "`
	i := strings.Index(mapJSON, key)
	if i < 0 {
		j := strings.Index(mapJSON, `"mappings":"`)
		if j < 0 {
			return ""
		}
		i = j + len(`"mappings":"`)
	} else {
		i += len(key)
	}
	e := strings.IndexByte(mapJSON[i:], '"')
	if e < 0 {
		return ""
	}
	return mapJSON[i : i+e]
}

// stmtEnd extends a statement end offset (goja's Idx1, which leaves out the closing
// parentheses of a parenthesized expression) over those parentheses and the semicolon.
func stmtEnd(src string, off int) int {
	i, end := off, off
	for i < len(src) {
		switch c := src[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == ')':
			i++
			end = i
		case c == ';':
			return i + 1
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			nl := strings.IndexByte(src[i:], '\n')
			if nl < 0 {
				return end
			}
			i += nl
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			e := strings.Index(src[i+2:], "*/")
			if e < 0 {
				return end
			}
			i += e + 4
		default:
			return end
		}
	}
	return end
}

func isDirective(st ast.Statement) bool {
	es, ok := st.(*ast.ExpressionStatement)
	if !ok {
		return false
	}
	_, ok = es.Expression.(*ast.StringLiteral)
	return ok
}

func singleVar(st ast.Statement) (string, ast.Expression) {
	v, ok := st.(*ast.VariableStatement)
	if !ok || len(v.List) != 1 {
		return "", nil
	}
	id, ok := v.List[0].Target.(*ast.Identifier)
	if !ok {
		return "", nil
	}
	return id.Name.String(), v.List[0].Initializer
}

func exprCall(st ast.Statement) *ast.CallExpression {
	es, ok := st.(*ast.ExpressionStatement)
	if !ok {
		return nil
	}
	call, _ := es.Expression.(*ast.CallExpression)
	return call
}

// isIdent reports whether e is the identifier helper (or its renamed variant).
func isIdent(e ast.Expression, helper string) bool {
	id, ok := e.(*ast.Identifier)
	return ok && isHelper(id.Name.String(), helper)
}

func isIdentName(e ast.Expression, name string) bool {
	id, ok := e.(*ast.Identifier)
	return ok && name != "" && id.Name.String() == name
}

func isModuleExportsAssign(st ast.Statement, exportsVar string) bool {
	es, ok := st.(*ast.ExpressionStatement)
	if !ok {
		return false
	}
	as, ok := es.Expression.(*ast.AssignExpression)
	if !ok || !isDot(as.Left, "module", "exports") {
		return false
	}
	call, ok := as.Right.(*ast.CallExpression)
	return ok && isIdent(call.Callee, "__toCommonJS")
}

func isDot(e ast.Expression, obj, prop string) bool {
	d, ok := e.(*ast.DotExpression)
	return ok && isIdentName(d.Left, obj) && d.Identifier.Name.String() == prop
}

// isExportAnnotation matches esbuild's `0 && (module.exports = {...})` hint.
func isExportAnnotation(st ast.Statement) bool {
	es, ok := st.(*ast.ExpressionStatement)
	if !ok {
		return false
	}
	be, ok := es.Expression.(*ast.BinaryExpression)
	if !ok || be.Operator != token.LOGICAL_AND {
		return false
	}
	if n, ok := be.Left.(*ast.NumberLiteral); !ok || n.Literal != "0" {
		return false
	}
	as, ok := be.Right.(*ast.AssignExpression)
	return ok && isDot(as.Left, "module", "exports")
}

// staticRequire matches require("spec") and __toESM(require("spec")[, n]).
func staticRequire(e ast.Expression) (string, bool) {
	call, ok := e.(*ast.CallExpression)
	if !ok {
		return "", false
	}
	if isIdent(call.Callee, "__toESM") && len(call.ArgumentList) >= 1 {
		return staticRequire(call.ArgumentList[0])
	}
	if isIdentName(call.Callee, "require") && len(call.ArgumentList) == 1 {
		if s, ok := call.ArgumentList[0].(*ast.StringLiteral); ok {
			return s.Value.String(), true
		}
	}
	return "", false
}

// dynamicImport matches esbuild's lowering of import(x):
// Promise.resolve().then(() => __toESM(require(x)[, 1])).
func dynamicImport(call *ast.CallExpression) (arg ast.Expression, req *ast.CallExpression, ok bool) {
	d, ok := call.Callee.(*ast.DotExpression)
	if !ok || d.Identifier.Name.String() != "then" || len(call.ArgumentList) != 1 {
		return nil, nil, false
	}
	inner, ok := d.Left.(*ast.CallExpression)
	if !ok || len(inner.ArgumentList) != 0 || !isDot(inner.Callee, "Promise", "resolve") {
		return nil, nil, false
	}
	arrow, ok := call.ArgumentList[0].(*ast.ArrowFunctionLiteral)
	if !ok || len(arrow.ParameterList.List) != 0 {
		return nil, nil, false
	}
	eb, ok := arrow.Body.(*ast.ExpressionBody)
	if !ok {
		return nil, nil, false
	}
	toESM, ok := eb.Expression.(*ast.CallExpression)
	if !ok || !isIdent(toESM.Callee, "__toESM") || len(toESM.ArgumentList) < 1 {
		return nil, nil, false
	}
	r, ok := toESM.ArgumentList[0].(*ast.CallExpression)
	if !ok || !isIdentName(r.Callee, "require") || len(r.ArgumentList) != 1 {
		return nil, nil, false
	}
	return r.ArgumentList[0], r, true
}

func propName(k ast.Expression) (string, bool) {
	switch k := k.(type) {
	case *ast.Identifier:
		return k.Name.String(), true
	case *ast.StringLiteral:
		return k.Value.String(), true
	case *ast.NumberLiteral:
		return k.Literal, true
	}
	return "", false
}

// importMember matches V.name and V["name"].
func importMember(e ast.Expression) (v, name string, ok bool) {
	switch x := e.(type) {
	case *ast.DotExpression:
		if id, ok := x.Left.(*ast.Identifier); ok {
			return id.Name.String(), x.Identifier.Name.String(), true
		}
	case *ast.BracketExpression:
		if id, ok := x.Left.(*ast.Identifier); ok {
			if s, ok := x.Member.(*ast.StringLiteral); ok {
				return id.Name.String(), s.Value.String(), true
			}
		}
	}
	return "", "", false
}

func defaultLocal(exportCall *ast.CallExpression) string {
	ol, ok := exportCall.ArgumentList[1].(*ast.ObjectLiteral)
	if !ok {
		return ""
	}
	for _, p := range ol.Value {
		pk, ok := p.(*ast.PropertyKeyed)
		if !ok {
			continue
		}
		if name, _ := propName(pk.Key); name != "default" {
			continue
		}
		if fn, ok := pk.Value.(*ast.ArrowFunctionLiteral); ok {
			if eb, ok := fn.Body.(*ast.ExpressionBody); ok {
				if id, ok := eb.Expression.(*ast.Identifier); ok {
					return id.Name.String()
				}
			}
		}
	}
	return ""
}

// blankHashbang replaces a leading hashbang line (which survives esbuild but is not valid
// inside a function) with spaces, keeping every offset in place for the source map.
func blankHashbang(src string) string {
	if !strings.HasPrefix(src, "#!") {
		return src
	}
	nl := strings.IndexByte(src, '\n')
	if nl < 0 {
		nl = len(src)
	}
	return strings.Repeat(" ", nl) + src[nl:]
}
