package jslib

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkRequireEvents measures loading events (with internal/errors and
// internal/validators) into a fresh runtime, which every env pays.
func BenchmarkRequireEvents(b *testing.B) {
	for _, id := range []string{"events", "internal/errors", "internal/validators", "path", "internal/event_target"} {
		b.Run(id, func(b *testing.B) {
			if _, err := Program(id); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				l := &Loader{VM: goja.New()}
				if _, err := l.Require(id); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func benchJS(b *testing.B, setup, loop string) {
	b.Helper()
	vm := goja.New()
	l := &Loader{VM: vm}
	for id, name := range map[string]string{"events": "EventEmitter", "path": "path", "internal/errors": "errors", "internal/event_target": "et"} {
		v, err := l.Require(id)
		if err != nil {
			b.Fatal(err)
		}
		_ = vm.Set(name, v)
	}
	if _, err := vm.RunString(setup); err != nil {
		b.Fatal(err)
	}
	fn, err := vm.RunString("(function (n) {" + loop + "})")
	if err != nil {
		b.Fatal(err)
	}
	call, _ := goja.AssertFunction(fn)
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := call(goja.Undefined(), vm.ToValue(b.N)); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkEmit(b *testing.B) {
	setup := `var e = new EventEmitter(); var count = 0;
var e2 = new EventEmitter(); e2.on('x', function (a) { count += a; }); e2.on('x', function (a) { count -= a; });
e.on('x', function (a, b) { count += a; });`
	b.Run("one-listener-2-args", func(b *testing.B) {
		benchJS(b, setup, `for (var i = 0; i < n; i++) e.emit('x', 1, 2);`)
	})
	b.Run("two-listeners-1-arg", func(b *testing.B) {
		benchJS(b, setup, `for (var i = 0; i < n; i++) e2.emit('x', 1);`)
	})
	b.Run("no-listener", func(b *testing.B) {
		benchJS(b, setup, `for (var i = 0; i < n; i++) e.emit('y', 1);`)
	})
	b.Run("on-off", func(b *testing.B) {
		benchJS(b, setup+`function f() {}`, `for (var i = 0; i < n; i++) { e.on('z', f); e.off('z', f); }`)
	})
}

// BenchmarkAddEventListener measures adding and removing one listener on an EventTarget,
// and on a NodeEventTarget (a MessagePort's class) with on/off: Node's JavaScript, which
// the Worker object keeps off its internal port (RATIONALE.md, workers).
func BenchmarkAddEventListener(b *testing.B) {
	setup := `var t = new et.EventTarget(); var nt = new et.NodeEventTarget(); function f() {}`
	b.Run("EventTarget", func(b *testing.B) {
		benchJS(b, setup, `for (var i = 0; i < n; i++) { t.addEventListener('x', f); t.removeEventListener('x', f); }`)
	})
	b.Run("NodeEventTarget-on-off", func(b *testing.B) {
		benchJS(b, setup, `for (var i = 0; i < n; i++) { nt.on('x', f); nt.off('x', f); }`)
	})
}

func BenchmarkPath(b *testing.B) {
	b.Run("join", func(b *testing.B) {
		benchJS(b, ``, `for (var i = 0; i < n; i++) path.join('/foo/bar', 'baz/../qux', 'file.js');`)
	})
	b.Run("basename", func(b *testing.B) {
		benchJS(b, ``, `for (var i = 0; i < n; i++) path.basename('/home/user/project/src/file.js');`)
	})
	b.Run("dirname", func(b *testing.B) {
		benchJS(b, ``, `for (var i = 0; i < n; i++) path.dirname('/home/user/project/src/file.js');`)
	})
	b.Run("extname", func(b *testing.B) {
		benchJS(b, ``, `for (var i = 0; i < n; i++) path.extname('/home/user/project/src/file.js');`)
	})
	b.Run("resolve-abs", func(b *testing.B) {
		benchJS(b, ``, `for (var i = 0; i < n; i++) path.resolve('/foo/bar', './baz', 'x.js');`)
	})
}

func BenchmarkNodeError(b *testing.B) {
	benchJS(b, ``, `for (var i = 0; i < n; i++) { try { path.join(1); } catch (e) {} }`)
}

// BenchmarkErrorTable measures what the first read of internal/errors' codes costs an env:
// it defines all of Node's error classes. Modules that load at start-up therefore take
// lazyCodes (RATIONALE.md, start-up).
func BenchmarkErrorTable(b *testing.B) {
	prg, err := goja.Compile("bench", `errors.codes.ERR_INVALID_ARG_TYPE`, false)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		vm := goja.New()
		l := &Loader{VM: vm}
		errs, err := l.Require("internal/errors")
		if err != nil {
			b.Fatal(err)
		}
		_ = vm.Set("errors", errs)
		b.StartTimer()
		if _, err := vm.RunProgram(prg); err != nil {
			b.Fatal(err)
		}
	}
}
