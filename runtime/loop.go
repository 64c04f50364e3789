package runtime

import (
	"container/heap"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime/internal/jslib"
)

// loopState is owned by the loop goroutine.
type loopState struct {
	start time.Time
	// now is the loop's cached clock, updated once per iteration and after waiting, as
	// libuv's uv_now; the timers phase compares due times against it.
	now time.Duration

	loader *jslib.Loader

	// trampoline is a JS function `f => f()`: calling it from Go makes one outermost goja
	// call, inside which a macrotask and the nextTick queue run; goja drains promise jobs
	// when that outermost call returns. This gives Node's order: callback, ticks, promises.
	trampoline goja.Callable
	taskFn     goja.Value
	current    func()

	timers     timerHeap
	timerSeq   uint64
	refTimers  int
	immediates []*immediate
	refImmed   int
	ticks      []tick
	tickHead   int
	rejections []*goja.Promise
	reported   map[*goja.Promise]bool
	stopping   bool // process.exit, a fatal error or Terminate: run no more JS
	jsDisabled bool
	exiting    bool // 'exit' event emitted
	exitCode   int
	exitErr    error
	exitSet    bool // exitCode is final (process.exit, fatal error or natural end)
	// restartIteration makes the loop go back to its timers phase after the current
	// task: set after a main entry, which in node runs before the loop starts.
	restartIteration bool
	fastExit         bool
	process          *goja.Object
	emit             goja.Callable
	listenerCnt      goja.Callable

	// protect's reusable native function and the fn it runs.
	protectCall goja.Callable
	protected   func()

	locals  map[any]any
	hooks   []*CleanupHook
	hookSeq uint64
	closers []func()
	finals  []*Finalizer

	modules moduleState
}

type tick struct {
	fn    goja.Value
	args  []goja.Value
	scope asyncScope
}

func (e *Env) run(started chan<- error) {
	defer close(e.finished)
	l := &e.loop
	l.start = time.Now()
	l.locals = map[any]any{}
	if err := e.bootstrap(); err != nil {
		started <- err
		e.teardown()
		return
	}
	started <- nil
	e.mainLoop()
	e.teardown()
}

// mainLoop follows libuv's phases as Node uses them: timers, pending tasks, poll (wait for
// work, then run the tasks that arrived: messages from other threads run before a timer
// that became due meanwhile), check (immediates); the loop ends when nothing keeps it
// alive after 'beforeExit'.
func (e *Env) mainLoop() {
	l := &e.loop
	for {
		if e.stopped() {
			return
		}
		// As uv_run: an iteration starts only while something keeps the loop alive, so
		// weak tasks (unref'd handles' callbacks) never run on a finished loop.
		if e.exitWhenIdle.Load() && !e.alive() && !e.checkPending() {
			e.emitProcess("beforeExit", e.exitCodeValue())
			if e.stopped() {
				return
			}
			if !e.alive() && !e.checkPending() {
				e.naturalExit()
				return
			}
		}
		l.now = e.now()
		e.runTimers()
		e.runTasks()
		if l.restartIteration {
			// The main script ran: like node, start the loop proper with a timers phase.
			l.restartIteration = false
			e.loopStart.CompareAndSwap(0, time.Now().UnixNano())
			continue
		}
		if e.stopped() {
			return
		}
		if !e.checkPending() {
			if e.exitWhenIdle.Load() && !e.alive() {
				continue
			}
			e.waitForWork()
			l.now = e.now()
			e.runTasks()
			if l.restartIteration {
				l.restartIteration = false
				e.loopStart.CompareAndSwap(0, time.Now().UnixNano())
				continue
			}
		}
		e.runImmediates()
	}
}

// checkPending reports whether the check phase has work: immediates or destroy hooks.
func (e *Env) checkPending() bool {
	return len(e.loop.immediates) > 0 || e.async.DestroysPending()
}

func (e *Env) stopped() bool {
	if e.loop.stopping {
		return true
	}
	select {
	case <-e.done:
		e.loop.stopping = true
		return true
	default:
		return false
	}
}

