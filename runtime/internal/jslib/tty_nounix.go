//go:build !unix

package jslib

import "syscall"

// Terminals are not supported outside Unix.

func ttyIsTerminal(fd int) bool { return false }

func ttyWindowSize(fd int) (cols, rows int, ok bool) { return 0, 0, false }

func ttySetRawMode(fd int, raw bool) syscall.Errno { return syscall.EINVAL }

func ttyWrite(fd int, data []byte) syscall.Errno { return syscall.EINVAL }
