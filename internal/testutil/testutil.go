// Package testutil holds helpers shared by gonode's tests (goroutine-leak checks, a
// goroutine-safe output buffer, a line recorder JS can report to). It is imported by _test.go files only.
package testutil

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// CheckNoLeak fails t if, when the test ends, more goroutines run than when it started
// (after a settle period of up to 3 s). Call it first in a test, from the test goroutine.
func CheckNoLeak(t testing.TB) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(3 * time.Second)
		for {
			now := runtime.NumGoroutine()
			if now <= before {
				return
			}
			if time.Now().After(deadline) {
				buf := make([]byte, 1<<16)
				n := runtime.Stack(buf, true)
				t.Errorf("goroutine leak: %d before, %d after\n%s", before, now, buf[:n])
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	})
}

// SyncBuffer is a bytes.Buffer safe for concurrent Write and String (envs write from
// their own goroutines).
type SyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

// Write appends p. Any goroutine.
func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String returns what was written so far. Any goroutine.
func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Recorder collects lines from Go code and, through ReportFunc, from JS. Safe for
// concurrent use (hooks run on env goroutines, tests read from theirs).
type Recorder struct {
	mu    sync.Mutex
	lines []string
}

// Add appends a line formatted as fmt.Sprintf does. Any goroutine.
func (r *Recorder) Add(format string, args ...any) {
	r.mu.Lock()
	r.lines = append(r.lines, fmt.Sprintf(format, args...))
	r.mu.Unlock()
}

// Lines returns a copy of the lines so far. Any goroutine.
func (r *Recorder) Lines() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.lines...)
}

// String is the lines joined with commas. Any goroutine.
func (r *Recorder) String() string { return strings.Join(r.Lines(), ",") }

// ReportFunc is a JS function report(...args) that adds its arguments, as strings joined
// by spaces, as one line of r. Install it as a global on the env's loop goroutine.
func ReportFunc(r *Recorder) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		r.Add("%s", strings.Join(parts, " "))
		return goja.Undefined()
	}
}