func (e *Env) alive() bool {
	l := &e.loop
	if l.refTimers > 0 || l.refImmed > 0 || e.refs.Load() > 0 {
		return true
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, t := range e.tasks {
		if !t.weak {
			return true
		}
	}
	return false
}

func (e *Env) waitForWork() {
	var timerC <-chan time.Time
	if e.loop.timers.Len() > 0 {
		d := e.loop.timers[0].when - e.now()
		if d <= 0 {
			return
		}
		t := time.NewTimer(d)
		defer t.Stop()
		timerC = t.C
	}
	idleFrom := time.Now()
	e.idleSince.Store(idleFrom.UnixNano())
	defer func() {
		e.idleSince.Store(0)
		e.loopIdle.Add(int64(time.Since(idleFrom)))
	}()
	if timerC == nil && !e.alive() && !e.exitWhenIdle.Load() {
		// Idle embedded env: sleep until work arrives or someone waits for exit.
		select {
		case <-e.wake:
		case <-e.done:
		}
		return
	}
	select {
	case <-e.wake:
	case <-e.done:
	case <-timerC:
	}
}

// LoopTiming reports when the env's event loop proper started (after the main entry; zero
// before) and how long it has spent idle, waiting for work: the inputs of
// performance.eventLoopUtilization(). Any goroutine.
func (e *Env) LoopTiming() (start time.Time, idle time.Duration) {
	if ns := e.loopStart.Load(); ns != 0 {
		start = time.Unix(0, ns)
	}
	idle = time.Duration(e.loopIdle.Load())
	// As libuv's uv_metrics_idle_time, a wait in progress counts too.
	if since := e.idleSince.Load(); since != 0 {
		idle += time.Since(time.Unix(0, since))
	}
	return start, idle
}

func (e *Env) runTasks() {
	e.mu.Lock()
	tasks := e.tasks
	e.tasks = nil
	e.mu.Unlock()
	for i, t := range tasks {
		if e.stopped() {
			// Put back what did not run, so teardown can account for it.
			e.mu.Lock()
			e.tasks = append(tasks[i:], e.tasks...)
			e.mu.Unlock()
			return
		}
		if t.repeat != nil {
			more := true
			step := func() { more = t.repeat() }
			for n := 0; more && n < repeatBudget && !e.stopped(); n++ {
				e.runMacrotask(step)
			}
			if more && !e.stopped() {
				e.mu.Lock()
				e.tasks = append(e.tasks, t)
				e.mu.Unlock()
				e.signal()
			}
			continue
		}
		e.runMacrotask(t.fn)
		if e.loop.restartIteration && i+1 < len(tasks) {
			e.mu.Lock()
			e.tasks = append(tasks[i+1:], e.tasks...)
			e.mu.Unlock()
			return
		}
	}
}

// runMacrotask runs fn inside one outermost JS call, then the tick queue, then (by goja on
// return) promise jobs; repeats while ticks or unhandled rejections remain, as Node's
// processTicksAndRejections does.
func (e *Env) runMacrotask(fn func()) {
	l := &e.loop
	e.async.Reset()
	l.current = fn
	e.enterJS()
	l.current = nil
	for !l.stopping {
		if l.tickHead < len(l.ticks) {
			e.enterJS()
			continue
		}
		if len(l.rejections) > 0 {
			l.current = e.processRejections
			e.enterJS()
			l.current = nil
			continue
		}
		break
	}
}

func (e *Env) enterJS() {
	l := &e.loop
	_, err := l.trampoline(goja.Undefined(), l.taskFn)
	if err != nil {
		e.handleTopLevelError(err)
	}
}

// taskBody runs inside the trampoline.
func (e *Env) taskBody(goja.FunctionCall) goja.Value {
	l := &e.loop
	if fn := l.current; fn != nil {
		l.current = nil
		fn()
	}
	e.drainTicks()
	return goja.Undefined()
}

func (e *Env) drainTicks() {
	l := &e.loop
	for l.tickHead < len(l.ticks) && !l.stopping {
		t := l.ticks[l.tickHead]
		l.ticks[l.tickHead] = tick{}
		l.tickHead++
		e.inScope(&t.scope, func() { e.Call(t.fn, goja.Undefined(), t.args...) })
		e.async.QueueDestroy(t.scope.ID)
	}
	if l.tickHead >= len(l.ticks) {
		l.ticks = l.ticks[:0]
		l.tickHead = 0
	}
}

func (e *Env) handleTopLevelError(err error) {
	if IsInterrupt(err) {
		e.loop.stopping = true
		return
	}
	val := e.errorValue(err)
	e.loop.current = func() { e.triggerUncaught(val, "uncaughtException") }
	e.enterJS()
	e.loop.current = nil
}

// Call invokes fn with this and args on the loop goroutine the way Node's MakeCallback
// does: a JS exception goes to the env's uncaught-exception path (process
// 'uncaughtException' listeners, else the env exits with code 1) and Call returns
// (nil, false). After Terminate or process.exit, Call runs nothing and returns false.
// Loop goroutine only, from within a task or a JS call.
func (e *Env) Call(fn goja.Value, this goja.Value, args ...goja.Value) (goja.Value, bool) {
	if e.loop.stopping {
		return nil, false
	}
	if e.loop.jsDisabled {
		return nil, false
	}
	f, ok := goja.AssertFunction(fn)
	if !ok {
		e.triggerUncaught(e.vm.NewTypeError("callback is not a function"), "uncaughtException")
		return nil, false
	}
	v, err := f(this, args...)
	if err != nil {
		if IsInterrupt(err) {
			e.loop.stopping = true
			return nil, false
		}
		e.triggerUncaught(e.errorValue(err), "uncaughtException")
		return nil, false
	}
	return v, true
}

// DefaultMaxCallStackSize bounds JS call depth when Config.MaxCallStackSize is 0. goja
// has no limit of its own, so unbounded recursion would grow the host's memory without
// end; Node's default stack allows about 10,000 to 12,000 frames of a small function.
const DefaultMaxCallStackSize = 10000

// errorValue turns an error returned by goja into the JS value to report. goja's stack
// overflow cannot be caught by JS (a known difference from V8); it is reported as Node's
// RangeError.
func (e *Env) errorValue(err error) goja.Value {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return e.NewError("RangeError", "", "Maximum call stack size exceeded")
	}
	return e.vm.NewGoError(err)
}

