package addon_test

import (
	"bytes"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/cli"
)

// E1 through ESM: import of an addon instantiates it once per env, shared with require.
// Skipped while gonode has no ES module loader.
func TestA_E1_ESMImport(t *testing.T) {
	var inits atomic.Int64
	m := addon.Module{Name: "esm_counter", Init: func(inst *addon.Instance, exports *goja.Object) (goja.Value, error) {
		inits.Add(1)
		_ = exports.Set("id", inst.ID())
		return nil, nil
	}}
	var out, errOut bytes.Buffer
	src := `import a from 'esm_counter';
		import * as ns from 'esm_counter';
		import { createRequire } from 'module';
		const b = createRequire(import.meta.url)('esm_counter');
		console.log(a === b, a.id === ns.default.id);`
	code := cli.Main([]string{"--input-type=module", "-e", src}, cli.Options{
		Modules: addon.RuntimeModules(m), Stdout: &out, Stderr: &errOut, Stdin: strings.NewReader(""),
	})
	if code != 0 || out.String() != "true true\n" || inits.Load() != 1 {
		t.Fatalf("code %d out %q err %q inits %d", code, out.String(), errOut.String(), inits.Load())
	}
}
