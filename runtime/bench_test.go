package runtime

import (
	"context"
	"io"
	"os"
	goruntime "runtime"
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkEnvStartup measures New + Close of an env (the per-worker floor).
func BenchmarkEnvStartup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		env, err := New(Config{Stdout: io.Discard})
		if err != nil {
			b.Fatal(err)
		}
		env.Close()
	}
}

// BenchmarkGojaNew is the floor under BenchmarkEnvStartup: a bare goja.Runtime.
func BenchmarkGojaNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		vm := goja.New()
		_, _ = vm.RunString(`1`)
	}
}

// BenchmarkEnvRetainedMemory reports heap bytes retained per idle env (after a script
// that touched console), measured with 50 envs alive at once. Run it with -benchtime=3x.
func BenchmarkEnvRetainedMemory(b *testing.B) {
	const n = 50
	for i := 0; i < b.N; i++ {
		goruntime.GC()
		var before, after goruntime.MemStats
		goruntime.ReadMemStats(&before)
		envs := make([]*Env, n)
		for j := range envs {
			env, err := New(Config{Stdout: io.Discard})
			if err != nil {
				b.Fatal(err)
			}
			_ = env.Do(context.Background(), func(vm *goja.Runtime) error {
				_, err := vm.RunString(`console.log('hi')`)
				return err
			})
			envs[j] = env
		}
		goruntime.GC()
		goruntime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n/(1<<20), "MiB/env")
		for _, env := range envs {
			env.Close()
		}
	}
}

func benchHop(b *testing.B, src string) {
	env, err := New(Config{Stdout: io.Discard})
	if err != nil {
		b.Fatal(err)
	}
	defer env.Close()
	_ = env.Do(context.Background(), func(vm *goja.Runtime) error { return vm.Set("N", b.N) })
	b.ResetTimer()
	code, err := env.RunString(context.Background(), "hop.js", src)
	if code != 0 || err != nil {
		b.Fatal(code, err)
	}
}

// BenchmarkSetImmediateHop: one op is one setImmediate callback scheduling the next.
func BenchmarkSetImmediateHop(b *testing.B) {
	benchHop(b, `let i = 0; function f() { if (++i < N) setImmediate(f); } setImmediate(f);`)
}

// BenchmarkNextTickHop: one op is one process.nextTick callback scheduling the next.
func BenchmarkNextTickHop(b *testing.B) {
	benchHop(b, `let i = 0; function f() { if (++i < N) process.nextTick(f); } process.nextTick(f);`)
}

// BenchmarkPromiseHop: one op is one promise reaction scheduling the next.
func BenchmarkPromiseHop(b *testing.B) {
	benchHop(b, `let i = 0; function f() { if (++i < N) Promise.resolve().then(f); } Promise.resolve().then(f);`)
}

// BenchmarkEnqueueRoundTrip: a Go goroutine hands a task to the loop and waits for it.
func BenchmarkEnqueueRoundTrip(b *testing.B) {
	env, err := New(Config{Stdout: io.Discard})
	if err != nil {
		b.Fatal(err)
	}
	defer env.Close()
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = env.Do(ctx, func(*goja.Runtime) error { return nil })
	}
}

// BenchmarkRequireCached: one op is a require() of an already-loaded package module
// (resolution through node_modules and package.json "exports", then the cache).
func BenchmarkRequireCached(b *testing.B) {
	dir := b.TempDir()
	pkg := dir + "/node_modules/dep"
	if err := os.MkdirAll(pkg+"/lib", 0o755); err != nil {
		b.Fatal(err)
	}
	_ = os.WriteFile(pkg+"/package.json", []byte(`{"name":"dep","exports":{".":{"require":"./lib/main.js"}}}`), 0o644)
	_ = os.WriteFile(pkg+"/lib/main.js", []byte(`module.exports = 1`), 0o644)
	env, err := New(Config{Stdout: io.Discard, Dir: dir})
	if err != nil {
		b.Fatal(err)
	}
	defer env.Close()
	_ = env.Do(context.Background(), func(vm *goja.Runtime) error { return vm.Set("N", b.N) })
	b.ResetTimer()
	code, err := env.RunString(context.Background(), "req.js", `for (let i = 0; i < N; i++) require('dep');`)
	if code != 0 || err != nil {
		b.Fatal(code, err)
	}
}

// BenchmarkFunctionLookup compares a recursive call through a global function (as in a
// worker's eval code, a classic script) with one through a function-scoped binding (as in
// a CommonJS module): goja resolves the global by name at every call. This is what caps
// ../shared/bench's cpu_parallel ratio (worker/BenchmarkCPUParallel has the same code on
// both sides).
func BenchmarkFunctionLookup(b *testing.B) {
	for _, tc := range []struct{ name, src string }{
		{"global", `function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } fib(20)`},
		{"local", `(function () { function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } return fib(20); })()`},
	} {
		b.Run(tc.name, func(b *testing.B) {
			prg := goja.MustCompile("bench.js", tc.src, false)
			vm := goja.New()
			for i := 0; i < b.N; i++ {
				if _, err := vm.RunProgram(prg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
