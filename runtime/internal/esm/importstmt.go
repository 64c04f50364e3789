package esm

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// importedNames parses the import declaration starting at off in src and returns the
// names it imports from its module ("default" for a default import; none for a
// namespace or a bare import). ok is false if src[off:] is not an import declaration.
// TypeScript `type` specifiers are skipped.
//
// esbuild's CommonJS output drops imports that are never used, but Node checks every
// imported name at link time, so the names come from the original statement (found
// through the source map).
func importedNames(src string, off int) (names []string, ok bool) {
	lx := &importLexer{src: src, i: off}
	if lx.ident() != "import" {
		return nil, false
	}
	tok := lx.peek()
	if tok == "type" {
		save := lx.i
		lx.next()
		t := lx.peek()
		typeOnly := t == "{" || t == "*" || isIdentToken(t)
		if t == "from" {
			// `import type from 'x'` imports a default named type; `import type from
			// from 'x'` is a type-only import.
			lx.next()
			typeOnly = !isStringToken(lx.peek())
		}
		if typeOnly {
			return nil, true // erased
		}
		lx.i = save
	}
	tok = lx.peek()
	if isStringToken(tok) {
		return nil, true
	}
	if isIdentToken(tok) {
		lx.next()
		names = append(names, "default")
		if lx.peek() != "," {
			return names, lx.peek() == "from"
		}
		lx.next()
		tok = lx.peek()
	}
	switch tok {
	case "*":
		return names, true
	case "{":
		lx.next()
		for {
			t := lx.next()
			if t == "}" {
				return names, true
			}
			if t == "" {
				return nil, false
			}
			if t == "," {
				continue
			}
			name := t
			if t == "type" {
				if n := lx.peek(); n != "as" && n != "," && n != "}" {
					lx.next()
					if lx.peek() == "as" {
						lx.next()
						lx.next()
					}
					continue
				}
			}
			if isStringToken(name) {
				name, _ = strconv.Unquote(toDoubleQuoted(name))
			}
			names = append(names, name)
			if lx.peek() == "as" {
				lx.next()
				lx.next()
			}
		}
	}
	return names, len(names) > 0
}

func isIdentToken(t string) bool {
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return r == '_' || r == '$' || r == '\\' || unicode.IsLetter(r)
}

func isStringToken(t string) bool { return len(t) >= 2 && (t[0] == '"' || t[0] == '\'') }

func toDoubleQuoted(s string) string {
	if s[0] == '"' {
		return s
	}
	inner := s[1 : len(s)-1]
	inner = strings.ReplaceAll(inner, `\'`, `'`)
	inner = strings.ReplaceAll(inner, `"`, `\"`)
	return `"` + inner + `"`
}

// importLexer tokenizes the small grammar of import declarations.
type importLexer struct {
	src  string
	i    int
	last int
}

func (lx *importLexer) skip() {
	for lx.i < len(lx.src) {
		c := lx.src[lx.i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			lx.i++
		case strings.HasPrefix(lx.src[lx.i:], "//"):
			nl := strings.IndexByte(lx.src[lx.i:], '\n')
			if nl < 0 {
				lx.i = len(lx.src)
			} else {
				lx.i += nl
			}
		case strings.HasPrefix(lx.src[lx.i:], "/*"):
			e := strings.Index(lx.src[lx.i+2:], "*/")
			if e < 0 {
				lx.i = len(lx.src)
			} else {
				lx.i += e + 4
			}
		default:
			return
		}
	}
}

func (lx *importLexer) next() string {
	lx.skip()
	lx.last = lx.i
	if lx.i >= len(lx.src) {
		return ""
	}
	c := lx.src[lx.i]
	switch {
	case c == '"' || c == '\'':
		j := lx.i + 1
		for j < len(lx.src) && lx.src[j] != c {
			if lx.src[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(lx.src) {
			lx.i = len(lx.src)
			return ""
		}
		t := lx.src[lx.i : j+1]
		lx.i = j + 1
		return t
	case strings.IndexByte("{},*;", c) >= 0:
		lx.i++
		return string(c)
	}
	start := lx.i
	for lx.i < len(lx.src) {
		r, size := utf8.DecodeRuneInString(lx.src[lx.i:])
		if r == '_' || r == '$' || r == '\\' || unicode.IsLetter(r) || unicode.IsDigit(r) || r == 0x200c || r == 0x200d {
			lx.i += size
			continue
		}
		break
	}
	if lx.i == start {
		lx.i++
	}
	return lx.src[start:lx.i]
}

func (lx *importLexer) ident() string { return lx.next() }

func (lx *importLexer) peek() string {
	save, last := lx.i, lx.last
	t := lx.next()
	lx.i, lx.last = save, last
	return t
}
