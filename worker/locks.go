package worker

// Web Locks (worker_threads.locks): one lock manager for the whole process. Requests are
// granted FIFO per name; shared requests are granted together; an exclusive request
// waits for every earlier request. A grant is delivered to the requesting env's loop;
// pending requests do not keep a loop alive (K9): only a grant, once made, is a task. When an env ends, its locks are
// released and its pending requests dropped (K7).

import (
	"fmt"
	"os"
	"sync"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime"
)

type lockRequest struct {
	id      uint64
	name    string
	shared  bool
	env     *runtime.Env
	granted bool
	done    bool
	// onGrant runs on env's loop; stolen reports a steal of a held lock.
	onGrant func()
	onSteal func()
}

type lockQueue struct {
	held    []*lockRequest
	pending []*lockRequest
}

var locks struct {
	mu     sync.Mutex
	nextID uint64
	queues map[string]*lockQueue
	byEnv  map[*runtime.Env]map[uint64]*lockRequest
}

func lockQueueFor(name string) *lockQueue {
	if locks.queues == nil {
		locks.queues = map[string]*lockQueue{}
		locks.byEnv = map[*runtime.Env]map[uint64]*lockRequest{}
	}
	q := locks.queues[name]
	if q == nil {
		q = &lockQueue{}
		locks.queues[name] = q
	}
	return q
}

func (q *lockQueue) grantable(r *lockRequest) bool {
	if len(q.held) == 0 {
		return true
	}
	if !r.shared {
		return false
	}
	for _, h := range q.held {
		if !h.shared {
			return false
		}
	}
	return true
}

// process grants pending requests from the front while they fit (locks.mu held); it
// returns the requests to notify.
func (q *lockQueue) process() []*lockRequest {
	var granted []*lockRequest
	for len(q.pending) > 0 && q.grantable(q.pending[0]) {
		r := q.pending[0]
		q.pending = q.pending[1:]
		r.granted = true
		q.held = append(q.held, r)
		granted = append(granted, r)
	}
	return granted
}

func notify(rs []*lockRequest) {
	for _, r := range rs {
		r := r
		r.env.Enqueue(r.onGrant)
	}
}

func track(r *lockRequest) {
	m := locks.byEnv[r.env]
	if m == nil {
		m = map[uint64]*lockRequest{}
		locks.byEnv[r.env] = m
	}
	m[r.id] = r
}

func untrack(r *lockRequest) {
	if m := locks.byEnv[r.env]; m != nil {
		delete(m, r.id)
		if len(m) == 0 {
			delete(locks.byEnv, r.env)
		}
	}
}

func removeReq(list []*lockRequest, r *lockRequest) ([]*lockRequest, bool) {
	for i, x := range list {
		if x == r {
			return append(list[:i:i], list[i+1:]...), true
		}
	}
	return list, false
}

// release drops r (held or pending) and grants what becomes possible.
func release(r *lockRequest) {
	locks.mu.Lock()
	if r.done {
		locks.mu.Unlock()
		return
	}
	r.done = true
	untrack(r)
	q := locks.queues[r.name]
	var granted []*lockRequest
	if q != nil {
		q.held, _ = removeReq(q.held, r)
		q.pending, _ = removeReq(q.pending, r)
		granted = q.process()
		if len(q.held) == 0 && len(q.pending) == 0 {
			delete(locks.queues, r.name)
		}
	}
	locks.mu.Unlock()
	notify(granted)
}

// releaseEnv drops every request of env (its teardown).
func releaseEnv(env *runtime.Env) {
	locks.mu.Lock()
	var rs []*lockRequest
	for _, r := range locks.byEnv[env] {
		rs = append(rs, r)
	}
	locks.mu.Unlock()
	for _, r := range rs {
		release(r)
	}
}

func clientID(env *runtime.Env) string {
	return fmt.Sprintf("node-%d-%d", os.Getpid(), env.ThreadID())
}

