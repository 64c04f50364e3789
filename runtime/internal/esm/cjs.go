package esm

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"
)

// ImportHook is the global symbol under which an env exposes the loader's import
// function to CommonJS code: PrepareCommonJS rewrites import(x) in a CommonJS file to
// globalThis[Symbol.for(ImportHook)](x, "<filename>").
const ImportHook = "gonode.import"

func readFileBytes(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errNotFound(path, path)
	}
	return data, nil
}

type cjsPrepared struct {
	src string
	out string
	err error
}

var cjsPrepCache sync.Map // key -> *cjsPrepared

// PrepareCommonJS returns the body to compile for a CommonJS file that goja cannot run
// as written: TypeScript (.cts, or .ts in CommonJS scope: types are stripped), import()
// expressions, async generators and for await (lowered by esbuild). The result keeps the
// file's semantics (this, require, top-level return) and carries an inline source map,
// calibrated for a body that starts at column prefixLen of the first line of the
// compiled wrapper. Results are cached per process.
func PrepareCommonJS(filename, src string, typescript bool, prefixLen int) (string, error) {
	key := fmt.Sprintf("%s\x00%v\x00%d", filename, typescript, prefixLen)
	if v, ok := cjsPrepCache.Load(key); ok {
		p := v.(*cjsPrepared)
		if p.src == src {
			return p.out, p.err
		}
	}
	out, err := prepareCommonJS(filename, src, typescript, prefixLen)
	cjsPrepCache.Store(key, &cjsPrepared{src: src, out: out, err: err})
	return out, err
}

func prepareCommonJS(filename, src string, typescript bool, prefixLen int) (string, error) {
	src = strings.TrimPrefix(src, "\uFEFF")
	srcLines := newLineIndex(src)
	name := filename
	if typescript {
		name = PathToFileURL(filename)
	}
	opts := esbuildOptions(filename, typescript, false)
	res := api.Transform(src, opts)
	if len(res.Errors) > 0 {
		return "", esbuildError(name, srcLines, res.Errors[0])
	}
	out := string(res.Code)
	parseSrc := blankHashbang(out)
	const wrapOpen = "(function(){"
	prg, err := parser.ParseFile(nil, name, wrapOpen+parseSrc+"\n})", 0, parser.WithDisableSourceMaps)
	if err != nil {
		return "", &SyntaxError{URL: name, Line: 1, Column: 1, Message: "gonode could not compile this module: " + err.Error()}
	}
	shift := len(wrapOpen) + 1 // Idx is 1-based
	rw := &rewriter{src: parseSrc}
	hook := "globalThis[Symbol.for(" + quote(ImportHook) + ")]("
	referrer := quote(filename)
	walk(prg, func(n, _ ast.Node) bool {
		if call, ok := n.(*ast.CallExpression); ok {
			if _, req, ok := dynamicImport(call); ok {
				rw.replace(int(call.Idx0())-shift, int(req.LeftParenthesis)-shift+1, hook)
				rw.replace(int(req.RightParenthesis)-shift, int(call.Idx1())-shift, ", "+referrer+")")
			}
		}
		return true
	})
	code, err := rw.run("", "")
	if err != nil {
		return "", err
	}
	outLines := newLineIndex(out)
	finalLines := newLineIndex(code)
	idx := rw.index()
	segs := decodeMappings(extractMappings(string(res.Map)))
	outSegs := make([]segment, 0, len(segs))
	for _, s := range segs {
		f := idx.mapOffset(outLines.offset16(s.genLine, s.genCol))
		if f < 0 {
			continue
		}
		line, col := finalLines.pos(f)
		if line == 0 {
			col += prefixLen
		}
		outSegs = append(outSegs, segment{genLine: line, genCol: col + 1, srcLine: s.srcLine, srcCol: s.srcCol + 1})
	}
	return code + "\n" + encodeMap(name, outSegs), nil
}

// DetectModuleSyntax reports whether src, a file with no explicit module type (.js or
// .ts with no package.json "type"), must run as an ES module: it does not compile as
// CommonJS and uses import/export, import.meta or top-level await (Node's syntax
// detection).
func DetectModuleSyntax(filename, src string, typescript bool) bool {
	if !reModuleHint.MatchString(src) {
		return false
	}
	key := fmt.Sprintf("%s\x00%v", filename, typescript)
	if v, ok := detectCache.Load(key); ok {
		if e := v.(*detectEntry); e.src == src {
			return e.module
		}
	}
	module := detectModuleSyntax(filename, src, typescript)
	detectCache.Store(key, &detectEntry{src: src, module: module})
	return module
}

// reModuleHint is a cheap prefilter: text that could be module syntax (an import or
// export statement, import.meta, await). module.exports and import() do not match.
var reModuleHint = regexp.MustCompile(`\bimport\s*[\s{*"'.]|\bexport\s*[\s{*]|\bawait\b`)

type detectEntry struct {
	src    string
	module bool
}

var detectCache sync.Map // filename, typescript -> *detectEntry

func detectModuleSyntax(filename, src string, typescript bool) bool {
	if !typescript {
		body := src
		if strings.HasPrefix(body, "#!") {
			body = "//" + body[2:]
		}
		if _, err := parser.ParseFile(nil, "", "(function(){"+body+"\n})", 0, parser.WithDisableSourceMaps); err == nil {
			return false
		}
	}
	c, err := compileModuleCached(filename, PathToFileURL(filename), src, typescript)
	return err == nil && c.hasModuleSyntax
}
