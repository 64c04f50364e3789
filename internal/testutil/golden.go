package testutil

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// ConformanceScripts lists the conformance scripts under root (.js, .mjs, .cjs, .ts,
// .mts, .cts), skipping fixtures and node_modules folders, in lexical order.
func ConformanceScripts(t testing.TB, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "fixtures" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		switch filepath.Ext(p) {
		case ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts":
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Golden returns the stdout and exit code recorded from reference Node for script
// (SCRIPT.stdout and SCRIPT.exit, written by tests/record-goldens.sh), failing t if the
// stdout golden is missing. A missing exit golden means 0.
func Golden(t testing.TB, script string) (stdout []byte, exit int) {
	t.Helper()
	stdout, err := os.ReadFile(script + ".stdout")
	if err != nil {
		t.Fatalf("missing golden (record it with tests/record-goldens.sh %s): %v", script, err)
	}
	if b, err := os.ReadFile(script + ".exit"); err == nil {
		exit, err = strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil {
			t.Fatalf("bad exit golden for %s: %v", script, err)
		}
	}
	return stdout, exit
}
