package jslib

// internalBinding('url'): the WHATWG URL Standard's basic URL parser and setters, in
// Go, for url.js (Node uses ada, a C++ implementation of the same standard).
//
// parse(input, base) returns the components of the parsed URL as an array (see
// components below) or null on failure; update(href, setter, value) re-parses href,
// runs the named setter (the standard's setter algorithms, i.e. the basic parser with
// a state override) and returns the new components, or null when the setter changed
// nothing. Hosts go through UTS #46 (golang.org/x/net/idna) like ada's: ASCII domains
// are only lower-cased, others mapped, validated (joiners, bidi) and punycoded.

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/net/idna"
)

func init() {
	Bindings["url"] = newURLBinding
}

func newURLBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = b.Set(name, fn)
	}
	set("parse", func(call goja.FunctionCall) goja.Value {
		var base *urlRecord
		if bv := call.Argument(1); !goja.IsUndefined(bv) {
			base = parseURL(bv.String(), nil)
			if base == nil {
				return goja.Null()
			}
		}
		u := parseURL(call.Argument(0).String(), base)
		if u == nil {
			return goja.Null()
		}
		return u.components(vm)
	})
	set("canParse", func(call goja.FunctionCall) goja.Value {
		var base *urlRecord
		if bv := call.Argument(1); !goja.IsUndefined(bv) {
			base = parseURL(bv.String(), nil)
			if base == nil {
				return vm.ToValue(false)
			}
		}
		return vm.ToValue(parseURL(call.Argument(0).String(), base) != nil)
	})
	set("update", func(call goja.FunctionCall) goja.Value {
		u := parseURL(call.Argument(0).String(), nil)
		if u == nil {
			return goja.Null()
		}
		before := u.serialize(false)
		u.set(call.Argument(1).String(), call.Argument(2).String())
		if u.serialize(false) == before {
			return goja.Null()
		}
		return u.components(vm)
	})
	set("domainToASCII", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(domainViaHostname(call.Argument(0).String(), false))
	})
	// toASCII(domain): UTS #46 ToASCII only ('' on failure), for the legacy url.parse.
	set("toASCII", func(call goja.FunctionCall) goja.Value {
		out, ok := domainToASCII(call.Argument(0).String())
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(out)
	})
	set("domainToUnicode", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(domainViaHostname(call.Argument(0).String(), true))
	})
	// parseParams(string) -> [name, value, ...]: application/x-www-form-urlencoded.
	set("parseParams", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(parseFormURLEncoded(call.Argument(0).String()))
	})
	// serializeParams([name, value, ...]) -> string.
	set("serializeParams", func(call goja.FunctionCall) goja.Value {
		var sb strings.Builder
		if o, ok := call.Argument(0).(*goja.Object); ok {
			n := int(o.Get("length").ToInteger())
			for i := 0; i+1 < n; i += 2 {
				if i > 0 {
					sb.WriteByte('&')
				}
				formEncode(&sb, o.Get(strconv.Itoa(i)).String())
				sb.WriteByte('=')
				formEncode(&sb, o.Get(strconv.Itoa(i+1)).String())
			}
		}
		return vm.ToValue(sb.String())
	})
	// toUSVString(s): s with lone surrogates replaced by U+FFFD.
	set("toUSVString", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		if reflect.TypeOf(v).Kind() == reflect.String {
			return v // ASCII
		}
		s, ok := v.(goja.String)
		if !ok {
			return vm.ToValue(v.String())
		}
		n := s.Length()
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			if c >= 0xd800 && c <= 0xdfff {
				if c <= 0xdbff && i+1 < n {
					if d := s.CharAt(i + 1); d >= 0xdc00 && d <= 0xdfff {
						i++
						continue
					}
				}
				return vm.ToValue(v.String())
			}
		}
		return v
	})
	// format(href, fragment, unicode, search, auth): url.format(URL, options).
	set("format", func(call goja.FunctionCall) goja.Value {
		u := parseURL(call.Argument(0).String(), nil)
		if u == nil {
			return call.Argument(0)
		}
		if !call.Argument(1).ToBoolean() {
			u.fragment = nil
		}
		if call.Argument(2).ToBoolean() && u.host != nil {
			h := domainToUnicode(*u.host)
			u.host = &h
		}
		if !call.Argument(3).ToBoolean() {
			u.query = nil
		}
		if !call.Argument(4).ToBoolean() {
			u.username, u.password = "", ""
		}
		return vm.ToValue(u.serialize(false))
	})
	return b
}

