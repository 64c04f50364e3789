package tsfn

import (
	"errors"
	"sort"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/goid"
	"github.com/gonode/gonode/runtime"
)

// closer is what the per-env state needs from a live function of any item type.
type closer interface {
	teardown()
	sequence() uint64
	setSequence(uint64)
}

type envKey struct{}

// envState is the package's per-env state (loop goroutine only).
type envState struct {
	gid  uint64
	seq  uint64
	live map[closer]struct{}
}

// stateOf returns env's state, creating it and registering the teardown closer (E8 step
// 4) on first use. Loop goroutine only.
func stateOf(env *runtime.Env) *envState {
	if st, ok := env.Local(envKey{}).(*envState); ok {
		return st
	}
	st := &envState{gid: goid.Get(), live: map[closer]struct{}{}}
	env.SetLocal(envKey{}, st)
	env.AddTeardownCloser(st.closeAll)
	return st
}

func (st *envState) add(c closer) {
	st.seq++
	c.setSequence(st.seq)
	st.live[c] = struct{}{}
}

func (st *envState) remove(c closer) { delete(st.live, c) }

// closeAll closes every live function in creation order (rule F12).
func (st *envState) closeAll() {
	all := make([]closer, 0, len(st.live))
	for c := range st.live {
		all = append(all, c)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].sequence() < all[j].sequence() })
	for _, c := range all {
		c.teardown()
	}
}

// reportUncaught sends v down env's uncaught-exception path, as if a callback threw it.
// Loop goroutine only; a no-op once JS cannot run.
func reportUncaught(env *runtime.Env, v goja.Value) {
	if !env.CanRunJS() {
		return
	}
	env.ReportUncaught(v)
}

// jsErrorValue turns a Go error into the JS value to pass or throw: a wrapped JS
// exception keeps its value, anything else becomes an Error with the message.
func jsErrorValue(env *runtime.Env, err error) goja.Value {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	return env.NewError("Error", "", err.Error())
}

// toGoError converts a JS exception into plain Go data that may leave the loop.
func toGoError(err error) error {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return &JSError{Message: ex.Error()}
	}
	return err
}
