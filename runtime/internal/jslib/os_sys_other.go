//go:build !linux

package jslib

import (
	"os"
	goruntime "runtime"
	"syscall"
)

// Fallbacks where Linux's uname/sysinfo/getpriority are not available.

func osUname() [4]string {
	name := goruntime.GOOS
	if name != "" {
		name = string(name[0]-'a'+'A') + name[1:]
	}
	return [4]string{name, "", "", goruntime.GOARCH}
}

func osSysUptime() (float64, syscall.Errno) { return 0, syscall.ENOSYS }

func osSysLoadavg() [3]float64 { return [3]float64{} }

func osGetPriority(pid int) (int, syscall.Errno) {
	if pid != 0 && pid != os.Getpid() {
		return 0, syscall.ENOSYS
	}
	return 0, 0
}

func osSetPriority(pid, prio int) syscall.Errno { return syscall.ENOSYS }
