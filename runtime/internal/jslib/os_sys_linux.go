//go:build linux

package jslib

import (
	"syscall"
)

// osUname returns uname(2)'s sysname, version, release and machine.
func osUname() [4]string {
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return [4]string{"Linux", "", "", ""}
	}
	return [4]string{utsString(u.Sysname[:]), utsString(u.Version[:]), utsString(u.Release[:]), utsString(u.Machine[:])}
}

// utsString converts a NUL-terminated utsname field ([65]int8 or [65]uint8 by arch).
func utsString[T int8 | uint8](f []T) string {
	b := make([]byte, 0, len(f))
	for _, c := range f {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return string(b)
}

func osSysUptime() (float64, syscall.Errno) {
	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err != nil {
		return 0, osErrno(err)
	}
	return float64(si.Uptime), 0
}

func osSysLoadavg() [3]float64 {
	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err != nil {
		return [3]float64{}
	}
	return [3]float64{float64(si.Loads[0]) / 65536, float64(si.Loads[1]) / 65536, float64(si.Loads[2]) / 65536}
}

// osGetPriority returns the nice value of pid (the raw syscall returns 20 - nice).
func osGetPriority(pid int) (int, syscall.Errno) {
	prio, err := syscall.Getpriority(syscall.PRIO_PROCESS, pid)
	if err != nil {
		return 0, osErrno(err)
	}
	return 20 - prio, 0
}

func osSetPriority(pid, prio int) syscall.Errno {
	if err := syscall.Setpriority(syscall.PRIO_PROCESS, pid, prio); err != nil {
		return osErrno(err)
	}
	return 0
}
