// Package goid tells goroutines apart, for the checks that an API is called on an env's
// loop goroutine and for re-entrancy detection. Go has no cheap goroutine id: this one is
// parsed from runtime.Stack and costs a few microseconds, so callers use it on rare paths
// (once per env to record the loop, then on registration and blocking calls).
package goid

import "runtime"

// Get returns the calling goroutine's id (0 if it cannot be read). Any goroutine.
func Get() uint64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	const prefix = "goroutine "
	if n <= len(prefix) {
		return 0
	}
	var id uint64
	for _, c := range buf[len(prefix):n] {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + uint64(c-'0')
	}
	return id
}

// Is reports whether the calling goroutine has id gid (never for gid 0). Any goroutine.
func Is(gid uint64) bool { return gid != 0 && Get() == gid }