// ReportUncaught sends err down the env's uncaught-exception path (process
// 'uncaughtException' listeners, else the env exits with code 1), as an exception
// escaping a callback would. Loop goroutine only.
func (e *Env) ReportUncaught(err goja.Value) { e.triggerUncaught(err, "uncaughtException") }

// CanRunJS reports whether JS may still run in the env: false once it is stopping or in
// teardown (then calls would return ErrCannotRunJS). Loop goroutine only.
func (e *Env) CanRunJS() bool { return !e.loop.stopping && !e.loop.jsDisabled }

// NextTick queues fn(args...) on the process.nextTick queue. Loop goroutine only.
func (e *Env) NextTick(fn goja.Value, args ...goja.Value) {
	e.nextTick(fn, args, false)
}

// nextTick queues a tick; fromJS says it came from process.nextTick, whose TickObject
// resources the init hooks see.
func (e *Env) nextTick(fn goja.Value, args []goja.Value, fromJS bool) {
	s := e.async.Capture(nil)
	if fromJS && e.async.Runner(jslib.HookInit) != nil {
		res := e.vm.NewObject()
		_ = res.Set("callback", fn)
		if len(args) > 0 {
			_ = res.Set("args", e.vm.NewArray(valuesToAny(args)...))
		} else {
			_ = res.Set("args", goja.Undefined())
		}
		e.async.Tag(res, &s)
		s.Resource = res
		e.emitInit(&s, "TickObject")
	}
	e.loop.ticks = append(e.loop.ticks, tick{fn: fn, args: args, scope: s})
}

func valuesToAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// Local returns the per-env value stored under key (nil if none). Packages use unexported
// key types to keep their per-env state here. Loop goroutine only.
func (e *Env) Local(key any) any { return e.loop.locals[key] }

