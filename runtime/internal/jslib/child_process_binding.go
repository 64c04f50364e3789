//go:build unix

package jslib

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// internalBinding('child_process'): processes started with os/exec for gonode's port of
// lib/child_process.js (in Node: process_wrap, pipe_wrap and spawn_sync).
//
//	binding.setup(toBuffer)                    // (ArrayBuffer) -> Buffer
//	h = binding.spawn(options, onexit)         // onexit(exitCode, signo) runs on the loop
//	h.err, h.pid, h.pipes[i]                   // h.err: 0 or a negative errno
//	h.kill(signo) -> 0 | -errno;  h.ref(); h.unref(); h.close()
//	readable pipe: p.readStart(onread); p.readStop(); onread(buffer) then onread(null, errno?) at EOF
//	writable pipe: p.write(bytes, cb(errno)); p.shutdown(cb(errno))
//	every pipe:    p.close(); p.ref(); p.unref()
//	binding.spawnSync(options) -> { error?, status, signal, output, pid }
//	binding.openIPC(fd)                        // a forked child's channel (child_process_ipc.go)
//
// options: file, args (args[0] is argv0), cwd, envPairs, stdio (objects with type
// 'pipe' | 'ignore' | 'inherit' | 'fd' | 'ipc' and fd; for spawnSync also input),
// detached, uid, gid; spawnSync also timeout, killSignal, maxBuffer. An 'ipc' entry gives
// the child one end of a new socketpair at that index and h.pipes[i] the IPC channel on
// the other end (also when the spawn fails: a channel whose peer is closed, as libuv's).
//
// A running process keeps the env's loop alive until its exit is delivered, a readable
// pipe until its end (or close), a writable pipe while writes are pending.
func init() { Bindings["child_process"] = newChildProcessBinding }

type cpBinding struct {
	vm       *goja.Runtime
	toBuffer goja.Callable
}

func newChildProcessBinding(vm *goja.Runtime) *goja.Object {
	b := &cpBinding{vm: vm}
	o := vm.NewObject()
	_ = o.Set("setup", func(call goja.FunctionCall) goja.Value {
		b.toBuffer, _ = goja.AssertFunction(call.Argument(0))
		return goja.Undefined()
	})
	_ = o.Set("spawn", b.spawn)
	_ = o.Set("spawnSync", b.spawnSync)
	_ = o.Set("openIPC", b.openIPC)
	return o
}

func (b *cpBinding) buffer(data []byte) goja.Value {
	ab := b.vm.NewArrayBuffer(data)
	if b.toBuffer == nil {
		return b.vm.ToValue(ab)
	}
	return callJS(b.toBuffer, goja.Undefined(), b.vm.ToValue(ab))
}

// spawnSpec is the parsed spawn options.
type spawnSpec struct {
	file     string
	args     []string
	cwd      string
	env      []string
	stdio    []stdioSpec
	detached bool
	uid, gid *uint32

	// spawnSync only
	timeout    time.Duration
	killSignal syscall.Signal
	maxBuffer  float64
}

type stdioSpec struct {
	kind  string // pipe, ignore, inherit, fd, ipc
	fd    int
	input []byte
}

