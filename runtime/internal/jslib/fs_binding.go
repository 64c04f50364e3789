//go:build unix

package jslib

import (
	"errors"
	"io"
	"math"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// internalBinding('fs'): the file system calls of Node's C++ fs binding (src/node_file.cc)
// that gonode's port of lib/fs.js, lib/internal/fs/*.js uses, with the same calling
// convention. The last argument of each call selects the mode:
//
//   - undefined: synchronous; the result is returned, a failure thrown as Node's
//     UVException ("ENOENT: no such file or directory, open 'x'").
//   - an FSReqCallback: asynchronous; req.oncomplete(err) or (null, result) runs later
//     as a macrotask of the env's loop.
//   - binding.kUsePromises: asynchronous; a promise is returned.
//
// Asynchronous calls run one at a time, in submission order, on a worker goroutine per
// runtime (calls on pipes and other non-regular files get a goroutine of their own, as
// they may block indefinitely); each pending call keeps the env's loop alive.
func init() { Bindings["fs"] = newFSBinding }

type fsBinding struct {
	vm          *goja.Runtime
	obj         *goja.Object
	usePromises goja.Value

	// Set by fs.js through setup().
	makeError  goja.Callable // (errno, syscall, path, dest, async) -> Error
	toBuffer   goja.Callable // (ArrayBuffer) -> Buffer
	encode     goja.Callable // (ArrayBuffer, encoding) -> string | Buffer
	fromString goja.Callable // (string, encoding) -> Buffer
	validateFd goja.Callable // (fd) -> fd, throws Node's ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE

	queue workQueue
}

// fsErr is a failed system call, reported to JS as a UVException.
type fsErr struct {
	errno   syscall.Errno
	syscall string
	path    string
	dest    string
	hasPath bool
	hasDest bool
}

func (e *fsErr) Error() string { return e.syscall + ": " + e.errno.Error() }

func errnoOf(err error) syscall.Errno {
	var en syscall.Errno
	if errors.As(err, &en) {
		return en
	}
	if errors.Is(err, os.ErrNotExist) {
		return syscall.ENOENT
	}
	if errors.Is(err, os.ErrExist) {
		return syscall.EEXIST
	}
	if errors.Is(err, os.ErrPermission) {
		return syscall.EACCES
	}
	return syscall.EIO
}

func sysErr(err error, call string) *fsErr {
	return &fsErr{errno: errnoOf(err), syscall: call}
}

func pathErr(err error, call, path string) *fsErr {
	return &fsErr{errno: errnoOf(err), syscall: call, path: path, hasPath: true}
}

func destErr(err error, call, path, dest string) *fsErr {
	return &fsErr{errno: errnoOf(err), syscall: call, path: path, dest: dest, hasPath: true, hasDest: true}
}

// workQueue runs jobs one at a time in order on a goroutine that exits when idle.
type workQueue struct {
	mu      sync.Mutex
	jobs    []func()
	running bool
}

func (q *workQueue) push(job func()) {
	q.mu.Lock()
	q.jobs = append(q.jobs, job)
	if !q.running {
		q.running = true
		go q.loop()
	}
	q.mu.Unlock()
}

func (q *workQueue) loop() {
	for {
		q.mu.Lock()
		if len(q.jobs) == 0 {
			q.running = false
			q.mu.Unlock()
			return
		}
		job := q.jobs[0]
		q.jobs[0] = nil
		q.jobs = q.jobs[1:]
		q.mu.Unlock()
		job()
	}
}

// result builds the JS value of a completed call on the loop goroutine.
type result func() goja.Value

type fsWork func() (result, error)

func newFSBinding(vm *goja.Runtime) *goja.Object {
	b := &fsBinding{vm: vm, obj: vm.NewObject()}
	o := b.obj
	b.usePromises = vm.ToValue(goja.NewSymbol("fs_use_promises_symbol"))
	_ = o.Set("kUsePromises", b.usePromises)
	_ = o.Set("constants", fsConstants(vm))
	_ = o.Set("FSReqCallback", func(call goja.ConstructorCall) *goja.Object {
		_ = call.This.Set("cancel", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
		return call.This
	})
	_ = o.Set("setup", func(call goja.FunctionCall) goja.Value {
		b.makeError, _ = goja.AssertFunction(call.Argument(0))
		b.toBuffer, _ = goja.AssertFunction(call.Argument(1))
		b.encode, _ = goja.AssertFunction(call.Argument(2))
		b.fromString, _ = goja.AssertFunction(call.Argument(3))
		b.validateFd, _ = goja.AssertFunction(call.Argument(4))
		return goja.Undefined()
	})
	b.define()
	return o
}

func (b *fsBinding) host() Host { return hostOf(b.vm) }

// path converts a JS path (string or Buffer) and resolves it against the env's cwd;
// orig is the path as given, for error messages.
func (b *fsBinding) path(v goja.Value) (orig, abs string) {
	if s, ok := v.Export().(string); ok {
		orig = s
	} else if bs := b.bytesOf(v); bs != nil {
		orig = string(bs)
	} else {
		orig = v.String()
	}
	return orig, resolvePath(b.host(), orig)
}

func (b *fsBinding) bytesOf(v goja.Value) []byte {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	var bs []byte
	if err := b.vm.ExportTo(o, &bs); err != nil {
		return nil
	}
	return bs
}

// fd validates an fd argument as Node's binding does (an int32 >= 0).
func (b *fsBinding) fd(v goja.Value) int {
	if b.validateFd != nil {
		v = callJS(b.validateFd, goja.Undefined(), v)
	}
	return toInt(v)
}

// syncCtx runs work synchronously for the calls of fs.js that pass a context object
// (ctx.errno and ctx.syscall are set on failure instead of throwing).
func (b *fsBinding) syncCtx(ctx goja.Value, work fsWork) goja.Value {
	res, err := work()
	if err != nil {
		var fe *fsErr
		o, ok := ctx.(*goja.Object)
		if !errors.As(err, &fe) || !ok {
			panic(b.jsError(err, false))
		}
		_ = o.Set("errno", -int(fe.errno))
		_ = o.Set("syscall", fe.syscall)
		if fe.hasPath {
			_ = o.Set("path", fe.path)
		}
		if fe.hasDest {
			_ = o.Set("dest", fe.dest)
		}
		return goja.Undefined()
	}
	if res == nil {
		return goja.Undefined()
	}
	return res()
}

func isObject(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}

func toInt(v goja.Value) int {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	return int(v.ToInteger())
}

// position converts a read/write position: -1, null or undefined mean the current
// file position; a bigint is allowed.
func position(v goja.Value) int64 {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return -1
	}
	if bi, ok := v.Export().(*big.Int); ok {
		return bi.Int64()
	}
	f := v.ToFloat()
	if f < 0 || math.IsNaN(f) {
		return -1
	}
	return int64(f)
}

func (b *fsBinding) str(s string) result {
	return func() goja.Value { return b.vm.ToValue(s) }
}

func (b *fsBinding) num(n int64) result {
	return func() goja.Value { return b.vm.ToValue(n) }
}

// encoded converts a name returned by the OS with a JS encoding option.
func (b *fsBinding) encoded(s string, enc goja.Value) goja.Value {
	e := ""
	if enc != nil && !goja.IsUndefined(enc) && !goja.IsNull(enc) {
		e = strings.ToLower(enc.String())
	}
	switch e {
	case "", "utf8", "utf-8":
		return b.vm.ToValue(s)
	}
	ab := b.vm.NewArrayBuffer([]byte(s))
	if e == "buffer" && b.toBuffer != nil {
		v, err := b.toBuffer(goja.Undefined(), b.vm.ToValue(ab))
		if err != nil {
			panic(err)
		}
		return v
	}
	if b.encode != nil {
		v, err := b.encode(goja.Undefined(), b.vm.ToValue(ab), enc)
		if err != nil {
			panic(err)
		}
		return v
	}
	return b.vm.ToValue(s)
}

func (b *fsBinding) buffer(data []byte) goja.Value {
	ab := b.vm.NewArrayBuffer(data)
	if b.toBuffer == nil {
		return b.vm.ToValue(ab)
	}
	v, err := b.toBuffer(goja.Undefined(), b.vm.ToValue(ab))
	if err != nil {
		panic(err)
	}
	return v
}

// jsError converts a Go failure into the JS error of Node's binding.
func (b *fsBinding) jsError(err error, async bool) goja.Value {
	var fe *fsErr
	if !errors.As(err, &fe) {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			return ex.Value()
		}
		return b.vm.NewGoError(err)
	}
	if b.makeError == nil {
		return b.vm.NewGoError(err)
	}
	path, dest := goja.Undefined(), goja.Undefined()
	if fe.hasPath {
		path = b.vm.ToValue(fe.path)
	}
	if fe.hasDest {
		dest = b.vm.ToValue(fe.dest)
	}
	v, jerr := b.makeError(goja.Undefined(), b.vm.ToValue(-int(fe.errno)), b.vm.ToValue(fe.syscall), path, dest, b.vm.ToValue(async))
	if jerr != nil {
		return b.vm.NewGoError(jerr)
	}
	return v
}

