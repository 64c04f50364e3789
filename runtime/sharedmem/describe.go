package sharedmem

import (
	"github.com/dop251/goja"
)

func symbolString(s *goja.Symbol) string { return "Symbol(" + s.String() + ")" }

// describe formats v for an error message the way V8's NoSideEffectsToString does
// (approximately): primitives as strings, functions as their source, errors as
// "Name: message", plain objects whose toString is Object.prototype.toString as
// "#<Constructor>", others as "[object Tag]".
func (st *envState) describe(v goja.Value) (s string) {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		if sym, ok := v.(*goja.Symbol); ok {
			return symbolString(sym)
		}
		return v.String()
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*goja.Exception); !ok {
				panic(r) // e.g. an interrupt: never swallow it
			}
			s = "#<Object>" // a throwing getter or proxy trap
		}
	}()
	if _, ok := goja.AssertFunction(obj); ok {
		if src, err := st.fnToString(obj); err == nil {
			return src.String()
		}
	}
	if obj.ClassName() == "Error" {
		name, msg := "Error", ""
		if n := obj.Get("name"); n != nil && !goja.IsUndefined(n) {
			name = n.String()
		}
		if m := obj.Get("message"); m != nil && !goja.IsUndefined(m) {
			msg = m.String()
		}
		switch {
		case name == "":
			return msg
		case msg == "":
			return name
		}
		return name + ": " + msg
	}
	if ts, ok := obj.Get("toString").(*goja.Object); ok && ts == st.objToStr {
		if c, ok := obj.Get("constructor").(*goja.Object); ok {
			if _, ok := goja.AssertFunction(c); ok {
				if n := c.Get("name"); n != nil && goja.IsString(n) && n.String() != "" {
					return "#<" + n.String() + ">"
				}
			}
		}
	}
	if tag := obj.GetSymbol(goja.SymToStringTag); tag != nil && goja.IsString(tag) {
		return "[object " + tag.String() + "]"
	}
	if tag, err := st.taTag(obj); err == nil && goja.IsString(tag) { // a typed array
		return "[object " + tag.String() + "]"
	}
	switch c := obj.ClassName(); c {
	case "Array", "Date", "RegExp", "Boolean", "Number", "String", "Function", "Arguments":
		return "[object " + c + "]"
	}
	return "[object Object]"
}
