//go:build linux

package jslib

import (
	"sync"
	"syscall"
	"unsafe"
)

func ttyIoctl(fd int, req uintptr, arg unsafe.Pointer) syscall.Errno {
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(arg))
	return e
}

func ttyIsTerminal(fd int) bool {
	if fd < 0 {
		return false
	}
	var t syscall.Termios
	return ttyIoctl(fd, syscall.TCGETS, unsafe.Pointer(&t)) == 0
}

func ttyWindowSize(fd int) (cols, rows int, ok bool) {
	var ws struct{ Row, Col, Xpixel, Ypixel uint16 }
	if ttyIoctl(fd, syscall.TIOCGWINSZ, unsafe.Pointer(&ws)) != 0 {
		return 0, 0, false
	}
	return int(ws.Col), int(ws.Row), true
}

// ttyOrigModes keeps each fd's termios from before the first switch to raw mode.
var ttyOrigModes sync.Map // int -> syscall.Termios

// ttySetRawMode switches fd to raw mode (libuv's UV_TTY_MODE_RAW: cfmakeraw-like, but
// keeping output processing) or back to the mode it had before.
func ttySetRawMode(fd int, raw bool) syscall.Errno {
	if !raw {
		orig, ok := ttyOrigModes.Load(fd)
		if !ok {
			return 0
		}
		t := orig.(syscall.Termios)
		return ttyIoctl(fd, syscall.TCSETS, unsafe.Pointer(&t))
	}
	var t syscall.Termios
	if e := ttyIoctl(fd, syscall.TCGETS, unsafe.Pointer(&t)); e != 0 {
		return e
	}
	ttyOrigModes.LoadOrStore(fd, t)
	t.Iflag &^= syscall.BRKINT | syscall.ICRNL | syscall.INPCK | syscall.ISTRIP | syscall.IXON
	t.Oflag |= syscall.ONLCR
	t.Cflag |= syscall.CS8
	t.Lflag &^= syscall.ECHO | syscall.ICANON | syscall.IEXTEN | syscall.ISIG
	t.Cc[syscall.VMIN] = 1
	t.Cc[syscall.VTIME] = 0
	return ttyIoctl(fd, syscall.TCSETS, unsafe.Pointer(&t))
}
