package esm

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestImportedNames(t *testing.T) {
	for _, c := range []struct {
		src   string
		names []string
		ok    bool
	}{
		{`import x from 'a'`, []string{"default"}, true},
		{`import x, { a, b as c, 'd e' as f, default as g } from 'a'`, []string{"default", "a", "b", "d e", "default"}, true},
		{`import * as ns from 'a'`, nil, true},
		{`import x, * as ns from 'a'`, []string{"default"}, true},
		{`import 'a'`, nil, true},
		{"import /* c */ {\n  a, // c\n  b,\n} from 'a'", []string{"a", "b"}, true},
		{`import { type T, a } from 'a'`, []string{"a"}, true},
		{`import type { T } from 'a'`, nil, true},
		{`import type from 'a'`, []string{"default"}, true},
		{`var x = 1`, nil, false},
	} {
		names, ok := importedNames(c.src, 0)
		if ok != c.ok || !reflect.DeepEqual(names, c.names) {
			t.Errorf("%q: got %q %v, want %q %v", c.src, names, ok, c.names, c.ok)
		}
	}
}

func TestFileURLs(t *testing.T) {
	for p, u := range map[string]string{
		"/tmp/a b/c.mjs":  "file:///tmp/a%20b/c.mjs",
		"/tmp/[eval1]":    "file:///tmp/[eval1]",
		"/tmp/100%/x#y?z": "file:///tmp/100%25/x%23y%3Fz",
		"/tmp/é.mjs":      "file:///tmp/%C3%A9.mjs",
	} {
		if got := PathToFileURL(p); got != u {
			t.Errorf("PathToFileURL(%q) = %q, want %q", p, got, u)
		}
		if back, err := FileURLToPath(u); err != nil || back != p {
			t.Errorf("FileURLToPath(%q) = %q, %v", u, back, err)
		}
	}
	if _, err := FileURLToPath("http://x/y"); err == nil {
		t.Error("http URL accepted")
	}
}

func TestDetectModuleSyntax(t *testing.T) {
	for src, want := range map[string]bool{
		"const x = require('x'); exports.a = 1;":       false,
		"import x from 'y';":                           true,
		"export const a = 1;":                          true,
		"console.log(import.meta.url);":                true,
		"await Promise.resolve(1);":                    true,
		"import('x').then(() => {});":                  false,
		"// import x from 'y'\nmodule.exports = 1;":    false,
		"const s = 'export default 1'; module.exports": false,
	} {
		if got := DetectModuleSyntax("/tmp/detect.js", src, false); got != want {
			t.Errorf("DetectModuleSyntax(%q) = %v, want %v", src, got, want)
		}
	}
	if !DetectModuleSyntax("/tmp/detect.ts", "import type { A } from './a';\nexport const x: number = 1;", true) {
		t.Error("TypeScript module not detected")
	}
	if DetectModuleSyntax("/tmp/detect2.ts", "const x: number = require('a');", true) {
		t.Error("TypeScript CommonJS detected as module")
	}
}

func TestCommonJSLexer(t *testing.T) {
	ex := lexCommonJSUncached(`
		exports.a = 1; module.exports.b = 2; exports['c'] = 3;
		Object.defineProperty(exports, 'd', { value: 4 });
		Object.defineProperty(exports, 'e', { enumerable: true, get: function () { return x.y; } });
		Object.defineProperty(exports, 'f', { enumerable: true, get() { return 6; } });
		module.exports = { g, 'h': h, i: i, j: 1, k };
		module.exports = require('./other');
		module.exports = { ...require('./spread'), l };
		function later() { exports.m = 1; }
		return;
	`)
	want := []string{"a", "b", "c", "d", "e", "g", "h", "i", "l", "m"}
	if !reflect.DeepEqual(ex.names, want) {
		t.Errorf("names = %q, want %q", ex.names, want)
	}
	if !reflect.DeepEqual(ex.reexports, []string{"./other", "./spread"}) {
		t.Errorf("reexports = %q", ex.reexports)
	}
}

func TestPrepareCommonJS(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"dep.mjs":  "export const x = 'esm';\n",
		"main.cjs": "const self = this;\nasync function* gen() { yield 1; }\n(async () => {\n  for await (const v of gen()) console.log('v', v);\n  const m = await import('./dep.mjs');\n  console.log(m.x, self === module.exports, typeof require);\n})();\nif (true) return;\nconsole.log('not reached');\n",
	})
	h := newTestHost(t, dir)
	h.macrotask(func() {
		if _, err := h.RequireCommonJS(filepath.Join(dir, "main.cjs"), ""); err != nil {
			t.Fatal(err)
		}
	})
	h.runLoop()
	expect(t, h.out.String(), "v 1\nesm true function\n")
}

func TestMainErrors(t *testing.T) {
	out := runFiles(t, map[string]string{
		"main.mjs": "console.log('x');\nexport const a = 1;\nlet y = ;\n",
	}, "main.mjs")
	if !strings.Contains(out, "main.mjs:3\nlet y = ;\n        ^\n\nSyntaxError: Unexpected token ';'") {
		t.Errorf("syntax error report:\n%s", out)
	}
	out = runFiles(t, map[string]string{
		"main.mjs": "import { a, nope } from './dep.mjs';\nconsole.log(a);\n",
		"dep.mjs":  "export const a = 1;\n",
	}, "main.mjs")
	if !strings.Contains(out, "main.mjs:1\nimport { a, nope } from './dep.mjs';\n            ^^^^\nSyntaxError: The requested module './dep.mjs' does not provide an export named 'nope'") {
		t.Errorf("missing export report:\n%s", out)
	}
	out = runFiles(t, map[string]string{"main.mjs": "import './missing.mjs';\n"}, "main.mjs")
	if !strings.Contains(out, "Cannot find module '") || !strings.Contains(out, "missing.mjs' imported from ") {
		t.Errorf("not found report:\n%s", out)
	}
}