// domainViaHostname is Node's url.domainToASCII/domainToUnicode: the hostname setter on
// "ws://x", then the hostname (for unicode, its labels decoded).
func domainViaHostname(input string, unicode bool) string {
	if input == "" {
		return ""
	}
	u := parseURL("ws://x", nil)
	if !u.set("hostname", input) {
		return ""
	}
	h := ""
	if u.host != nil {
		h = *u.host
	}
	if unicode {
		return domainToUnicode(h)
	}
	return h
}

type urlRecord struct {
	scheme     string
	username   string
	password   string
	host       *string // serialized host; nil is null
	port       int     // -1 is null
	path       []string
	opaque     bool // the path is an opaque path (opaquePath)
	opaquePath string
	query      *string
	fragment   *string
}

// components is what url.js keeps of a URL: href, protocol, username, password,
// hostname, port, pathname, search, hash, and flags (1: has an opaque path, 2: host is
// null).
func (u *urlRecord) components(vm *goja.Runtime) goja.Value {
	host := ""
	flags := 0
	if u.host != nil {
		host = *u.host
	} else {
		flags |= 2
	}
	if u.opaque {
		flags |= 1
	}
	port := ""
	if u.port >= 0 {
		port = strconv.Itoa(u.port)
	}
	search, hash := "", ""
	if u.query != nil && *u.query != "" {
		search = "?" + *u.query
	}
	if u.fragment != nil && *u.fragment != "" {
		hash = "#" + *u.fragment
	}
	return vm.NewArray(
		u.serialize(false), u.scheme+":", u.username, u.password, host, port,
		u.pathname(), search, hash, flags,
	)
}

func (u *urlRecord) pathname() string {
	if u.opaque {
		return u.opaquePath
	}
	if len(u.path) == 0 {
		return ""
	}
	var sb strings.Builder
	for _, seg := range u.path {
		sb.WriteByte('/')
		sb.WriteString(seg)
	}
	return sb.String()
}

func (u *urlRecord) serialize(excludeFragment bool) string {
	var sb strings.Builder
	sb.WriteString(u.scheme)
	sb.WriteByte(':')
	if u.host != nil {
		sb.WriteString("//")
		if u.username != "" || u.password != "" {
			sb.WriteString(u.username)
			if u.password != "" {
				sb.WriteByte(':')
				sb.WriteString(u.password)
			}
			sb.WriteByte('@')
		}
		sb.WriteString(*u.host)
		if u.port >= 0 {
			sb.WriteByte(':')
			sb.WriteString(strconv.Itoa(u.port))
		}
	}
	if u.host == nil && !u.opaque && len(u.path) > 1 && u.path[0] == "" {
		sb.WriteString("/.")
	}
	sb.WriteString(u.pathname())
	if u.query != nil {
		sb.WriteByte('?')
		sb.WriteString(*u.query)
	}
	if !excludeFragment && u.fragment != nil {
		sb.WriteByte('#')
		sb.WriteString(*u.fragment)
	}
	return sb.String()
}

var specialPorts = map[string]int{"ftp": 21, "file": -1, "http": 80, "https": 443, "ws": 80, "wss": 443}

func isSpecialScheme(s string) bool {
	_, ok := specialPorts[s]
	return ok
}

func defaultPort(s string) int {
	if p, ok := specialPorts[s]; ok {
		return p
	}
	return -1
}

func (u *urlRecord) special() bool { return isSpecialScheme(u.scheme) }

func (u *urlRecord) includesCredentials() bool { return u.username != "" || u.password != "" }

func (u *urlRecord) cannotHaveUsernamePasswordPort() bool {
	return u.host == nil || *u.host == "" || u.scheme == "file"
}

func (u *urlRecord) shortenPath() {
	if u.scheme == "file" && len(u.path) == 1 && isNormalizedWindowsDriveLetter(u.path[0]) {
		return
	}
	if len(u.path) > 0 {
		u.path = u.path[:len(u.path)-1]
	}
}

