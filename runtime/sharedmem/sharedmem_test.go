package sharedmem

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
)

func unsafePtr(b []byte) unsafe.Pointer { return unsafe.Pointer(unsafe.SliceData(b)) }
func unsafeAddr(b []byte) uintptr       { return uintptr(unsafePtr(b)) }

// share gives each env a global `sab` (a SharedArrayBuffer over m) and `i32`.
func share(t testing.TB, m *Memory, envs ...*testEnv) {
	for _, e := range envs {
		e.do(func() {
			must(e.vm.Set("sab", NewValue(e.vm, m)))
			if _, err := e.vm.RunString("var i32 = new Int32Array(sab)"); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func newMem(t testing.TB, length, maxLength int) *Memory {
	m, err := NewMemory(length, maxLength)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// waiters counts the waiters (sync and async) queued on byte offset off of m.
func waiters(m *Memory, off uintptr) int {
	k := waitKey{m, off}
	s := shardFor(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	if q := s.queues[k]; q != nil {
		for w := q.head; w != nil; w = w.next {
			n++
		}
	}
	return n
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// runAsync runs src on e in the background; the result arrives on the channel.
func runAsync(e *testEnv, src string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		var out string
		e.do(func() {
			v, err := e.vm.RunString(src)
			if err != nil {
				out = "error: " + err.Error()
			} else {
				out = v.String()
			}
		})
		ch <- out
	}()
	return ch
}

func recv(t testing.TB, ch <-chan string) string {
	t.Helper()
	select {
	case s := <-ch:
		return s
	case <-time.After(60 * time.Second):
		t.Fatal("timed out")
		return ""
	}
}

// TestConformanceGoldens runs the single-thread conformance scripts on a bare goja
// runtime with Install and compares with the output recorded from reference Node.
func TestConformanceGoldens(t *testing.T) {
	scripts, _ := filepath.Glob("../../tests/conformance/atomics/*.js")
	if len(scripts) == 0 {
		t.Fatal("no conformance scripts in tests/conformance/atomics")
	}
	for _, script := range scripts {
		t.Run(filepath.Base(script), func(t *testing.T) {
			src, err := os.ReadFile(script)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := testutil.Golden(t, script)
			if got := newTestEnv(t).runToIdle(string(src)); got != string(want) {
				t.Errorf("stdout differs from Node's golden:\n%s", testutil.FirstDiff(string(want), got))
			}
		})
	}
}

// Two runtimes on two goroutines add concurrently to 32-bit, 16-bit and 8-bit cells that
// share words; the sums are exact (and -race finds no race: all accesses are Atomics).
func TestConcurrentAdd(t *testing.T) {
	const n = 100000
	m := newMem(t, 16, -1)
	a, b := newTestEnv(t), newTestEnv(t)
	share(t, m, a, b)
	script := func(byteIdx int) string {
		return fmt.Sprintf(`
			var u8 = new Uint8Array(sab), u16 = new Uint16Array(sab);
			for (var i = 0; i < %d; i++) {
				Atomics.add(i32, 0, 1);
				Atomics.add(u16, 2, 3);
				Atomics.add(u8, %d, 1);
				Atomics.sub(i32, 3, 2);
			}
			"done"`, n, byteIdx)
	}
	ra, rb := runAsync(a, script(8)), runAsync(b, script(9))
	if r := recv(t, ra); r != "done" {
		t.Fatal(r)
	}
	if r := recv(t, rb); r != "done" {
		t.Fatal(r)
	}
	var got string
	a.do(func() {
		v, err := a.vm.RunString(`[Atomics.load(i32, 0), Atomics.load(new Uint16Array(sab), 2), Atomics.load(new Uint8Array(sab), 8), Atomics.load(new Uint8Array(sab), 9), Atomics.load(new Uint8Array(sab), 10), Atomics.load(i32, 3)].join()`)
		if err != nil {
			t.Fatal(err)
		}
		got = v.String()
	})
	want := fmt.Sprintf("%d,%d,%d,%d,0,%d", 2*n, (2*n*3)%65536, n%256, n%256, -4*n)
	if got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

const pingSrc = `(function (n) {
	const flag = new Int32Array(sab, 0, 1), data = new Int32Array(sab, 4, 1);
	for (let i = 0; i < n; i++) {
		data[0] = i;                 // plain write, published by the store below
		Atomics.store(flag, 0, 1);
		Atomics.notify(flag, 0);
		while (Atomics.load(flag, 0) === 1) Atomics.wait(flag, 0, 1);
	}
	return "ping done";
})(N)`

const pongSrc = `(function (n) {
	const flag = new Int32Array(sab, 0, 1), data = new Int32Array(sab, 4, 1);
	let bad = 0;
	for (let i = 0; i < n; i++) {
		while (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0);
		if (data[0] !== i) bad++;    // plain read, ordered after the ping's write
		Atomics.store(flag, 0, 0);
		Atomics.notify(flag, 0);
	}
	return "pong done, bad=" + bad;
})(N)`

func pingPong(t testing.TB, n int) (a, b *testEnv, start func() (string, string)) {
	m := newMem(t, 8, -1)
	a, b = newTestEnv(t), newTestEnv(t)
	share(t, m, a, b)
	for _, e := range []*testEnv{a, b} {
		e.do(func() { must(e.vm.Set("N", n)) })
	}
	return a, b, func() (string, string) {
		rb := runAsync(b, pongSrc)
		ra := runAsync(a, pingSrc)
		return recv(t, ra), recv(t, rb)
	}
}

// A wait/notify ping-pong between two runtimes on two goroutines; plain accesses ordered
// by the atomics are race-free under -race.
func TestPingPong(t *testing.T) {
	_, _, start := pingPong(t, 2000)
	ra, rb := start()
	if ra != "ping done" || rb != "pong done, bad=0" {
		t.Fatal(ra, rb)
	}
}

// A blocked Atomics.wait returns when the env's Done closes (terminate()).
func TestWaitWokenByDone(t *testing.T) {
	m := newMem(t, 8, -1)
	e := newTestEnv(t)
	share(t, m, e)
	res := runAsync(e, `Atomics.wait(i32, 1, 0)`)
	waitFor(t, "the waiter", func() bool { return waiters(m, 4) == 1 })
	start := time.Now()
	e.terminate()
	if r := recv(t, res); r != "timed-out" {
		t.Fatal(r)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("wait took %v to see Done", d)
	}
	if n := waiters(m, 4); n != 0 {
		t.Fatalf("%d waiters left", n)
	}
	// Later waits return at once.
	if r := recv(t, runAsync(e, `Atomics.wait(i32, 1, 0)`)); r != "timed-out" {
		t.Fatal(r)
	}
}

// waitAsync promises are settled on the waiting env's loop via Enqueue, by a notify from
// another env or by the timeout; pending waiters of a terminated env are dropped.
func TestWaitAsync(t *testing.T) {
	m := newMem(t, 16, -1)
	a, b := newTestEnv(t), newTestEnv(t)
	share(t, m, a, b)
	results := make(chan string, 4)
	a.do(func() {
		must(a.vm.Set("report", func(s string) { results <- s }))
	})
	if err := a.run(`
		var r1 = Atomics.waitAsync(i32, 0, 0);
		var r2 = Atomics.waitAsync(i32, 1, 0, 20);
		r1.value.then(function (v) { report("notified " + v); });
		r2.value.then(function (v) { report("timer " + v); });
		if (!r1.async || !r2.async) throw new Error("not async");
	`); err != nil {
		t.Fatal(err)
	}
	if r := recv(t, results); r != "timer timed-out" {
		t.Fatal(r)
	}
	if r := recv(t, runAsync(b, `Atomics.store(i32, 0, 1); Atomics.notify(i32, 0)`)); r != "1" {
		t.Fatal("notify woke", r)
	}
	if r := recv(t, results); r != "notified ok" {
		t.Fatal(r)
	}
	a.holdsMu.Lock()
	holds := a.holds
	a.holdsMu.Unlock()
	if holds != 0 {
		t.Fatal("waitAsync must not hold the loop")
	}

	// A pending waiter of an env that terminates is removed: notify counts 0.
	if err := a.run(`Atomics.waitAsync(i32, 2, 0).value.then(function () { report("must not happen"); })`); err != nil {
		t.Fatal(err)
	}
	if n := waiters(m, 8); n != 1 {
		t.Fatalf("%d waiters", n)
	}
	a.terminate()
	waitFor(t, "the waiter to be dropped", func() bool { return waiters(m, 8) == 0 })
	if r := recv(t, runAsync(b, `Atomics.notify(i32, 2)`)); r != "0" {
		t.Fatal("notify woke", r)
	}
	select {
	case r := <-results:
		t.Fatal(r)
	case <-time.After(20 * time.Millisecond):
	}
}

// notify wakes waiters in FIFO order, at most count of them, across envs.
func TestNotifyFIFO(t *testing.T) {
	m := newMem(t, 8, -1)
	envs := []*testEnv{newTestEnv(t), newTestEnv(t), newTestEnv(t)}
	share(t, m, envs...)
	var res []<-chan string
	for i, e := range envs {
		res = append(res, runAsync(e, `Atomics.wait(i32, 0, 0)`))
		waitFor(t, "waiter", func() bool { return waiters(m, 0) == i+1 })
	}
	notifier := newTestEnv(t)
	share(t, m, notifier)
	if r := recv(t, runAsync(notifier, `Atomics.notify(i32, 0, 1)`)); r != "1" {
		t.Fatal(r)
	}
	if r := recv(t, res[0]); r != "ok" {
		t.Fatal(r)
	}
	select {
	case r := <-res[1]:
		t.Fatal("second waiter woke early:", r)
	case <-time.After(10 * time.Millisecond):
	}
	if r := recv(t, runAsync(notifier, `Atomics.notify(i32, 0)`)); r != "2" {
		t.Fatal(r)
	}
	if recv(t, res[1]) != "ok" || recv(t, res[2]) != "ok" {
		t.Fatal("not woken")
	}
}

func TestFromValueNewValue(t *testing.T) {
	a, b := newTestEnv(t), newTestEnv(t)
	var m *Memory
	a.do(func() {
		v, err := a.vm.RunString(`var s = new SharedArrayBuffer(8, {maxByteLength: 64}); new Uint8Array(s)[3] = 42; s`)
		if err != nil {
			t.Fatal(err)
		}
		var ok bool
		if m, ok = FromValue(a.vm, v); !ok || m.Len() != 8 {
			t.Fatal("FromValue failed")
		}
		for _, src := range []string{
			`new ArrayBuffer(8)`,
			`var x = new ArrayBuffer(8); Object.setPrototypeOf(x, SharedArrayBuffer.prototype); x`,
			`new Int32Array(s)`, `({})`, `1`, `SharedArrayBuffer.prototype`,
		} {
			v, err := a.vm.RunString(src)
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := FromValue(a.vm, v); ok {
				t.Errorf("FromValue(%s) = true", src)
			}
		}
		v, _ = a.vm.RunString(`var y = new SharedArrayBuffer(4); Object.setPrototypeOf(y, ArrayBuffer.prototype); y`)
		if _, ok := FromValue(a.vm, v); !ok {
			t.Error("FromValue must not depend on the prototype")
		}
		v, _ = a.vm.RunString(`s.slice(1)`)
		if m2, ok := FromValue(a.vm, v); !ok || m2 == m {
			t.Error("slice must be a new SharedArrayBuffer")
		}
		if NewValue(a.vm, m) == NewValue(a.vm, m) {
			t.Error("NewValue must make a new object")
		}
	})
	b.do(func() {
		must(b.vm.Set("s", NewValue(b.vm, m)))
		v, err := b.vm.RunString(`[s instanceof SharedArrayBuffer, Object.getPrototypeOf(s) === SharedArrayBuffer.prototype, s.byteLength, s.growable, s.maxByteLength, new Uint8Array(s)[3]].join()`)
		if err != nil {
			t.Fatal(err)
		}
		if v.String() != "true,true,8,true,64,42" {
			t.Fatal(v)
		}
		if _, err := b.vm.RunString(`new Uint8Array(s)[3] = 7`); err != nil {
			t.Fatal(err)
		}
		if mb, ok := FromValue(b.vm, b.vm.Get("s")); !ok || mb != m {
			t.Fatal("FromValue in the receiving env")
		}
	})
	a.do(func() {
		if v, _ := a.vm.RunString(`new Uint8Array(s)[3]`); v.ToInteger() != 7 {
			t.Fatal("write through the clone not visible:", v)
		}
	})
	// NewValue works in a runtime without Install.
	vm := goja.New()
	must(vm.Set("s", NewValue(vm, m)))
	if v, err := vm.RunString(`new Uint8Array(s)[3] + "," + Object.prototype.toString.call(s)`); err != nil || v.String() != "7,[object SharedArrayBuffer]" {
		t.Fatal(v, err)
	}
}

// Growing in one env is seen by byteLength, Atomics and new views in another.
func TestGrowAcrossEnvs(t *testing.T) {
	m := newMem(t, 8, 1<<16)
	a, b := newTestEnv(t), newTestEnv(t)
	share(t, m, a, b)
	if r := recv(t, runAsync(a, `sab.grow(4096); Atomics.store(new Int32Array(sab), 1000, 5); sab.byteLength`)); r != "4096" {
		t.Fatal(r)
	}
	// Seen at once through the SharedArrayBuffer's own methods and Atomics...
	if r := recv(t, runAsync(b, `sab.byteLength + "," + Atomics.load(new Int32Array(sab), 1000) + "," + new DataView(sab).byteLength`)); r != "4096,5,4096" {
		t.Fatal(r)
	}
	// ...and after the refresh task b's loop ran, by views created before any such call.
	if r := recv(t, runAsync(a, `sab.grow(8192); sab.byteLength`)); r != "8192" {
		t.Fatal(r)
	}
	if r := recv(t, runAsync(b, `new Int32Array(sab).length`)); r != "2048" {
		t.Fatal(r)
	}
	if r := recv(t, runAsync(b, `i32.length + "," + sab.maxByteLength`)); r != "2,65536" {
		t.Fatal(r) // a fixed-length view keeps its length
	}
	// A waiter woken after a grow sees the new length at once.
	rb := runAsync(b, `Atomics.wait(i32, 0, 0); new Int32Array(sab).length`)
	waitFor(t, "the waiter", func() bool { return waiters(m, 0) == 1 })
	if r := recv(t, runAsync(a, `sab.grow(16384); Atomics.store(i32, 0, 1); Atomics.notify(i32, 0)`)); r != "1" {
		t.Fatal(r)
	}
	if r := recv(t, rb); r != "4096" {
		t.Fatal(r)
	}
}

// Large reservations are mapped from the OS: reserving does not commit, and growing works.
func TestLargeReservation(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skip("no mmap")
	}
	if math.MaxInt == math.MaxInt32 {
		t.Skip("64-bit only")
	}
	var tb int64 = 1 << 40
	m := newMem(t, 16, int(tb))
	if !m.mapped {
		t.Fatal("expected a mapped reservation")
	}
	e := newTestEnv(t)
	share(t, m, e)
	r := recv(t, runAsync(e, `
		sab.grow(64 << 20);
		var big = new Int32Array(sab);
		big[big.length - 1] = 9;
		Atomics.add(big, big.length - 1, 1) + "," + Atomics.load(big, big.length - 1) + "," + sab.byteLength + "," + sab.maxByteLength`))
	if r != "9,10,67108864,1099511627776" {
		t.Fatal(r)
	}
	if _, err := NewMemory(0, int(tb<<13-4095)); err == nil || err.Error() != "Invalid array buffer max length" {
		t.Fatal(err)
	}
}

func TestNewMemoryErrors(t *testing.T) {
	for _, c := range []struct{ l, max int }{{-1, -1}, {int(min(maxSafeInteger+1, math.MaxInt)), -1}, {8, 4}} {
		if _, err := NewMemory(c.l, c.max); err == nil {
			t.Errorf("NewMemory(%d, %d) succeeded", c.l, c.max)
		}
	}
	m := newMem(t, 3, -1)
	if m.Len() != 3 || m.growable() || uintptr(len(m.buf))%8 != 0 || uintptr(unsafeAddr(m.buf))%8 != 0 {
		t.Fatal("bad layout")
	}
}

// Objects are identified without leaking: registry entries go away with their objects.
func TestRegistryNoLeak(t *testing.T) {
	count := func(mp *sync.Map) int {
		n := 0
		mp.Range(func(any, any) bool { n++; return true })
		return n
	}
	e := newTestEnv(t)
	before := count(&registry)
	if err := e.run(`for (var i = 0; i < 5000; i++) new SharedArrayBuffer(8, i % 2 ? {maxByteLength: 16} : undefined);`); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "registry cleanup", func() bool {
		runtime.GC()
		return count(&registry) < before+100
	})
	var growables int
	e.do(func() {
		st := stateOf(e.vm)
		st.pruneGrowables()
		growables = len(st.growables)
	})
	if growables > 100 {
		t.Fatalf("%d growable refs kept", growables)
	}
	envsBefore := count(&envs)
	for i := 0; i < 50; i++ {
		must(Install(goja.New(), e))
	}
	waitFor(t, "env state cleanup", func() bool {
		runtime.GC()
		return count(&envs) <= envsBefore+5
	})
}

func BenchmarkWaitNotifyRoundTrip(b *testing.B) {
	_, _, start := pingPong(b, b.N)
	b.ResetTimer()
	t0 := time.Now()
	ra, rb := start()
	el := time.Since(t0)
	b.StopTimer()
	if ra != "ping done" || rb != "pong done, bad=0" {
		b.Fatal(ra, rb)
	}
	b.ReportMetric(float64(b.N)/el.Seconds(), "roundtrips/s")
}

// The same round trip without JS: two goroutines on waitSync/notify.
func BenchmarkWaitNotifyRoundTripGo(b *testing.B) {
	m := newMem(b, 8, -1)
	c := cell{p: unsafePtr(m.buf), k: kInt32, shared: true}
	key := waitKey{m, 0}
	done := make(chan struct{})
	go func() {
		for i := 0; i < b.N; i++ {
			for c.load() == 0 {
				waitSync(c, key, 0, infiniteWait+1, nil)
			}
			c.store(0)
			notify(key, 1)
		}
		close(done)
	}()
	b.ResetTimer()
	t0 := time.Now()
	for i := 0; i < b.N; i++ {
		c.store(1)
		notify(key, 1)
		for c.load() == 1 {
			waitSync(c, key, 1, infiniteWait+1, nil)
		}
	}
	<-done
	b.ReportMetric(float64(b.N)/time.Since(t0).Seconds(), "roundtrips/s")
}

func BenchmarkAtomicsAdd(b *testing.B) {
	e := newTestEnv(b)
	share(b, newMem(b, 8, -1), e)
	e.do(func() { must(e.vm.Set("N", b.N)) })
	b.ResetTimer()
	if err := e.run(`(function (a, n) { for (let i = 0; i < n; i++) Atomics.add(a, 0, 1); })(i32, N)`); err != nil {
		b.Fatal(err)
	}
}