func TestTypeScriptPositions(t *testing.T) {
	out := runFiles(t, map[string]string{
		"main.ts": "import { f } from './lib.ts';\ninterface A {\n  a: number;\n}\ntry { f(); } catch (e) { console.log(/lib\\.ts:(\\d+):(\\d+)/.exec(e.stack).slice(1).join(':')); }\nconst bad: A = { a: 1 };\nlet q: number = ;\n",
		"lib.ts":  "type T = { x: string };\nexport function f(): T {\n  const pad: number[] = [];\n  throw new Error('x' + pad.length);\n}\n",
	}, "main.ts")
	if !strings.Contains(out, "main.ts:7\nlet q: number = ;\n                ^\n\nSyntaxError: Unexpected token ';'") {
		t.Errorf("TypeScript syntax error report:\n%s", out)
	}
	out = runFiles(t, map[string]string{
		"main.ts": "import { f } from './lib.ts';\ninterface A {\n  a: number;\n}\ntry { f(); } catch (e) { console.log(/lib\\.ts:(\\d+):(\\d+)/.exec(e.stack).slice(1).join(':')); }\n",
		"lib.ts":  "type T = { x: string };\nexport function f(): T {\n  const pad: number[] = [];\n  throw new Error('x' + pad.length);\n}\n",
	}, "main.ts")
	expect(t, out, "4:9\n")
}

func TestRequireESM(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.mjs":     "import b from './b.cjs';\nexport default 'a:' + b;\n",
		"b.cjs":     "module.exports = 'b';\n",
		"cycle.mjs": "import './cycle.cjs';\nexport const x = 1;\n",
		"cycle.cjs": "try { require('./cycle.mjs'); } catch (e) { console.log(e.code); }\n",
	})
	h := newTestHost(t, dir)
	h.macrotask(func() {
		v, err := h.loader.Require(filepath.Join(dir, "a.mjs"))
		if err != nil {
			t.Fatal(err)
		}
		o := v.ToObject(h.vm)
		if o.Get("default").String() != "a:b" || !o.Get("__esModule").ToBoolean() || !IsNamespace(o) {
			t.Errorf("require(esm) = %v", h.str(v))
		}
		_, err = h.loader.Require(filepath.Join(dir, "cycle.mjs"))
		if err != nil {
			t.Fatal(err)
		}
	})
	expect(t, h.out.String(), "ERR_REQUIRE_CYCLE_MODULE\n")
}

func TestCompileCache(t *testing.T) {
	dir := writeFiles(t, map[string]string{"m.mjs": "export const v = 1;\n"})
	f := filepath.Join(dir, "m.mjs")
	c1, err := compileModuleCached(f, PathToFileURL(f), "export const v = 1;\n", false)
	if err != nil {
		t.Fatal(err)
	}
	c2, _ := compileModuleCached(f, PathToFileURL(f), "export const v = 1;\n", false)
	c3, _ := compileModuleCached(f, PathToFileURL(f), "export const v = 2;\n", false)
	if c1 != c2 || c1 == c3 {
		t.Error("cache did not reuse the same source or reused a changed one")
	}
	// Two envs share the program.
	for i := 0; i < 2; i++ {
		h := newTestHost(t, dir)
		if out := h.runMain(f); out != "" {
			t.Fatal(out)
		}
	}
}

func TestErrorValues(t *testing.T) {
	h := newTestHost(t, t.TempDir())
	h.macrotask(func() {
		v := h.loader.ErrorValue(errNotFound("/x.mjs", "/y.mjs")).(*goja.Object)
		if v.Get("code").String() != "ERR_MODULE_NOT_FOUND" {
			t.Errorf("code = %v", v.Get("code"))
		}
		var se *SyntaxError
		_, err := compileModule("/t.mjs", "file:///t.mjs", "export default {", false)
		if !errors.As(err, &se) || se.Line != 1 {
			t.Errorf("syntax error = %v", err)
		}
	})
}

// TestConcurrentEnvs loads the same modules in envs on several goroutines at once (as
// workers do): compilation is shared through the process-wide cache.
func TestConcurrentEnvs(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"main.mjs": "import { v } from './dep.mjs';\nimport t from './t.ts';\nconsole.log(v + t);\n",
		"dep.mjs":  "export const v = await Promise.resolve(40);\n",
		"t.ts":     "const n: number = 2;\nexport default n;\n",
	})
	done := make(chan string, 8)
	for i := 0; i < 8; i++ {
		go func() {
			h := newTestHost(t, dir)
			done <- h.runMain(filepath.Join(dir, "main.mjs"))
		}()
	}
	for i := 0; i < 8; i++ {
		if out := <-done; out != "42\n" {
			t.Errorf("env output %q", out)
		}
	}
}

func TestNonASCIIPositions(t *testing.T) {
	out := runFiles(t, map[string]string{
		"main.mjs": "const s = 'héllo 😀'; console.log(String.raw`é😀`, s.length);\nconst t = '日本'; try { null.x; } catch (e) { console.log(/main\\.mjs:(\\d+:\\d+)/.exec(e.stack)[1]); }\nawait 0; const u = '😀'; try { u.y.z; } catch (e) { console.log(/main\\.mjs:(\\d+:\\d+)/.exec(e.stack)[1]); }\n",
	}, "main.mjs")
	// Columns are UTF-16 based, as in V8.
	expect(t, out, "é😀 8\n2:28\n3:36\n") // as Node prints
}
