package main

import (
	"bytes"
	"context"
	goruntime "runtime"
	"sync"
	"testing"
	"time"
)

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func checkNoLeak(t *testing.T) {
	before := goruntime.NumGoroutine()
	t.Cleanup(func() {
		for deadline := time.Now().Add(3 * time.Second); goruntime.NumGoroutine() > before; {
			if time.Now().After(deadline) {
				t.Errorf("goroutine leak: %d before, %d after", before, goruntime.NumGoroutine())
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	})
}

func TestRootedConstructor(t *testing.T) {
	checkNoLeak(t)
	var out, errOut syncBuf
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
