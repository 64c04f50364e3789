//go:build unix

package jslib

import (
	"errors"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// IPC channels of child_process (Node's Pipe with PipeConstants.IPC): one end of a Unix
// stream socket carrying messages in Node's 'json' or 'advanced' serialization (framed in
// JS by internal/child_process/serialization). A parent gets its end from spawn with an
// 'ipc' stdio entry (h.pipes[i]); a forked child opens the fd it inherited:
//
//	ch = binding.openIPC(fd)            // never throws: ch.err is 0 or a negative errno
//	ch.readStart()                      // ch.onread(buffer) per chunk, ch.onread(null) at the end
//	ch.writeUtf8String(req, string)     // 0 or -errno; req.async = true if queued, and then
//	                                    // req.oncomplete(errno) runs once it is written
//	ch.writeBuffer(req, bytes)          // the same for bytes (copied)
//	ch.writeQueueSize                   // bytes queued, not yet written
//	ch.ref(); ch.unref(); ch.close(); ch.fd
//
// The channel keeps the env's loop alive while it is ref'd and open (Node: an active
// handle), from its creation until close. Its goroutines (a reader once reading starts,
// a writer while writes are queued, a watcher of the env's termination) all end when the
// channel is closed or the env is done.

// ipcExitWait bounds how long a child's exit waits for the end of its IPC channel to be
// read, so that 'disconnect' comes before 'exit' as it normally does in Node (the kernel
// closes the child's end before the parent can reap it, so the end is usually there).
const ipcExitWait = 200 * time.Millisecond

type ipcChannel struct {
	b    *cpBinding
	h    Host
	f    *os.File
	rc   syscall.RawConn
	fd   int
	keep *holder
	obj  *goja.Object

	mu      sync.Mutex
	closed  bool
	reading bool
	writing bool          // the writer goroutine runs
	queue   []ipcWrite    // writes not yet (fully) written
	queued  int           // bytes in queue
	stop    chan struct{} // closed by close
	ended   chan struct{} // closed when the reader has queued its last delivery, or at close
	endOnce sync.Once
}

type ipcWrite struct {
	data []byte
	req  *goja.Object // loop goroutine only
}

// newIPCChannel wraps fd (which it owns from now on) as a channel of the env of vm.
func (b *cpBinding) newIPCChannel(h Host, fd int) (*ipcChannel, error) {
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return nil, err
	}
	unix.CloseOnExec(fd)
	f := os.NewFile(uintptr(fd), "ipc")
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, err
	}
	c := &ipcChannel{
		b: b, h: h, f: f, rc: rc, fd: fd,
		keep:  newHolder(h),
		stop:  make(chan struct{}),
		ended: make(chan struct{}),
	}
	go c.watch()
	c.obj = c.object()
	return c, nil
}

// watch closes the channel when the env ends; it returns when the channel closes.
func (c *ipcChannel) watch() {
	select {
	case <-c.h.Done():
		c.close()
	case <-c.stop:
	}
}

func (c *ipcChannel) end() { c.endOnce.Do(func() { close(c.ended) }) }

// close closes the socket (interrupting the reader and the writer) and releases the
// loop. Any goroutine; idempotent.
func (c *ipcChannel) close() {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	close(c.stop)
	c.mu.Unlock()
	c.f.Close()
	c.keep.Close()
	c.end()
}

func (c *ipcChannel) isClosed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.closed
}

// awaitEnd waits until the reader has queued the end of the channel (or the channel is
// closed), for at most d.
func (c *ipcChannel) awaitEnd(d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-c.ended:
	case <-c.stop:
	case <-t.C:
	}
}

func (c *ipcChannel) readStart() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.reading || c.closed {
		return
	}
	c.reading = true
	go c.read()
}