type reqKind int

const (
	reqSync reqKind = iota
	reqCallback
	reqPromise
)

func (b *fsBinding) kind(req goja.Value) reqKind {
	if req == nil || goja.IsUndefined(req) || goja.IsNull(req) {
		return reqSync
	}
	if req.SameAs(b.usePromises) {
		return reqPromise
	}
	if _, ok := req.(*goja.Object); ok {
		return reqCallback
	}
	return reqSync
}

// run performs work synchronously or asynchronously as req says (see the type's doc).
// own makes an asynchronous call run on its own goroutine instead of the queue.
func (b *fsBinding) run(req goja.Value, own bool, work fsWork) goja.Value {
	switch b.kind(req) {
	case reqSync:
		res, err := work()
		if err != nil {
			panic(b.jsError(err, false))
		}
		if res == nil {
			return goja.Undefined()
		}
		return res()
	case reqPromise:
		p, resolve, reject := b.vm.NewPromise()
		b.async(own, work, func(res result, err error) {
			if err != nil {
				_ = reject(b.jsError(err, true))
				return
			}
			if res == nil {
				_ = resolve(goja.Undefined())
				return
			}
			_ = resolve(res())
		})
		return b.vm.ToValue(p)
	default:
		obj := req.(*goja.Object)
		inScope := b.host().AsyncResource("FSREQCALLBACK", obj)
		b.async(own, work, func(res result, err error) {
			inScope(func() { b.complete(obj, res, err) })
		})
		return goja.Undefined()
	}
}

// complete calls the oncomplete callback of request obj with the outcome of its work.
func (b *fsBinding) complete(obj *goja.Object, res result, err error) {
	cb, ok := goja.AssertFunction(obj.Get("oncomplete"))
	if !ok {
		return
	}
	var args []goja.Value
	switch {
	case err != nil:
		args = []goja.Value{b.jsError(err, true)}
	case res == nil:
		args = []goja.Value{goja.Null()}
	default:
		args = []goja.Value{goja.Null(), res()}
	}
	callJS(cb, obj, args...)
}

