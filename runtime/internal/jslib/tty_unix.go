//go:build unix

package jslib

import "syscall"

// ttyWrite writes all of data to fd (blocking), returning 0 or the errno.
func ttyWrite(fd int, data []byte) syscall.Errno {
	for len(data) > 0 {
		n, err := syscall.Write(fd, data)
		if err != nil {
			if err == syscall.EINTR || err == syscall.EAGAIN {
				continue
			}
			return osErrno(err)
		}
		data = data[n:]
	}
	return 0
}
