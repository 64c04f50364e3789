package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testutil"
)

func TestLocalKeyThreadID(t *testing.T) {
	testutil.CheckNoLeak(t)
	var out, errOut testutil.SyncBuffer
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err := run(ctx, t.TempDir(), &out, &errOut)
	if code != 0 || err != nil {
		t.Fatalf("code %d err %v stderr %q", code, err, errOut.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("output %q", out.String())
	}
	var workerID int
	if _, err := fmt.Sscanf(lines[2], "worker: thread_id() = %d", &workerID); err != nil || workerID == 0 {
		t.Fatalf("worker line %q: %v", lines[2], err)
	}
	want := []string{
		"main: thread_id() = 0, worker_threads.threadId = 0",
		"main: thread_id() again = 0, initialiser ran 1 time(s) in this env",
		fmt.Sprintf("worker: thread_id() = %d, worker_threads.threadId = %d", workerID, workerID),
		fmt.Sprintf("worker: thread_id() again = %d, initialiser ran 1 time(s) in this env", workerID),
		"main: worker exited with code 0",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", out.String(), strings.Join(want, "\n"))
	}
}