func (b *cpBinding) parse(opts *goja.Object, h Host) *spawnSpec {
	vm := b.vm
	s := &spawnSpec{file: opts.Get("file").String()}
	if a, ok := opts.Get("args").(*goja.Object); ok {
		n := toInt(a.Get("length"))
		for i := 0; i < n; i++ {
			s.args = append(s.args, a.Get(itoa(i)).String())
		}
	}
	if len(s.args) == 0 {
		s.args = []string{s.file}
	}
	s.cwd = h.Cwd()
	if c := opts.Get("cwd"); c != nil && !goja.IsUndefined(c) && !goja.IsNull(c) {
		cwd := c.String()
		if bs := bytesOfValue(vm, c); bs != nil {
			cwd = string(bs)
		}
		s.cwd = resolvePath(h, cwd)
	}
	if e, ok := opts.Get("envPairs").(*goja.Object); ok {
		n := toInt(e.Get("length"))
		for i := 0; i < n; i++ {
			s.env = append(s.env, e.Get(itoa(i)).String())
		}
	}
	if st, ok := opts.Get("stdio").(*goja.Object); ok {
		n := toInt(st.Get("length"))
		for i := 0; i < n; i++ {
			spec := stdioSpec{kind: "ignore"}
			if o, ok := st.Get(itoa(i)).(*goja.Object); ok {
				spec.kind = o.Get("type").String()
				if spec.kind == "overlapped" {
					spec.kind = "pipe"
				}
				if fd := o.Get("fd"); fd != nil && !goja.IsUndefined(fd) {
					spec.fd = toInt(fd)
				}
				if in := o.Get("input"); in != nil && !goja.IsUndefined(in) && !goja.IsNull(in) {
					spec.input = append([]byte(nil), bytesOfValue(vm, in)...)
				}
			}
			s.stdio = append(s.stdio, spec)
		}
	}
	for len(s.stdio) < 3 {
		s.stdio = append(s.stdio, stdioSpec{kind: "pipe"})
	}
	s.detached = opts.Get("detached").ToBoolean()
	if v := opts.Get("uid"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		u := uint32(v.ToInteger())
		s.uid = &u
	}
	if v := opts.Get("gid"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		g := uint32(v.ToInteger())
		s.gid = &g
	}
	if v := opts.Get("timeout"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		s.timeout = time.Duration(v.ToInteger()) * time.Millisecond
	}
	s.killSignal = syscall.SIGTERM
	if v := opts.Get("killSignal"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		s.killSignal = syscall.Signal(v.ToInteger())
	}
	if v := opts.Get("maxBuffer"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		s.maxBuffer = v.ToFloat()
	}
	return s
}

func bytesOfValue(vm *goja.Runtime, v goja.Value) []byte {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	var bs []byte
	if err := vm.ExportTo(o, &bs); err != nil {
		return nil
	}
	return bs
}

// lookPath finds file like libuv's execvp with the child's environment: a name without
// a slash is searched in the child's PATH.
func lookPath(file string, env []string, cwd string) (string, error) {
	if strings.Contains(file, "/") {
		p := file
		if !filepath.IsAbs(p) {
			p = filepath.Join(cwd, p)
		}
		return p, checkExec(p)
	}
	path, found := "", false
	for _, kv := range env {
		if strings.HasPrefix(kv, "PATH=") {
			path, found = kv[5:], true
		}
	}
	if !found {
		path = "/usr/local/bin:/bin:/usr/bin"
	}
	var firstErr error = unix.ENOENT
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, file)
		if !filepath.IsAbs(p) {
			p = filepath.Join(cwd, p)
		}
		err := checkExec(p)
		if err == nil {
			return p, nil
		}
		if err == unix.EACCES {
			firstErr = err
		}
	}
	return "", firstErr
}

func checkExec(p string) error {
	var st unix.Stat_t
	if err := unix.Stat(p, &st); err != nil {
		return err
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return unix.EACCES
	}
	return unix.Access(p, unix.X_OK)
}

// ipcIndex is the index of the 'ipc' stdio entry, or -1.
func (s *spawnSpec) ipcIndex() int {
	for i, sp := range s.stdio {
		if sp.kind == "ipc" {
			return i
		}
	}
	return -1
}

