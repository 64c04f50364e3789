package sharedmem

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// testEnv is a minimal env: a goroutine owning a goja.Runtime and draining a task queue,
// with console.log (strings joined by spaces) and setTimeout/clearTimeout. It implements
// Host.
type testEnv struct {
	t  testing.TB
	vm *goja.Runtime

	mu     sync.Mutex
	tasks  []func()
	wake   chan struct{}
	closed bool

	done     chan struct{} // Host.Done
	doneOnce sync.Once
	quit     chan struct{}
	exited   chan struct{}

	// loop goroutine only
	out     strings.Builder
	timers  int // active setTimeout timers
	idle    chan struct{}
	holdsMu sync.Mutex
	holds   int
}

func newTestEnv(t testing.TB) *testEnv {
	e := &testEnv{
		t:      t,
		wake:   make(chan struct{}, 1),
		done:   make(chan struct{}),
		quit:   make(chan struct{}),
		exited: make(chan struct{}),
	}
	go e.loop()
	e.do(func() {
		e.vm = goja.New()
		if err := Install(e.vm, e); err != nil {
			t.Fatal(err)
		}
		console := e.vm.NewObject()
		_ = console.Set("log", func(c goja.FunctionCall) goja.Value {
			parts := make([]string, len(c.Arguments))
			for i, a := range c.Arguments {
				parts[i] = a.String()
			}
			e.out.WriteString(strings.Join(parts, " ") + "\n")
			return goja.Undefined()
		})
		_ = e.vm.Set("console", console)
		_ = e.vm.Set("setTimeout", func(c goja.FunctionCall) goja.Value {
			fn, _ := goja.AssertFunction(c.Argument(0))
			ms := c.Argument(1).ToFloat()
			e.timers++
			cancelled := false
			id := e.vm.NewObject()
			_ = id.Set("cancel", func() {
				if !cancelled {
					cancelled = true
					e.timers--
				}
			})
			time.AfterFunc(time.Duration(ms*float64(time.Millisecond)), func() {
				e.Enqueue(func() {
					if cancelled {
						return
					}
					cancelled = true
					e.timers--
					if _, err := fn(goja.Undefined()); err != nil {
						e.out.WriteString("uncaught: " + err.Error() + "\n")
					}
				})
			})
			return id
		})
		_ = e.vm.Set("clearTimeout", func(c goja.FunctionCall) goja.Value {
			if o, ok := c.Argument(0).(*goja.Object); ok {
				if f, ok := goja.AssertFunction(o.Get("cancel")); ok {
					_, _ = f(o)
				}
			}
			return goja.Undefined()
		})
	})
	t.Cleanup(e.close)
	return e
}

func (e *testEnv) Done() <-chan struct{} { return e.done }

func (e *testEnv) Enqueue(task func()) bool {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return false
	}
	e.tasks = append(e.tasks, task)
	e.mu.Unlock()
	select {
	case e.wake <- struct{}{}:
	default:
	}
	return true
}

func (e *testEnv) Hold() func() {
	e.holdsMu.Lock()
	e.holds++
	e.holdsMu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			e.holdsMu.Lock()
			e.holds--
			e.holdsMu.Unlock()
		})
	}
}

func (e *testEnv) loop() {
	defer close(e.exited)
	for {
		e.mu.Lock()
		tasks := e.tasks
		e.tasks = nil
		e.mu.Unlock()
		for _, task := range tasks {
			task()
		}
		if len(tasks) > 0 {
			continue
		}
		if e.idle != nil && e.timers == 0 {
			close(e.idle)
			e.idle = nil
		}
		select {
		case <-e.wake:
		case <-e.quit:
			return
		}
	}
}

// do runs f on the loop goroutine and waits for it.
func (e *testEnv) do(f func()) {
	ch := make(chan struct{})
	if !e.Enqueue(func() { defer close(ch); f() }) {
		e.t.Fatal("env closed")
	}
	<-ch
}

// run runs src as a script and returns an error text if it threw.
func (e *testEnv) run(src string) (err error) {
	e.do(func() { _, err = e.vm.RunString(src) })
	return err
}

// runToIdle runs src, then waits until no timer is pending and returns what it printed.
func (e *testEnv) runToIdle(src string) string {
	if err := e.run(src); err != nil {
		e.do(func() { e.out.WriteString("uncaught: " + err.Error() + "\n") })
	}
	idle := make(chan struct{})
	e.do(func() { e.idle = idle })
	e.Enqueue(func() {}) // make the loop re-check idleness
	select {
	case <-idle:
	case <-time.After(30 * time.Second):
		e.t.Fatal("script did not become idle")
	}
	var out string
	e.do(func() { out = e.out.String(); e.out.Reset() })
	return out
}

// terminate closes Done (as an env does when it terminates), but keeps the loop running.
func (e *testEnv) terminate() { e.doneOnce.Do(func() { close(e.done) }) }

func (e *testEnv) close() {
	e.terminate()
	e.mu.Lock()
	e.closed = true
	e.mu.Unlock()
	select {
	case <-e.quit:
	default:
		close(e.quit)
	}
	<-e.exited
}
