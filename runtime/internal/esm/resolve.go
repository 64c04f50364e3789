package esm

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// ImportConditions are the package.json "exports"/"imports" conditions matched by import
// (Node's defaults for the ESM resolver); "default" always matches.
var ImportConditions = []string{"node", "import", "module-sync", "node-addons"}

// resolution is the result of resolving a specifier.
type resolution struct {
	builtin string // builtin id without "node:" (builtin modules)
	path    string // absolute file path (file modules)
	query   string // "?..." / "#..." suffix kept in the module's URL (file modules)
}

func (r resolution) key() string {
	if r.builtin != "" {
		return "node:" + r.builtin
	}
	return r.path + r.query
}

// resolveError is a resolution failure carried as Go error until it is thrown as a Node
// error (class Error or TypeError with a code).
type resolveError struct {
	class, code, msg string
}

func (e *resolveError) Error() string { return e.code + ": " + e.msg }

func errNotFound(path, from string) error {
	return &resolveError{"Error", "ERR_MODULE_NOT_FOUND", fmt.Sprintf("Cannot find module '%s' imported from %s", path, from)}
}

// PathToFileURL converts an absolute path to a file: URL string, percent-encoding as
// Node's url.pathToFileURL does (the WHATWG path percent-encode set, plus '%', '\\'
// and control characters).
func PathToFileURL(p string) string {
	var b strings.Builder
	b.WriteString("file://")
	p = filepath.ToSlash(p)
	if !strings.HasPrefix(p, "/") {
		b.WriteByte('/')
	}
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c <= 0x20 || c >= 0x7f || strings.IndexByte("\"#%<>?`{}\\", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// FileURLToPath converts a file: URL to a path (query and fragment dropped).
func FileURLToPath(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "file" {
		return "", &resolveError{"TypeError", "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file"}
	}
	if u.Host != "" && u.Host != "localhost" {
		return "", &resolveError{"TypeError", "ERR_INVALID_FILE_URL_HOST", `File URL host must be "localhost" or empty on linux`}
	}
	if strings.Contains(strings.ToLower(u.RawPath), "%2f") {
		return "", &resolveError{"TypeError", "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters"}
	}
	return filepath.FromSlash(u.Path), nil
}

// splitQuery separates a "?query" or "#hash" suffix from a relative/absolute specifier.
func splitQuery(s string) (string, string) {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// resolve implements Node's ESM resolution of specifier imported from the file parent
// (an absolute path; "" or a non-file name resolves against base).
func (l *Loader) resolve(specifier, parent, base string) (resolution, error) {
	from := parent
	if from == "" {
		from = filepath.Join(base, "[eval]")
	}
	dir := filepath.Dir(from)
	switch {
	case strings.HasPrefix(specifier, "node:"):
		id := specifier[5:]
		// The host is asked with the prefix too: some builtins exist only as "node:x".
		if !l.h.IsBuiltin(id) && !l.h.IsBuiltin(specifier) {
			return resolution{}, &resolveError{"Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: " + specifier}
		}
		return resolution{builtin: id}, nil
	case strings.HasPrefix(specifier, "file:"):
		p, q := splitQuery(specifier)
		path, err := FileURLToPath(p)
		if err != nil {
			return resolution{}, err
		}
		return finalize(path, q, from)
	case strings.HasPrefix(specifier, "data:"):
		return resolution{}, &resolveError{"Error", "ERR_UNSUPPORTED_ESM_URL_SCHEME", "data: URLs are not supported by gonode's ES module loader"}
	case strings.HasPrefix(specifier, "/") || strings.HasPrefix(specifier, "./") || strings.HasPrefix(specifier, "../") || specifier == "." || specifier == "..":
		p, q := splitQuery(specifier)
		if dec, err := url.PathUnescape(p); err == nil {
			p = dec
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		} else {
			p = filepath.Clean(p)
		}
		if strings.HasSuffix(specifier, "/") {
			p += "/"
		}
		return finalize(p, q, from)
	case strings.HasPrefix(specifier, "#"):
		return l.packageImportsResolve(specifier, dir, from)
	}
	if l.h.IsBuiltin(specifier) {
		return resolution{builtin: specifier}, nil
	}
	if i := strings.Index(specifier, ":"); i > 1 {
		return resolution{}, &resolveError{"Error", "ERR_UNSUPPORTED_ESM_URL_SCHEME",
			fmt.Sprintf("Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '%s'", specifier[:i+1])}
	}
	return l.packageResolve(specifier, dir, from)
}

// finalize checks that path is an existing file (not a directory) and follows symlinks.
func finalize(path, query, from string) (resolution, error) {
	st, err := os.Stat(path)
	if err == nil && st.IsDir() {
		return resolution{}, &resolveError{"Error", "ERR_UNSUPPORTED_DIR_IMPORT",
			fmt.Sprintf("Directory import '%s' is not supported resolving ES modules imported from %s", strings.TrimSuffix(path, "/"), from)}
	}
	if err != nil || strings.HasSuffix(path, "/") {
		return resolution{}, errNotFound(path, from)
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	return resolution{path: path, query: query}, nil
}

type pkgJSON struct {
	dir        string
	name       string
	main       string
	typ        string
	exports    any // decoded with key order (*ordered)
	imports    any
	hasExp     bool
	exportsRaw []byte
}

// PackageJSONs reads package.json files, each directory's at most once, as Node's
// package_json_reader: one cache per env, shared by its ES module and CommonJS resolvers.
// Loop goroutine only.
type PackageJSONs struct{ m map[string]*pkgJSON }

// PackageJSON is a parsed package.json (nil if absent or unparsable).
type PackageJSON = pkgJSON

// Main is the "main" field.
func (p *PackageJSON) Main() string { return p.main }

// ExportsRaw is the "exports" field as JSON, nil if absent or null (for ResolveExports).
func (p *PackageJSON) ExportsRaw() []byte { return p.exportsRaw }

// Read returns dir/package.json, nil if absent or unparsable.
func (c *PackageJSONs) Read(dir string) *PackageJSON {
	if p, ok := c.m[dir]; ok {
		return p
	}
	var pj *pkgJSON
	if data, err := os.ReadFile(filepath.Join(dir, "package.json")); err == nil {
		var raw struct {
			Name    string          `json:"name"`
			Main    string          `json:"main"`
			Type    string          `json:"type"`
			Exports json.RawMessage `json:"exports"`
			Imports json.RawMessage `json:"imports"`
		}
		if json.Unmarshal(data, &raw) == nil {
			pj = &pkgJSON{dir: dir, name: raw.Name, main: raw.Main, typ: raw.Type}
			if len(raw.Exports) > 0 && string(raw.Exports) != "null" {
				pj.exports, _ = decodeOrdered(raw.Exports)
				pj.hasExp = true
				pj.exportsRaw = raw.Exports
			}
			if len(raw.Imports) > 0 && string(raw.Imports) != "null" {
				pj.imports, _ = decodeOrdered(raw.Imports)
			}
		}
	}
	if c.m == nil {
		c.m = map[string]*pkgJSON{}
	}
	c.m[dir] = pj
	return pj
}

// readPkg reads dir/package.json through the env's cache.
func (l *Loader) readPkg(dir string) *pkgJSON { return l.h.PackageJSONs().Read(dir) }

// scopePkg returns the nearest package.json at or above dir (not crossing node_modules).
func (l *Loader) scopePkg(dir string) *pkgJSON {
	for {
		if p := l.readPkg(dir); p != nil {
			return p
		}
		if filepath.Base(dir) == "node_modules" {
			return nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dir = parent
	}
}

func splitPackageName(spec string) (name, sub string, ok bool) {
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") {
		if len(parts) < 2 || parts[1] == "" {
			return "", "", false
		}
		name = parts[0] + "/" + parts[1]
	} else {
		name = parts[0]
	}
	sub = "." + spec[len(name):]
	if name == "" || strings.HasPrefix(name, ".") || strings.ContainsAny(name, "\\%") {
		return "", "", false
	}
	return name, sub, true
}

func (l *Loader) packageResolve(spec, dir, from string) (resolution, error) {
	name, sub, ok := splitPackageName(spec)
	if !ok {
		return resolution{}, &resolveError{"TypeError", "ERR_INVALID_MODULE_SPECIFIER",
			fmt.Sprintf("Invalid module \"%s\" is not a valid package name imported from %s", spec, from)}
	}
	// Self-reference through the package's own name.
	if p := l.scopePkg(dir); p != nil && p.name == name && p.hasExp {
		return l.exportsResolve(p, sub, from)
	}
	for d := dir; ; {
		if filepath.Base(d) != "node_modules" {
			pkgDir := filepath.Join(d, "node_modules", name)
			if st, err := os.Stat(pkgDir); err == nil && st.IsDir() {
				p := l.readPkg(pkgDir)
				if p != nil && p.hasExp {
					return l.exportsResolve(p, sub, from)
				}
				if sub == "." {
					return l.legacyMain(pkgDir, p, from)
				}
				return finalize(filepath.Join(pkgDir, sub), "", from)
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	return resolution{}, &resolveError{"Error", "ERR_MODULE_NOT_FOUND", fmt.Sprintf("Cannot find package '%s' imported from %s", name, from)}
}

func (l *Loader) legacyMain(pkgDir string, p *pkgJSON, from string) (resolution, error) {
	var tries []string
	if p != nil && p.main != "" {
		m := filepath.Join(pkgDir, p.main)
		tries = append(tries, m, m+".js", m+".json", m+".node", filepath.Join(m, "index.js"), filepath.Join(m, "index.json"), filepath.Join(m, "index.node"))
	}
	tries = append(tries, filepath.Join(pkgDir, "index.js"), filepath.Join(pkgDir, "index.json"), filepath.Join(pkgDir, "index.node"))
	for _, t := range tries {
		if st, err := os.Stat(t); err == nil && !st.IsDir() {
			return finalize(t, "", from)
		}
	}
	return resolution{}, &resolveError{"Error", "ERR_MODULE_NOT_FOUND", fmt.Sprintf("Cannot find package '%s' imported from %s", pkgDir, from)}
}

// ResolveExports resolves subpath ("." or "./name") through a package's "exports"
// value (raw package.json JSON) for conditions, as Node's PACKAGE_EXPORTS_RESOLVE: it
// returns the target path, or ok false when the subpath is not exported. The CommonJS
// loader uses it with the require conditions, so both loaders share one resolver.
// Any goroutine.
func ResolveExports(pkgDir string, raw []byte, subpath string, conditions []string) (string, bool) {
	exports, err := decodeOrdered(raw)
	if err != nil {
		return "", false
	}
	target, match, found := matchSubpath(exportsMap(exports), subpath)
	if !found {
		return "", false
	}
	return resolveTarget(pkgDir, target, match, conditions)
}

// exportsMap applies the "exports" sugar: a string, an array or an object of
// conditions means { ".": exports }.
func exportsMap(exports any) *ordered {
	m, isMap := exports.(*ordered)
	if !isMap || len(m.keys) == 0 || !strings.HasPrefix(m.keys[0], ".") {
		m = &ordered{keys: []string{"."}, vals: map[string]any{".": exports}}
	}
	return m
}

func (l *Loader) exportsResolve(p *pkgJSON, sub, from string) (resolution, error) {
	pjPath := filepath.Join(p.dir, "package.json")
	m := exportsMap(p.exports)
	notExported := func() error {
		if sub == "." {
			return &resolveError{"Error", "ERR_PACKAGE_PATH_NOT_EXPORTED", fmt.Sprintf("No \"exports\" main defined in %s imported from %s", pjPath, from)}
		}
		return &resolveError{"Error", "ERR_PACKAGE_PATH_NOT_EXPORTED", fmt.Sprintf("Package subpath '%s' is not defined by \"exports\" in %s imported from %s", sub, pjPath, from)}
	}
	target, match, found := matchSubpath(m, sub)
	if !found {
		return resolution{}, notExported()
	}
	path, ok := resolveTarget(p.dir, target, match, ImportConditions)
	if !ok {
		return resolution{}, notExported()
	}
	return finalize(path, "", from)
}

func (l *Loader) packageImportsResolve(spec, dir, from string) (resolution, error) {
	notDefined := &resolveError{"TypeError", "ERR_PACKAGE_IMPORT_NOT_DEFINED", fmt.Sprintf("Package import specifier \"%s\" is not defined imported from %s", spec, from)}
	p := l.scopePkg(dir)
	if p == nil || p.imports == nil {
		return resolution{}, notDefined
	}
	m, ok := p.imports.(*ordered)
	if !ok {
		return resolution{}, notDefined
	}
	target, match, found := matchSubpath(m, spec)
	if !found {
		return resolution{}, notDefined
	}
	if s, isStr := target.(string); isStr && !strings.HasPrefix(s, "./") && !strings.HasPrefix(s, "../") && !strings.HasPrefix(s, "/") {
		// A bare target resolves as a package.
		return l.packageResolve(strings.ReplaceAll(s, "*", match), dir, from)
	}
	path, ok := resolveTarget(p.dir, target, match, ImportConditions)
	if !ok {
		return resolution{}, notDefined
	}
	return finalize(path, "", from)
}

// matchSubpath finds the exports/imports entry for key: an exact key, or the longest
// "prefix*suffix" pattern.
func matchSubpath(m *ordered, key string) (target any, match string, found bool) {
	if t, ok := m.vals[key]; ok && !strings.Contains(key, "*") {
		return t, "", true
	}
	bestKey := ""
	for _, k := range m.keys {
		star := strings.Index(k, "*")
		if star < 0 {
			continue
		}
		prefix, suffix := k[:star], k[star+1:]
		if strings.HasPrefix(key, prefix) && key != prefix && strings.HasSuffix(key, suffix) && len(key) >= len(k) {
			if patternKeyCompare(bestKey, k) {
				bestKey = k
				match = key[len(prefix) : len(key)-len(suffix)]
			}
		}
	}
	if bestKey == "" {
		return nil, "", false
	}
	return m.vals[bestKey], match, true
}

// patternKeyCompare reports whether b is a better (more specific) pattern than a.
func patternKeyCompare(a, b string) bool {
	if a == "" {
		return true
	}
	ia, ib := strings.Index(a, "*"), strings.Index(b, "*")
	if ib != ia {
		return ib > ia
	}
	return len(b) > len(a)
}

func resolveTarget(pkgDir string, target any, match string, conditions []string) (string, bool) {
	switch t := target.(type) {
	case string:
		if !strings.HasPrefix(t, "./") {
			return "", false
		}
		t = strings.ReplaceAll(t, "*", match)
		p := filepath.Join(pkgDir, t)
		if !strings.HasPrefix(p, pkgDir) {
			return "", false
		}
		return p, true
	case []any:
		for _, x := range t {
			if r, ok := resolveTarget(pkgDir, x, match, conditions); ok {
				return r, true
			}
		}
	case *ordered:
		for _, k := range t.keys {
			if k == "default" || contains(conditions, k) {
				if r, ok := resolveTarget(pkgDir, t.vals[k], match, conditions); ok {
					return r, true
				}
				if t.vals[k] == nil {
					return "", false
				}
			}
		}
	}
	return "", false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ordered is a JSON object remembering key order (conditions match in listed order).
type ordered struct {
	keys []string
	vals map[string]any
}

func decodeOrdered(raw []byte) (any, error) {
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	return decodeValue(dec)
}

func decodeValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); ok {
		switch d {
		case '{':
			m := &ordered{vals: map[string]any{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				if _, dup := m.vals[k]; !dup {
					m.keys = append(m.keys, k)
				}
				m.vals[k] = v
			}
			_, err := dec.Token()
			return m, err
		case '[':
			var arr []any
			for dec.More() {
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				arr = append(arr, v)
			}
			_, err := dec.Token()
			return arr, err
		}
	}
	return tok, nil
}