// locksBinding is internalBinding-like glue for locks.js, per env.
func locksBinding(env *runtime.Env) *goja.Object {
	vm := env.Runtime()
	b := vm.NewObject()
	env.AddCleanupHook(func() { releaseEnv(env) })
	// request(name, shared, ifAvailable, steal, onGrant(id|null), onSteal()) -> id
	_ = b.Set("request", func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		shared := c.Argument(1).ToBoolean()
		ifAvailable := c.Argument(2).ToBoolean()
		steal := c.Argument(3).ToBoolean()
		grantFn := c.Argument(4)
		stealFn := c.Argument(5)
		locks.mu.Lock()
		locks.nextID++
		r := &lockRequest{id: locks.nextID, name: name, shared: shared, env: env}
		id := vm.ToValue(r.id)
		r.onGrant = func() { env.Call(grantFn, goja.Undefined(), id) }
		r.onSteal = func() { env.Call(stealFn, goja.Undefined()) }
		q := lockQueueFor(name)
		var granted, stolen []*lockRequest
		switch {
		case steal:
			stolen = q.held
			for _, h := range stolen {
				h.done = true
				untrack(h)
			}
			q.held = []*lockRequest{r}
			r.granted = true
			granted = []*lockRequest{r}
			track(r)
		case ifAvailable && !(len(q.pending) == 0 && q.grantable(r)):
			locks.mu.Unlock()
			env.Call(grantFn, goja.Undefined(), goja.Null())
			return goja.Null()
		default:
			q.pending = append(q.pending, r)
			track(r)
			granted = q.process()
		}
		locks.mu.Unlock()
		for _, s := range stolen {
			s.env.Enqueue(s.onSteal)
		}
		// A request granted at once runs its callback synchronously, inside request(), as
		// in Node; grants made later by another release arrive as tasks.
		for _, g := range granted {
			if g == r {
				r.onGrant()
			} else {
				g.env.Enqueue(g.onGrant)
			}
		}
		return id
	})
	reqOf := func(v goja.Value) *lockRequest {
		id := uint64(v.ToInteger())
		locks.mu.Lock()
		defer locks.mu.Unlock()
		return locks.byEnv[env][id]
	}
	_ = b.Set("release", func(c goja.FunctionCall) goja.Value {
		if r := reqOf(c.Argument(0)); r != nil {
			release(r)
		}
		return goja.Undefined()
	})
	// abort(id) -> true if the request was still pending (and is now withdrawn).
	_ = b.Set("abort", func(c goja.FunctionCall) goja.Value {
		r := reqOf(c.Argument(0))
		if r == nil {
			return vm.ToValue(false)
		}
		locks.mu.Lock()
		pending := !r.granted
		locks.mu.Unlock()
		if pending {
			release(r)
		}
		return vm.ToValue(pending)
	})
	_ = b.Set("query", func(goja.FunctionCall) goja.Value {
		held, pending := vm.NewArray(), vm.NewArray()
		cid := clientID(env)
		locks.mu.Lock()
		var hs, ps []*lockRequest
		for _, q := range locks.queues {
			for _, r := range q.held {
				if r.env == env {
					hs = append(hs, r)
				}
			}
			for _, r := range q.pending {
				if r.env == env {
					ps = append(ps, r)
				}
			}
		}
		locks.mu.Unlock()
		sortByID(hs)
		sortByID(ps)
		add := func(arr *goja.Object, rs []*lockRequest) {
			push, _ := goja.AssertFunction(arr.Get("push"))
			for _, r := range rs {
				o := vm.NewObject()
				_ = o.Set("name", r.name)
				mode := "exclusive"
				if r.shared {
					mode = "shared"
				}
				_ = o.Set("mode", mode)
				_ = o.Set("clientId", cid)
				_, _ = push(arr, o)
			}
		}
		add(held, hs)
		add(pending, ps)
		res := vm.NewObject()
		_ = res.Set("held", held)
		_ = res.Set("pending", pending)
		return res
	})
	return b
}

func sortByID(rs []*lockRequest) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].id < rs[j-1].id; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}
