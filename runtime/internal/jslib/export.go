package jslib

import (
	"reflect"

	"github.com/dop251/goja"
)

// SafeExport is v.Export() made safe for typed arrays over a detached ArrayBuffer:
// goja exports those with pointer arithmetic on a nil base, which Go's checkptr (on
// under -race) aborts on. A view over a detached buffer exports as an empty slice of its
// element type. Loop goroutine only.
func SafeExport(v goja.Value) any {
	o, ok := v.(*goja.Object)
	if !ok {
		if v == nil {
			return nil
		}
		return v.Export()
	}
	if t := o.ExportType(); t != nil && t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Interface {
		if b, ok := o.Get("buffer").(*goja.Object); ok {
			if ab, ok := b.Export().(goja.ArrayBuffer); ok && ab.Detached() {
				return reflect.MakeSlice(t, 0, 0).Interface()
			}
		}
	}
	return o.Export()
}

// MarkUntransferable, when set (by the runtime, forwarding to the messaging layer),
// marks an ArrayBuffer as untransferable, as worker_threads.markAsUntransferable does.
// The buffer builtin marks its pool with it. Loop goroutine only.
var MarkUntransferable func(vm *goja.Runtime, v goja.Value)
