package messageport

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
	"github.com/gonode/gonode/runtime"
)

// TestSetHandlerRoutesEverything checks the Worker object's fast path (Ports.SetHandler):
// plain messages and messages carrying transferred ports reach onMessage, in posting
// order, and a message that cannot be deserialized reaches onError; the port's own
// listeners see none of them.
func TestSetHandlerRoutesEverything(t *testing.T) {
	testutil.CheckNoLeak(t)
	var out testutil.SyncBuffer
	cfg := runtime.Config{Stdout: &out, Stderr: &out}
	Install(&cfg)
	env, err := runtime.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	var got testutil.Recorder
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err = env.Do(ctx, func(vm *goja.Runtime) error {
		ports, err := For(env)
		if err != nil {
			return err
		}
		_ = vm.Set("report", testutil.ReportFunc(&got))
		_ = vm.Set("setHandler", func(c goja.FunctionCall) goja.Value {
			ports.SetHandler(c.Argument(0), c.Argument(1), c.Argument(2), c.Argument(3))
			return goja.Undefined()
		})
		// A message whose transferred port cannot be re-created on arrival.
		_ = vm.Set("postBroken", func(c goja.FunctionCall) goja.Value {
			d, ok := ports.PortData(c.Argument(0)) // the sending end
			if !ok {
				panic(vm.NewTypeError("not a port"))
			}
			msg, err := ports.Serialize(c.Argument(1), ports.TransferList(c.Argument(2)))
			if err != nil {
				panic(ports.ErrorValue(err))
			}
			msg.xfer[0] = "not port data"
			d.post(msg)
			return goja.Undefined()
		})
		_, err = vm.RunString(`
			const { port1, port2 } = new MessageChannel();
			port1.on('message', () => report('listener saw a message'));
			port1.on('messageerror', () => report('listener saw a messageerror'));
			const target = { name: 'target' };
			setHandler(port1, target,
				function (data) {
					report('message ' + this.name + ' ' + (typeof data === 'string' ? data : Object.keys(data).join('+') + ' ' + (data.port instanceof MessagePort)));
					if (data === 'last') port1.close();
				},
				function (err) { report('messageerror ' + this.name + ' ' + err.message); });
			const other = new MessageChannel();
			port2.postMessage('first');
			port2.postMessage({ port: other.port1 }, [other.port1]);
			const broken = new MessageChannel();
			postBroken(port2, { port: broken.port1 }, [broken.port1]);
			port2.postMessage('last');
			other.port2.close();
		`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"message target first",
		"message target port true",
		"messageerror target messageport: bad port payload",
		"message target last",
	}, ",")
	if got.String() != want {
		t.Fatalf("got  %s\nwant %s\noutput: %s", got.String(), want, out.String())
	}
}
