package esm

import (
	"reflect"
	"sync"

	"github.com/dop251/goja/ast"
)

// walk visits every ast.Node reachable from n in source order, calling fn with the node
// and its parent; returning false skips the node's children. goja's ast package has no
// visitor, so the walk uses reflection over the node structs (with per-type field lists
// cached).
func walk(n ast.Node, fn func(n, parent ast.Node) bool) {
	walkValue(reflect.ValueOf(n), nil, fn)
}

var nodeType = reflect.TypeOf((*ast.Node)(nil)).Elem()

// fieldPlan lists, per struct type, the indexes of fields that may hold nodes.
var fieldPlans sync.Map // reflect.Type -> []int

func plan(t reflect.Type) []int {
	if p, ok := fieldPlans.Load(t); ok {
		return p.([]int)
	}
	var idx []int
	for i := 0; i < t.NumField(); i++ {
		if mayHoldNode(t.Field(i).Type, 0) {
			idx = append(idx, i)
		}
	}
	fieldPlans.Store(t, idx)
	return idx
}

func mayHoldNode(t reflect.Type, depth int) bool {
	if depth > 3 {
		return false
	}
	switch t.Kind() {
	case reflect.Interface:
		return t.Implements(nodeType) || nodeType.Implements(t) || t == nodeType
	case reflect.Ptr:
		return t.Elem().Kind() == reflect.Struct && t.Elem().PkgPath() == nodeType.PkgPath()
	case reflect.Slice:
		return mayHoldNode(t.Elem(), depth+1)
	case reflect.Struct:
		// Embedded/value structs of the ast package (e.g. Identifier in DotExpression,
		// LexicalDeclaration in ForLoopInitializerLexicalDecl).
		return t.PkgPath() == nodeType.PkgPath()
	}
	return false
}

func walkValue(v reflect.Value, parent ast.Node, fn func(n, parent ast.Node) bool) {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		walkValue(v.Elem(), parent, fn)
	case reflect.Ptr:
		if v.IsNil() {
			return
		}
		if n, ok := v.Interface().(ast.Node); ok {
			if !fn(n, parent) {
				return
			}
			parent = n
		}
		e := v.Elem()
		if e.Kind() == reflect.Struct {
			walkFields(e, parent, fn)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkValue(v.Index(i), parent, fn)
		}
	case reflect.Struct:
		// A node held by value: visit it through its address when possible.
		if v.CanAddr() {
			if n, ok := v.Addr().Interface().(ast.Node); ok {
				if !fn(n, parent) {
					return
				}
				parent = n
			}
		}
		walkFields(v, parent, fn)
	}
}

func walkFields(v reflect.Value, parent ast.Node, fn func(n, parent ast.Node) bool) {
	for _, i := range plan(v.Type()) {
		walkValue(v.Field(i), parent, fn)
	}
}
