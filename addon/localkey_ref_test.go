package addon

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/testutil"
	"github.com/gonode/gonode/runtime"
)

type closer struct {
	r    *rec
	name string
}

func (c *closer) Close() error { c.r.Add("close %s", c.name); return nil }

func TestA_L1_L2_DistinctCellsPerEnv(t *testing.T) {
	testutil.CheckNoLeak(t)
	key := NewLocalKey[string]()
	mods := []Module{moduleWith("m", func(inst *Instance, exports *goja.Object) error {
		_ = exports.Set("get", func() string {
			v, ok := key.Get(inst)
			return fmt.Sprintf("%q:%v", v, ok)
		})
		_ = exports.Set("init", func(s string) (string, error) { return key.GetOrInit(inst, func() string { return s }) })
		return nil
	})}
	r1, r2 := &rec{}, &rec{}
	e1, _ := newEnv(t, r1, envOpts{mods: mods})
	e2, _ := newEnv(t, r2, envOpts{mods: mods})
	run(t, e1, `const m = require('m'); report(m.get(), m.init('one'), m.init('ignored'), m.get())`)
	run(t, e2, `const m = require('m'); report(m.get(), m.init('two'), m.get())`)
	if r1.String() != `"":false one one "one":true` || r2.String() != `"":false two "two":true` {
		t.Fatalf("got %q / %q", r1, r2)
	}
}

func TestA_L3_L4_InitRules(t *testing.T) {
	type result struct {
		v   int
		err error
	}
	tests := []struct {
		name string
		body func(inst *Instance, k *LocalKey[int]) []result
		want string
	}{
		{"L3 GetOrInit runs once", func(inst *Instance, k *LocalKey[int]) []result {
			n := 0
			a, e1 := k.GetOrInit(inst, func() int { n++; return 10 + n })
			b, e2 := k.GetOrInit(inst, func() int { n++; return 10 + n })
			return []result{{a, e1}, {b, e2}, {n, nil}}
		}, "11 <nil>|11 <nil>|1 <nil>"},
		{"L3 re-entrant GetOrInit", func(inst *Instance, k *LocalKey[int]) []result {
			var inner result
			v, err := k.GetOrInit(inst, func() int {
				inner.v, inner.err = k.GetOrInit(inst, func() int { return 99 })
				return 1
			})
			return []result{inner, {v, err}}
		}, "0 reentrant|1 <nil>"},
		{"L4 re-entrant GetOrTryInit, Get sees uninitialised", func(inst *Instance, k *LocalKey[int]) []result {
			var inner, got result
			v, err := k.GetOrTryInit(inst, func(*Instance) (int, error) {
				g, ok := k.Get(inst)
				got = result{g, fmt.Errorf("%v", ok)}
				inner.v, inner.err = k.GetOrTryInit(inst, func(*Instance) (int, error) { return 99, nil })
				return 2, nil
			})
			return []result{got, inner, {v, err}}
		}, "0 false|0 reentrant|2 <nil>"},
		{"L4 failure resets, retry succeeds", func(inst *Instance, k *LocalKey[int]) []result {
			_, e1 := k.GetOrTryInit(inst, func(*Instance) (int, error) { return 0, errors.New("first fails") })
			_, ok := k.Get(inst)
			v, e2 := k.GetOrTryInit(inst, func(*Instance) (int, error) { return 3, nil })
			return []result{{0, e1}, {0, fmt.Errorf("%v", ok)}, {v, e2}}
		}, "0 first fails|0 false|3 <nil>"},
		{"L4 JS throw resets", func(inst *Instance, k *LocalKey[int]) []result {
			_, e1 := k.GetOrTryInit(inst, func(i *Instance) (int, error) {
				_, err := i.Runtime().RunString(`throw new RangeError('nope')`)
				return 0, err
			})
			_, e2 := k.GetOrTryInit(inst, func(i *Instance) (int, error) {
				panic(i.Runtime().NewTypeError("thrown as panic"))
			})
			v, e3 := k.GetOrTryInit(inst, func(i *Instance) (int, error) {
				x, err := i.Runtime().RunString(`6 * 7`)
				return int(x.ToInteger()), err
			})
			return []result{{0, e1}, {0, e2}, {v, e3}}
		}, "0 RangeError: nope|0 TypeError: thrown as panic|42 <nil>"},
		{"L4 panic resets", func(inst *Instance, k *LocalKey[int]) []result {
			_, e1 := k.GetOrTryInit(inst, func(*Instance) (int, error) { panic("boom") })
			_, e2 := k.GetOrInit(inst, func() int { panic("boom2") })
			v, e3 := k.GetOrInit(inst, func() int { return 4 })
			return []result{{0, e1}, {0, e2}, {v, e3}}
		}, "0 addon: LocalKey initialiser panicked: boom|0 addon: LocalKey initialiser panicked: boom2|4 <nil>"},
		{"L4 other keys usable inside init", func(inst *Instance, k *LocalKey[int]) []result {
			other := NewLocalKey[int]()
			v, err := k.GetOrTryInit(inst, func(i *Instance) (int, error) {
				o, err := other.GetOrInit(i, func() int { return 20 })
				return o + 1, err
			})
			o, _ := other.Get(inst)
			return []result{{v, err}, {o, nil}}
		}, "21 <nil>|20 <nil>"},
		{"nil arguments", func(inst *Instance, k *LocalKey[int]) []result {
			_, e1 := k.GetOrInit(inst, nil)
			_, e2 := k.GetOrTryInit(inst, nil)
			_, e3 := k.GetOrInit(nil, func() int { return 1 })
			_, ok := k.Get(nil)
			return []result{{0, e1}, {0, e2}, {0, e3}, {0, fmt.Errorf("%v", ok)}}
		}, "0 addon: invalid argument: nil initialiser|0 addon: invalid argument: nil initialiser|0 addon: invalid argument: nil instance|0 false"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			testutil.CheckNoLeak(t)
			r := &rec{}
			var key LocalKey[int]
			env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
				for _, res := range tc.body(inst, &key) {
					e := "<nil>"
					if errors.Is(res.err, ErrReentrantInit) {
						e = "reentrant"
					} else if res.err != nil {
						e = strings.SplitN(res.err.Error(), " at ", 2)[0]
					}
					r.Add("%d %s", res.v, e)
				}
				return nil
			})}})
			run(t, env, `require('m')`)
			if got := fmt.Sprint(r.Lines()); got != fmt.Sprint(splitBar(tc.want)) {
				t.Fatalf("got  %v\nwant %v", got, splitBar(tc.want))
			}
		})
	}
}

