package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testutil"
)

// The two walks (main thread and worker) each make 1001 steps from 0, and every step
// follows from the same env's previous value: the instances never share AddonData.
func TestMultipleLoad(t *testing.T) {
	testutil.CheckNoLeak(t)
	var out, errOut testutil.SyncBuffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	code, err := run(ctx, t.TempDir(), &out, &errOut)
	if code != 0 || err != nil {
		t.Fatalf("code %d err %v stderr %s", code, err, errOut.String())
	}
	walks := map[string]*AddonData{"Main thread": {}, "Worker thread": {}}
	steps := map[string]int{}
	switches := 0
	last := ""
	for i, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		prefix, rest, ok := strings.Cut(line, ": new value (")
		data := walks[prefix]
		if !ok || data == nil {
			t.Fatalf("line %d: %q", i, line)
		}
		var dir string
		var got int
		if _, err := fmt.Sscanf(strings.Replace(rest, "): ", " ", 1), "%s %d", &dir, &got); err != nil {
			t.Fatalf("line %d: %q: %v", i, line, err)
		}
		offset := 1.0
		if dir == "decremented" {
			offset = -1
		}
		if want := ModifyAddonData(data, offset); got != want {
			t.Fatalf("line %d: %q, want value %d: the walk saw another instance's data", i, line, want)
		}
		steps[prefix]++
		if prefix != last {
			switches++
			last = prefix
		}
	}
	if steps["Main thread"] != 1001 || steps["Worker thread"] != 1001 {
		t.Fatalf("steps %v", steps)
	}
	t.Logf("output switched between the threads %d times", switches)
}