// runSys runs op as run does; a failure becomes Node's error for syscall.
func (b *fsBinding) runSys(req goja.Value, syscall string, op func() error) goja.Value {
	return b.run(req, false, func() (result, error) {
		if err := op(); err != nil {
			return nil, sysErr(err, syscall)
		}
		return nil, nil
	})
}

// runPath runs op as run does; a failure becomes Node's error for syscall on path.
func (b *fsBinding) runPath(req goja.Value, syscall, path string, op func() error) goja.Value {
	return b.run(req, false, func() (result, error) {
		if err := op(); err != nil {
			return nil, pathErr(err, syscall, path)
		}
		return nil, nil
	})
}

// callJS calls fn and rethrows its exception into the calling JS (for code running as
// a loop task, that makes it an uncaught exception, as in Node).
func callJS(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			panic(ex)
		}
		panic(err)
	}
	return v
}

func (b *fsBinding) async(own bool, work fsWork, done func(result, error)) {
	h := b.host()
	release := h.Hold()
	job := func() {
		res, err := work()
		if !h.Enqueue(func() {
			release()
			done(res, err)
		}) {
			release()
		}
	}
	if own {
		go job()
	} else {
		b.queue.push(job)
	}
}

// runOnFd is run for work on fd: an asynchronous request for a slow fd (isSlowFd) goes
// to the queue that may block.
func (b *fsBinding) runOnFd(req goja.Value, fd int, work fsWork) goja.Value {
	return b.run(req, b.kind(req) != reqSync && isSlowFd(fd), work)
}

// writeRequest writes p to fd at pos (-1: the current offset) for request req; a synchronous
// call with a context object reports failure there (syncCtx) instead of throwing.
func (b *fsBinding) writeRequest(fd int, p []byte, pos int64, req, ctx goja.Value) goja.Value {
	work := func() (result, error) {
		n, err := writeAt(fd, p, pos)
		if err != nil {
			return nil, sysErr(err, "write")
		}
		return b.num(int64(n)), nil
	}
	if b.kind(req) == reqSync && isObject(ctx) {
		return b.syncCtx(ctx, work)
	}
	return b.runOnFd(req, fd, work)
}

// isSlowFd reports whether fd is not a regular file or directory (a pipe, socket,
// terminal...), whose reads and writes may block for a long time.
func isSlowFd(fd int) bool {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return false
	}
	m := st.Mode & unix.S_IFMT
	return m != unix.S_IFREG && m != unix.S_IFDIR
}

func retryEINTR[T any](f func() (T, error)) (T, error) {
	for {
		v, err := f()
		if err != unix.EINTR {
			return v, err
		}
	}
}

func openFile(abs string, flags, mode int) (int, error) {
	return retryEINTR(func() (int, error) { return unix.Open(abs, flags|unix.O_CLOEXEC, uint32(mode)) })
}

func readAt(fd int, p []byte, pos int64) (int, error) {
	return retryEINTR(func() (int, error) {
		if pos < 0 {
			return unix.Read(fd, p)
		}
		return unix.Pread(fd, p, pos)
	})
}

func writeAt(fd int, p []byte, pos int64) (int, error) {
	return retryEINTR(func() (int, error) {
		if pos < 0 {
			return unix.Write(fd, p)
		}
		return unix.Pwrite(fd, p, pos)
	})
}

// writeAll writes p fully (a regular file may take several writes).
func writeAll(fd int, p []byte, pos int64) (int, error) {
	total := 0
	for len(p) > 0 {
		n, err := writeAt(fd, p, pos)
		if err != nil {
			return total, err
		}
		total += n
		p = p[n:]
		if pos >= 0 {
			pos += int64(n)
		}
		if n == 0 {
			return total, io.ErrShortWrite
		}
	}
	return total, nil
}