// start prepares and starts cmd. The pipe ends for the parent are returned by index
// (readers for the child's output, writers for its input), and the parent's end of an
// IPC channel as a descriptor (-1 without one).
func (s *spawnSpec) start() (*exec.Cmd, []*os.File, int, syscall.Errno) {
	path, err := lookPath(s.file, s.env, s.cwd)
	if err != nil {
		return nil, nil, -1, errnoOf(err)
	}
	if st, err := os.Stat(s.cwd); err != nil || !st.IsDir() {
		if err != nil {
			return nil, nil, -1, errnoOf(err)
		}
		return nil, nil, -1, unix.ENOTDIR
	}
	cmd := &exec.Cmd{Path: path, Args: s.args, Dir: s.cwd, Env: s.env}
	if cmd.Env == nil {
		cmd.Env = []string{}
	}
	attr := &syscall.SysProcAttr{}
	if s.detached {
		attr.Setsid = true
	}
	if s.uid != nil || s.gid != nil {
		cred := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), NoSetGroups: true}
		if s.uid != nil {
			cred.Uid = *s.uid
		}
		if s.gid != nil {
			cred.Gid = *s.gid
		}
		attr.Credential = cred
	}
	cmd.SysProcAttr = attr
	parent := make([]*os.File, len(s.stdio))
	ipcParent := -1
	var childEnds []*os.File
	closeAll := func() {
		for _, f := range parent {
			if f != nil {
				f.Close()
			}
		}
		for _, f := range childEnds {
			f.Close()
		}
		if ipcParent >= 0 {
			unix.Close(ipcParent)
		}
	}
	files := make([]*os.File, len(s.stdio))
	for i, sp := range s.stdio {
		switch sp.kind {
		case "pipe":
			r, w, err := os.Pipe()
			if err != nil {
				closeAll()
				return nil, nil, -1, errnoOf(err)
			}
			if i == 0 {
				files[i], parent[i] = r, w
				childEnds = append(childEnds, r)
			} else {
				files[i], parent[i] = w, r
				childEnds = append(childEnds, w)
			}
		case "ipc":
			p, child, err := ipcSocketpair()
			if err != nil {
				closeAll()
				return nil, nil, -1, errnoOf(err)
			}
			ipcParent = p
			files[i] = child
			childEnds = append(childEnds, child)
		case "inherit", "fd":
			fd := sp.fd
			if sp.kind == "inherit" {
				fd = i
			}
			switch fd {
			case 0:
				files[i] = os.Stdin
			case 1:
				files[i] = os.Stdout
			case 2:
				files[i] = os.Stderr
			default:
				// A duplicate: an *os.File closes its fd when collected.
				dup, err := unix.Dup(fd)
				if err != nil {
					closeAll()
					return nil, nil, -1, errnoOf(err)
				}
				unix.CloseOnExec(dup)
				files[i] = os.NewFile(uintptr(dup), "fd")
				childEnds = append(childEnds, files[i])
			}
		default: // ignore
			if i < 3 {
				f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
				if err != nil {
					closeAll()
					return nil, nil, -1, errnoOf(err)
				}
				files[i] = f
				childEnds = append(childEnds, f)
			}
		}
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = files[0], files[1], files[2]
	if len(files) > 3 {
		cmd.ExtraFiles = files[3:]
	}
	if err := cmd.Start(); err != nil {
		closeAll()
		return nil, nil, -1, errnoOf(err)
	}
	for _, f := range childEnds {
		f.Close()
	}
	return cmd, parent, ipcParent, 0
}

// waitStatus returns the exit code and terminating signal of a finished command.
func waitStatus(state *os.ProcessState) (int, int) {
	if ws, ok := state.Sys().(syscall.WaitStatus); ok {
		if ws.Signaled() {
			return 0, int(ws.Signal())
		}
		return ws.ExitStatus(), 0
	}
	return state.ExitCode(), 0
}

// holder is a ref-able keep-alive of the env's loop.
type holder struct {
	mu      sync.Mutex
	h       Host
	release func()
	ref     bool
	closed  bool
}

func newHolder(h Host) *holder {
	return &holder{h: h, release: h.Hold(), ref: true}
}

func (k *holder) Ref() {
	k.mu.Lock()
	defer k.mu.Unlock()
	if !k.ref && !k.closed {
		k.ref = true
		k.release = k.h.Hold()
	}
}

func (k *holder) Unref() {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.ref {
		k.ref = false
		k.release()
	}
}

func (k *holder) Close() {
	k.mu.Lock()
	defer k.mu.Unlock()
	if !k.closed {
		k.closed = true
		if k.ref {
			k.ref = false
			k.release()
		}
	}
}

