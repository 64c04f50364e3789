package tsfn

import (
	"errors"

	"github.com/gonode/gonode/runtime"
)

// Sentinel errors. Compare with errors.Is.
var (
	// ErrQueueFull: a NonBlocking call found the bounded queue full; the item was not
	// queued (napi_queue_full).
	ErrQueueFull = errors.New("tsfn: queue is full")
	// ErrClosing: the thread-safe function is closing (aborted, or its env is torn
	// down); the call consumed the caller's reference (napi_closing).
	ErrClosing = errors.New("tsfn: thread-safe function is closing")
	// ErrInvalidArg: invalid options, an invalid call mode, a release without a held
	// reference, or a call after every reference was released (napi_invalid_arg).
	ErrInvalidArg = errors.New("tsfn: invalid argument")
	// ErrWouldDeadlock: a blocking call made on the env's own loop goroutine would wait
	// for room that only that goroutine can make (Node deadlocks here).
	ErrWouldDeadlock = errors.New("tsfn: blocking call on the loop goroutine would deadlock")
	// ErrNotOnLoop: a loop-goroutine-only method was called from another goroutine.
	ErrNotOnLoop = errors.New("tsfn: not on the env's loop goroutine")
	// ErrWrongEnv: a method was given an env other than the one the function belongs to.
	ErrWrongEnv = errors.New("tsfn: env does not own this thread-safe function")
	// ErrCannotRunJS is runtime.ErrCannotRunJS: an item could not reach JS because the
	// env was torn down (given to result callbacks and CallAsync).
	ErrCannotRunJS = runtime.ErrCannotRunJS
	// ErrJoinThrow: a Channel closure returned an error, threw or panicked.
	ErrJoinThrow = errors.New("tsfn: channel closure failed")
	// ErrJoinDropped: a Channel closure was dropped unrun because its env went away.
	ErrJoinDropped = errors.New("tsfn: channel closure was dropped")
)

// JSError carries a JavaScript exception out of the loop goroutine as plain Go data
// (goja values must not leave their env's goroutine).
type JSError struct {
	// Message is the exception as a string (for Error objects, usually "Name: message"
	// plus the stack position).
	Message string
}

// Error returns Message. Any goroutine.
func (e *JSError) Error() string { return e.Message }
