// Package runtime is gonode's embeddable JavaScript environment: one goja.Runtime (an
// env) driven by its own goroutine event loop with Node's ordering (timers, I/O tasks,
// immediates; process.nextTick before promise jobs after every callback), Node-style
// globals and builtins, CommonJS loading, and ordered teardown.
//
// # Goroutines
//
// Every env owns one loop goroutine, started by New and ended by teardown. goja values
// belong to that goroutine: only code running on it (tasks, module loaders, Go functions
// called from JS) may touch Runtime() or any goja.Value of the env. Each exported method
// says where it may be called; "any goroutine" methods are safe for concurrent use.
//
// # Lifetime
//
// New starts the env. RunFile / RunString run a main script and then the loop until it
// has no ref'd work left, as `node file.js` does, and return the exit code; the env is
// finished afterwards. Embedders that keep an env open run code with Do and end it with
// Close. Terminate (any goroutine) stops JS even inside `for(;;){}`. Teardown always runs
// cleanup hooks and finalizers in the embedding API (a deliberate difference from Node's
// process.exit, see Config.FastExit).
package runtime

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime/internal/jslib"
)

// Sentinel errors callers branch on.
var (
	// ErrClosed: the env has finished; no more JS runs in it.
	ErrClosed = errors.New("gonode: env is closed")
	// ErrTerminated: the env was terminated (Terminate, Close, or context cancellation) before the work completed.
	ErrTerminated = errors.New("gonode: env was terminated")
	// ErrCannotRunJS: JS was requested during teardown, after the 'exit' event (Node's napi_cannot_run_js).
	ErrCannotRunJS = errors.New("gonode: cannot run JavaScript during env teardown")
)

// Module is a builtin implemented in Go, loadable as require(Name) and require("node:"+Name)
// (and importable from ES modules).
type Module struct {
	// Name is the module id without the "node:" prefix, e.g. "worker_threads".
	Name string
	// Load builds the module's exports. It runs on the env's loop goroutine at most once
	// per env, on the first require. A returned error is thrown to the requiring JS.
	Load func(env *Env) (goja.Value, error)
}

// Config configures a new env. The zero value is usable: it writes to the process's
// stdout/stderr, copies the process environment, and uses the working directory.
type Config struct {
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	// Argv is process.argv after the executable: usually [script, args...]. RunFile sets
	// the script entry when Argv is empty.
	Argv []string
	// ExecPath is process.execPath and process.argv[0]; defaults to os.Executable().
	ExecPath string
	// ExecArgv is process.execArgv.
	ExecArgv []string
	// Environ is the initial process.env; nil copies os.Environ(). Ignored when EnvVars is set.
	Environ map[string]string
	// EnvVars, when non-nil, is the (possibly shared) store behind process.env.
	EnvVars *EnvVars
	// Dir is process.cwd() and the base for resolving relative script paths; defaults to os.Getwd().
	Dir string
	// Modules are extra Go-implemented builtins. A module named like a core builtin replaces it.
	Modules []Module
	// Setup functions run on the loop goroutine after the globals are installed and before
	// any script, in order; use them to add globals. An error aborts New.
	Setup []func(*Env) error
	// MaxCallStackSize limits JS call depth (goja's SetMaxCallStackSize); 0 keeps the default.
	MaxCallStackSize int
	// ThreadID is worker_threads.threadId of this env (0 for the main thread).
	ThreadID int
	// FastExit makes process.exit and an unhandled error end the env without running
	// cleanup hooks and finalizers, as Node's main thread does. Only the CLI sets it: an
	// embedded env always tears down fully, because its host process lives on.
	FastExit bool
	// ExposeGC defines a global gc() (the --expose-gc flag).
	ExposeGC bool
	// NoWarnings silences process warnings (the --no-warnings flag).
	NoWarnings bool
	// OnUncaught, when set, receives an uncaught exception or unhandled rejection that no
	// process listener handled, instead of printing it to Stderr. It runs on the loop
	// goroutine before the 'exit' event; the env then exits with code 1. Workers use it to
	// report errors to their parent.
	OnUncaught func(env *Env, err goja.Value)
	// Data is opaque to the runtime; packages built on it (worker) carry per-env
	// configuration here. Read it with Env.Config().Data.
	Data any
}

// Env is one JavaScript environment: a goja.Runtime and the goroutine running its loop.
type Env struct {
	cfg Config
	vm  *goja.Runtime

	// Cross-goroutine state.
	mu            sync.Mutex
	tasks         []task
	wake          chan struct{}
	done          chan struct{} // closed when termination starts
	finished      chan struct{} // closed after teardown
	terminateOnce sync.Once
	terminated    atomic.Bool // Terminate was called (not a self-ending teardown)
	exitWhenIdle  atomic.Bool
	refs          atomic.Int64 // ref'd handles and holds
	// Loop timing for eventLoopUtilization, read from any goroutine (a parent reads its
	// workers'): when the loop proper started (Unix ns, 0 before) and the time it has
	// spent waiting for work.
	loopStart     atomic.Int64
	loopIdle      atomic.Int64
	idleSince     atomic.Int64 // Unix ns when the current wait began; 0 while running
	closedForWork atomic.Bool  // no new tasks accepted
	result        exitResult   // valid after finished is closed

	loop  loopState         // loop goroutine only
	async *jslib.AsyncState // loop goroutine only
}

