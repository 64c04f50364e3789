// Package withworkers is the embedding code the addon examples that spawn workers share:
// it writes the example's index.js to a directory (a worker is started from a file, as in
// Node) and runs it in an env with worker_threads and the example's addon modules. The
// same Modules list in every env is what gives the main thread and each worker its own
// addon instance.
package withworkers

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/gonode/gonode/addon"
	"github.com/gonode/gonode/runtime"
	"github.com/gonode/gonode/worker"
)

// Run writes script to dir/index.js, runs it in a new env with worker_threads and mods,
// and returns the exit code. Any goroutine but an env's loop.
func Run(ctx context.Context, dir string, script []byte, stdout, stderr io.Writer, mods ...addon.Module) (int, error) {
	path := filepath.Join(dir, "index.js")
	if err := os.WriteFile(path, script, 0o644); err != nil {
		return 1, err
	}
	cfg := runtime.Config{
		// A worker's output reaches the parent's writers through the parent's loop, but
		// once the parent has ended it is written directly: serialise the writers.
		Stdout:  &lockedWriter{w: stdout},
		Stderr:  &lockedWriter{w: stderr},
		Dir:     dir,
		Modules: addon.RuntimeModules(mods...),
	}
	worker.Install(&cfg)
	env, err := runtime.New(cfg)
	if err != nil {
		return 1, err
	}
	defer env.Close()
	return env.RunFile(ctx, path)
}

// Main runs script as Run does, in a temporary directory, on the process's stdout and
// stderr, and exits with its code. Call it from main.
func Main(name string, script []byte, mods ...addon.Module) {
	dir, err := os.MkdirTemp("", name)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code, err := Run(context.Background(), dir, script, os.Stdout, os.Stderr, mods...)
	os.RemoveAll(dir)
	if err != nil && code == 0 {
		fmt.Fprintln(os.Stderr, err)
		code = 1
	}
	os.Exit(code)
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
