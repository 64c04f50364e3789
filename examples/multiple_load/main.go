// Command multiple_load is node-addon-examples' "multiple loading" example (context
// awareness: instance data) as a gonode addon. index.js — the example's script, unchanged
// but for require('multiple_load') instead of require('bindings')(...) — runs on the main
// thread and in a worker; each env gets its own addon instance with its own AddonData,
// so the two random walks never see each other's value.
//
// Run: go run ./examples/multiple_load
package main

import (
	"context"
	_ "embed"
	"io"
	"math"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/examples/internal/withworkers"
	"github.com/gonode/gonode/runtime"
)

//go:embed index.js
var indexJS []byte

// AddonData replaces global static data with per-instance data (binding.c's AddonData).
type AddonData struct {
	Value float64
}

// ModifyAddonData increments or decrements the value after passing it through a
// CPU-consuming but otherwise useless calculation, exactly as binding.c does.
func ModifyAddonData(data *AddonData, offset float64) int {
	data.Value = math.Tan(math.Atan(math.Exp(math.Log(math.Sqrt(data.Value*data.Value))))) + offset
	// Round the value to the nearest integer.
	frac := 0.0
	if data.Value-float64(int(data.Value)) > 0.5 {
		frac = 1
	}
	data.Value = float64(int(data.Value)) + frac
	return int(data.Value)
}

// Module is the addon. Init runs once per env that requires it (main thread and worker):
// it creates that instance's AddonData and ties it to the instance with a finalizer that
// runs when the env is torn down.
var Module = addon.Module{
	Name: "multiple_load",
	Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
		data := &AddonData{}
		if err := inst.SetData(data, func(*runtime.Env, any) { /* Go frees memory itself */ }); err != nil {
			return nil, err
		}
		// Retrieve the per-instance data on every call, like napi_get_instance_data.
		get := func() *AddonData { return inst.Data().(*AddonData) }
		_ = exports.Set("increment", func() int { return ModifyAddonData(get(), 1) })
		_ = exports.Set("decrement", func() int { return ModifyAddonData(get(), -1) })
		return nil, nil
	},
}

func run(ctx context.Context, dir string, stdout, stderr io.Writer) (int, error) {
	return withworkers.Run(ctx, dir, indexJS, stdout, stderr, Module)
}

func main() { withworkers.Main("multiple_load", indexJS, Module) }
