//go:build linux || darwin

package sharedmem

import (
	"runtime"
	"syscall"
)

// osReserve maps size bytes of anonymous memory outside the Go heap. A fixed-length
// Memory is mapped read-write (subject to the OS's overcommit policy, like V8's calloc). A
// growable reservation is mapped inaccessible without reserving swap, and only its first
// length bytes (rounded to pages) are made accessible; osCommit commits more as it grows.
func osReserve(size, length int, growable bool) (buf []byte, committed int, err error) {
	prot, flags := syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON
	if growable {
		prot, flags = syscall.PROT_NONE, flags|syscall.MAP_NORESERVE
	}
	buf, err = syscall.Mmap(-1, 0, size, prot, flags)
	if err != nil {
		return nil, 0, err
	}
	if !growable {
		return buf, size, nil
	}
	committed, err = osCommit(buf, 0, length)
	if err != nil {
		_ = syscall.Munmap(buf)
		return nil, 0, err
	}
	return buf, committed, nil
}

// osCommit makes buf[from:to] accessible (from is what is already committed) and returns
// the new committed length (to rounded up to a page).
func osCommit(buf []byte, from, to int) (int, error) {
	page := syscall.Getpagesize()
	end := min((to+page-1)/page*page, len(buf))
	if end <= from {
		return from, nil
	}
	if err := syscall.Mprotect(buf[from:end], syscall.PROT_READ|syscall.PROT_WRITE); err != nil {
		return from, err
	}
	return end, nil
}

// osAttachRelease unmaps buf once m is unreachable. m is kept alive by every JS object
// over it (see registry) and by every pending waiter.
func osAttachRelease(m *Memory, buf []byte) {
	runtime.AddCleanup(m, func(b []byte) { _ = syscall.Munmap(b) }, buf)
}
