package esm

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// FileFormat reports how Node loads filename: by extension (.mjs/.mts module,
// .cjs/.cts CommonJS, .json, .node, .wasm), else by the "type" field of the nearest
// package.json. ambiguous is true for .js/.ts/extensionless files whose package has no
// "type": Node then runs them as CommonJS unless they use module syntax (see
// DetectModuleSyntax). ts reports TypeScript (.ts/.mts/.cts). In a "type": "module"
// package an unknown extension is an error (ERR_UNKNOWN_FILE_EXTENSION).
func FileFormat(filename string) (f Format, ts bool, ambiguous bool, err error) {
	return fileFormat(filename, PackageType)
}

func fileFormat(filename string, packageType func(dir string) string) (f Format, ts bool, ambiguous bool, err error) {
	ext := filepath.Ext(filename)
	switch ext {
	case ".mjs":
		return FormatModule, false, false, nil
	case ".cjs":
		return FormatCommonJS, false, false, nil
	case ".mts":
		return FormatModule, true, false, nil
	case ".cts":
		return FormatCommonJS, true, false, nil
	case ".json":
		return FormatJSON, false, false, nil
	case ".node":
		return FormatAddon, false, false, nil
	case ".wasm":
		return FormatWasm, false, false, nil
	}
	typ := packageType(filepath.Dir(filename))
	ts = ext == ".ts"
	if ext != ".js" && ext != ".ts" && ext != "" {
		if typ == "module" {
			return FormatModule, false, false, &resolveError{"TypeError", "ERR_UNKNOWN_FILE_EXTENSION",
				fmt.Sprintf("Unknown file extension \"%s\" for %s", ext, filename)}
		}
		return FormatCommonJS, false, false, nil
	}
	switch typ {
	case "module":
		return FormatModule, ts, false, nil
	case "commonjs":
		return FormatCommonJS, ts, false, nil
	}
	return FormatCommonJS, ts, true, nil
}

type pkgTypeEntry struct {
	mod  time.Time
	size int64
	typ  string
}

var pkgTypeCache sync.Map // package.json path -> *pkgTypeEntry

// PackageType returns the "type" field ("module", "commonjs" or "") of the package.json
// that scopes dir: the nearest one above it, not looking past a node_modules folder.
// Reads are cached per process and revalidated by modification time.
func PackageType(dir string) string {
	for {
		pj := filepath.Join(dir, "package.json")
		if st, err := os.Stat(pj); err == nil && !st.IsDir() {
			if v, ok := pkgTypeCache.Load(pj); ok {
				e := v.(*pkgTypeEntry)
				if e.mod.Equal(st.ModTime()) && e.size == st.Size() {
					return e.typ
				}
			}
			var raw struct {
				Type string `json:"type"`
			}
			if data, err := os.ReadFile(pj); err == nil {
				_ = json.Unmarshal(data, &raw)
			}
			pkgTypeCache.Store(pj, &pkgTypeEntry{mod: st.ModTime(), size: st.Size(), typ: raw.Type})
			return raw.Type
		}
		if filepath.Base(dir) == "node_modules" {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
