package main

import (
	"context"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testutil"
)

func TestRootedConstructor(t *testing.T) {
	testutil.CheckNoLeak(t)
	var out, errOut testutil.SyncBuffer
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := run(ctx, t.TempDir(), &out, &errOut)
	if code != 0 || err != nil {
		t.Fatalf("code %d err %v stderr %q", code, err, errOut.String())
	}
	want := `main: MyDatatype(alice), instanceof constructor: true
main: same constructor on every call: true, created 1 time(s)
worker: MyDatatype(bob), instanceof constructor: true
worker: same constructor on every call: true, created 1 time(s)
worker: a Root kept in a Go global is refused: ERR_WRONG_ENV
`
	if out.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", out.String(), want)
	}
}
