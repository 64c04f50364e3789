package runtime

import (
	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime/internal/jslib"
)

// ForkSupport is a Config.Setup function for envs whose ExecPath is a gonode binary (a
// program whose main is cli.Main); the gonode command line installs it in every env it
// creates (workers inherit it with the rest of Config.Setup). With it:
//
//   - child_process.fork() runs process.execPath when options.execPath is not given, as
//     Node re-runs itself;
//   - on the main thread (ThreadID 0), an IPC channel inherited from a forking parent
//     (NODE_CHANNEL_FD in process.env, removed from it as Node does) becomes
//     process.send, process.channel, process.connected, process.disconnect and the
//     process 'message' / 'disconnect' events, as in a Node child. The parent may be
//     gonode or node: the wire formats are Node's ('json' and 'advanced').
//
// Without it (the default for embedded envs, whose executable is the embedding program),
// fork() needs an explicit options.execPath, and NODE_CHANNEL_FD is left alone: the
// descriptor belongs to the embedding process, not to one of its envs. Setup runs it on
// the loop goroutine. A NODE_CHANNEL_FD that is not a socket only warns and leaves
// process.send undefined (Node sets up a channel whose sends fail); other errors make
// New fail.
func ForkSupport(e *Env) error {
	jslib.EnableFork(e.loop.loader)
	if e.cfg.ThreadID != 0 {
		return nil
	}
	if fd, _ := e.cfg.EnvVars.Get("NODE_CHANNEL_FD"); fd == "" {
		return nil
	}
	cp, err := e.Require("internal/child_process")
	if err != nil {
		return err
	}
	setup, ok := goja.AssertFunction(cp.ToObject(e.vm).Get("setupChildProcessIpcChannel"))
	if !ok {
		return errString("gonode: internal/child_process has no setupChildProcessIpcChannel")
	}
	_, err = setup(goja.Undefined())
	return err
}
