package jslib

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// fakeHost is the Host of the test runtime: tasks go to a channel drained by hostLoop.
type fakeHost struct {
	mu    sync.Mutex
	holds int
	tasks chan func()
	done  chan struct{}
	cwd   string
}

func newFakeHost(cwd string) *fakeHost {
	return &fakeHost{tasks: make(chan func(), 1024), done: make(chan struct{}), cwd: cwd}
}

func (h *fakeHost) Enqueue(task func()) bool {
	select {
	case <-h.done:
		return false
	default:
	}
	h.tasks <- task
	return true
}

func (h *fakeHost) Hold() func() {
	h.mu.Lock()
	h.holds++
	h.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			h.mu.Lock()
			h.holds--
			h.mu.Unlock()
		})
	}
}

func (h *fakeHost) Done() <-chan struct{} { return h.done }

func (h *fakeHost) AsyncResource(string, goja.Value) func(func()) { return func(f func()) { f() } }
func (h *fakeHost) Cwd() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.cwd
}

func (h *fakeHost) held() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.holds > 0
}

var (
	hostsMu sync.Mutex
	hosts   = map[*goja.Runtime]Host{}
)

func init() {
	HostOf = func(vm *goja.Runtime) Host {
		hostsMu.Lock()
		defer hostsMu.Unlock()
		return hosts[vm]
	}
}

// newHostRuntime is newTestRuntime with a fake Host (cwd dir) and a buffer module.
func newHostRuntime(t *testing.T, dir string) (*testRuntime, *fakeHost) {
	t.Helper()
	rt := newTestRuntime(t)
	h := newFakeHost(dir)
	hostsMu.Lock()
	hosts[rt.vm] = h
	hostsMu.Unlock()
	t.Cleanup(func() {
		close(h.done)
		hostsMu.Lock()
		delete(hosts, rt.vm)
		hostsMu.Unlock()
	})
	// process.cwd/chdir on the host's cwd.
	proc := rt.vm.Get("process").ToObject(rt.vm)
	_ = proc.Set("cwd", func(goja.FunctionCall) goja.Value { return rt.vm.ToValue(h.Cwd()) })
	_ = proc.Set("chdir", func(call goja.FunctionCall) goja.Value {
		d := call.Argument(0).String()
		if !filepath.IsAbs(d) {
			d = filepath.Join(h.Cwd(), d)
		}
		h.mu.Lock()
		h.cwd = filepath.Clean(d)
		h.mu.Unlock()
		return goja.Undefined()
	})
	// Minimal process.stdout / stderr / execArgv for builtins that write to them.
	_, err := rt.vm.RunString(`(function (p) {
  const mk = (fd) => ({ fd, write(chunk) { console[fd === 1 ? 'log' : 'error'](String(chunk).replace(/\n$/, '')); return true; } });
  p.stdout = mk(1);
  p.stderr = mk(2);
  p.execArgv = [];
  p.execPath = '/usr/bin/gonode';
})(process)`)
	if err != nil {
		t.Fatal(err)
	}
	return rt, h
}

// runHostMain runs src as the main module and the loop, with host tasks as macrotasks.
func (rt *testRuntime) runHostMain(h *fakeHost, filename, src string) {
	b, err := rt.loader.Require("buffer")
	if err != nil {
		rt.t.Fatal(err)
	}
	_ = rt.vm.Set("Buffer", b.ToObject(rt.vm).Get("Buffer"))
	if rt.runModule(filename, h.Cwd(), src) {
		rt.hostLoop(h)
	}
	rt.exit()
}

func (rt *testRuntime) runHostTask(task func()) bool {
	return rt.task(rt.vm.ToValue(func(goja.FunctionCall) goja.Value {
		task()
		return goja.Undefined()
	}), goja.Undefined())
}

func (rt *testRuntime) hostLoop(h *fakeHost) {
	deadline := time.Now().Add(20 * time.Second)
	for rt.drain() {
		if time.Now().After(deadline) {
			rt.t.Fatal("test loop timed out")
		}
		// Completed host work first.
		select {
		case task := <-h.tasks:
			if !rt.runHostTask(task) {
				return
			}
			continue
		default:
		}
		if h.held() {
			// Pending I/O: give it a moment before virtual timers jump ahead.
			select {
			case task := <-h.tasks:
				if !rt.runHostTask(task) {
					return
				}
				continue
			case <-time.After(20 * time.Millisecond):
			}
		}
		next, err := rt.call("next")
		if err != nil {
			rt.t.Fatal(err)
		}
		if goja.IsNull(next) {
			if !h.held() && len(h.tasks) == 0 {
				return
			}
			select {
			case task := <-h.tasks:
				if !rt.runHostTask(task) {
					return
				}
			case <-time.After(time.Until(deadline)):
				rt.t.Fatal("test loop timed out waiting for host work")
			}
			continue
		}
		if !rt.task(next, goja.Undefined()) {
			return
		}
	}
}

// runHostJS runs src (with `log` = console.log) in a runtime whose cwd is dir and
// returns its stdout, plus "[exit N] first stderr line" on a non-zero exit.
func runHostJS(t *testing.T, dir, src string) string {
	t.Helper()
	rt, h := newHostRuntime(t, dir)
	rt.runHostMain(h, filepath.Join(dir, "test.js"), "const log = console.log;\n"+src)
	out := rt.stdout.String()
	if rt.exitCode != 0 {
		out += fmt.Sprintf("[exit %d] %s", rt.exitCode, firstLine(rt.stderr.String()))
	}
	return strings.TrimRight(out, "\n")
}

type hostCase struct {
	name string
	src  string
	want string
}

func runHostCases(t *testing.T, dir func(t *testing.T) string, cases []hostCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := "/"
			if dir != nil {
				d = dir(t)
			}
			if got := runHostJS(t, d, c.src); got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
			checkWithNode(t, d, c.src, c.want)
		})
	}
}