// ---- percent-encoding -------------------------------------------------------------

type encodeSet uint8

const (
	setC0 encodeSet = iota
	setFragment
	setQuery
	setSpecialQuery
	setPath
	setUserinfo
	setComponent
	setForm
)

func inEncodeSet(c rune, set encodeSet) bool {
	if c < 0x20 || c > 0x7e {
		return true
	}
	switch set {
	case setC0:
		return false
	case setFragment:
		return c == ' ' || c == '"' || c == '<' || c == '>' || c == '`'
	}
	// query and above
	if c == ' ' || c == '"' || c == '#' || c == '<' || c == '>' {
		return true
	}
	switch set {
	case setQuery:
		return false
	case setSpecialQuery:
		return c == '\''
	}
	// path and above
	if c == '?' || c == '^' || c == '`' || c == '{' || c == '}' {
		return true
	}
	if set == setPath {
		return false
	}
	// userinfo and above
	if c == '/' || c == ':' || c == ';' || c == '=' || c == '@' || (c >= '[' && c <= ']') || c == '|' {
		return true
	}
	if set == setUserinfo {
		return false
	}
	if c == '$' || c == '%' || c == '&' || c == '+' || c == ',' {
		return true
	}
	if set == setComponent {
		return false
	}
	return c == '!' || (c >= '\'' && c <= ')') || c == '~'
}

const upperHex = "0123456789ABCDEF"

func appendPercentEncoded(sb *strings.Builder, c rune, set encodeSet) {
	if !inEncodeSet(c, set) {
		sb.WriteRune(c)
		return
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], c)
	for _, b := range buf[:n] {
		sb.WriteByte('%')
		sb.WriteByte(upperHex[b>>4])
		sb.WriteByte(upperHex[b&15])
	}
}

func percentEncodeString(s string, set encodeSet) string {
	var sb strings.Builder
	for _, c := range s {
		appendPercentEncoded(&sb, c, set)
	}
	return sb.String()
}

func percentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]) {
			out = append(out, unhexByte(s[i+1])<<4|unhexByte(s[i+2]))
			i += 2
			continue
		}
		out = append(out, c)
	}
	return out
}