// SetLocal stores a per-env value under key; nil deletes it. Loop goroutine only.
func (e *Env) SetLocal(key, value any) {
	if value == nil {
		delete(e.loop.locals, key)
		return
	}
	e.loop.locals[key] = value
}

// exitCodeValue is process.exitCode ?? 0 as JS sees it.
func (e *Env) exitCodeValue() int {
	if e.loop.process == nil {
		return e.loop.exitCode
	}
	code := e.loop.exitCode
	_ = e.protect(func() {
		v := e.loop.process.Get("exitCode")
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			code = 0
			return
		}
		code = int(v.ToInteger())
	})
	return code
}

// protect runs fn, which may run JS through goja's Go API (Get and Set call accessors,
// String calls toString), as a JS call from Go runs: a JS exception, or an interrupt that
// Terminate or process.exit left pending, comes back as an error instead of a Go panic
// that would kill the host. An interrupt also marks the env stopping. Loop goroutine only.
func (e *Env) protect(fn func()) error {
	l := &e.loop
	if l.protectCall == nil {
		l.protectCall, _ = goja.AssertFunction(e.vm.ToValue(func(goja.FunctionCall) goja.Value {
			f := l.protected
			l.protected = nil
			f()
			return goja.Undefined()
		}))
	}
	l.protected = fn
	_, err := l.protectCall(goja.Undefined())
	l.protected = nil
	if IsInterrupt(err) {
		l.stopping = true
	}
	return err
}

// naturalExit emits 'exit' after the loop drained and records the final code.
func (e *Env) naturalExit() {
	l := &e.loop
	e.esmExitCheck()
	code := e.exitCodeValue()
	l.exiting = true
	e.emitProcess("exit", code)
	if !l.exitSet {
		l.exitCode = e.exitCodeValue()
	}
	l.exitSet = true
	l.stopping = true
}

// reallyExit ends the env with code (process.exit after the 'exit' event).
func (e *Env) reallyExit(code int) {
	l := &e.loop
	l.exitCode = code
	l.exitSet = true
	l.stopping = true
	if e.cfg.FastExit {
		l.fastExit = true
	}
	e.vm.Interrupt(errExit)
}

func (e *Env) emitProcess(name string, args ...any) {
	l := &e.loop
	if l.emit == nil || l.jsDisabled {
		return
	}
	vals := make([]goja.Value, 0, len(args)+1)
	vals = append(vals, e.vm.ToValue(name))
	for _, a := range args {
		vals = append(vals, e.vm.ToValue(a))
	}
	// A macrotask of its own: ticks and promise jobs queued by the listeners (also by
	// their microtasks) run before the loop goes on, e.g. before 'exit' follows 'beforeExit'.
	e.runMacrotask(func() {
		f := l.emit
		if _, err := f(l.process, vals...); err != nil {
			if IsInterrupt(err) {
				l.stopping = true
				return
			}
			var ex *goja.Exception
			if errors.As(err, &ex) {
				e.triggerUncaught(ex.Value(), "uncaughtException")
			}
		}
	})
}

func (e *Env) listenerCount(name string) int {
	l := &e.loop
	if l.listenerCnt == nil {
		return 0
	}
	v, err := l.listenerCnt(l.process, e.vm.ToValue(name))
	if err != nil {
		return 0
	}
	return int(v.ToInteger())
}

// triggerUncaught implements Node's uncaught-exception path for err (a thrown JS value).
func (e *Env) triggerUncaught(errVal goja.Value, origin string) {
	l := &e.loop
	if l.stopping || l.jsDisabled {
		return
	}
	if e.listenerCount("uncaughtException") > 0 {
		f := l.emit
		_, err := f(l.process, e.vm.ToValue("uncaughtException"), errVal, e.vm.ToValue(origin))
		if err == nil {
			return
		}
		if IsInterrupt(err) {
			l.stopping = true
			return
		}
		// A throwing handler is fatal (Node exits with 7).
		var ex *goja.Exception
		if errors.As(err, &ex) {
			errVal = ex.Value()
		}
		e.fatal(errVal, 7)
		return
	}
	e.fatal(errVal, 1)
}