func (b *fsBinding) define() {
	vm := b.vm
	o := b.obj
	set := func(name string, fn func(call goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	arg := func(call goja.FunctionCall, i int) goja.Value { return call.Argument(i) }

	set("access", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		mode := uint32(toInt(arg(call, 1)))
		return b.runPath(arg(call, 2), "access", orig, func() error { return unix.Access(abs, mode) })
	})
	set("existsSync", func(call goja.FunctionCall) goja.Value {
		_, abs := b.path(arg(call, 0))
		return vm.ToValue(unix.Access(abs, unix.F_OK) == nil)
	})
	set("internalModuleStat", func(call goja.FunctionCall) goja.Value {
		_, abs := b.path(arg(call, len(call.Arguments)-1))
		st, err := os.Stat(abs)
		if err != nil {
			return vm.ToValue(-int(errnoOf(err)))
		}
		if st.IsDir() {
			return vm.ToValue(1)
		}
		return vm.ToValue(0)
	})
	set("open", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		flags, mode := toInt(arg(call, 1)), toInt(arg(call, 2))
		return b.run(arg(call, 3), false, func() (result, error) {
			fd, err := openFile(abs, flags, mode)
			if err != nil {
				return nil, pathErr(err, "open", orig)
			}
			return b.num(int64(fd)), nil
		})
	})
	set("close", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		return b.run(arg(call, 1), false, func() (result, error) {
			if err := unix.Close(fd); err != nil && err != unix.EINTR {
				return nil, sysErr(err, "close")
			}
			return nil, nil
		})
	})
	set("read", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		buf := b.bytesOf(arg(call, 1))
		off, length := toInt(arg(call, 2)), toInt(arg(call, 3))
		pos := position(arg(call, 4))
		if off < 0 || length < 0 || off+length > len(buf) {
			panic(vm.NewTypeError("fs read: offset/length out of range"))
		}
		p := buf[off : off+length]
		req := arg(call, 5)
		return b.runOnFd(req, fd, func() (result, error) {
			n, err := readAt(fd, p, pos)
			if err != nil {
				return nil, sysErr(err, "read")
			}
			return b.num(int64(n)), nil
		})
	})
	set("readBuffers", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		arr := arg(call, 1).ToObject(vm)
		n := toInt(arr.Get("length"))
		bufs := make([][]byte, n)
		for i := 0; i < n; i++ {
			bufs[i] = b.bytesOf(arr.Get(strconv.Itoa(i)))
		}
		pos := position(arg(call, 2))
		req := arg(call, 3)
		return b.runOnFd(req, fd, func() (result, error) {
			total := 0
			for _, p := range bufs {
				for len(p) > 0 {
					n, err := readAt(fd, p, pos)
					if err != nil {
						if total > 0 {
							return b.num(int64(total)), nil
						}
						return nil, sysErr(err, "read")
					}
					if n == 0 {
						return b.num(int64(total)), nil
					}
					total += n
					p = p[n:]
					if pos >= 0 {
						pos += int64(n)
					}
				}
			}
			return b.num(int64(total)), nil
		})
	})
	set("writeBuffer", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		buf := b.bytesOf(arg(call, 1))
		off, length := toInt(arg(call, 2)), toInt(arg(call, 3))
		pos := position(arg(call, 4))
		if off < 0 || length < 0 || off+length > len(buf) {
			panic(vm.NewTypeError("fs write: offset/length out of range"))
		}
		p := buf[off : off+length]
		return b.writeRequest(fd, p, pos, arg(call, 5), arg(call, 6))
	})
	set("writeBuffers", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		arr := arg(call, 1).ToObject(vm)
		n := toInt(arr.Get("length"))
		var data []byte
		for i := 0; i < n; i++ {
			data = append(data, b.bytesOf(arr.Get(strconv.Itoa(i)))...)
		}
		pos := position(arg(call, 2))
		req := arg(call, 3)
		return b.runOnFd(req, fd, func() (result, error) {
			n, err := writeAll(fd, data, pos)
			if err != nil && n == 0 {
				return nil, sysErr(err, "write")
			}
			return b.num(int64(n)), nil
		})
	})
	set("writeString", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		s := arg(call, 1).String()
		pos := position(arg(call, 2))
		enc := arg(call, 3)
		var data []byte
		e := ""
		if !goja.IsUndefined(enc) && !goja.IsNull(enc) {
			e = strings.ToLower(enc.String())
		}
		if e == "" || e == "utf8" || e == "utf-8" || b.fromString == nil {
			data = []byte(s)
		} else {
			data = append([]byte(nil), b.bytesOf(callJS(b.fromString, goja.Undefined(), arg(call, 1), enc))...)
		}
		return b.writeRequest(fd, data, pos, arg(call, 4), arg(call, 5))
	})
	set("rename", func(call goja.FunctionCall) goja.Value {
		from, fromAbs := b.path(arg(call, 0))
		to, toAbs := b.path(arg(call, 1))
		return b.run(arg(call, 2), false, func() (result, error) {
			if err := unix.Rename(fromAbs, toAbs); err != nil {
				return nil, destErr(err, "rename", from, to)
			}
			return nil, nil
		})
	})
	set("ftruncate", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		n := int64(toInt(arg(call, 1)))
		return b.runSys(arg(call, 2), "ftruncate", func() error { return unix.Ftruncate(fd, n) })
	})
	set("rmdir", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		return b.runPath(arg(call, 1), "rmdir", orig, func() error { return unix.Rmdir(abs) })
	})
	set("rmSync", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		recursive := arg(call, 2).ToBoolean()
		if err := removePath(abs, orig, recursive); err != nil {
			panic(b.jsError(err, false))
		}
		return goja.Undefined()
	})
	set("fdatasync", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		return b.runSys(arg(call, 1), "fdatasync", func() error { return fdatasync(fd) })
	})
	set("fsync", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		return b.runSys(arg(call, 1), "fsync", func() error { return unix.Fsync(fd) })
	})
	set("mkdir", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		mode := uint32(toInt(arg(call, 1)))
		recursive := arg(call, 2).ToBoolean()
		cwd := b.host().Cwd() // read on the loop goroutine
		return b.run(arg(call, 3), false, func() (result, error) {
			if !recursive {
				if err := unix.Mkdir(abs, mode); err != nil {
					return nil, pathErr(err, "mkdir", orig)
				}
				return nil, nil
			}
			first, err := mkdirp(orig, cwd, mode)
			if err != nil {
				return nil, err
			}
			if first == "" {
				return nil, nil
			}
			return b.str(first), nil
		})
	})
	set("readdir", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		enc := arg(call, 1)
		withTypes := arg(call, 2).ToBoolean()
		return b.run(arg(call, 3), false, func() (result, error) {
			names, types, err := readDir(abs)
			if err != nil {
				return nil, pathErr(err, "scandir", orig)
			}
			return func() goja.Value {
				vals := make([]any, len(names))
				for i, n := range names {
					vals[i] = b.encoded(n, enc)
				}
				arr := vm.NewArray(vals...)
				if !withTypes {
					return arr
				}
				ts := make([]any, len(types))
				for i, t := range types {
					ts[i] = t
				}
				return vm.NewArray(arr, vm.NewArray(ts...))
			}, nil
		})
	})
	set("readlink", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		enc := arg(call, 1)
		return b.run(arg(call, 2), false, func() (result, error) {
			target, err := os.Readlink(abs)
			if err != nil {
				return nil, pathErr(err, "readlink", orig)
			}
			return func() goja.Value { return b.encoded(target, enc) }, nil
		})
	})
	set("symlink", func(call goja.FunctionCall) goja.Value {
		target, _ := b.path(arg(call, 0)) // the target is stored as given
		orig, abs := b.path(arg(call, 1))
		return b.run(arg(call, 3), false, func() (result, error) {
			if err := unix.Symlink(target, abs); err != nil {
				return nil, destErr(err, "symlink", target, orig)
			}
			return nil, nil
		})
	})
	set("link", func(call goja.FunctionCall) goja.Value {
		from, fromAbs := b.path(arg(call, 0))
		to, toAbs := b.path(arg(call, 1))
		return b.run(arg(call, 2), false, func() (result, error) {
			if err := unix.Link(fromAbs, toAbs); err != nil {
				return nil, destErr(err, "link", from, to)
			}
			return nil, nil
		})
	})
	statCall := func(name string, follow bool) func(call goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			orig, abs := b.path(arg(call, 0))
			bigint := arg(call, 1).ToBoolean()
			req := arg(call, 2)
			throwIfNoEntry := len(call.Arguments) < 4 || goja.IsUndefined(arg(call, 3)) || arg(call, 3).ToBoolean()
			if b.kind(req) == reqSync && !throwIfNoEntry {
				st, err := statPath(abs, follow)
				if err != nil {
					if en := errnoOf(err); en == unix.ENOENT || en == unix.ENOTDIR {
						return goja.Undefined()
					}
					panic(b.jsError(pathErr(err, name, orig), false))
				}
				return b.statValue(st, bigint)
			}
			return b.run(req, false, func() (result, error) {
				st, err := statPath(abs, follow)
				if err != nil {
					return nil, pathErr(err, name, orig)
				}
				return func() goja.Value { return b.statValue(st, bigint) }, nil
			})
		}
	}
	set("stat", statCall("stat", true))
	set("lstat", statCall("lstat", false))
	set("fstat", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		bigint := arg(call, 1).ToBoolean()
		req := arg(call, 2)
		if b.kind(req) == reqSync && arg(call, 3).ToBoolean() {
			st, err := statFd(fd)
			if err != nil {
				return goja.Undefined()
			}
			return b.statValue(st, bigint)
		}
		return b.run(req, false, func() (result, error) {
			st, err := statFd(fd)
			if err != nil {
				return nil, sysErr(err, "fstat")
			}
			return func() goja.Value { return b.statValue(st, bigint) }, nil
		})
	})
	set("statfs", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		bigint := arg(call, 1).ToBoolean()
		return b.run(arg(call, 2), false, func() (result, error) {
			var sf unix.Statfs_t
			if err := unix.Statfs(abs, &sf); err != nil {
				return nil, pathErr(err, "statfs", orig)
			}
			vals := statfsValues(&sf)
			return func() goja.Value { return b.numbers(vals, bigint) }, nil
		})
	})
	set("unlink", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		return b.runPath(arg(call, 1), "unlink", orig, func() error { return unix.Unlink(abs) })
	})
	set("fchmod", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		mode := uint32(toInt(arg(call, 1)))
		return b.runSys(arg(call, 2), "fchmod", func() error { return unix.Fchmod(fd, mode) })
	})
	set("chmod", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		mode := uint32(toInt(arg(call, 1)))
		return b.runPath(arg(call, 2), "chmod", orig, func() error { return unix.Chmod(abs, mode) })
	})
	chown := func(name string, f func(string, int, int) error) func(call goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			orig, abs := b.path(arg(call, 0))
			uid, gid := int(int32(toInt(arg(call, 1)))), int(int32(toInt(arg(call, 2))))
			return b.run(arg(call, 3), false, func() (result, error) {
				if err := f(abs, uid, gid); err != nil {
					return nil, pathErr(err, name, orig)
				}
				return nil, nil
			})
		}
	}
	set("chown", chown("chown", unix.Chown))
	set("lchown", chown("lchown", unix.Lchown))
	set("fchown", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		uid, gid := int(int32(toInt(arg(call, 1)))), int(int32(toInt(arg(call, 2))))
		return b.runSys(arg(call, 3), "fchown", func() error { return unix.Fchown(fd, uid, gid) })
	})
	utimes := func(name string, flags int) func(call goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			orig, abs := b.path(arg(call, 0))
			ts := []unix.Timespec{timespec(arg(call, 1).ToFloat()), timespec(arg(call, 2).ToFloat())}
			return b.run(arg(call, 3), false, func() (result, error) {
				if err := unix.UtimesNanoAt(unix.AT_FDCWD, abs, ts, flags); err != nil {
					return nil, pathErr(err, name, orig)
				}
				return nil, nil
			})
		}
	}
	set("utimes", utimes("utime", 0))
	set("lutimes", utimes("lutime", unix.AT_SYMLINK_NOFOLLOW))
	set("futimes", func(call goja.FunctionCall) goja.Value {
		fd := b.fd(arg(call, 0))
		ts := []unix.Timespec{timespec(arg(call, 1).ToFloat()), timespec(arg(call, 2).ToFloat())}
		return b.runSys(arg(call, 3), "futime", func() error { return futimens(fd, ts) })
	})
	set("realpath", func(call goja.FunctionCall) goja.Value {
		orig, abs := b.path(arg(call, 0))
		enc := arg(call, 1)
		return b.run(arg(call, 2), false, func() (result, error) {
			p, err := realpath(abs)
			if err != nil {
				return nil, pathErr(err, "realpath", orig)
			}
			return func() goja.Value { return b.encoded(p, enc) }, nil
		})
	})
	set("mkdtemp", func(call goja.FunctionCall) goja.Value {
		prefix, abs := b.path(arg(call, 0))
		enc := arg(call, 1)
		return b.run(arg(call, 2), false, func() (result, error) {
			name, err := mkdtemp(abs, prefix)
			if err != nil {
				return nil, pathErr(err, "mkdtemp", prefix+"XXXXXX")
			}
			return func() goja.Value { return b.encoded(name, enc) }, nil
		})
	})
	set("copyFile", func(call goja.FunctionCall) goja.Value {
		src, srcAbs := b.path(arg(call, 0))
		dst, dstAbs := b.path(arg(call, 1))
		mode := toInt(arg(call, 2))
		return b.run(arg(call, 3), false, func() (result, error) {
			if err := copyFile(srcAbs, dstAbs, mode); err != nil {
				return nil, destErr(err, "copyfile", src, dst)
			}
			return nil, nil
		})
	})
	set("readFileUtf8", func(call goja.FunctionCall) goja.Value {
		data, err := b.readWhole(arg(call, 0), toInt(arg(call, 1)))
		if err != nil {
			panic(b.jsError(err, false))
		}
		return vm.ToValue(string(data))
	})
	set("writeFileUtf8", func(call goja.FunctionCall) goja.Value {
		data := []byte(arg(call, 1).String())
		if err := b.writeWhole(arg(call, 0), data, toInt(arg(call, 2)), toInt(arg(call, 3))); err != nil {
			panic(b.jsError(err, false))
		}
		return goja.Undefined()
	})
	// opendir(path, encoding, req) -> a DirHandle: read(encoding, bufferSize, req) gives
	// [name, type, ...] in the directory's order, or null at the end; close(req).
	opendir := func(call goja.FunctionCall) goja.Value {
		_, abs := b.path(arg(call, 0))
		// Node reports opendir failures without the path.
		return b.run(arg(call, 2), false, func() (result, error) {
			f, err := os.Open(abs)
			if err != nil {
				return nil, sysErr(err, "opendir")
			}
			if st, err := f.Stat(); err != nil || !st.IsDir() {
				f.Close()
				if err == nil {
					err = unix.ENOTDIR
				}
				return nil, sysErr(err, "opendir")
			}
			return func() goja.Value { return b.dirHandle(f) }, nil
		})
	}
	set("opendir", opendir)
	set("opendirSync", func(call goja.FunctionCall) goja.Value {
		return opendir(goja.FunctionCall{This: call.This, Arguments: []goja.Value{arg(call, 0), goja.Undefined()}})
	})
	// new ReadFileJob(path, flags, chunkLength): job.run() reads the whole file on the
	// queue and calls job.ondone(err, buffer, -1, size).
	_ = o.Set("ReadFileJob", func(call goja.ConstructorCall) *goja.Object {
		job := call.This
		pathV, flags := call.Argument(0), toInt(call.Argument(1))
		_ = job.Set("run", func(goja.FunctionCall) goja.Value {
			orig, abs := b.path(pathV)
			b.async(false, func() (result, error) {
				data, err := readFileAt(abs, orig, flags)
				if err != nil {
					return nil, err
				}
				return func() goja.Value { return b.buffer(data) }, nil
			}, func(res result, err error) {
				cb, ok := goja.AssertFunction(job.Get("ondone"))
				if !ok {
					return
				}
				if err != nil {
					callJS(cb, job, b.jsError(err, true))
					return
				}
				buf := res()
				size := buf.ToObject(vm).Get("length")
				callJS(cb, job, goja.Null(), buf, vm.ToValue(-1), size, goja.Undefined())
			})
			return goja.Undefined()
		})
		return job
	})
	// new WriteFileJob(path, flags, mode, data): open + write + close on the queue, then
	// job.ondone(err).
	_ = o.Set("WriteFileJob", func(call goja.ConstructorCall) *goja.Object {
		job := call.This
		pathV, flags, mode := call.Argument(0), toInt(call.Argument(1)), toInt(call.Argument(2))
		data := append([]byte(nil), b.bytesOf(call.Argument(3))...)
		_ = job.Set("run", func(goja.FunctionCall) goja.Value {
			orig, abs := b.path(pathV)
			b.async(false, func() (result, error) {
				return nil, writeFileAt(abs, orig, data, flags, mode)
			}, func(_ result, err error) {
				cb, ok := goja.AssertFunction(job.Get("ondone"))
				if !ok {
					return
				}
				if err != nil {
					callJS(cb, job, b.jsError(err, true))
					return
				}
				callJS(cb, job, goja.Null())
			})
			return goja.Undefined()
		})
		return job
	})
}

