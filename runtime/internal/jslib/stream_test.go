package jslib

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gonode/gonode/internal/testutil"
)

func TestStreamSmoke(t *testing.T) {
	runHostCases(t, nil, []hostCase{
		{"readable", `
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('data', (d) => log('data', d.toString()));
r.on('end', () => log('end'));
r.push('a'); r.push('b'); r.push(null);
`, "data a\ndata b\nend"},
		{"node: prefix and promises identity", `
log(require('node:stream') === require('stream'), require('stream').promises === require('stream/promises'));
`, "true true"},
	})
}

// runConformanceDir runs the conformance scripts of dir (tests/conformance/DIR) in the
// host test runtime, with the script's folder as cwd, against Node's goldens.
func runConformanceDir(t *testing.T, dir string, skip map[string]string) {
	root := filepath.Join("..", "..", "..", "tests", "conformance", dir)
	scripts, _ := filepath.Glob(filepath.Join(root, "*.js"))
	if len(scripts) == 0 {
		t.Fatalf("no scripts in %s", root)
	}
	for _, s := range scripts {
		name := filepath.Base(s)
		t.Run(name, func(t *testing.T) {
			if why, ok := skip[name]; ok {
				t.Skip(why)
			}
			want, wantExit := testutil.Golden(t, s)
			src, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(s)
			rt, h := newHostRuntime(t, filepath.Dir(abs))
			rt.runHostMain(h, abs, string(src))
			if got := rt.stdout.String(); got != string(want) {
				t.Errorf("stdout differs\n%s\n--- stderr\n%s", testutil.FirstDiff(string(want), got), rt.stderr.String())
			}
			if rt.exitCode != wantExit {
				t.Errorf("exit code %d, want %d; stderr:\n%s", rt.exitCode, wantExit, rt.stderr.String())
			}
		})
	}
}

func TestStreamConformance(t *testing.T) {
	runConformanceDir(t, "stream", map[string]string{
		"stdout_writable.js": "process.stdout needs the env's bootstrap (tests/ runs it)",
	})
}
