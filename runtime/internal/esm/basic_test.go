package esm

import (
	"os"
	"path/filepath"
	"testing"
)

func writeFiles(t testing.TB, files map[string]string) string {
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir, _ = filepath.EvalSymlinks(dir)
	return dir
}

func runFiles(t *testing.T, files map[string]string, main string) string {
	dir := writeFiles(t, files)
	h := newTestHost(t, dir)
	return h.runMain(filepath.Join(dir, main))
}

func expect(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestBasicImport(t *testing.T) {
	out := runFiles(t, map[string]string{
		"main.mjs": "import x, { a, b as c } from './dep.mjs';\nimport * as ns from './dep.mjs';\nconsole.log(x, a, c, Object.keys(ns).join(','), ns[Symbol.toStringTag]);\n",
		"dep.mjs":  "export default 'def'; export const a = 1; export let b = 2;\n",
	}, "main.mjs")
	expect(t, out, "def 1 2 a,b,default Module\n")
}

func TestTLACatchAtEnd(t *testing.T) {
	out := runFiles(t, map[string]string{
		"main.mjs": "console.log('a');\ntry {\n  await import('node:nope');\n} catch (e) {\n  console.log(e.code);\n}\n",
	}, "main.mjs")
	expect(t, out, "a\nERR_UNKNOWN_BUILTIN_MODULE\n")
}