// read delivers what arrives, one macrotask per chunk, then the end (EOF or an error:
// Node's IPC onread treats both as the end of the channel).
func (c *ipcChannel) read() {
	defer c.end()
	buf := make([]byte, 64*1024)
	for {
		n, err := c.f.Read(buf)
		if n > 0 {
			data := append([]byte(nil), buf[:n]...)
			if !c.h.Enqueue(func() { c.deliver(data) }) {
				c.close()
				return
			}
		}
		if err != nil {
			if c.isClosed() {
				return
			}
			if !c.h.Enqueue(func() { c.deliver(nil) }) {
				c.close()
			}
			return
		}
	}
}

// deliver calls ch.onread on the loop goroutine (unless JS closed the channel meanwhile).
func (c *ipcChannel) deliver(data []byte) {
	if c.isClosed() {
		return
	}
	fn, ok := goja.AssertFunction(c.obj.Get("onread"))
	if !ok {
		return
	}
	if data == nil {
		callJS(fn, c.obj, goja.Null())
		return
	}
	callJS(fn, c.obj, c.b.buffer(data))
}

// tryWrite writes what the socket takes now without blocking. mu is held.
func (c *ipcChannel) tryWrite(data []byte) (int, error) {
	var n int
	var werr error
	err := c.rc.Write(func(fd uintptr) bool {
		for len(data) > n {
			m, e := unix.Write(int(fd), data[n:])
			if e == unix.EINTR {
				continue
			}
			if e != nil {
				werr = e
				break
			}
			n += m
		}
		return true
	})
	if err != nil {
		return n, err
	}
	if werr == unix.EAGAIN {
		werr = nil
	}
	return n, werr
}

// write sends data, or queues what the socket does not take at once (async). Loop
// goroutine.
func (c *ipcChannel) write(data []byte, req *goja.Object) (errno int, async bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return -int(unix.EBADF), false
	}
	if !c.writing && len(c.queue) == 0 {
		n, err := c.tryWrite(data)
		if err != nil {
			return -int(errnoOf(err)), false
		}
		if n == len(data) {
			return 0, false
		}
		data = data[n:]
	}
	c.queue = append(c.queue, ipcWrite{data: data, req: req})
	c.queued += len(data)
	if !c.writing {
		c.writing = true
		go c.writeQueued()
	}
	return 0, true
}

// writeQueued writes the queue in order, reporting each completion to the loop; it ends
// when the queue is empty or the channel closes (pending writes then fail with ECANCELED).
func (c *ipcChannel) writeQueued() {
	for {
		c.mu.Lock()
		if len(c.queue) == 0 || c.closed {
			rest := c.queue
			c.queue, c.queued, c.writing = nil, 0, false
			c.mu.Unlock()
			for _, w := range rest {
				c.complete(w.req, -int(unix.ECANCELED))
			}
			return
		}
		w := c.queue[0]
		c.mu.Unlock()
		_, err := c.f.Write(w.data)
		c.mu.Lock()
		c.queue[0] = ipcWrite{}
		c.queue = c.queue[1:]
		c.queued -= len(w.data)
		c.mu.Unlock()
		status := 0
		if err != nil {
			status = -int(unix.ECANCELED)
			if !errors.Is(err, os.ErrClosed) {
				status = -int(errnoOf(err))
			}
		}
		c.complete(w.req, status)
	}
}

func (c *ipcChannel) complete(req *goja.Object, status int) {
	vm := c.b.vm
	c.h.Enqueue(func() {
		if fn, ok := goja.AssertFunction(req.Get("oncomplete")); ok {
			callJS(fn, req, vm.ToValue(status))
		}
	})
}

