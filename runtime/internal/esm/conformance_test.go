package esm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
)

// conformanceSkip lists scripts this package's test host cannot run; they need the
// real runtime (tests/conformance_test.go runs them through the gonode binary).
var conformanceSkip = map[string]string{
	"worker_esm.mjs":          "needs worker_threads",
	"tla_rejects.mjs":         "needs process events and exit codes",
	"tla_unsettled.mjs":       "needs process events and exit codes",
	"syntax_error_main.mjs":   "checked by TestMainErrors",
	"missing_export_main.mjs": "checked by TestMainErrors",
}

// TestConformanceScripts runs the ES module and TypeScript conformance scripts on the
// test host and compares their stdout with the goldens recorded from Node.
func TestConformanceScripts(t *testing.T) {
	for _, group := range []string{"esm", "typescript"} {
		root, _ := filepath.Abs(filepath.Join("..", "..", "..", "tests", "conformance", group))
		scripts := testutil.ConformanceScripts(t, root)
		for _, s := range scripts {
			s := s
			rel, _ := filepath.Rel(root, s)
			t.Run(group+"/"+rel, func(t *testing.T) {
				if why, ok := conformanceSkip[rel]; ok {
					t.Skip(why)
				}
				want, _ := testutil.Golden(t, s)
				got := runScript(t, s)
				if got != string(want) {
					t.Errorf("stdout differs:\n--- got\n%s--- want\n%s", got, want)
				}
			})
		}
	}
}

// runScript runs a script as `node script` would pick its format.
func runScript(t *testing.T, script string) string {
	h := newTestHost(t, filepath.Dir(script))
	f, ts, ambiguous, err := h.loader.FileFormat(script)
	if err != nil {
		t.Fatal(err)
	}
	if f == FormatCommonJS && ambiguous {
		src, _ := os.ReadFile(script)
		if DetectModuleSyntax(script, string(src), ts) {
			f = FormatModule
		}
	}
	if f == FormatModule {
		return h.runMain(script)
	}
	h.macrotask(func() {
		if _, err := h.RequireCommonJS(script, ""); err != nil {
			h.out.WriteString("Uncaught " + h.str(h.loader.throwable(err)) + "\n")
		}
	})
	h.runLoop()
	return h.out.String()
}

var _ = strings.TrimSpace
var _ goja.Value
