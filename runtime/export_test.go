package runtime

// BuiltinLoaded reports whether builtin id has been loaded in the env. Call it on the
// loop goroutine, or once the env has finished.
func (e *Env) BuiltinLoaded(id string) bool { return e.loop.loader.Loaded(id) }
