// Package addon hosts gonode addons: Go modules that JavaScript loads with require(name)
// (or import), instantiated once per env that loads them, the way Node instantiates a
// native addon once per main thread and once per worker ("multiple loading").
//
// # Model
//
// A Module (name + Init function) is registered once per process, in a Registry (Default
// is the process-wide one) or simply kept in a []Module list. RuntimeModules turns the
// list into the []runtime.Module that runtime.Config.Modules takes; whoever creates envs
// (the gonode CLI, the worker package, an embedder) passes the same list to every env, so
// main + N workers that require the addon get N+1 independent Instances.
//
// An Instance is the pair (env, module). It is created on the env's loop goroutine by the
// first require(name) in that env (Init runs there, once: rule E1); later requires return
// the same exports. It owns:
//
//   - instance data: one untyped slot with a finalizer (SetData, Data, SwapData);
//   - cleanup hooks (AddCleanupHook, AddCleanupHookKey, AddAsyncCleanupHook) and
//     teardown finalizers (AddFinalizer);
//   - LocalKey cells: typed per-instance values (Neon's LocalKey);
//   - persistent references (Ref) that may only be dereferenced by their owner.
//
// Package-level Go variables are shared by every instance in the process (rule E3: Node
// maps the .so once). Keep per-env state in instance data or a LocalKey, never in globals.
//
// # Goroutines
//
// goja values belong to the env's loop goroutine. Init, the Go functions an addon exports
// to JS, cleanup hooks and finalizers all run there. Each method documents where it may be
// called. Methods marked "loop goroutine only" that change registrations (SetData,
// AddCleanupHook, NewRef, ...) detect a call from another goroutine and return
// ErrNotOnLoop instead of racing; hot-path methods (Ref.Value, Instance.Call) only check
// the env and instance, not the goroutine (see Ref.Value).
//
// # Teardown (rule E8)
//
// When an env ends — script end, process.exit, an uncaught error, worker terminate(),
// Env.Close or context cancellation — gonode's runtime disables JS and then runs, in order:
// every cleanup hook of every instance in one env-wide LIFO order (async hooks start at
// their LIFO position and are awaited before the env is finished), live thread-safe
// functions are closed, and finally teardown finalizers and instance-data finalizers run
// in reverse order of registration (instance data takes its position from its latest
// SetData). LocalKey values are dropped and the instance is marked closed last, at the
// position of the instance's creation. During all of this JS cannot run: Instance.Call
// returns ErrCannotRunJS; stored references can still be read.
//
// Deliberate difference from Node (rule E7.2): in the embedding API an env always tears
// down fully, also after process.exit or an uncaught error, because the host process lives
// on and skipped hooks would be real leaks. The gonode CLI (runtime.Config.FastExit)
// reproduces Node's main-thread behaviour, where process.exit and an uncaught exception
// skip cleanup hooks and finalizers.
package addon
