// Package sharedmem implements SharedArrayBuffer and Atomics for gonode, whose envs
// (main thread and workers) are separate goja.Runtimes on separate goroutines. goja has
// neither; Install adds both to a runtime.
//
// # Representation
//
// A Memory is the backing store of one SharedArrayBuffer: a byte block allocated once
// (8-byte aligned, a multiple of 8 bytes), never moved, copied or detached, shared by every
// env that holds the buffer. A SharedArrayBuffer object is a goja ArrayBuffer object over
// the Memory's bytes whose prototype is SharedArrayBuffer.prototype. Because goja's typed
// array and DataView constructors accept any object with an ArrayBuffer internal slot,
// every typed array and DataView works over it, shares its memory, and reports it as its
// .buffer; `instanceof ArrayBuffer` is false and Object.prototype.toString gives
// "[object SharedArrayBuffer]", as in Node. Objects are identified by a process-wide
// registry keyed by weak pointers to the objects (entries disappear when the object is
// collected), never by prototype, so FromValue is not fooled by Object.setPrototypeOf.
// NewValue makes a new object over the same Memory in another env: that is how posting a
// SharedArrayBuffer shares it.
//
// goja cannot tell `new F()` from `F()` for a constructor written in Go, so the
// SharedArrayBuffer constructor is a two-line JS function forwarding new.target to Go
// (Function.prototype.toString shows that source instead of "[native code]").
//
// Reservations up to 256 MiB come from the Go heap. Larger ones (typically a growable
// buffer with a big maxByteLength) are mapped from the OS on Linux and macOS, as V8 does:
// a growable reservation is inaccessible address space whose pages are committed as it
// grows, and an allocation failure is V8's RangeError rather than a fatal Go
// out-of-memory error. Such a mapping is released when its Memory becomes unreachable;
// every JS object over it and every waiter keep the Memory alive, but a []byte obtained
// from one (ArrayBuffer.Bytes, typed array Export) does not: Go code must not keep such a
// slice of a buffer larger than 256 MiB after the JS objects are gone.
//
// # Memory model
//
// Every Atomics operation on shared memory is a sync/atomic operation (sequentially
// consistent). 8- and 16-bit operations are compare-and-swap loops on the aligned 32-bit
// word containing the element. Atomics.wait compares the value and joins the waiter list
// under the list's lock, so a notify that follows a store is never lost.
//
// Ordinary typed array and DataView element accesses are plain Go memory accesses made by
// goja. JS allows concurrent conflicting plain accesses (they may tear); in Go terms they
// are data races and the race detector reports them. A program whose conflicting plain
// accesses are ordered by Atomics operations, wait/notify or messages is race-free under
// the race detector too, because Go's atomics and locks create happens-before edges. Two
// consequences: only Atomics are race-free when used concurrently on the same cell, and,
// since an 8/16-bit Atomics operation accesses its whole 32-bit word, a plain access to a
// neighbouring byte of the same word concurrent with it is reported as a race although JS
// considers them different locations. Memory mapped from the OS (over 256 MiB) is not
// checked by the race detector at all.
//
// # Waiting
//
// Waiter lists are process-wide, one FIFO list per (Memory, byte offset), spread over 64
// mutex-protected shards. Atomics.wait blocks the calling env's goroutine (allowed on the
// main thread, as in Node) until it is notified ("ok"), its timeout elapses ("timed-out")
// or the env's Host.Done closes (then it returns "timed-out" at once; the env must have
// interrupted the runtime before closing Done so that no JS observes that value). Atomics.notify wakes waiters
// of any env in FIFO order and returns how many it woke (0 for a non-shared array).
// Atomics.waitAsync settles its promise with a task posted by Host.Enqueue on the waiting
// env's loop. As in Node, a pending waitAsync does not keep the loop alive, and the
// pending waiters of an env are dropped when its Done closes (so notify no longer counts
// them).
//
// # Growable buffers
//
// A growable Memory reserves maxByteLength and only its length changes. goja's ArrayBuffer
// has a fixed length, so after a grow this package replaces the byte slice of the goja
// ArrayBuffer objects over the Memory (an unexported goja field located by reflection once;
// typed arrays and DataViews reference that field, so later views see the new length): at
// once in the growing env, and in every other env holding the buffer through a task posted
// with Host.Enqueue and, before that task runs, at the start of any SharedArrayBuffer
// method or Atomics call and after Atomics.wait returns. Limits:
//
//   - Length-tracking views (a typed array or DataView created over a growable buffer
//     without an explicit length) keep the length they had when created; Node's grow with
//     the buffer. Views with an explicit length behave as in Node.
//   - A view created in env B right after env A grew, with none of the refresh points
//     above in between in B (for example synchronised by plain memory polling), sees the
//     old length.
//
// # Other known differences from Node
//
//   - goja's ArrayBuffer.prototype getters and methods (byteLength, slice) accept a
//     SharedArrayBuffer receiver; in Node they throw a TypeError.
//   - goja.ArrayBuffer.Detach is not prevented on a SharedArrayBuffer object; code
//     implementing transfer must refuse SharedArrayBuffers (use FromValue), as Node does.
//   - Error messages for non-typed-array arguments approximate V8's formatting of the value.
//   - Atomics.pause is a short spin without a CPU pause instruction.
//
// # Goroutines
//
// Memory, NewMemory and the Host interface are safe from any goroutine. Install,
// FromValue and NewValue must be called on the goroutine that runs the goja.Runtime (the
// env's loop goroutine).
package sharedmem
