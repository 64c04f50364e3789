//go:build unix

package testutil

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// Socketpair returns a connected pair of close-on-exec Unix stream sockets, made under
// syscall.ForkLock so that no concurrently spawned child inherits them. Any goroutine.
func Socketpair() ([2]int, error) {
	syscall.ForkLock.RLock()
	defer syscall.ForkLock.RUnlock()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err == nil {
		unix.CloseOnExec(fds[0])
		unix.CloseOnExec(fds[1])
	}
	return fds, err
}