func (b *cpBinding) spawn(call goja.FunctionCall) goja.Value {
	vm := b.vm
	h := hostOf(vm)
	opts := call.Argument(0).ToObject(vm)
	onexit, _ := goja.AssertFunction(call.Argument(1))
	s := b.parse(opts, h)
	obj := vm.NewObject()
	cmd, parent, ipcFD, errno := s.start()
	if errno != 0 {
		_ = obj.Set("err", -int(errno))
		_ = obj.Set("pid", 0)
		pipes := vm.NewArray()
		if i := s.ipcIndex(); i >= 0 {
			// As libuv leaves it: a channel whose other end is already closed.
			if p, child, err := ipcSocketpair(); err == nil {
				child.Close()
				if c, err := b.newIPCChannel(h, p); err == nil {
					_ = pipes.Set(itoa(i), c.obj)
				}
			}
		}
		_ = obj.Set("pipes", pipes)
		return obj
	}
	_ = obj.Set("err", 0)
	_ = obj.Set("pid", cmd.Process.Pid)
	keep := newHolder(h)
	pio := &procIO{b: b, h: h}
	var exitMu sync.Mutex
	exited := false
	exitTask := func(code, sig int) func() {
		return func() {
			exitMu.Lock()
			exited = true
			exitMu.Unlock()
			keep.Close()
			if onexit != nil {
				callJS(onexit, goja.Undefined(), vm.ToValue(code), vm.ToValue(sig))
			}
		}
	}
	pio.exitTask = exitTask
	pipes := make([]any, len(parent))
	var ipc *ipcChannel
	for i, f := range parent {
		switch {
		case i == s.ipcIndex() && ipcFD >= 0:
			pipes[i] = goja.Null()
			if c, err := b.newIPCChannel(h, ipcFD); err == nil {
				ipc = c
				pipes[i] = c.obj
			}
		case f == nil:
			pipes[i] = goja.Null()
		case i == 0:
			pipes[i] = b.writePipe(h, f)
		default:
			pipes[i] = pio.add(f)
		}
	}
	_ = obj.Set("pipes", vm.NewArray(pipes...))
	if len(pio.pipes) == 0 || pio.start() != nil {
		// No output pipes (or no poller): the exit is queued directly.
		pio = nil
	}
	go func() {
		_ = cmd.Wait()
		code, sig := waitStatus(cmd.ProcessState)
		if ipc != nil {
			// The end of the channel first: Node emits 'disconnect' before 'exit'.
			ipc.awaitEnd(ipcExitWait)
		}
		if pio != nil {
			pio.processExited(code, sig)
			return
		}
		if !h.Enqueue(exitTask(code, sig)) {
			keep.Close()
		}
	}()
	_ = obj.Set("kill", func(c goja.FunctionCall) goja.Value {
		exitMu.Lock()
		done := exited
		exitMu.Unlock()
		if done {
			return vm.ToValue(-int(unix.ESRCH))
		}
		sig := syscall.Signal(c.Argument(0).ToInteger())
		if err := cmd.Process.Signal(sig); err != nil {
			if errors.Is(err, os.ErrProcessDone) {
				return vm.ToValue(-int(unix.ESRCH))
			}
			return vm.ToValue(-int(errnoOf(err)))
		}
		return vm.ToValue(0)
	})
	_ = obj.Set("ref", func(goja.FunctionCall) goja.Value { keep.Ref(); return goja.Undefined() })
	_ = obj.Set("unref", func(goja.FunctionCall) goja.Value { keep.Unref(); return goja.Undefined() })
	_ = obj.Set("hasRef", func(goja.FunctionCall) goja.Value {
		keep.mu.Lock()
		defer keep.mu.Unlock()
		return vm.ToValue(keep.ref)
	})
	_ = obj.Set("close", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	return obj
}

// procIO reads a child's output pipes on one goroutine that polls them together, so
// that output arrives in the order the child wrote it (as with libuv's loop), output
// written before the child exited is delivered before the exit, and the end of the
// output after it (Node's usual order).
type procIO struct {
	b        *cpBinding
	h        Host
	exitTask func(code, sig int) func()

	mu           sync.Mutex
	pipes        []*outPipe
	wakeR, wakeW int
	exitPending  bool
	exitCode     int
	exitSig      int
	exitDone     bool
	running      bool
	// outbox holds tasks for the env, queued under mu and handed to Host.Enqueue by
	// flush once mu is released: the tasks themselves take mu, so Enqueue must never
	// run while it is held (a host whose Enqueue can wait would deadlock).
	outbox []posted
}

type posted struct {
	task    func()
	dropped func() // runs if the env no longer takes tasks; may be nil
}

// post queues task for the env. pio.mu is held.
func (pio *procIO) post(task, dropped func()) {
	pio.outbox = append(pio.outbox, posted{task, dropped})
}

// flush hands the queued tasks to the host in order. pio.mu must not be held; only the
// reader goroutine (run) calls it, so tasks keep their order.
func (pio *procIO) flush() {
	pio.mu.Lock()
	out := pio.outbox
	pio.outbox = nil
	pio.mu.Unlock()
	for _, p := range out {
		if !pio.h.Enqueue(p.task) && p.dropped != nil {
			p.dropped()
		}
	}
}

// outPipe is the parent's end of a child's stdout, stderr or other output.
type outPipe struct {
	io      *procIO
	f       *os.File
	fd      int
	keep    *holder
	reading bool
	closed  bool // closed by JS
	fdOpen  bool
	eof     bool      // end read (its delivery may wait for the exit)
	eofErr  int       // errno of a failed read, delivered as the end
	eofAt   time.Time // when the end was read
	eofSent bool
	onread  goja.Callable
}

// eofWait bounds how long the end of an output waits for the process's exit.
const eofWait = 20 * time.Millisecond

func (pio *procIO) add(f *os.File) *goja.Object {
	p := &outPipe{io: pio, f: f, fd: int(f.Fd()), keep: newHolder(pio.h), fdOpen: true}
	_ = unix.SetNonblock(p.fd, true)
	pio.pipes = append(pio.pipes, p)
	return p.object()
}

func (pio *procIO) start() error {
	var fds [2]int
	if err := unix.Pipe2(fds[:], unix.O_CLOEXEC|unix.O_NONBLOCK); err != nil {
		return err
	}
	pio.wakeR, pio.wakeW = fds[0], fds[1]
	pio.running = true
	go pio.run()
	return nil
}

func (pio *procIO) wake() {
	pio.mu.Lock()
	defer pio.mu.Unlock()
	if pio.running {
		_, _ = unix.Write(pio.wakeW, []byte{0})
	}
}

func (pio *procIO) processExited(code, sig int) {
	pio.mu.Lock()
	pio.exitPending = true
	pio.exitCode, pio.exitSig = code, sig
	pio.mu.Unlock()
	pio.wake()
}

func (pio *procIO) run() {
	buf := make([]byte, 64*1024)
	var drain [64]byte
	for {
		pio.mu.Lock()
		pfds := []unix.PollFd{{Fd: int32(pio.wakeR), Events: unix.POLLIN}}
		var active []*outPipe
		done := pio.exitDone
		timeout := -1
		now := time.Now()
		for _, p := range pio.pipes {
			if p.closed && p.fdOpen {
				p.fdOpen = false
				p.f.Close()
			}
			if !p.closed && !p.eofSent {
				done = false
			}
			if p.eof && !p.eofSent && !p.closed {
				if pio.exitDone || now.Sub(p.eofAt) >= eofWait {
					pio.sendEOF(p)
				} else if ms := int((eofWait-now.Sub(p.eofAt))/time.Millisecond) + 1; timeout < 0 || ms < timeout {
					timeout = ms
				}
				continue
			}
			if p.reading && !p.closed && !p.eof {
				pfds = append(pfds, unix.PollFd{Fd: int32(p.fd), Events: unix.POLLIN})
				active = append(active, p)
			}
		}
		if pio.exitPending && !pio.exitDone {
			// Everything the child wrote before exiting goes first.
			for _, p := range active {
				for !p.eof {
					if !pio.readOnce(p, buf) {
						break
					}
				}
			}
			pio.exitDone = true
			pio.post(pio.exitTask(pio.exitCode, pio.exitSig), nil)
			pio.mu.Unlock()
			pio.flush()
			continue
		}
		if done {
			pio.running = false
			for _, p := range pio.pipes {
				if p.fdOpen {
					p.fdOpen = false
					p.f.Close()
				}
			}
			pio.mu.Unlock()
			pio.flush()
			unix.Close(pio.wakeR)
			unix.Close(pio.wakeW)
			return
		}
		pio.mu.Unlock()
		pio.flush()
		if _, err := unix.Poll(pfds, timeout); err != nil && err != unix.EINTR {
			time.Sleep(time.Millisecond)
		}
		if pfds[0].Revents != 0 {
			for {
				if n, err := unix.Read(pio.wakeR, drain[:]); n <= 0 || err != nil {
					break
				}
			}
		}
		pio.mu.Lock()
		for i, p := range active {
			if pfds[i+1].Revents != 0 && p.reading && !p.closed && !p.eof {
				pio.readOnce(p, buf)
			}
		}
		pio.mu.Unlock()
		pio.flush()
	}
}

// readOnce reads what is available from p and queues it; false if nothing was.
// pio.mu is held.
func (pio *procIO) readOnce(p *outPipe, buf []byte) bool {
	n, err := unix.Read(p.fd, buf)
	if err == unix.EAGAIN || err == unix.EINTR {
		return false
	}
	if err != nil || n == 0 {
		p.eof = true
		p.eofAt = time.Now()
		if err != nil {
			p.eofErr = -int(errnoOf(err))
		}
		return false
	}
	data := append([]byte(nil), buf[:n]...)
	b := pio.b
	pio.post(func() {
		pio.mu.Lock()
		closed, cb := p.closed, p.onread
		pio.mu.Unlock()
		if closed || cb == nil {
			return
		}
		callJS(cb, goja.Undefined(), b.buffer(data))
	}, p.keep.Close)
	return true
}

// sendEOF queues the end of p's output. pio.mu is held.
func (pio *procIO) sendEOF(p *outPipe) {
	p.eofSent = true
	errno := p.eofErr
	vm := pio.b.vm
	pio.post(func() {
		p.keep.Close()
		pio.mu.Lock()
		closed, cb := p.closed, p.onread
		pio.mu.Unlock()
		if closed || cb == nil {
			return
		}
		if errno != 0 {
			callJS(cb, goja.Undefined(), goja.Null(), vm.ToValue(errno))
		} else {
			callJS(cb, goja.Undefined(), goja.Null())
		}
	}, p.keep.Close)
}

func (p *outPipe) object() *goja.Object {
	pio := p.io
	vm := pio.b.vm
	o := vm.NewObject()
	_ = o.Set("readStart", func(c goja.FunctionCall) goja.Value {
		pio.mu.Lock()
		if fn, ok := goja.AssertFunction(c.Argument(0)); ok {
			p.onread = fn
		}
		p.reading = true
		pio.mu.Unlock()
		pio.wake()
		return goja.Undefined()
	})
	_ = o.Set("readStop", func(goja.FunctionCall) goja.Value {
		pio.mu.Lock()
		p.reading = false
		pio.mu.Unlock()
		return goja.Undefined()
	})
	_ = o.Set("close", func(goja.FunctionCall) goja.Value {
		pio.mu.Lock()
		p.closed = true
		if !pio.running && p.fdOpen {
			p.fdOpen = false
			p.f.Close()
		}
		pio.mu.Unlock()
		p.keep.Close()
		pio.wake()
		return goja.Undefined()
	})
	_ = o.Set("ref", func(goja.FunctionCall) goja.Value { p.keep.Ref(); return goja.Undefined() })
	_ = o.Set("unref", func(goja.FunctionCall) goja.Value { p.keep.Unref(); return goja.Undefined() })
	return o
}

// writePipe is the parent's end of a child's input; writes run in order on a queue.
func (b *cpBinding) writePipe(h Host, f *os.File) *goja.Object {
	vm := b.vm
	p := vm.NewObject()
	var q workQueue
	var mu sync.Mutex
	closed := false
	refd := true
	// The pipe keeps the loop alive only while a write or shutdown is pending.
	submit := func(work func() int, cb goja.Value) {
		release := func() {}
		mu.Lock()
		if refd {
			release = h.Hold()
		}
		mu.Unlock()
		fn, _ := goja.AssertFunction(cb)
		q.push(func() {
			errno := work()
			if !h.Enqueue(func() {
				release()
				if fn != nil {
					callJS(fn, goja.Undefined(), vm.ToValue(errno))
				}
			}) {
				release()
			}
		})
	}
	_ = p.Set("write", func(c goja.FunctionCall) goja.Value {
		data := append([]byte(nil), bytesOfValue(vm, c.Argument(0))...)
		submit(func() int {
			mu.Lock()
			isClosed := closed
			mu.Unlock()
			if isClosed {
				return -int(unix.EBADF)
			}
			if _, err := f.Write(data); err != nil {
				return -int(errnoOf(err))
			}
			return 0
		}, c.Argument(1))
		return goja.Undefined()
	})
	_ = p.Set("shutdown", func(c goja.FunctionCall) goja.Value {
		submit(func() int {
			mu.Lock()
			defer mu.Unlock()
			if !closed {
				closed = true
				f.Close()
			}
			return 0
		}, c.Argument(0))
		return goja.Undefined()
	})
	_ = p.Set("close", func(goja.FunctionCall) goja.Value {
		q.push(func() {
			mu.Lock()
			defer mu.Unlock()
			if !closed {
				closed = true
				f.Close()
			}
		})
		return goja.Undefined()
	})
	_ = p.Set("ref", func(goja.FunctionCall) goja.Value {
		mu.Lock()
		refd = true
		mu.Unlock()
		return goja.Undefined()
	})
	_ = p.Set("unref", func(goja.FunctionCall) goja.Value {
		mu.Lock()
		refd = false
		mu.Unlock()
		return goja.Undefined()
	})
	return p
}

// spawnSync runs a process to completion on the loop goroutine (Node's spawn_sync).
func (b *cpBinding) spawnSync(call goja.FunctionCall) goja.Value {
	vm := b.vm
	h := hostOf(vm)
	s := b.parse(call.Argument(0).ToObject(vm), h)
	result := vm.NewObject()
	cmd, parent, _, errno := s.start()
	if errno != 0 {
		_ = result.Set("error", -int(errno))
		_ = result.Set("status", goja.Null())
		_ = result.Set("signal", goja.Null())
		_ = result.Set("output", goja.Null())
		_ = result.Set("pid", 0)
		return result
	}
	var (
		mu       sync.Mutex
		wg       sync.WaitGroup
		total    float64
		killed   bool
		errValue syscall.Errno
	)
	// A kill also stops the wait for the output (a grandchild may hold the pipes), as
	// Node's SyncProcessRunner closes the stdio pipes when it kills.
	kill := func(why syscall.Errno) {
		mu.Lock()
		defer mu.Unlock()
		if !killed {
			killed = true
			errValue = why
			_ = cmd.Process.Signal(s.killSignal)
			for i, f := range parent {
				if i > 0 && f != nil {
					f.Close()
				}
			}
		}
	}
	outputs := make([][]byte, len(parent))
	for i, f := range parent {
		if f == nil {
			continue
		}
		if i == 0 {
			input := s.stdio[0].input
			wg.Add(1)
			go func(f *os.File) {
				defer wg.Done()
				if len(input) > 0 {
					_, _ = f.Write(input)
				}
				f.Close()
			}(f)
			continue
		}
		outputs[i] = []byte{}
		wg.Add(1)
		go func(i int, f *os.File) {
			defer wg.Done()
			defer f.Close()
			buf := make([]byte, 64*1024)
			for {
				n, err := f.Read(buf)
				if n > 0 {
					mu.Lock()
					outputs[i] = append(outputs[i], buf[:n]...)
					total += float64(n)
					over := s.maxBuffer > 0 && total > s.maxBuffer
					mu.Unlock()
					if over {
						kill(unix.ENOBUFS)
					}
				}
				if err != nil {
					return
				}
			}
		}(i, f)
	}
	waited := make(chan struct{})
	go func() {
		wg.Wait()
		_ = cmd.Wait()
		close(waited)
	}()
	var timeout <-chan time.Time
	if s.timeout > 0 {
		t := time.NewTimer(s.timeout)
		defer t.Stop()
		timeout = t.C
	}
	for done := false; !done; {
		select {
		case <-waited:
			done = true
		case <-timeout:
			kill(unix.ETIMEDOUT)
			timeout = nil
		case <-h.Done():
			kill(unix.EINTR)
			_ = cmd.Process.Kill()
			<-waited
			done = true
		}
	}
	code, sig := waitStatus(cmd.ProcessState)
	mu.Lock()
	defer mu.Unlock()
	if errValue != 0 {
		_ = result.Set("error", -int(errValue))
	}
	if sig != 0 {
		_ = result.Set("status", goja.Null())
		_ = result.Set("signal", unix.SignalName(syscall.Signal(sig)))
	} else {
		_ = result.Set("status", code)
		_ = result.Set("signal", goja.Null())
	}
	out := make([]any, len(outputs))
	for i, data := range outputs {
		if data == nil {
			out[i] = goja.Null()
		} else {
			out[i] = b.buffer(data)
		}
	}
	_ = result.Set("output", vm.NewArray(out...))
	_ = result.Set("pid", cmd.Process.Pid)
	return result
}