func splitBar(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '|' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// A second goroutine asking for a key that the loop is initialising waits instead of
// failing or deadlocking.
func TestA_L3_ConcurrentGetOrInitWaits(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	var key LocalKey[int]
	env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
		started := make(chan struct{})
		var other int
		var wg sync.WaitGroup
		wg.Add(1)
		v, err := key.GetOrInit(inst, func() int {
			go func() {
				defer wg.Done()
				close(started)
				other, _ = key.GetOrInit(inst, func() int { return -1 })
			}()
			<-started
			return 8
		})
		wg.Wait()
		r.Add("%d %v %d", v, err, other)
		return nil
	})}})
	run(t, env, `require('m')`)
	if r.String() != "8 <nil> 8" {
		t.Fatalf("got %q", r)
	}
}

func TestA_L5_DroppedAtTeardown(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	dropKey := NewLocalKeyWithDrop(func(s string) { r.Add("drop %s", s) })
	closeKey := NewLocalKey[*closer]()
	plainKey := NewLocalKey[int]()
	var inst0 *Instance
	env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, _ *goja.Object) error {
		inst0 = inst
		_, _ = dropKey.GetOrInit(inst, func() string { return "v" })
		_, _ = closeKey.GetOrInit(inst, func() *closer { return &closer{r, "c"} })
		_, _ = plainKey.GetOrInit(inst, func() int { return 1 })
		_, _ = inst.AddCleanupHook(func() {
			v, ok := plainKey.Get(inst)
			r.Add("hook sees %d %v", v, ok)
		})
		return inst.SetData(1, func(*runtime.Env, any) { r.Add("data fin") })
	})}})
	run(t, env, `require('m')`)
	got := r.Lines()
	if len(got) != 4 || got[0] != "hook sees 1 true" || got[1] != "data fin" {
		t.Fatalf("got %q", got)
	}
	drops := map[string]bool{got[2]: true, got[3]: true}
	if !drops["drop v"] || !drops["close c"] {
		t.Fatalf("drops %q", got[2:])
	}
	if _, err := plainKey.GetOrInit(inst0, func() int { return 2 }); !errors.Is(err, ErrClosed) {
		t.Fatalf("after teardown: %v", err)
	}
	if _, ok := plainKey.Get(inst0); ok {
		t.Fatal("value survived teardown")
	}
}

