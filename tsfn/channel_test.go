package tsfn

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
	"github.com/gonode/gonode/runtime"
)

// F17/F19: Send from any goroutine, FIFO per sender, Join returns values and errors.
func TestF_F17_F19_ChannelSendJoin(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	jsFunc(t, env, `process.on('uncaughtException', (e) => report('uncaught ' + e.message)); globalThis.log = []`)
	var ch *Channel
	do(t, env, func(vm *goja.Runtime) (err error) {
		ch, err = NewChannel(env)
		if err != nil {
			return err
		}
		h, _ := ch.Send(func(*runtime.Env) (any, error) { return 1, nil })
		_, err = h.Join(context.Background())
		r.Add("join on loop: %v", errors.Is(err, ErrWouldDeadlock))
		return nil
	})
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var hs []*JoinHandle
			for i := 0; i < 500; i++ {
				h, err := ch.Send(func(env *runtime.Env) (any, error) {
					_, err := env.Runtime().RunString(fmt.Sprintf("log.push('%d:%d')", g, i))
					return g*1000 + i, err
				})
				if err != nil {
					t.Error(err)
					return
				}
				hs = append(hs, h)
			}
			for i, h := range hs {
				v, err := h.Join(context.Background())
				if err != nil || v != g*1000+i {
					t.Errorf("join %d: %v %v", i, v, err)
				}
			}
		}(g)
	}
	wg.Wait()
	joinErr := func(fn func(env *runtime.Env) (any, error)) error {
		h, err := ch.Send(fn)
		if err != nil {
			return err
		}
		_, err = h.Join(context.Background())
		return err
	}
	err := joinErr(func(env *runtime.Env) (any, error) { return nil, errors.New("go error") })
	r.Add("go error: %v", errors.Is(err, ErrJoinThrow))
	err = joinErr(func(env *runtime.Env) (any, error) {
		_, err := env.Runtime().RunString(`throw new Error('js error')`)
		return nil, err
	})
	r.Add("js error: %v", errors.Is(err, ErrJoinThrow))
	err = joinErr(func(env *runtime.Env) (any, error) { panic("go panic") })
	r.Add("panic: %v", errors.Is(err, ErrJoinThrow))
	ok := joinErr(func(env *runtime.Env) (any, error) {
		v := env.Runtime().Get("log").ToObject(env.Runtime()).Export().([]any)
		last := map[string]int{}
		for _, s := range v {
			var g, i int
			fmt.Sscanf(s.(string), "%d:%d", &g, &i)
			if p, seen := last[fmt.Sprint(g)]; seen && i != p+1 {
				return nil, fmt.Errorf("order broken: %v", s)
			}
			last[fmt.Sprint(g)] = i
		}
		if len(v) != 1000 {
			return nil, fmt.Errorf("%d entries", len(v))
		}
		return nil, nil
	})
	r.Add("order: %v", ok)
	if _, err := ch.Send(nil); !errors.Is(err, ErrInvalidArg) {
		t.Errorf("nil closure: %v", err)
	}
	ch.Close()
	if _, err := ch.Send(func(*runtime.Env) (any, error) { return nil, nil }); !errors.Is(err, ErrClosing) {
		t.Errorf("send on closed clone: %v", err)
	}
	wait(t, env)
	want := "join on loop: true,go error: true,uncaught js error,js error: true,panic: true,order: <nil>"
	if r.String() != want {
		t.Fatalf("got  %q\nwant %q", r, want)
	}
}

// F18: the loop stays alive while any clone is referenced; ref/unref are idempotent.
func TestF_F18_ChannelKeepAlive(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	var ch, clone *Channel
	do(t, env, func(*goja.Runtime) (err error) {
		ch, err = NewChannel(env)
		if err != nil {
			return err
		}
		clone = ch.Clone()
		ch.Unref()
		ch.Unref()
		clone.Ref()
		r.Add("refs %v %v", ch.HasRef(), clone.HasRef())
		return nil
	})
	go func() {
		time.Sleep(80 * time.Millisecond)
		h, _ := ch.Send(func(*runtime.Env) (any, error) { r.Add("sent after 80ms"); return nil, nil })
		h.Join(context.Background())
		clone.Close()
		clone.Close()
	}()
	start := time.Now()
	wait(t, env)
	if time.Since(start) < 80*time.Millisecond || r.String() != "refs false true,sent after 80ms" {
		t.Fatalf("after %v: %q", time.Since(start), r)
	}
}

// F17/F19: closures still queued when the env goes away are dropped unrun; Send after
// teardown is ErrClosing, never a panic.
func TestF_F19_ChannelDroppedAtTeardown(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, nil)
	var ch *Channel
	do(t, env, func(*goja.Runtime) (err error) { ch, err = NewChannel(env); return })
	block := make(chan struct{})
	env.Enqueue(func() { <-block; env.Terminate() })
	h, err := ch.Send(func(*runtime.Env) (any, error) { r.Add("ran"); return nil, nil })
	if err != nil {
		t.Fatal(err)
	}
	close(block)
	env.Close()
	if _, err := h.Join(context.Background()); !errors.Is(err, ErrJoinDropped) {
		t.Fatalf("join: %v", err)
	}
	for i := 0; i < 3; i++ {
		if _, err := ch.Send(func(*runtime.Env) (any, error) { return nil, nil }); !errors.Is(err, ErrClosing) {
			t.Fatalf("send after teardown: %v", err)
		}
	}
	if r.String() != "" {
		t.Fatalf("dropped closure ran: %q", r)
	}
}
