package tsfn

import (
	"context"
	"fmt"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/goid"
	"github.com/gonode/gonode/runtime"
)

// CallAsync queues data without blocking (napi-rs's call_async) and waits until the JS
// function ran, returning its result converted by conv on the loop goroutine (conv may
// be nil: the zero R is returned). A JS exception is returned as a *JSError; with the
// Fatal strategy it is also reported as uncaught. If the item never reaches JS it returns
// ErrClosing (abort) or ErrCannotRunJS (teardown). It returns ErrWouldDeadlock when
// called on the env's loop goroutine, ctx.Err() if ctx ends first (the item may still be
// delivered later), and Call's errors (ErrQueueFull, ErrClosing, ErrInvalidArg). Any
// goroutine except the loop goroutine.
func CallAsync[T, R any](ctx context.Context, f *TSFN[T], data T, conv func(env *runtime.Env, ret goja.Value) (R, error)) (R, error) {
	var zero R
	if f == nil {
		return zero, fmt.Errorf("%w: nil function", ErrInvalidArg)
	}
	if goid.Is(f.gid) {
		return zero, ErrWouldDeadlock
	}
	type result struct {
		v   R
		err error
	}
	res := make(chan result, 1)
	strategy := f.strategy
	err := f.CallWithResult(data, NonBlocking, func(env *runtime.Env, ret goja.Value, err error) error {
		if err != nil {
			if env != nil && strategy == Fatal {
				if ex, ok := err.(*goja.Exception); ok {
					reportUncaught(env, ex.Value())
				}
			}
			res <- result{err: toGoError(err)}
			return nil
		}
		var r result
		if conv != nil {
			r.v, r.err = conv(env, ret)
			r.err = toGoError(r.err)
		}
		res <- r
		return nil
	})
	if err != nil {
		return zero, err
	}
	select {
	case r := <-res:
		return r.v, r.err
	case <-ctx.Done():
		return zero, ctx.Err()
	}
}
