package esm

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// benchGraph writes an app of n ES modules shaped like a tree (module i imports
// modules 2i+1 and 2i+2 with named, default and namespace imports; every tenth one
// re-exports a child with export *), plus one TypeScript module, and returns the
// entry path. The entry sets globalThis.result to the number of modules.
func benchGraph(b *testing.B, n int) string {
	files := map[string]string{}
	for i := 0; i < n; i++ {
		var src strings.Builder
		sum := "1"
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c >= n {
				continue
			}
			fmt.Fprintf(&src, "import count%d, { value as v%d, bump%d } from './m%d.mjs';\n", c, c, c, c)
			fmt.Fprintf(&src, "import * as ns%d from './m%d.mjs';\n", c, c)
			sum += fmt.Sprintf(" + count%d() + (ns%d.value - v%d) + (typeof bump%d === 'function' ? 0 : 1)", c, c, c, c)
		}
		if i%10 == 0 && 2*i+1 < n {
			fmt.Fprintf(&src, "export * from './m%d.mjs';\n", 2*i+1)
		}
		fmt.Fprintf(&src, "export const value = %d;\nexport let counter%d = 0;\n", i, i)
		fmt.Fprintf(&src, "export function bump%d() { counter%d++; return counter%d; }\n", i, i, i)
		fmt.Fprintf(&src, "export class C%d { get id() { return %d; } }\n", i, i)
		fmt.Fprintf(&src, "export default function count() { return %s; }\n", sum)
		files[fmt.Sprintf("m%d.mjs", i)] = src.String()
	}
	files["util.ts"] = "export interface P { x: number }\nexport const twice = (p: P): number => p.x * 2;\n"
	files["main.mjs"] = "import count from './m0.mjs';\nimport { twice } from './util.ts';\nglobalThis.result = count() + twice({ x: 0 });\n"
	dir := writeFiles(b, files)
	return filepath.Join(dir, "main.mjs")
}

// BenchmarkModuleLoadPerEnv measures loading a 50-module app in a fresh env (new goja
// runtime and loader) once the process-wide compile cache is warm: resolution, reading
// files, linking, instantiation and evaluation; no transform or compile.
func BenchmarkModuleLoadPerEnv(b *testing.B) {
	main := benchGraph(b, 50)
	run := func() {
		h := newTestHost(b, filepath.Dir(main))
		out := h.runMain(main)
		if out != "" {
			b.Fatal(out)
		}
		if got := h.vm.Get("result").ToInteger(); got != 50 {
			b.Fatalf("result = %d", got)
		}
	}
	run() // warm the compile cache
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		run()
	}
}

// BenchmarkEnvBaseline is the cost of the fresh env alone (goja runtime, test host,
// loader), to subtract from BenchmarkModuleLoadPerEnv.
func BenchmarkEnvBaseline(b *testing.B) {
	dir := b.TempDir()
	for i := 0; i < b.N; i++ {
		newTestHost(b, dir)
	}
}

// BenchmarkModuleCompileCold measures the first load in a process: esbuild transform,
// analysis and goja compilation of every module, plus the load itself.
func BenchmarkModuleCompileCold(b *testing.B) {
	main := benchGraph(b, 50)
	for i := 0; i < b.N; i++ {
		moduleCache = sync.Map{}
		h := newTestHost(b, filepath.Dir(main))
		if out := h.runMain(main); out != "" {
			b.Fatal(out)
		}
	}
}