func timespec(sec float64) unix.Timespec {
	s := math.Floor(sec)
	ns := int64(math.Round((sec - s) * 1e9))
	if ns >= 1e9 {
		s++
		ns -= 1e9
	}
	return unix.Timespec{Sec: int64(s), Nsec: ns}
}

func (b *fsBinding) dirHandle(f *os.File) *goja.Object {
	vm := b.vm
	h := vm.NewObject()
	var mu sync.Mutex
	closed := false
	_ = h.Set("read", func(call goja.FunctionCall) goja.Value {
		enc := call.Argument(0)
		n := toInt(call.Argument(1))
		if n <= 0 {
			n = 32
		}
		return b.run(call.Argument(2), false, func() (result, error) {
			mu.Lock()
			defer mu.Unlock()
			if closed {
				return nil, sysErr(unix.EBADF, "scandir")
			}
			entries, err := f.ReadDir(n)
			if err != nil && err != io.EOF {
				return nil, sysErr(err, "scandir")
			}
			if len(entries) == 0 {
				return func() goja.Value { return goja.Null() }, nil
			}
			return func() goja.Value {
				out := make([]any, 0, 2*len(entries))
				for _, e := range entries {
					out = append(out, b.encoded(e.Name(), enc), direntType(e.Type()))
				}
				return vm.NewArray(out...)
			}, nil
		})
	})
	_ = h.Set("close", func(call goja.FunctionCall) goja.Value {
		return b.run(call.Argument(0), false, func() (result, error) {
			mu.Lock()
			defer mu.Unlock()
			if !closed {
				closed = true
				if err := f.Close(); err != nil {
					return nil, sysErr(err, "closedir")
				}
			}
			return nil, nil
		})
	})
	return h
}