func (c *ipcChannel) object() *goja.Object {
	vm := c.b.vm
	o := vm.NewObject()
	_ = o.Set("err", 0)
	_ = o.Set("readStart", func(goja.FunctionCall) goja.Value {
		c.readStart()
		return vm.ToValue(0)
	})
	_ = o.Set("readStop", func(goja.FunctionCall) goja.Value { return vm.ToValue(0) })
	_ = o.Set("writeUtf8String", func(call goja.FunctionCall) goja.Value {
		req := call.Argument(0).ToObject(vm)
		errno, async := c.write([]byte(call.Argument(1).String()), req)
		_ = req.Set("async", async)
		return vm.ToValue(errno)
	})
	_ = o.Set("writeBuffer", func(call goja.FunctionCall) goja.Value {
		req := call.Argument(0).ToObject(vm)
		errno, async := c.write(append([]byte(nil), bytesOfValue(vm, call.Argument(1))...), req)
		_ = req.Set("async", async)
		return vm.ToValue(errno)
	})
	_ = o.DefineAccessorProperty("writeQueueSize", vm.ToValue(func(goja.FunctionCall) goja.Value {
		c.mu.Lock()
		defer c.mu.Unlock()
		return vm.ToValue(c.queued)
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = o.DefineAccessorProperty("fd", vm.ToValue(func(goja.FunctionCall) goja.Value {
		if c.isClosed() {
			return vm.ToValue(-1)
		}
		return vm.ToValue(c.fd)
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = o.Set("close", func(goja.FunctionCall) goja.Value {
		c.close()
		return goja.Undefined()
	})
	_ = o.Set("ref", func(goja.FunctionCall) goja.Value { c.keep.Ref(); return goja.Undefined() })
	_ = o.Set("unref", func(goja.FunctionCall) goja.Value { c.keep.Unref(); return goja.Undefined() })
	_ = o.Set("hasRef", func(goja.FunctionCall) goja.Value {
		c.keep.mu.Lock()
		defer c.keep.mu.Unlock()
		return vm.ToValue(c.keep.ref)
	})
	return o
}

// openIPC opens the channel a forking parent left at fd (NODE_CHANNEL_FD) in this process.
func (b *cpBinding) openIPC(call goja.FunctionCall) goja.Value {
	vm := b.vm
	h := hostOf(vm)
	fd := int(call.Argument(0).ToInteger())
	fail := func(errno syscall.Errno) goja.Value {
		o := vm.NewObject()
		_ = o.Set("err", -int(errno))
		return o
	}
	if fd < 0 {
		return fail(unix.EBADF)
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return fail(errnoOf(err))
	}
	if st.Mode&unix.S_IFMT != unix.S_IFSOCK {
		return fail(unix.ENOTSOCK)
	}
	c, err := b.newIPCChannel(h, fd)
	if err != nil {
		return fail(errnoOf(err))
	}
	return c.obj
}

// ipcSocketpair makes the two ends of a new channel (the child's end blocking, as
// programs expect their inherited descriptors). Both are close-on-exec: os/exec passes
// the child's end explicitly.
func ipcSocketpair() (parent int, child *os.File, err error) {
	// ForkLock: no process started meanwhile may inherit the ends (SOCK_CLOEXEC is not
	// portable).
	syscall.ForkLock.RLock()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err == nil {
		unix.CloseOnExec(fds[0])
		unix.CloseOnExec(fds[1])
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return -1, nil, err
	}
	return fds[0], os.NewFile(uintptr(fds[1]), "ipc"), nil
}

// EnableFork marks the env of l as one whose process.execPath is a gonode binary, so
// that child_process.fork() may run it (see runtime.ForkSupport).
// The flag goes on the child_process binding when that is created: most envs never
// load child_process, and building its binding in every worker would cost memory.
func EnableFork(l *Loader) {
	if b, ok := l.bindings["child_process"]; ok {
		_ = b.Set("execPathIsGonode", true)
		return
	}
	if l.LazyExtra == nil {
		l.LazyExtra = map[string]func() *goja.Object{}
	}
	l.LazyExtra["child_process"] = func() *goja.Object {
		b := newChildProcessBinding(l.VM)
		_ = b.Set("execPathIsGonode", true)
		return b
	}
}
