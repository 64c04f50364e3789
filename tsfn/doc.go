// Package tsfn provides thread-safe functions: handles through which any goroutine calls
// a JavaScript function (or a Go callback that calls JS) on an env's loop goroutine, the
// gonode form of N-API's napi_threadsafe_function, napi-rs's ThreadsafeFunction and
// Neon's Channel.
//
// # Lifetime
//
// A TSFN is created on the env's loop goroutine with New. It starts with
// Options.InitialThreads references ("threads"): every goroutine that calls it should
// own one, take more with Acquire and give its own back with Release when done. When the
// last reference is released the TSFN starts closing in drain mode: everything already
// queued is still delivered to JS, then Options.Finalize runs on the loop. Abort closes
// at once: queued items are not given to JS but handed to the converter with a nil env
// (so Go-side resources can be freed), then Finalize runs. When the env is torn down
// (any path, rule F12) every live TSFN is closed the same way after the cleanup hooks.
// After finalization the Go value stays valid and keeps answering with ErrClosing or
// ErrInvalidArg; nothing crashes.
//
// While it is open and referenced (the default; see Options.Weak, Ref, Unref) a TSFN
// keeps its env's loop alive, like a libuv handle.
//
// # Delivery
//
// Call only queues (rule F6): items are delivered asynchronously, on the loop, in FIFO
// order per TSFN, also when Call is made on the loop goroutine itself. One wake-up of the
// loop delivers up to 1000 items, then yields to other tasks; process.nextTick callbacks
// and promise jobs run after each such batch. An exception escaping the JS function or
// the converter goes to the env's uncaught-exception path (process 'uncaughtException',
// else the env ends with code 1) and delivery continues with the next item (F7).
//
// # Goroutines
//
// Call, CallError, CallWithResult, Acquire, Release, Abort, Context: any goroutine. New,
// Ref, Unref: the env's loop goroutine only. Converters, CallJS, result callbacks and
// Finalize run on the loop goroutine — with one exception: when an env ends without
// teardown (runtime.Config.FastExit, Node's main-thread process.exit), items still queued
// are handed to the converter with a nil env from another goroutine, and Finalize does
// not run (Node calls neither).
package tsfn