// readWhole reads a file given by path or fd (for readFileUtf8).
func (b *fsBinding) readWhole(target goja.Value, flags int) ([]byte, error) {
	if n, ok := target.Export().(int64); ok {
		return readFd(int(n), true)
	}
	orig, abs := b.path(target)
	return readFileAt(abs, orig, flags)
}

func (b *fsBinding) writeWhole(target goja.Value, data []byte, flags, mode int) error {
	if n, ok := target.Export().(int64); ok {
		if _, err := writeAll(int(n), data, -1); err != nil {
			return sysErr(err, "write")
		}
		return nil
	}
	orig, abs := b.path(target)
	return writeFileAt(abs, orig, data, flags, mode)
}

func readFileAt(abs, orig string, flags int) ([]byte, error) {
	fd, err := openFile(abs, flags, 0o666)
	if err != nil {
		return nil, pathErr(err, "open", orig)
	}
	data, rerr := readFd(fd, false)
	cerr := unix.Close(fd)
	if rerr != nil {
		return nil, rerr
	}
	if cerr != nil && cerr != unix.EINTR {
		return nil, sysErr(cerr, "close")
	}
	return data, nil
}

// readFd reads from fd's current position to the end.
func readFd(fd int, userFd bool) ([]byte, error) {
	var st unix.Stat_t
	size := 0
	if err := unix.Fstat(fd, &st); err == nil && st.Mode&unix.S_IFMT == unix.S_IFREG {
		size = int(st.Size)
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return nil, sysErr(unix.EISDIR, "read")
	}
	chunk := 64 * 1024
	if size > 0 {
		chunk = size + 1
	}
	data := make([]byte, 0, chunk)
	for {
		if len(data) == cap(data) {
			grown := make([]byte, len(data), 2*cap(data)+64*1024)
			copy(grown, data)
			data = grown
		}
		n, err := readAt(fd, data[len(data):cap(data)], -1)
		if err != nil {
			return nil, sysErr(err, "read")
		}
		if n == 0 {
			return data, nil
		}
		data = data[:len(data)+n]
	}
}