type exitResult struct {
	code int
	err  error
}

// New creates an env and starts its loop goroutine. It returns once the globals are in
// place and the Setup functions have run. Callable from any goroutine.
func New(cfg Config) (*Env, error) {
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.Dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, fmt.Errorf("gonode: working directory: %w", err)
		}
		cfg.Dir = wd
	}
	if cfg.ExecPath == "" {
		if exe, err := os.Executable(); err == nil {
			cfg.ExecPath = exe
		} else {
			cfg.ExecPath = "gonode"
		}
	}
	if cfg.EnvVars == nil {
		if cfg.Environ != nil {
			cfg.EnvVars = NewEnvVars(cfg.Environ)
		} else {
			cfg.EnvVars = EnvVarsFromOS()
		}
	}
	e := &Env{
		cfg:      cfg,
		wake:     make(chan struct{}, 1),
		done:     make(chan struct{}),
		finished: make(chan struct{}),
	}
	started := make(chan error, 1)
	go e.run(started)
	if err := <-started; err != nil {
		<-e.finished
		return nil, err
	}
	return e, nil
}

// Config returns the configuration the env was created with (defaults filled in).
// Callable from any goroutine; do not modify the result.
func (e *Env) Config() *Config { return &e.cfg }

// Runtime returns the env's goja.Runtime. Only code on the loop goroutine may use it.
func (e *Env) Runtime() *goja.Runtime { return e.vm }

// ThreadID returns the env's worker_threads thread id (0 for the main thread). Any goroutine.
func (e *Env) ThreadID() int { return e.cfg.ThreadID }

// Done returns a channel closed when the env starts terminating. Blocking host calls made
// from JS (Atomics.wait, synchronous waits) must select on it and return promptly, so that
// Terminate can stop the env. Any goroutine.
func (e *Env) Done() <-chan struct{} { return e.done }

// Finished returns a channel closed once teardown is complete. Any goroutine.
func (e *Env) Finished() <-chan struct{} { return e.finished }

// Enqueue schedules task to run on the loop goroutine as a macrotask (after it, the
// nextTick queue and promise jobs drain). A queued task keeps the loop alive. It reports
// false, dropping task, if the env no longer accepts work. Any goroutine.
func (e *Env) Enqueue(fn func()) bool {
	e.mu.Lock()
	if e.closedForWork.Load() {
		e.mu.Unlock()
		return false
	}
	e.tasks = append(e.tasks, task{fn: fn})
	e.mu.Unlock()
	e.signal()
	return true
}

// task is a queued macrotask; weak tasks do not keep the loop alive.
type task struct {
	fn     func()
	repeat func() bool
	weak   bool
}

// repeatBudget bounds how many macrotasks one EnqueueRepeat task runs before the loop
// moves on to its other phases (Node's MessagePort drains at most ~1000 messages per
// wake-up for the same reason).
const repeatBudget = 1000

// EnqueueRepeat schedules fn to run as successive macrotasks on the loop goroutine
// (nextTick and promise jobs drain after each call) for as long as it returns true; after
// repeatBudget calls it yields to the rest of the loop and continues in a later
// iteration. It is a cheap way to deliver a stream of items (messages, thread-safe
// function calls) one macrotask each. weak as in EnqueueWeak. Any goroutine.
func (e *Env) EnqueueRepeat(fn func() bool, weak bool) bool {
	e.mu.Lock()
	if e.closedForWork.Load() {
		e.mu.Unlock()
		return false
	}
	e.tasks = append(e.tasks, task{repeat: fn, weak: weak})
	e.mu.Unlock()
	e.signal()
	return true
}

// EnqueueWeak is Enqueue for notifications that must not keep the loop alive on their
// own (Node's unref'd handles: an unref'd worker's 'online', an unref'd port's message):
// the task runs if the loop is still running for other reasons, and is dropped if the
// loop ends first. Any goroutine.
func (e *Env) EnqueueWeak(fn func()) bool {
	e.mu.Lock()
	if e.closedForWork.Load() {
		e.mu.Unlock()
		return false
	}
	e.tasks = append(e.tasks, task{fn: fn, weak: true})
	e.mu.Unlock()
	e.signal()
	return true
}

func (e *Env) signal() {
	select {
	case e.wake <- struct{}{}:
	default:
	}
}

