package runtime

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
)

// The loop reads process.exitCode (an accessor) from Go when the env ends on its own. A
// Terminate landing just before that (a worker terminated as its loop drains) left an
// interrupt pending that fired inside the getter: goja's Object.Get panicked outside any
// JS call and the panic killed the host process (seen once in ~100 runs of the sync_rpc
// benchmark). Such reads now go through protect. Here the interrupt is raised by hand
// after the env's loop has ended, so the reads run with no JS on the stack, as the loop's
// own exit path does, and the test is deterministic.
func TestGoSideJSReadsSurvivePendingInterrupt(t *testing.T) {
	testutil.CheckNoLeak(t)
	for _, tc := range []struct {
		name string
		read func(e *Env, obj *goja.Object) error
	}{
		{"exitCodeValue", func(e *Env, _ *goja.Object) error { e.exitCodeValue(); return nil }},
		{"describeError", func(e *Env, obj *goja.Object) error { _ = e.describeError(obj); return nil }},
		{"esmExitCheck", func(e *Env, _ *goja.Object) error { e.esmExitCheck(); return nil }},
		{"protect", func(e *Env, obj *goja.Object) error { return e.protect(func() { obj.Get("stack") }) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, _ := newTestEnv(t, Config{})
			var obj *goja.Object
			_ = e.Do(context.Background(), func(vm *goja.Runtime) error {
				v, err := vm.RunString(`({ get stack() { return 'Error: x\n    at f (a.js:1:1)'; } })`)
				obj, _ = v.(*goja.Object)
				return err
			})
			if code, err := e.RunString(context.Background(), "main.js", ""); code != 0 || err != nil {
				t.Fatalf("RunString: %d %v", code, err)
			}
			// The loop goroutine has finished: the test goroutine may use the runtime.
			e.vm.Interrupt("terminated")
			err := func() (err error) {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("panic escaped: %v", r)
					}
				}()
				return tc.read(e, obj)
			}()
			var ie *goja.InterruptedError
			switch {
			case err != nil && !errors.As(err, &ie):
				t.Fatal(err)
			case tc.name == "protect" && err == nil:
				t.Fatal("protect returned no error for the pending interrupt")
			}
		})
	}
}
