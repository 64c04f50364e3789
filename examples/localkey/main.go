// Command localkey is Neon's thread-local storage example (neon::thread::LocalKey) as a
// gonode addon: the THREAD_ID key is one process-wide addon.LocalKey whose value is initialised
// once per env — by calling into JS, require('worker_threads').threadId — and cached in
// that env's addon instance. The main thread and a worker each see their own value.
//
// Run: go run ./examples/localkey
package main

import (
	"context"
	_ "embed"
	"io"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/examples/internal/withworkers"
)

//go:embed index.js
var indexJS []byte

// threadIDKey is Neon's `static THREAD_ID: LocalKey<u32> = LocalKey::new();`.
var threadIDKey addon.LocalKey[uint32]

// stats is per-instance data: how often the initialiser ran in this env.
type stats struct{ inits int }

// threadID is Neon's thread_id(cx): the cached value, or the result of asking JS.
func threadID(inst *addon.Instance) (uint32, error) {
	return threadIDKey.GetOrTryInit(inst, func(inst *addon.Instance) (uint32, error) {
		inst.Data().(*stats).inits++
		vm := inst.Runtime()
		global := vm.GlobalObject()
		require := global.Get("require")
		worker, err := inst.Call(require, goja.Undefined(), vm.ToValue("worker_threads"))
		if err != nil {
			return 0, err
		}
		id := worker.ToObject(vm).Get("threadId")
		return uint32(id.ToInteger()), nil
	})
}

// Module is the addon.
var Module = addon.Module{
	Name: "localkey",
	Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
		if err := inst.SetData(&stats{}, nil); err != nil {
			return nil, err
		}
		_ = exports.Set("threadId", func() (uint32, error) { return threadID(inst) })
		_ = exports.Set("initCount", func() int { return inst.Data().(*stats).inits })
		return nil, nil
	},
}

func run(ctx context.Context, dir string, stdout, stderr io.Writer) (int, error) {
	return withworkers.Run(ctx, dir, indexJS, stdout, stderr, Module)
}

func main() { withworkers.Main("localkey", indexJS, Module) }