// Hold keeps the loop alive until the returned release function is called (once; later
// calls do nothing). It is the simplest ref'd handle. Any goroutine.
func (e *Env) Hold() (release func()) {
	h := e.NewHandle(true)
	return h.Close
}

// Do runs fn on the loop goroutine as a macrotask and waits for it (and the microtasks it
// queued) to finish. A JS exception inside fn that fn returns as an error is returned;
// exceptions thrown by callbacks fn invokes through Env.Call follow the uncaught-exception
// path. Call it from any goroutine except the loop goroutine (which would deadlock).
func (e *Env) Do(ctx context.Context, fn func(vm *goja.Runtime) error) error {
	errc := make(chan error, 1)
	if !e.Enqueue(func() { errc <- fn(e.vm) }) {
		return ErrClosed
	}
	select {
	case err := <-errc:
		return err
	case <-e.finished:
		select {
		case err := <-errc:
			return err
		default:
		}
		return e.closedErr()
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (e *Env) closedErr() error {
	if e.result.err != nil {
		return e.result.err
	}
	return ErrClosed
}

// Wait runs the loop until no ref'd work remains (emitting 'beforeExit' and 'exit' as
// Node does), then tears the env down and returns process exit code. If ctx ends first,
// the env is terminated and ctx.Err() returned. An env ended by Terminate returns code 1
// and ErrTerminated. An uncaught exception returns code 1 and an *UncaughtError.
// Any goroutine except the loop goroutine.
func (e *Env) Wait(ctx context.Context) (int, error) {
	e.exitWhenIdle.Store(true)
	e.signal()
	select {
	case <-e.finished:
		return e.result.code, e.result.err
	case <-ctx.Done():
		e.Terminate()
		<-e.finished
		return e.result.code, ctx.Err()
	}
}

// RunFile runs filename as the main module (CommonJS) and then Wait(ctx).
// Any goroutine except the loop goroutine.
func (e *Env) RunFile(ctx context.Context, filename string) (int, error) {
	return e.RunMain(ctx, Main{Filename: filename})
}

// RunString runs src as the main CommonJS module named name (resolved against
// Config.Dir), then Wait(ctx). Any goroutine except the loop goroutine.
func (e *Env) RunString(ctx context.Context, name, src string) (int, error) {
	return e.runEntry(ctx, func() {
		e.loop.restartIteration = true
		e.runMain(name, &src)
	})
}

// runEntry runs entry as a task, then the loop to completion.
func (e *Env) runEntry(ctx context.Context, entry func()) (int, error) {
	err := e.Do(ctx, func(*goja.Runtime) error {
		// From the entry on, the loop ends when idle (set here, on the loop, so that no
		// idle check can run between this and the entry).
		e.exitWhenIdle.Store(true)
		entry()
		return nil
	})
	if err != nil && !errors.Is(err, ErrClosed) {
		if ctx.Err() != nil {
			e.Terminate()
			<-e.finished
			return e.result.code, ctx.Err()
		}
		return 1, err
	}
	return e.Wait(ctx)
}

// Terminate stops the env from any goroutine: running JS is interrupted (also a busy
// loop), blocking host calls see Done(), and the env tears down without emitting
// 'exit'. It does not wait; use Finished or Close for that.
func (e *Env) Terminate() {
	e.terminateOnce.Do(func() {
		e.terminated.Store(true)
		// Interrupt before closing Done: a host call woken by Done (Atomics.wait) must
		// find the interrupt already set when it returns to JS.
		if e.vm != nil {
			e.vm.Interrupt(errTerminate)
		}
		close(e.done)
		e.signal()
	})
}

// Close terminates the env if it is still running and waits until teardown (cleanup
// hooks, finalizers) has finished. It is idempotent. Any goroutine except the loop goroutine.
func (e *Env) Close() error {
	e.Terminate()
	<-e.finished
	return nil
}

// UncaughtError reports an uncaught exception or unhandled rejection that ended an env.
type UncaughtError struct {
	// Message is the error as Node prints it (the stack, or the inspected value).
	Message string
}

// Error describes the uncaught value. Any goroutine.
func (u *UncaughtError) Error() string { return "gonode: uncaught exception: " + u.Message }

type interruptReason int

const (
	errTerminate interruptReason = iota + 1
	errExit
)

func (e *Env) now() time.Duration { return time.Since(e.loop.start) }

// jsLoader gives builtin sources access to Go modules through the env's module table.
func (e *Env) newLoader() *jslib.Loader {
	return &jslib.Loader{VM: e.vm, Fallback: e.requireBuiltinGo}
}

// IsInterrupt reports whether v — a value recovered from a panic, or an error returned by
// a goja call — is goja's interrupt (Terminate, process.exit), which must keep unwinding:
// it ends all JS in the env. Any goroutine.
func IsInterrupt(v any) bool {
	err, ok := v.(error)
	if !ok {
		return false
	}
	var ie *goja.InterruptedError
	return errors.As(err, &ie)
}
