//go:build !(linux || darwin)

package sharedmem

import "errors"

var errNoMmap = errors.New("sharedmem: large reservations are not supported on this platform")

// osReserve is unavailable here: Memories larger than heapLimit fail to allocate.
func osReserve(size, length int, growable bool) ([]byte, int, error) { return nil, 0, errNoMmap }

func osCommit(buf []byte, from, to int) (int, error) { return from, errNoMmap }

func osAttachRelease(m *Memory, buf []byte) {}
