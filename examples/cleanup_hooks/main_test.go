package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testutil"
)

// seedOutput is what the C addon prints (hooks 1..4 registered, run in reverse).
const seedOutput = "cleanup(4)\ncleanup(3)\ncleanup(2)\ncleanup(1)\n"

func TestCleanupHooks(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		o        options
		cancel   time.Duration
		wantCode int
		wantOut  string
	}{
		{"index.js (node semantics)", indexJS, options{fastExit: true}, 0, 0, seedOutput},
		{"index.js (embedded)", indexJS, options{}, 0, 0, seedOutput},
		{"exitCode", indexJS + "\nprocess.exitCode = 3;", options{fastExit: true}, 0, 3, seedOutput},
		{"exit event first", indexJS + "\nprocess.on('exit', () => console.log('exit event'));", options{}, 0, 0, "exit event\n" + seedOutput},
		{"process.exit embedded (E7.2)", indexJS + "\nprocess.exit(2);", options{}, 0, 2, seedOutput},
		{"uncaught error embedded (E7.2)", indexJS + "\nthrow new Error('x');", options{}, 0, 1, seedOutput},
		{"cancelled busy loop", indexJS + "\nfor (;;) {}", options{}, 50 * time.Millisecond, 1, seedOutput},
		{"process.exit node semantics (E7.1)", indexJS + "\nprocess.exit(2);", options{fastExit: true}, 0, 2, ""},
		{"uncaught error node semantics (E7.1)", indexJS + "\nthrow new Error('x');", options{fastExit: true}, 0, 1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			testutil.CheckNoLeak(t)
			var out, errOut testutil.SyncBuffer
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			if tc.cancel > 0 {
				time.AfterFunc(tc.cancel, cancel)
			}
			code, _ := run(ctx, tc.src, tc.o, &out, &errOut)
			if code != tc.wantCode || out.String() != tc.wantOut {
				t.Fatalf("code %d, stdout %q (stderr %q); want %d, %q", code, out.String(), errOut.String(), tc.wantCode, tc.wantOut)
			}
			if strings.Contains(errOut.String(), "panicked") {
				t.Fatalf("stderr %q", errOut.String())
			}
		})
	}
}
