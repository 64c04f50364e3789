package jslib

import (
	"math"
	goruntime "runtime"
	"runtime/debug"

	"github.com/dop251/goja"
)

// internalBinding('v8'): heap numbers for v8.getHeapStatistics() and
// v8.getHeapSpaceStatistics(), taken from Go's runtime.MemStats (gonode has no V8 heap:
// the Go heap stands in for V8's old space; the other spaces report 0).
//
//	heapStatistics()       [total_heap_size, total_heap_size_executable,
//	                        total_physical_size, total_available_size, used_heap_size,
//	                        heap_size_limit, malloced_memory, peak_malloced_memory,
//	                        total_allocated_bytes]
//	heapSpaceStatistics()  [space_size, space_used_size, space_available_size,
//	                        physical_space_size] of the old space
func init() {
	Bindings["v8"] = func(vm *goja.Runtime) *goja.Object {
		b := vm.NewObject()
		_ = b.Set("heapStatistics", func(goja.FunctionCall) goja.Value {
			var ms goruntime.MemStats
			goruntime.ReadMemStats(&ms)
			limit := v8HeapSizeLimit()
			avail := int64(limit) - int64(ms.HeapAlloc)
			if avail < 0 {
				avail = 0
			}
			return vm.ToValue([]any{
				ms.HeapSys, 0, ms.HeapSys - ms.HeapReleased, avail, ms.HeapAlloc,
				limit, ms.OtherSys + ms.MSpanInuse + ms.MCacheInuse, ms.OtherSys + ms.MSpanSys + ms.MCacheSys,
				ms.TotalAlloc,
			})
		})
		_ = b.Set("heapSpaceStatistics", func(goja.FunctionCall) goja.Value {
			var ms goruntime.MemStats
			goruntime.ReadMemStats(&ms)
			return vm.ToValue([]any{ms.HeapSys, ms.HeapAlloc, ms.HeapIdle, ms.HeapSys - ms.HeapReleased})
		})
		return b
	}
}

// v8HeapSizeLimit is Go's soft memory limit when one is set (GOMEMLIMIT or
// debug.SetMemoryLimit), else V8's default for a 64-bit system: a quarter of the
// physical memory, at most 4 GiB plus the young generation.
func v8HeapSizeLimit() uint64 {
	if l := debug.SetMemoryLimit(-1); l > 0 && l != math.MaxInt64 {
		return uint64(l)
	}
	const defaultLimit = 4395630592
	if total := osMeminfo("MemTotal:"); total > 0 && uint64(total)/4 < defaultLimit {
		return uint64(total) / 4
	}
	return defaultLimit
}
