package tsfn

import (
	"context"
	"fmt"
	goruntime "runtime"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime"
)

// BenchmarkTSFN mirrors shared/bench/js/tsfn.js (Node's N-API thread-safe function
// throughput): producer goroutines call one function b.N times in total with a small int
// payload (1..7); the JS callback counts and sums; timed until Finalize ran after the last
// release. Reported as calls/s next to ns/op.
func BenchmarkTSFN(b *testing.B) {
	for _, bc := range []struct {
		producers int
		mode      CallMode
		queue     int
	}{
		{1, Blocking, 0},
		{2, Blocking, 0},
		{1, NonBlocking, 0},
		{2, NonBlocking, 0},
		{1, Blocking, 1024},
		{2, Blocking, 1024},
		{1, NonBlocking, 1024},
		{2, NonBlocking, 1024},
	} {
		mode := "blocking"
		if bc.mode == NonBlocking {
			mode = "nonblocking"
		}
		name := fmt.Sprintf("producers=%d/%s/queue=%d", bc.producers, mode, bc.queue)
		b.Run(name, func(b *testing.B) { benchTSFN(b, bc.producers, bc.mode, bc.queue) })
	}
}

func benchTSFN(b *testing.B, producers int, mode CallMode, queue int) {
	env, err := runtime.New(runtime.Config{Environ: map[string]string{}})
	if err != nil {
		b.Fatal(err)
	}
	defer env.Close()
	var fn, get goja.Value
	var f *TSFN[int]
	finalized := make(chan [2]int64, 1)
	err = env.Do(context.Background(), func(vm *goja.Runtime) error {
		// As in bench/js/tsfn.js: the callback counts and sums in closure variables.
		o, err := vm.RunString(`(function () {
			let count = 0, sum = 0;
			return { cb: (v) => { count++; sum += v; }, get: () => [count, sum] };
		})()`)
		if err != nil {
			return err
		}
		fn, get = o.ToObject(vm).Get("cb"), o.ToObject(vm).Get("get")
		f, err = New(env, Options[int]{Func: fn, InitialThreads: producers, MaxQueueSize: queue, ErrorStrategy: Fatal,
			Convert: func(env *runtime.Env, v int) ([]goja.Value, error) {
				if env == nil {
					return nil, nil
				}
				return []goja.Value{vm.ToValue(v)}, nil
			},
			Finalize: func(env *runtime.Env, _ any) {
				g, _ := goja.AssertFunction(get)
				v, _ := g(goja.Undefined())
				arr := v.ToObject(env.Runtime())
				finalized <- [2]int64{arr.Get("0").ToInteger(), arr.Get("1").ToInteger()}
			}})
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	var wantSum int64
	per := make([]int, producers)
	for p := range per {
		per[p] = b.N / producers
		if p < b.N%producers {
			per[p]++
		}
		for i := 0; i < per[p]; i++ {
			wantSum += int64(i%7 + 1)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for p := 0; p < producers; p++ {
		go func(n int) {
			for i := 0; i < n; i++ {
				for {
					err := f.Call(i%7+1, mode)
					if err == nil {
						break
					}
					if err != ErrQueueFull {
						panic(err)
					}
					goruntime.Gosched()
				}
			}
			f.Release()
		}(per[p])
	}
	res := <-finalized
	elapsed := time.Since(start)
	b.StopTimer()
	if res[0] != int64(b.N) || res[1] != wantSum {
		b.Fatalf("count %d sum %d, want %d %d", res[0], res[1], b.N, wantSum)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "calls/s")
}
