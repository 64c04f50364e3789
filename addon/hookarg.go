package addon

import (
	"fmt"
	"reflect"
)

// hookArgKey identifies a (function, argument) registration like N-API does.
type hookArgKey struct {
	pc  uintptr
	arg any
}

// AddCleanupHookArg is napi_add_env_cleanup_hook(env, fn, arg): it registers fn(arg) to run
// at env teardown, with the same ordering and panic handling as AddCleanupHook. As in
// Node, the pair (fn, arg) identifies the registration (rule H2): adding the same function
// (the same code) with an equal argument again returns ErrDuplicateHook and keeps one
// registration; the same function with another argument, or another function with the
// same argument, is a separate hook. arg must be comparable at run time (ErrInvalidArg
// otherwise, e.g. an interface holding a slice). Loop goroutine only.
func AddCleanupHookArg[A comparable](i *Instance, fn func(A), arg A) (*Hook, error) {
	if i == nil || fn == nil {
		return nil, fmt.Errorf("%w: nil instance or function", ErrInvalidArg)
	}
	key, ok := argKey(fn, arg)
	if !ok {
		return nil, fmt.Errorf("%w: cleanup hook argument is not comparable", ErrInvalidArg)
	}
	return i.addHook(key, true, func() { fn(arg) }, nil)
}

// RemoveCleanupHookArg is napi_remove_env_cleanup_hook: it removes the registration of
// (fn, arg). It reports false if there is none (never added, removed, or already ran;
// rule H4). Loop goroutine only.
func RemoveCleanupHookArg[A comparable](i *Instance, fn func(A), arg A) bool {
	if i == nil || fn == nil {
		return false
	}
	key, ok := argKey(fn, arg)
	if !ok {
		return false
	}
	return i.RemoveCleanupHook(key)
}

func argKey[A comparable](fn func(A), arg A) (hookArgKey, bool) {
	if !reflect.ValueOf(&arg).Elem().Comparable() {
		return hookArgKey{}, false
	}
	return hookArgKey{pc: reflect.ValueOf(fn).Pointer(), arg: arg}, true
}
