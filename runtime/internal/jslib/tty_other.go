//go:build unix && !linux

package jslib

import (
	"syscall"
)

// Outside Linux a terminal is recognised as a character device; window size and raw
// mode are not available.

func ttyIsTerminal(fd int) bool {
	if fd < 0 {
		return false
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return false
	}
	return uint32(st.Mode)&syscall.S_IFMT == syscall.S_IFCHR
}

func ttyWindowSize(fd int) (cols, rows int, ok bool) { return 0, 0, false }

func ttySetRawMode(fd int, raw bool) syscall.Errno { return syscall.ENOTSUP }
