package worker

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkCPUParallel runs a CPU-bound job (8 tasks of fib(25)) on one worker, then split
// over two, with the same eval code in both, and reports the speedup (the ceiling is the
// number of cores, 2 on the reference machine). ../shared/bench's cpu_parallel compares a
// worker with the main thread instead, whose fib is module-scoped: goja resolves the
// worker eval code's global function by name at every call (runtime's
// BenchmarkFunctionLookup), which caps that benchmark's ratio however well the workers
// scale.
func BenchmarkCPUParallel(b *testing.B) {
	const src = `
const { Worker } = require('node:worker_threads');
const code = 'const { parentPort } = require("node:worker_threads");' +
  'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }' +
  'parentPort.on("message", (m) => { let s = 0; for (let i = 0; i < m; i++) s += fib(25); parentPort.postMessage(s); });';
const workers = [new Worker(code, { eval: true }), new Worker(code, { eval: true })];
const run = (ws, tasks) => Promise.all(ws.map((w) => new Promise((resolve) => {
  w.once('message', resolve);
  w.postMessage(tasks / ws.length);
})));
(async () => {
  await run(workers, 2);
  let t = performance.now();
  await run(workers.slice(0, 1), 8);
  const one = performance.now() - t;
  t = performance.now();
  await run(workers, 8);
  const two = performance.now() - t;
  console.log(one / two);
  await Promise.all(workers.map((w) => w.terminate()));
})();
`
	var sum float64
	for i := 0; i < b.N; i++ {
		out, code := run(b, src)
		if code != 0 {
			b.Fatalf("exit %d: %s", code, out)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(out), 64)
		if err != nil {
			b.Fatalf("output %q: %v", out, err)
		}
		sum += v
	}
	b.ReportMetric(sum/float64(b.N), "speedup")
}

// BenchmarkSpawnOnline spawns eval workers one after another, as ../shared/bench's
// spawn_latency does, and reports the median time from new Worker to 'online' and to the
// worker's first message; ns/op is one whole spawn, message and terminate.
func BenchmarkSpawnOnline(b *testing.B) {
	src := `
const { Worker } = require('node:worker_threads');
const code = 'const { parentPort } = require("node:worker_threads"); parentPort.on("message", () => {}); parentPort.postMessage("hello");';
const online = [], first = [];
function once() {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const w = new Worker(code, { eval: true });
    w.once('online', () => online.push(performance.now() - t0));
    w.once('message', () => { first.push(performance.now() - t0); w.terminate().then(resolve); });
  });
}
(async () => {
  for (let i = 0; i < N; i++) await once();
  const median = (a) => a.sort((x, y) => x - y)[a.length >> 1];
  console.log(median(online), median(first));
})();
`
	b.ResetTimer()
	out, code := run(b, "const N = "+strconv.Itoa(b.N)+";"+src)
	if code != 0 {
		b.Fatalf("exit %d: %s", code, out)
	}
	f := strings.Fields(out)
	if len(f) != 2 {
		b.Fatalf("output %q", out)
	}
	for i, unit := range []string{"online-ms", "first-message-ms"} {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			b.Fatalf("output %q: %v", out, err)
		}
		b.ReportMetric(v, unit)
	}
}