func isHexDigit(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func unhexByte(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// ---- helpers ---------------------------------------------------------------------

func isASCIIAlpha(c rune) bool     { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isASCIIDigit(c rune) bool     { return c >= '0' && c <= '9' }
func isASCIIAlnum(c rune) bool     { return isASCIIAlpha(c) || isASCIIDigit(c) }
func isASCIIHexDigitR(c rune) bool { return c < 0x80 && isHexDigit(byte(c)) }
func toLowerASCII(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func isWindowsDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && (s[1] == ':' || s[1] == '|')
}

func isNormalizedWindowsDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && s[1] == ':'
}

// startsWithWindowsDriveLetter reports whether the code points cs start with a Windows
// drive letter followed by the end, '/', '\', '?' or '#'.
func startsWithWindowsDriveLetter(cs []rune) bool {
	if len(cs) < 2 || !isASCIIAlpha(cs[0]) || (cs[1] != ':' && cs[1] != '|') {
		return false
	}
	if len(cs) == 2 {
		return true
	}
	switch cs[2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func isSingleDot(s string) bool {
	return s == "." || strings.EqualFold(s, "%2e")
}

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

// ---- the basic URL parser ------------------------------------------------------------

type urlState int

const (
	stNone urlState = iota
	stSchemeStart
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stHostname
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

// parseURL parses input against base (may be nil); nil on failure.
func parseURL(input string, base *urlRecord) *urlRecord {
	u := &urlRecord{port: -1}
	// Strip leading and trailing C0 controls and spaces.
	input = strings.TrimFunc(input, func(r rune) bool { return r <= 0x20 })
	if !basicParse(input, base, u, stNone) {
		return nil
	}
	return u
}

func removeTabNewline(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '\t' && c != '\n' && c != '\r' {
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

const eof = rune(-1)

// basicParse runs the basic URL parser on u. With an override state it returns false
// when the standard says "return failure" and true otherwise.
func basicParse(input string, base *urlRecord, u *urlRecord, override urlState) bool {
	cs := []rune(removeTabNewline(input))
	state := override
	if state == stNone {
		state = stSchemeStart
	}
	var buf strings.Builder
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	remainingStartsWith := func(p int, r rune) bool { return p+1 < len(cs) && cs[p+1] == r }
	for p := 0; ; p++ {
		c := eof
		if p < len(cs) {
			c = cs[p]
		}
		switch state {
		case stSchemeStart:
			if isASCIIAlpha(c) {
				buf.WriteRune(toLowerASCII(c))
				state = stScheme
			} else if override == stNone {
				state = stNoScheme
				p--
			} else {
				return false
			}
		case stScheme:
			if isASCIIAlnum(c) || c == '+' || c == '-' || c == '.' {
				buf.WriteRune(toLowerASCII(c))
			} else if c == ':' {
				s := buf.String()
				if override != stNone {
					if u.special() != isSpecialScheme(s) {
						return true
					}
					if (u.includesCredentials() || u.port >= 0) && s == "file" {
						return true
					}
					if u.scheme == "file" && u.host != nil && *u.host == "" {
						return true
					}
				}
				u.scheme = s
				if override != stNone {
					if u.port == defaultPort(u.scheme) {
						u.port = -1
					}
					return true
				}
				buf.Reset()
				if u.scheme == "file" {
					state = stFile
				} else if u.special() && base != nil && base.scheme == u.scheme {
					state = stSpecialRelativeOrAuthority
				} else if u.special() {
					state = stSpecialAuthoritySlashes
				} else if remainingStartsWith(p, '/') {
					state = stPathOrAuthority
					p++
				} else {
					u.opaque = true
					u.opaquePath = ""
					state = stOpaquePath
				}
			} else if override == stNone {
				buf.Reset()
				state = stNoScheme
				p = -1
			} else {
				return false
			}
		case stNoScheme:
			if base == nil || (base.opaque && c != '#') {
				return false
			} else if base.opaque && c == '#' {
				u.scheme = base.scheme
				u.opaque = true
				u.opaquePath = base.opaquePath
				u.query = copyStr(base.query)
				empty := ""
				u.fragment = &empty
				state = stFragment
			} else if base.scheme != "file" {
				state = stRelative
				p--
			} else {
				state = stFile
				p--
			}
		case stSpecialRelativeOrAuthority:
			if c == '/' && remainingStartsWith(p, '/') {
				state = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				state = stRelative
				p--
			}
		case stPathOrAuthority:
			if c == '/' {
				state = stAuthority
			} else {
				state = stPath
				p--
			}
		case stRelative:
			u.scheme = base.scheme
			if c == '/' {
				state = stRelativeSlash
			} else if u.special() && c == '\\' {
				state = stRelativeSlash
			} else {
				u.username, u.password = base.username, base.password
				u.host = copyStr(base.host)
				u.port = base.port
				u.path = append([]string(nil), base.path...)
				u.query = copyStr(base.query)
				if c == '?' {
					empty := ""
					u.query = &empty
					state = stQuery
				} else if c == '#' {
					empty := ""
					u.fragment = &empty
					state = stFragment
				} else if c != eof {
					u.query = nil
					u.shortenPath()
					state = stPath
					p--
				}
			}
		case stRelativeSlash:
			if u.special() && (c == '/' || c == '\\') {
				state = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				state = stAuthority
			} else {
				u.username, u.password = base.username, base.password
				u.host = copyStr(base.host)
				u.port = base.port
				state = stPath
				p--
			}
		case stSpecialAuthoritySlashes:
			if c == '/' && remainingStartsWith(p, '/') {
				state = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				state = stSpecialAuthorityIgnoreSlashes
				p--
			}
		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				state = stAuthority
				p--
			}
		case stAuthority:
			if c == '@' {
				s := buf.String()
				if atSignSeen {
					s = "%40" + s
				}
				atSignSeen = true
				var user, pass strings.Builder
				user.WriteString(u.username)
				pass.WriteString(u.password)
				for _, cp := range s {
					if cp == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					if passwordTokenSeen {
						appendPercentEncoded(&pass, cp, setUserinfo)
					} else {
						appendPercentEncoded(&user, cp, setUserinfo)
					}
				}
				u.username, u.password = user.String(), pass.String()
				buf.Reset()
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				if atSignSeen && buf.Len() == 0 {
					return false
				}
				p -= utf8.RuneCountInString(buf.String()) + 1
				buf.Reset()
				state = stHost
			} else {
				buf.WriteRune(c)
			}
		case stHost, stHostname:
			if override != stNone && u.scheme == "file" {
				p--
				state = stFileHost
			} else if c == ':' && !insideBrackets {
				if buf.Len() == 0 {
					return false
				}
				if override == stHostname {
					return false
				}
				h, ok := parseHost(buf.String(), !u.special())
				if !ok {
					return false
				}
				u.host = &h
				buf.Reset()
				state = stPort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				p--
				if u.special() && buf.Len() == 0 {
					return false
				} else if override != stNone && buf.Len() == 0 && (u.includesCredentials() || u.port >= 0) {
					return false
				}
				h, ok := parseHost(buf.String(), !u.special())
				if !ok {
					return false
				}
				u.host = &h
				buf.Reset()
				state = stPathStart
				if override != stNone {
					return true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				}
				if c == ']' {
					insideBrackets = false
				}
				buf.WriteRune(c)
			}
		case stPort:
			if isASCIIDigit(c) {
				buf.WriteRune(c)
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') || override != stNone {
				if buf.Len() != 0 {
					port := 0
					for _, d := range buf.String() {
						port = port*10 + int(d-'0')
						if port > 65535 {
							return false
						}
					}
					if port == defaultPort(u.scheme) {
						u.port = -1
					} else {
						u.port = port
					}
					buf.Reset()
					if override != stNone {
						return true
					}
				}
				if override != stNone {
					return false
				}
				state = stPathStart
				p--
			} else {
				return false
			}
		case stFile:
			u.scheme = "file"
			empty := ""
			u.host = &empty
			if c == '/' || c == '\\' {
				state = stFileSlash
			} else if base != nil && base.scheme == "file" {
				u.host = copyStr(base.host)
				u.path = append([]string(nil), base.path...)
				u.query = copyStr(base.query)
				if c == '?' {
					e := ""
					u.query = &e
					state = stQuery
				} else if c == '#' {
					e := ""
					u.fragment = &e
					state = stFragment
				} else if c != eof {
					u.query = nil
					if !startsWithWindowsDriveLetter(cs[p:]) {
						u.shortenPath()
					} else {
						u.path = nil
					}
					state = stPath
					p--
				}
			} else {
				state = stPath
				p--
			}
		case stFileSlash:
			if c == '/' || c == '\\' {
				state = stFileHost
			} else {
				if base != nil && base.scheme == "file" {
					u.host = copyStr(base.host)
					if !startsWithWindowsDriveLetter(cs[min(p, len(cs)):]) && len(base.path) > 0 && isNormalizedWindowsDriveLetter(base.path[0]) {
						u.path = append(u.path, base.path[0])
					}
				}
				state = stPath
				p--
			}
		case stFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if override == stNone && isWindowsDriveLetter(buf.String()) {
					state = stPath
				} else if buf.Len() == 0 {
					empty := ""
					u.host = &empty
					if override != stNone {
						return true
					}
					state = stPathStart
				} else {
					h, ok := parseHost(buf.String(), !u.special())
					if !ok {
						return false
					}
					if h == "localhost" {
						h = ""
					}
					u.host = &h
					if override != stNone {
						return true
					}
					buf.Reset()
					state = stPathStart
				}
			} else {
				buf.WriteRune(c)
			}
		case stPathStart:
			if u.special() {
				state = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == stNone && c == '?' {
				e := ""
				u.query = &e
				state = stQuery
			} else if override == stNone && c == '#' {
				e := ""
				u.fragment = &e
				state = stFragment
			} else if c != eof {
				state = stPath
				if c != '/' {
					p--
				}
			} else if override != stNone && u.host == nil {
				u.path = append(u.path, "")
			}
		case stPath:
			if c == eof || c == '/' || (u.special() && c == '\\') || (override == stNone && (c == '?' || c == '#')) {
				s := buf.String()
				slash := c == '/' || (u.special() && c == '\\')
				if isDoubleDot(s) {
					u.shortenPath()
					if !slash {
						u.path = append(u.path, "")
					}
				} else if isSingleDot(s) && !slash {
					u.path = append(u.path, "")
				} else if !isSingleDot(s) {
					if u.scheme == "file" && len(u.path) == 0 && isWindowsDriveLetter(s) {
						s = s[:1] + ":"
					}
					u.path = append(u.path, s)
				}
				buf.Reset()
				if c == '?' {
					e := ""
					u.query = &e
					state = stQuery
				}
				if c == '#' {
					e := ""
					u.fragment = &e
					state = stFragment
				}
			} else {
				appendPercentEncoded(&buf, c, setPath)
			}
		case stOpaquePath:
			if c == '?' {
				e := ""
				u.query = &e
				state = stQuery
			} else if c == '#' {
				e := ""
				u.fragment = &e
				state = stFragment
			} else if c == ' ' {
				// A space right before the query or fragment is escaped so that it
				// survives serialization.
				if remainingStartsWith(p, '?') || remainingStartsWith(p, '#') {
					u.opaquePath += "%20"
				} else {
					u.opaquePath += " "
				}
			} else if c != eof {
				var sb strings.Builder
				sb.WriteString(u.opaquePath)
				appendPercentEncoded(&sb, c, setC0)
				u.opaquePath = sb.String()
			}
		case stQuery:
			if (override == stNone && c == '#') || c == eof {
				set := setQuery
				if u.special() {
					set = setSpecialQuery
				}
				q := ""
				if u.query != nil {
					q = *u.query
				}
				q += percentEncodeString(buf.String(), set)
				u.query = &q
				buf.Reset()
				if c == '#' {
					e := ""
					u.fragment = &e
					state = stFragment
				}
			} else if c != eof {
				buf.WriteRune(c)
			}
		case stFragment:
			if c != eof {
				var sb strings.Builder
				if u.fragment != nil {
					sb.WriteString(*u.fragment)
				}
				appendPercentEncoded(&sb, c, setFragment)
				f := sb.String()
				u.fragment = &f
			}
		}
		// The state machine stops once a run ends with the pointer on EOF.
		if p >= len(cs) {
			break
		}
	}
	return true
}

func copyStr(s *string) *string {
	if s == nil {
		return nil
	}
	v := *s
	return &v
}

// ---- setters -----------------------------------------------------------------------

// set runs the URL setter name with value; false when the standard's algorithm ends in
// failure (which may still have changed the URL: a host setter that fails in the port).
func (u *urlRecord) set(name, value string) bool {
	switch name {
	case "href":
		n := parseURL(value, nil)
		if n == nil {
			return false
		}
		*u = *n
		return true
	case "protocol":
		return basicParse(value+":", nil, u, stSchemeStart)
	case "username":
		if u.cannotHaveUsernamePasswordPort() {
			return true
		}
		u.username = percentEncodeString(value, setUserinfo)
		return true
	case "password":
		if u.cannotHaveUsernamePasswordPort() {
			return true
		}
		u.password = percentEncodeString(value, setUserinfo)
		return true
	case "host", "hostname":
		if u.opaque {
			return true
		}
		st := stHost
		if name == "hostname" {
			st = stHostname
		}
		// Like the standard, a failure after the host was set (in the port) keeps
		// the new host; the result still reports the failure.
		return basicParse(value, nil, u, st)
	case "port":
		if u.cannotHaveUsernamePasswordPort() {
			return true
		}
		if removeTabNewline(value) == "" {
			u.port = -1
			return true
		}
		c := *u
		if !basicParse(value, nil, &c, stPort) {
			return false
		}
		*u = c
		return true
	case "pathname":
		if u.opaque {
			return true
		}
		u.path = nil
		return basicParse(value, nil, u, stPathStart)
	case "search":
		if value == "" {
			u.query = nil
			return true
		}
		value = strings.TrimPrefix(value, "?")
		e := ""
		u.query = &e
		return basicParse(value, nil, u, stQuery)
	case "hash":
		if value == "" {
			u.fragment = nil
			return true
		}
		value = strings.TrimPrefix(value, "#")
		e := ""
		u.fragment = &e
		return basicParse(value, nil, u, stFragment)
	}
	return false
}

// ---- hosts -------------------------------------------------------------------------

func isForbiddenHostCodePoint(c rune) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomainCodePoint(c rune) bool {
	return isForbiddenHostCodePoint(c) || (c >= 0 && c <= 0x1f) || c == '%' || c == 0x7f
}

// parseHost is the host parser; it returns the serialized host.
func parseHost(input string, notSpecial bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") {
			return "", false
		}
		addr, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if notSpecial {
		for _, c := range input {
			if isForbiddenHostCodePoint(c) {
				return "", false
			}
		}
		return percentEncodeString(input, setC0), true
	}
	domain := string(toValidUTF8(percentDecode(input)))
	ascii, ok := domainToASCII(domain)
	if !ok {
		return "", false
	}
	for _, c := range ascii {
		if isForbiddenDomainCodePoint(c) {
			return "", false
		}
	}
	if endsInANumber(ascii) {
		v, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v), true
	}
	return ascii, true
}

// toValidUTF8 replaces ill-formed sequences with U+FFFD (UTF-8 decode without BOM).
func toValidUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return []byte(string(utf16Decode(utf8ToUTF16(b))))
}

func utf16Decode(units []uint16) []rune {
	out := make([]rune, 0, len(units))
	for i := 0; i < len(units); i++ {
		c := rune(units[i])
		if c >= 0xd800 && c <= 0xdbff && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff {
			c = 0x10000 + (c-0xd800)<<10 + rune(units[i+1]) - 0xdc00
			i++
		}
		out = append(out, c)
	}
	return out
}

var uts46 = idna.New(
	idna.MapForLookup(),
	idna.BidiRule(),
	idna.Transitional(false),
	idna.CheckHyphens(false),
	idna.CheckJoiners(true),
	idna.StrictDomainName(false),
	idna.VerifyDNSLength(false),
)

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// domainToASCII is UTS #46 ToASCII as the URL Standard configures it (ada's
// behaviour: ASCII input is only lower-cased).
func domainToASCII(domain string) (string, bool) {
	if isASCIIString(domain) {
		if domain == "" {
			return "", false
		}
		return strings.ToLower(domain), true
	}
	out, err := uts46.ToASCII(domain)
	if err != nil || out == "" {
		return "", false
	}
	return out, true
}

// domainToUnicode decodes the punycode labels of an ASCII domain (labels that do not
// decode to a valid label stay as they are).
func domainToUnicode(domain string) string {
	if !strings.Contains(strings.ToLower(domain), "xn--") {
		return domain
	}
	labels := strings.Split(domain, ".")
	for i, l := range labels {
		if len(l) > 4 && strings.EqualFold(l[:4], "xn--") {
			if u, err := uts46.ToUnicode(l); err == nil && u != "" {
				labels[i] = u
			}
		}
	}
	return strings.Join(labels, ".")
}

func endsInANumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" {
		allDigits := true
		for i := 0; i < len(last); i++ {
			if last[i] < '0' || last[i] > '9' {
				allDigits = false
				break
			}
		}
		if allDigits {
			return true
		}
	}
	_, ok := parseIPv4Number(last)
	return ok
}

func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	radix := 10
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s = s[2:]
		radix = 16
	} else if len(s) >= 2 && s[0] == '0' {
		s = s[1:]
		radix = 8
	}
	if s == "" {
		return 0, true
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case radix == 16 && c >= 'a' && c <= 'f':
			d = int(c-'a') + 10
		case radix == 16 && c >= 'A' && c <= 'F':
			d = int(c-'A') + 10
		default:
			return 0, false
		}
		if d >= radix {
			return 0, false
		}
		if v > math.MaxUint64/32 {
			v = math.MaxUint64 / 32 // saturate: already out of range
		} else {
			v = v*uint64(radix) + uint64(d)
		}
	}
	return v, true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for i := 0; i < len(nums)-1; i++ {
		if nums[i] > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= uint64(1)<<(8*(5-len(nums))) {
		return 0, false
	}
	ipv4 := last
	for i := 0; i < len(nums)-1; i++ {
		ipv4 += nums[i] << (8 * (3 - i))
	}
	return uint32(ipv4), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." +
		strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

func parseIPv6(s string) ([8]uint16, bool) {
	var addr [8]uint16
	cs := []rune(s)
	pieceIndex := 0
	compress := -1
	p := 0
	at := func(i int) rune {
		if i < len(cs) {
			return cs[i]
		}
		return eof
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return addr, false
		}
		p += 2
		pieceIndex++
		compress = pieceIndex
	}
	for at(p) != eof {
		if pieceIndex == 8 {
			return addr, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return addr, false
			}
			p++
			pieceIndex++
			compress = pieceIndex
			continue
		}
		value, length := 0, 0
		for length < 4 && isASCIIHexDigitR(at(p)) {
			value = value*16 + int(unhexByte(byte(at(p))))
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return addr, false
			}
			p -= length
			if pieceIndex > 6 {
				return addr, false
			}
			numbersSeen := 0
			for at(p) != eof {
				ipv4Piece := -1
				if numbersSeen > 0 {
					if at(p) == '.' && numbersSeen < 4 {
						p++
					} else {
						return addr, false
					}
				}
				if !isASCIIDigit(at(p)) {
					return addr, false
				}
				for isASCIIDigit(at(p)) {
					n := int(at(p) - '0')
					if ipv4Piece == -1 {
						ipv4Piece = n
					} else if ipv4Piece == 0 {
						return addr, false
					} else {
						ipv4Piece = ipv4Piece*10 + n
					}
					if ipv4Piece > 255 {
						return addr, false
					}
					p++
				}
				addr[pieceIndex] = addr[pieceIndex]*0x100 + uint16(ipv4Piece)
				numbersSeen++
				if numbersSeen == 2 || numbersSeen == 4 {
					pieceIndex++
				}
			}
			if numbersSeen != 4 {
				return addr, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == eof {
				return addr, false
			}
		} else if at(p) != eof {
			return addr, false
		}
		addr[pieceIndex] = uint16(value)
		pieceIndex++
	}
	if compress != -1 {
		swaps := pieceIndex - compress
		pieceIndex = 7
		for pieceIndex != 0 && swaps > 0 {
			addr[pieceIndex], addr[compress+swaps-1] = addr[compress+swaps-1], addr[pieceIndex]
			pieceIndex--
			swaps--
		}
	} else if pieceIndex != 8 {
		return addr, false
	}
	return addr, true
}

