package runtime

import "sync"

// CleanupHook is a registration made with AddCleanupHook or AddAsyncCleanupHook.
type CleanupHook struct {
	env     *Env
	seq     uint64
	fn      func()
	async   func(done func())
	removed bool
	started bool
	doneFn  func()
}

// AddCleanupHook registers fn to run at teardown, after the 'exit' event, on the loop
// goroutine. Hooks of all kinds run in one env-wide LIFO order; hooks added while hooks
// run go in a later pass. Loop goroutine only.
func (e *Env) AddCleanupHook(fn func()) *CleanupHook {
	return e.addHook(&CleanupHook{env: e, fn: fn})
}

// AddAsyncCleanupHook registers fn like AddCleanupHook; fn receives done, which it must
// call (once, from any goroutine) when its cleanup is complete. Teardown does not wait
// for done before starting the next hook, but the env is not finished (Finished, worker
// 'exit', terminate()) until every started async hook called done. Loop goroutine only.
func (e *Env) AddAsyncCleanupHook(fn func(done func())) *CleanupHook {
	return e.addHook(&CleanupHook{env: e, async: fn})
}

func (e *Env) addHook(h *CleanupHook) *CleanupHook {
	e.loop.hookSeq++
	h.seq = e.loop.hookSeq
	e.loop.hooks = append(e.loop.hooks, h)
	return h
}

// Remove unregisters the hook. It reports false if the hook already ran or was removed.
// Removing an async hook that has started counts as its done. Loop goroutine only.
func (h *CleanupHook) Remove() bool {
	if h.removed {
		return false
	}
	if h.started {
		if h.async != nil && h.doneFn != nil {
			h.doneFn()
		}
		return false
	}
	h.removed = true
	return true
}

func (e *Env) runCleanupHooks() {
	l := &e.loop
	var wg sync.WaitGroup
	for len(l.hooks) > 0 {
		pass := l.hooks
		l.hooks = nil
		for i := len(pass) - 1; i >= 0; i-- {
			h := pass[i]
			if h.removed || h.started {
				continue
			}
			h.started = true
			if h.fn != nil {
				e.safeRun("cleanup hook", h.fn)
				continue
			}
			wg.Add(1)
			var once sync.Once
			h.doneFn = func() { once.Do(wg.Done) }
			e.safeRun("async cleanup hook", func() { h.async(h.doneFn) })
		}
	}
	wg.Wait()
}

// AddTeardownCloser registers fn to run at teardown after all cleanup hooks and before
// finalizers, in registration order (thread-safe functions close here). Loop goroutine only.
func (e *Env) AddTeardownCloser(fn func()) {
	e.loop.closers = append(e.loop.closers, fn)
}

// Finalizer is a registration made with AddFinalizer.
type Finalizer struct {
	fn      func()
	removed bool
}

// AddFinalizer registers fn to run at teardown after cleanup hooks and closers;
// finalizers run in reverse order of registration. Loop goroutine only.
func (e *Env) AddFinalizer(fn func()) *Finalizer {
	f := &Finalizer{fn: fn}
	e.loop.finals = append(e.loop.finals, f)
	return f
}

// Remove unregisters the finalizer; it reports false if it was already removed. Loop goroutine only.
func (f *Finalizer) Remove() bool {
	if f.removed {
		return false
	}
	f.removed = true
	return true
}