func (e *Env) fatal(errVal goja.Value, code int) {
	l := &e.loop
	msg := e.describeError(errVal)
	if e.cfg.OnUncaught != nil {
		// The callback reads the error's properties (getters may throw, and an interrupt
		// may be pending); fatal may run with no JS call on the stack.
		_ = e.protect(func() { e.cfg.OnUncaught(e, errVal) })
	} else {
		fmt.Fprintf(e.cfg.Stderr, "%s\n\nNode.js %s\n", msg, NodeVersion)
	}
	l.exitErr = &UncaughtError{Message: msg}
	l.exitCode = code
	l.exitSet = true
	if e.cfg.FastExit {
		l.fastExit = true
	}
	// Node emits 'exit' with the fatal code; listeners may still run.
	if !l.exiting {
		l.exiting = true
		if l.process != nil {
			_ = e.protect(func() { _ = l.process.Set("exitCode", code) })
		}
		e.emitProcessNested("exit", code)
	}
	l.stopping = true
	e.vm.Interrupt(errExit)
}

// emitProcessNested emits a process event from inside a running JS call.
func (e *Env) emitProcessNested(name string, args ...any) {
	l := &e.loop
	if l.emit == nil {
		return
	}
	vals := []goja.Value{e.vm.ToValue(name)}
	for _, a := range args {
		vals = append(vals, e.vm.ToValue(a))
	}
	_, _ = l.emit(l.process, vals...)
}

// describeError renders an uncaught value the way Node prints it to stderr: the source
// line it came from with a caret, then util.inspect of the value (an error's stack and
// own properties).
func (e *Env) describeError(v goja.Value) string {
	var b strings.Builder
	var stack string
	if obj, ok := v.(*goja.Object); ok {
		// A stack getter may throw, and a pending interrupt would fire in it.
		_ = e.protect(func() {
			if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
				stack = st.String()
			}
		})
	}
	if ctx := sourceContext(stack); ctx != "" {
		b.WriteString(ctx)
		b.WriteString("\n")
	}
	if s, ok := e.inspect(v); ok {
		if stack == "" {
			b.WriteString("Uncaught ")
		}
		b.WriteString(s)
	} else if stack != "" {
		b.WriteString(stack)
	} else {
		s := "[object]"
		_ = e.protect(func() { s = v.String() })
		b.WriteString("Uncaught " + s)
	}
	return b.String()
}

// sourceContext returns "file:line\n<that line>\n<caret>\n" for the first frame of a goja
// stack ("\tat f (file:line:col(pc))"), or "" when the file cannot be read.
func sourceContext(stack string) string {
	for _, line := range strings.Split(stack, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "at ") {
			continue
		}
		loc := strings.TrimPrefix(line, "at ")
		if i := strings.LastIndex(loc, " ("); i >= 0 {
			loc = strings.TrimSuffix(loc[i+2:], ")")
		}
		if i := strings.LastIndex(loc, "("); i >= 0 {
			loc = loc[:i]
		}
		parts := strings.Split(loc, ":")
		if len(parts) < 3 {
			return ""
		}
		file := strings.Join(parts[:len(parts)-2], ":")
		ln, err1 := strconv.Atoi(parts[len(parts)-2])
		col, err2 := strconv.Atoi(parts[len(parts)-1])
		if err1 != nil || err2 != nil || !strings.HasPrefix(file, "/") {
			return ""
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return ""
		}
		lines := strings.Split(string(data), "\n")
		if ln < 1 || ln > len(lines) {
			return ""
		}
		src := lines[ln-1]
		if ln == 1 && col > 0 {
			// The CommonJS wrapper shares the first line.
			col -= len(cjsWrapperHead)
		}
		if col < 1 {
			col = 1
		}
		return fmt.Sprintf("%s:%d\n%s\n%s^\n", file, ln, src, strings.Repeat(" ", col-1))
	}
	return ""
}