func serializeIPv6(a [8]uint16) string {
	// The first longest run of two or more zero pieces is compressed.
	bestStart, bestLen := -1, 1
	for i := 0; i < 8; {
		if a[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && a[j] == 0 {
			j++
		}
		if j-i > bestLen {
			bestStart, bestLen = i, j-i
		}
		i = j
	}
	var sb strings.Builder
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && a[i] == 0 {
			continue
		}
		ignore0 = false
		if i == bestStart {
			if i == 0 {
				sb.WriteString("::")
			} else {
				sb.WriteString(":")
			}
			ignore0 = true
			continue
		}
		sb.WriteString(strconv.FormatUint(uint64(a[i]), 16))
		if i != 7 {
			sb.WriteByte(':')
		}
	}
	return sb.String()
}

// ---- application/x-www-form-urlencoded ------------------------------------------

func parseFormURLEncoded(s string) []string {
	out := []string{}
	for _, seq := range strings.Split(s, "&") {
		if seq == "" {
			continue
		}
		name, value := seq, ""
		if i := strings.IndexByte(seq, '='); i >= 0 {
			name, value = seq[:i], seq[i+1:]
		}
		out = append(out, formDecode(name), formDecode(value))
	}
	return out
}

func formDecode(s string) string {
	if !strings.ContainsAny(s, "+%") {
		return s
	}
	s = strings.ReplaceAll(s, "+", " ")
	return string(toValidUTF8(percentDecode(s)))
}

func formEncode(sb *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			sb.WriteByte('+')
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' || c == '-' || c == '.' || c == '_':
			sb.WriteByte(c)
		default:
			sb.WriteByte('%')
			sb.WriteByte(upperHex[c>>4])
			sb.WriteByte(upperHex[c&15])
		}
	}
}
