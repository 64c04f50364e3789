package main

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testutil"
)

// The seed's comments: err is null, values are [0, 1, 2, 3] and [3, 2, 1, 0], printed
// by console.log as Node formats arrays.
func TestTSFNExample(t *testing.T) {
	for i := 0; i < 20; i++ { // the two goroutines race; run it a few times
		func() {
			testutil.CheckNoLeak(t)
			var out, errOut testutil.SyncBuffer
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			code, err := run(ctx, indexJS, &out, &errOut)
			if code != 0 || err != nil {
				t.Fatalf("code %d err %v stderr %q", code, err, errOut.String())
			}
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if len(lines) != 4 || lines[0] != "null" || lines[2] != "null" {
				t.Fatalf("output %q", out.String())
			}
			got := []string{lines[1], lines[3]}
			sort.Strings(got)
			if got[0] != "[ 0, 1, 2, 3 ]" || got[1] != "[ 3, 2, 1, 0 ]" {
				t.Fatalf("values %q", got)
			}
		}()
	}
}

// A non-function argument is Node's ERR_INVALID_ARG_TYPE, thrown to JS.
func TestTSFNExampleBadArgument(t *testing.T) {
	testutil.CheckNoLeak(t)
	var out, errOut testutil.SyncBuffer
	code, _ := run(context.Background(), `
		try { require('tsfn_example').testThreadsafeFunction(42) }
		catch (e) { console.log(e.name, e.code) }`, &out, &errOut)
	if code != 0 || out.String() != "TypeError ERR_INVALID_ARG_TYPE\n" {
		t.Fatalf("code %d out %q err %q", code, out.String(), errOut.String())
	}
}
