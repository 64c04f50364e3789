package esm

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/evanw/esbuild/pkg/api"
)

// TestDebugCompile prints esbuild's output and the compiled module function for the
// file named by $ESM_DEBUG ($ESM_TS=1 for TypeScript). A development aid; skipped
// otherwise.
func TestDebugCompile(t *testing.T) {
	f := os.Getenv("ESM_DEBUG")
	if f == "" {
		t.Skip("set ESM_DEBUG=file")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	ts := os.Getenv("ESM_TS") != ""
	res := api.Transform(string(src), esbuildOptions(f, ts, true))
	fmt.Printf("--- esbuild\n%s%v\n", res.Code, res.Errors)
	c, err := compileModule(f, PathToFileURL(f), string(src), ts)
	if c != nil {
		fmt.Printf("--- module function\n%s\n", c.code)
	}
	fmt.Println("--- error:", err)
}

// TestDiffDir runs every .mjs in $ESM_DIFF_DIR on the test host and compares with the
// .stdout next to it (recorded from Node, for exploring differences). Skipped otherwise.
func TestDiffDir(t *testing.T) {
	dir := os.Getenv("ESM_DIFF_DIR")
	if dir == "" {
		t.Skip("set ESM_DIFF_DIR")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "s*.*[sj]"))
	for _, f := range files {
		f := f
		t.Run(filepath.Base(f), func(t *testing.T) {
			want, _ := os.ReadFile(f + ".stdout")
			if got := runScript(t, f); got != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