// inspect formats v with util.inspect if the util builtin is available.
func (e *Env) inspect(v goja.Value) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	util, err := e.loop.loader.Require("util")
	if err != nil {
		return "", false
	}
	f, isFn := goja.AssertFunction(util.ToObject(e.vm).Get("inspect"))
	if !isFn {
		return "", false
	}
	out, err := f(goja.Undefined(), v)
	if err != nil {
		return "", false
	}
	return out.String(), true
}

func (e *Env) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	l := &e.loop
	switch op {
	case goja.PromiseRejectionReject:
		l.rejections = append(l.rejections, p)
	case goja.PromiseRejectionHandle:
		for i, q := range l.rejections {
			if q == p {
				l.rejections = append(l.rejections[:i], l.rejections[i+1:]...)
				return
			}
		}
		if l.reported[p] {
			delete(l.reported, p)
			e.NextTick(e.vm.ToValue(func(goja.FunctionCall) goja.Value {
				e.emitProcessNested("rejectionHandled", p)
				return goja.Undefined()
			}))
		}
	}
}

// processRejections runs (inside the trampoline) after ticks and promise jobs drained.
func (e *Env) processRejections() {
	l := &e.loop
	pending := l.rejections
	l.rejections = nil
	for _, p := range pending {
		if l.stopping {
			return
		}
		if p.State() != goja.PromiseStateRejected {
			continue
		}
		reason := p.Result()
		if l.reported == nil {
			l.reported = map[*goja.Promise]bool{}
		}
		l.reported[p] = true
		if e.listenerCount("unhandledRejection") > 0 {
			if _, err := l.emit(l.process, e.vm.ToValue("unhandledRejection"), reason, e.vm.ToValue(p)); err != nil {
				var ex *goja.Exception
				if errors.As(err, &ex) {
					e.triggerUncaught(ex.Value(), "uncaughtException")
				}
			}
			continue
		}
		errVal := reason
		if !isErrorLike(reason) {
			errVal = e.unhandledRejectionError(reason)
		}
		e.triggerUncaught(errVal, "unhandledRejection")
	}
}

func isErrorLike(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	st := obj.Get("stack")
	return st != nil && !goja.IsUndefined(st)
}

func (e *Env) unhandledRejectionError(reason goja.Value) goja.Value {
	shown, ok := e.inspect(reason)
	if !ok {
		shown = reason.String()
	}
	msg := "This error originated either by throwing inside of an async function without a catch block, " +
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" +
		shown + "\"."
	err := e.NewError("Error", "ERR_UNHANDLED_REJECTION", msg)
	_ = err.Set("name", "UnhandledPromiseRejection")
	_ = err.Set("stack", "UnhandledPromiseRejection: "+msg)
	return err
}

// NewError returns a new error of the global constructor class (e.g. "TypeError") with a
// Node-style code property ("" for none). Loop goroutine only.
func (e *Env) NewError(class, code, message string) *goja.Object {
	ctor, _ := goja.AssertConstructor(e.vm.Get(class))
	if ctor == nil {
		ctor, _ = goja.AssertConstructor(e.vm.Get("Error"))
	}
	obj, err := ctor(nil, e.vm.ToValue(message))
	if err != nil {
		return e.vm.NewGoError(err)
	}
	if code != "" {
		_ = obj.Set("code", code)
		st := obj.Get("stack")
		if st != nil {
			s := st.String()
			prefix := class + ": "
			if len(s) >= len(prefix) && s[:len(prefix)] == prefix {
				_ = obj.DefineDataProperty("stack", e.vm.ToValue(class+" ["+code+"]: "+s[len(prefix):]), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
			}
		}
	}
	return obj
}

// ---- teardown ----------------------------------------------------------------------

func (e *Env) teardown() {
	l := &e.loop
	if e.terminated.Load() && !l.exitSet {
		l.exitCode = 1
		l.exitErr = ErrTerminated
	}
	e.mu.Lock()
	e.closedForWork.Store(true)
	e.tasks = nil
	e.mu.Unlock()
	// Stop whatever is blocked on Done() (Atomics.wait, ports) in other goroutines.
	e.terminateOnce.Do(func() { close(e.done) })
	l.jsDisabled = true
	if !l.fastExit {
		e.runCleanupHooks()
		for i := range l.closers {
			e.safeRun("teardown", l.closers[i])
		}
		for i := len(l.finals) - 1; i >= 0; i-- {
			if f := l.finals[i]; !f.removed {
				e.safeRun("finalizer", f.fn)
			}
		}
	}
	l.finals = nil
	l.closers = nil
	for _, t := range l.timers {
		t.cb, t.args, t.obj = nil, nil, nil
	}
	l.timers = nil
	l.immediates = nil
	l.ticks = nil
	l.locals = nil
	vmEnvs.Delete(e.vm)
	e.result = exitResult{code: l.exitCode, err: l.exitErr}
}

func (e *Env) safeRun(what string, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(e.cfg.Stderr, "gonode: %s panicked: %v\n", what, r)
		}
	}()
	fn()
}