func writeFileAt(abs, orig string, data []byte, flags, mode int) error {
	fd, err := openFile(abs, flags, mode)
	if err != nil {
		return pathErr(err, "open", orig)
	}
	_, werr := writeAll(fd, data, -1)
	cerr := unix.Close(fd)
	if werr != nil {
		return sysErr(werr, "write")
	}
	if cerr != nil && cerr != unix.EINTR {
		return sysErr(cerr, "close")
	}
	return nil
}

// mkdirp is Node's MKDirp (src/node_file.cc): it creates the missing directories of
// path (as given, relative to the cwd) and returns the first one it created.
func mkdirp(path, base string, mode uint32) (string, error) {
	abs := func(p string) string {
		if strings.HasPrefix(p, "/") {
			return p
		}
		return base + "/" + p
	}
	first := ""
	stack := []string{path}
	for len(stack) > 0 {
		next := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		err := unix.Mkdir(abs(next), mode)
		switch err {
		case nil:
			if first == "" {
				first = next
			}
			continue
		case unix.EACCES, unix.ENOSPC, unix.ENOTDIR, unix.EPERM:
			return "", pathErr(err, "mkdir", path)
		case unix.ENOENT:
			i := strings.LastIndex(next, "/")
			if i > 0 {
				stack = append(stack, next, next[:i])
				continue
			}
			if i == 0 && next != "/" {
				stack = append(stack, next, "/")
				continue
			}
			return "", pathErr(err, "mkdir", path)
		default:
			var st unix.Stat_t
			if serr := unix.Stat(abs(next), &st); serr != nil {
				return "", pathErr(err, "mkdir", path)
			}
			if st.Mode&unix.S_IFMT != unix.S_IFDIR {
				if next == path {
					return "", pathErr(unix.EEXIST, "mkdir", path)
				}
				return "", pathErr(unix.ENOTDIR, "mkdir", path)
			}
		}
	}
	return first, nil
}

// Node's UV_DIRENT_* types.
const (
	direntUnknown = iota
	direntFile
	direntDir
	direntLink
	direntFIFO
	direntSocket
	direntChar
	direntBlock
)