func TestA_R1_RefWrongEnv(t *testing.T) {
	testutil.CheckNoLeak(t)
	var mu sync.Mutex
	refs := map[string]*Ref[*goja.Object]{}
	insts := map[string]*Instance{}
	mk := func(name string) Module {
		return moduleWith(name, func(inst *Instance, exports *goja.Object) error {
			_ = exports.Set("keep", func(tag string, o *goja.Object) error {
				ref, err := NewRef(inst, o)
				mu.Lock()
				refs[tag], insts[tag] = ref, inst
				mu.Unlock()
				return err
			})
			_ = exports.Set("read", func(tag, owner string) string {
				mu.Lock()
				ref := refs[owner]
				mu.Unlock()
				v, err := ref.Value(inst)
				if err != nil {
					var we *WrongEnvError
					if errors.As(err, &we) && errors.Is(err, ErrWrongEnv) && we.OwnerInstance == ref.Owner().ID() && we.CallerInstance == inst.ID() {
						return "wrong env"
					}
					return err.Error()
				}
				return v.Get("name").String()
			})
			return nil
		})
	}
	mods := []Module{mk("m"), mk("other")}
	r1, r2 := &rec{}, &rec{}
	e1, _ := newEnv(t, r1, envOpts{mods: mods})
	e2, _ := newEnv(t, r2, envOpts{mods: mods})
	run(t, e1, `const m = require('m'); m.keep('main', {name: 'main obj'}); report(m.read('x', 'main'));
		report(require('other').read('x', 'main'))`)
	run(t, e2, `report(require('m').read('x', 'main'))`)
	if r1.String() != "main obj,wrong env" || r2.String() != "wrong env" {
		t.Fatalf("got %q / %q", r1, r2)
	}
	// After the owner's teardown the value is gone; Release is safe from any goroutine.
	if _, err := refs["main"].Value(insts["main"]); !errors.Is(err, ErrClosed) {
		t.Fatalf("after close: %v", err)
	}
	done := make(chan struct{})
	go func() { refs["main"].Release(); refs["main"].Release(); close(done) }()
	<-done
}

func TestA_R2_ReleaseFromOtherGoroutine(t *testing.T) {
	testutil.CheckNoLeak(t)
	r := &rec{}
	env, _ := newEnv(t, r, envOpts{mods: []Module{moduleWith("m", func(inst *Instance, exports *goja.Object) error {
		var ref *Ref[goja.Value]
		_ = exports.Set("keep", func(v goja.Value) (err error) { ref, err = NewRef(inst, v); return })
		_ = exports.Set("releaseElsewhere", func() {
			done := make(chan struct{})
			go func() { ref.Release(); close(done) }()
			<-done
		})
		_ = exports.Set("read", func() string {
			v, err := ref.Value(inst)
			if err != nil {
				return err.Error()
			}
			return v.String()
		})
		_, err := NewRef[goja.Value](inst, nil)
		r.Add("nil value: %v", errors.Is(err, ErrInvalidArg))
		return nil
	})}})
	run(t, env, `const m = require('m'); m.keep('x'); report(m.read()); m.releaseElsewhere(); report(m.read())`)
	if want := "nil value: true,x," + ErrReleased.Error(); r.String() != want {
		t.Fatalf("got %q want %q", r, want)
	}
}