// ---- timers ------------------------------------------------------------------------

type timer struct {
	when     time.Duration
	seq      uint64
	interval time.Duration
	repeat   bool
	cb       goja.Value
	args     []goja.Value
	obj      goja.Value
	ref      bool
	cleared  bool
	index    int // in heap, -1 when not scheduled
	scope    asyncScope
	// destroyed: the destroy hook was queued (cleared, or fired without re-arming).
	destroyed bool
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when != h[j].when {
		return h[i].when < h[j].when
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

func (e *Env) scheduleTimer(t *timer) {
	l := &e.loop
	l.timerSeq++
	t.seq = l.timerSeq
	// Node reads the clock afresh when a timer starts (GetLibuvNow updates the loop
	// time), so a timer set after a long synchronous stretch still waits its full delay.
	t.when = e.now() + t.interval
	heap.Push(&l.timers, t)
	if t.ref {
		l.refTimers++
	}
}

// destroyTimer queues the destroy hook of t once (it was cleared or fired for good).
func (e *Env) destroyTimer(t *timer) {
	if !t.destroyed {
		t.destroyed = true
		e.async.QueueDestroy(t.scope.ID)
	}
}

func (e *Env) unscheduleTimer(t *timer) {
	l := &e.loop
	if t.index < 0 {
		return
	}
	heap.Remove(&l.timers, t.index)
	if t.ref {
		l.refTimers--
	}
}

func (e *Env) runTimers() {
	l := &e.loop
	now := l.now
	for l.timers.Len() > 0 && !e.stopped() {
		t := l.timers[0]
		if t.when > now {
			return
		}
		heap.Pop(&l.timers)
		if t.ref {
			l.refTimers--
		}
		cb, this, args := t.cb, t.obj, t.args
		call := func() { e.Call(cb, this, args...) }
		if t.repeat {
			e.runMacrotask(func() {
				e.inScope(&t.scope, call)
				// Re-arm unless cleared (or refreshed) inside the callback.
				if !t.cleared && t.index < 0 && !l.stopping {
					e.scheduleTimer(t)
				}
			})
		} else {
			e.runMacrotask(func() {
				e.inScope(&t.scope, call)
				if t.index < 0 {
					e.destroyTimer(t)
				}
			})
		}
	}
}

// ---- immediates --------------------------------------------------------------------

type immediate struct {
	cb      goja.Value
	args    []goja.Value
	obj     goja.Value
	ref     bool
	cleared bool
	scope   asyncScope
}

func (e *Env) runImmediates() {
	l := &e.loop
	// Node runs the destroy hooks queued so far as a native immediate, before JS ones.
	e.runDestroyHooks()
	if len(l.immediates) == 0 {
		return
	}
	batch := l.immediates
	l.immediates = nil
	for i, im := range batch {
		if e.stopped() {
			return
		}
		if im.cleared {
			continue
		}
		im.cleared = true
		if im.ref {
			l.refImmed--
		}
		batch[i] = nil
		e.runMacrotask(func() {
			e.inScope(&im.scope, func() { e.Call(im.cb, im.obj, im.args...) })
			e.async.QueueDestroy(im.scope.ID)
		})
	}
}