// readDir lists a directory like libuv's scandir: names sorted bytewise, without "."
// and "..", with their dirent types.
func readDir(abs string) ([]string, []int, error) {
	f, err := os.Open(abs)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	if err != nil {
		return nil, nil, err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	names := make([]string, len(entries))
	types := make([]int, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
		types[i] = direntType(e.Type())
	}
	return names, types, nil
}

func direntType(t os.FileMode) int {
	switch {
	case t.IsRegular():
		return direntFile
	case t&os.ModeDir != 0:
		return direntDir
	case t&os.ModeSymlink != 0:
		return direntLink
	case t&os.ModeNamedPipe != 0:
		return direntFIFO
	case t&os.ModeSocket != 0:
		return direntSocket
	case t&os.ModeCharDevice != 0:
		return direntChar
	case t&os.ModeDevice != 0:
		return direntBlock
	}
	return direntUnknown
}

func realpath(abs string) (string, error) {
	var st unix.Stat_t
	if err := unix.Stat(abs, &st); err != nil {
		return "", err
	}
	return evalSymlinks(abs)
}

// evalSymlinks resolves every component of an absolute path.
func evalSymlinks(p string) (string, error) {
	parts := strings.Split(p, "/")
	resolved := "/"
	links := 0
	for i := 0; i < len(parts); i++ {
		part := parts[i]
		switch part {
		case "", ".":
			continue
		case "..":
			if resolved != "/" {
				resolved = resolved[:strings.LastIndex(resolved, "/")]
				if resolved == "" {
					resolved = "/"
				}
			}
			continue
		}
		next := resolved + "/" + part
		if resolved == "/" {
			next = "/" + part
		}
		var st unix.Stat_t
		if err := unix.Lstat(next, &st); err != nil {
			return "", err
		}
		if st.Mode&unix.S_IFMT != unix.S_IFLNK {
			resolved = next
			continue
		}
		links++
		if links > 40 {
			return "", unix.ELOOP
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		rest := append(strings.Split(target, "/"), parts[i+1:]...)
		if strings.HasPrefix(target, "/") {
			resolved = "/"
		}
		parts = rest
		i = -1
	}
	return resolved, nil
}

const mkdtempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// mkdtemp creates prefix+6 random characters, returning the name with the prefix as given.
func mkdtemp(absPrefix, prefix string) (string, error) {
	var rnd [6]byte
	for tries := 0; tries < 100; tries++ {
		if _, err := io.ReadFull(randReader, rnd[:]); err != nil {
			return "", err
		}
		suffix := make([]byte, 6)
		for i, c := range rnd {
			suffix[i] = mkdtempChars[int(c)%len(mkdtempChars)]
		}
		err := unix.Mkdir(absPrefix+string(suffix), 0o700)
		if err == nil {
			return prefix + string(suffix), nil
		}
		if err != unix.EEXIST {
			return "", err
		}
	}
	return "", unix.EEXIST
}

// COPYFILE_* flags of fs.constants.
const (
	copyfileExcl         = 1
	copyfileFicloneForce = 4
)

func copyFile(src, dst string, mode int) error {
	in, err := retryEINTR(func() (int, error) { return unix.Open(src, unix.O_RDONLY|unix.O_CLOEXEC, 0) })
	if err != nil {
		return err
	}
	defer unix.Close(in)
	var st unix.Stat_t
	if err := unix.Fstat(in, &st); err != nil {
		return err
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return unix.EISDIR
	}
	if mode&copyfileFicloneForce != 0 {
		return unix.ENOSYS
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC | unix.O_CLOEXEC
	if mode&copyfileExcl != 0 {
		flags |= unix.O_EXCL
	}
	out, err := retryEINTR(func() (int, error) { return unix.Open(dst, flags, uint32(st.Mode&0o7777)) })
	if err != nil {
		return err
	}
	buf := make([]byte, 256*1024)
	for {
		n, err := readAt(in, buf, -1)
		if err != nil {
			unix.Close(out)
			return err
		}
		if n == 0 {
			break
		}
		if _, err := writeAll(out, buf[:n], -1); err != nil {
			unix.Close(out)
			return err
		}
	}
	_ = unix.Fchmod(out, uint32(st.Mode&0o7777))
	return unix.Close(out)
}

// removePath is rmSync: a file, a symlink, or (recursive) a directory tree.
func removePath(abs, orig string, recursive bool) error {
	var st unix.Stat_t
	if err := unix.Lstat(abs, &st); err != nil {
		if err == unix.ENOENT {
			return nil // without force, fs.js has already reported it (lstat)
		}
		return pathErr(err, "rm", orig)
	}
	if st.Mode&unix.S_IFMT != unix.S_IFDIR {
		if err := unix.Unlink(abs); err != nil {
			return pathErr(err, "rm", orig)
		}
		return nil
	}
	if !recursive {
		return pathErr(unix.EISDIR, "rm", orig)
	}
	if err := os.RemoveAll(abs); err != nil {
		return pathErr(err, "rm", orig)
	}
	return nil
}

func (b *fsBinding) numbers(vals []int64, bigint bool) goja.Value {
	out := make([]any, len(vals))
	for i, v := range vals {
		if bigint {
			out[i] = big.NewInt(v)
		} else {
			out[i] = float64(v)
		}
	}
	return b.vm.NewArray(out...)
}

// statValue is the stats array of Node's binding: dev, mode, nlink, uid, gid, rdev,
// blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime and
// birthtime (numbers, or bigints).
func (b *fsBinding) statValue(st *statInfo, bigint bool) goja.Value {
	return b.numbers(st[:], bigint)
}

type statInfo [18]int64
