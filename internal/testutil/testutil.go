// Package testutil holds helpers shared by gonode's tests (goroutine-leak checks, a
// goroutine-safe output buffer). It is imported by _test.go files only.
package testutil

import (
	"bytes"
	"runtime"
	"sync"
	"testing"
	"time"
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
