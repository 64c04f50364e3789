package esm

import (
	"sync"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/token"
)

// cjsExports is what Node's cjs-module-lexer finds in a CommonJS source: the names that
// become named exports when the module is imported from ESM, and the specifiers whose
// exports it re-exports (module.exports = require(x), ...require(x)).
type cjsExports struct {
	names     []string
	reexports []string
}

type cjsCacheEntry struct {
	src string
	res cjsExports
}

var cjsLexCache sync.Map // filename -> *cjsCacheEntry

// lexCommonJS detects export names the way cjs-module-lexer does, on goja's AST:
//
//	exports.a = / exports['a'] = / module.exports.a =
//	Object.defineProperty(exports, 'a', { value: ... }) or { get() { return x.y } }
//	module.exports = { a, b: c, 'd': e, ...require('x') }  (stops at the first other value)
//	module.exports = require('x')
//
// Like the lexer it looks everywhere in the file (also inside functions and dead code).
func lexCommonJS(filename, src string) cjsExports {
	if v, ok := cjsLexCache.Load(filename); ok {
		e := v.(*cjsCacheEntry)
		if e.src == src {
			return e.res
		}
	}
	res := lexCommonJSUncached(src)
	cjsLexCache.Store(filename, &cjsCacheEntry{src: src, res: res})
	return res
}

func lexCommonJSUncached(src string) cjsExports {
	var res cjsExports
	body := src
	if len(body) > 1 && body[0] == '#' && body[1] == '!' {
		body = "//" + body[2:]
	}
	prg, err := parser.ParseFile(nil, "", "(function(){"+body+"\n})", 0, parser.WithDisableSourceMaps)
	if err != nil {
		return res
	}
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			res.names = append(res.names, n)
		}
	}
	isExportsObj := func(e ast.Expression) bool {
		return isIdentName(e, "exports") || isDot(e, "module", "exports")
	}
	walk(prg, func(n, _ ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignExpression:
			if x.Operator != token.ASSIGN {
				return true
			}
			switch l := x.Left.(type) {
			case *ast.DotExpression:
				if isExportsObj(l.Left) {
					add(l.Identifier.Name.String())
				} else if isIdentName(l.Left, "module") && l.Identifier.Name.String() == "exports" {
					lexModuleExportsValue(x.Right, add, &res)
				}
			case *ast.BracketExpression:
				if s, ok := l.Member.(*ast.StringLiteral); ok && isExportsObj(l.Left) {
					add(s.Value.String())
				}
			}
		case *ast.CallExpression:
			if d, ok := x.Callee.(*ast.DotExpression); ok && isIdentName(d.Left, "Object") && d.Identifier.Name.String() == "defineProperty" && len(x.ArgumentList) == 3 {
				if !isExportsObj(x.ArgumentList[0]) {
					return true
				}
				s, ok := x.ArgumentList[1].(*ast.StringLiteral)
				if !ok {
					return true
				}
				if desc, ok := x.ArgumentList[2].(*ast.ObjectLiteral); ok && safeDescriptor(desc) {
					add(s.Value.String())
				}
			}
		}
		return true
	})
	return res
}

func lexModuleExportsValue(v ast.Expression, add func(string), res *cjsExports) {
	switch r := v.(type) {
	case *ast.CallExpression:
		if spec, ok := requireCall(r); ok {
			res.reexports = append(res.reexports, spec)
		}
	case *ast.ObjectLiteral:
		for _, p := range r.Value {
			switch p := p.(type) {
			case *ast.PropertyShort:
				if p.Initializer != nil {
					return
				}
				add(p.Name.Name.String())
			case *ast.PropertyKeyed:
				if p.Computed || p.Kind != ast.PropertyKindValue {
					return
				}
				name, ok := propName(p.Key)
				if !ok {
					return
				}
				if _, isID := p.Value.(*ast.Identifier); !isID {
					return
				}
				add(name)
			case *ast.SpreadElement:
				call, ok := p.Expression.(*ast.CallExpression)
				if !ok {
					return
				}
				spec, ok := requireCall(call)
				if !ok {
					return
				}
				res.reexports = append(res.reexports, spec)
			default:
				return
			}
		}
	}
}

func requireCall(c *ast.CallExpression) (string, bool) {
	if !isIdentName(c.Callee, "require") || len(c.ArgumentList) != 1 {
		return "", false
	}
	s, ok := c.ArgumentList[0].(*ast.StringLiteral)
	if !ok {
		return "", false
	}
	return s.Value.String(), true
}

// safeDescriptor accepts { value: ... } and { enumerable: true, get() { return a.b } }
// (the forms cjs-module-lexer recognises as not running arbitrary getters).
func safeDescriptor(desc *ast.ObjectLiteral) bool {
	hasValue, enumerable, safeGet := false, false, false
	for _, p := range desc.Value {
		pk, ok := p.(*ast.PropertyKeyed)
		if !ok {
			return false
		}
		name, _ := propName(pk.Key)
		switch name {
		case "value":
			hasValue = true
		case "enumerable":
			if b, ok := pk.Value.(*ast.BooleanLiteral); ok && b.Value {
				enumerable = true
			}
		case "get":
			var fnBody *ast.BlockStatement
			switch f := pk.Value.(type) {
			case *ast.FunctionLiteral:
				fnBody = f.Body
			}
			if fnBody != nil && len(fnBody.List) == 1 {
				if ret, ok := fnBody.List[0].(*ast.ReturnStatement); ok && isMemberChain(ret.Argument) {
					safeGet = true
				}
			}
		}
	}
	return hasValue || (enumerable && safeGet)
}

func isMemberChain(e ast.Expression) bool {
	switch x := e.(type) {
	case *ast.Identifier:
		return true
	case *ast.DotExpression:
		return isMemberChain(x.Left)
	case *ast.BracketExpression:
		_, ok := x.Member.(*ast.StringLiteral)
		return ok && isMemberChain(x.Left)
	}
	return false
}
