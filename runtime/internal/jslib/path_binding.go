package jslib

import (
	"github.com/dop251/goja"
)

// internalBinding('path'): normalizeString of Node's lib/path.js in Go. In goja every
// String.prototype method call on a primitive allocates a wrapper object, which made
// the per-character loop of the JavaScript version dominate path.join/resolve/normalize.
// The algorithm below is the same, over UTF-16 code units.
func init() {
	Bindings["path"] = func(vm *goja.Runtime) *goja.Object {
		b := vm.NewObject()
		// normalizeString(path, allowAboveRoot, win32): win32 treats both '/' and '\'
		// as separators and joins with '\'.
		_ = b.Set("normalizeString", func(call goja.FunctionCall) goja.Value {
			s, ok := call.Argument(0).(goja.String)
			if !ok {
				s = call.Argument(0).ToString().(goja.String)
			}
			return normalizeString(s, call.Argument(1).ToBoolean(), call.Argument(2).ToBoolean())
		})
		return b
	}
}

// normalizeString resolves . and .. elements in a path with directory names.
func normalizeString(path goja.String, allowAboveRoot, win32 bool) goja.Value {
	const (
		dot          = '.'
		forwardSlash = '/'
		backSlash    = '\\'
	)
	separator := uint16(forwardSlash)
	if win32 {
		separator = backSlash
	}
	isSep := func(c uint16) bool {
		return c == forwardSlash || (win32 && c == backSlash)
	}
	n := path.Length()
	res := make([]uint16, 0, n)
	lastSegmentLength := 0
	lastSlash := -1
	dots := 0
	var code uint16
	for i := 0; i <= n; i++ {
		if i < n {
			code = path.CharAt(i)
		} else if isSep(code) {
			break
		} else {
			code = forwardSlash
		}

		if isSep(code) {
			if lastSlash == i-1 || dots == 1 {
				// NOOP
			} else if dots == 2 {
				l := len(res)
				if l < 2 || lastSegmentLength != 2 || res[l-1] != dot || res[l-2] != dot {
					if l > 2 {
						lastSlashIndex := l - lastSegmentLength - 1
						if lastSlashIndex == -1 {
							res = res[:0]
							lastSegmentLength = 0
						} else {
							res = res[:lastSlashIndex]
							last := -1
							for j := len(res) - 1; j >= 0; j-- {
								if res[j] == separator {
									last = j
									break
								}
							}
							lastSegmentLength = len(res) - 1 - last
						}
						lastSlash = i
						dots = 0
						continue
					} else if l != 0 {
						res = res[:0]
						lastSegmentLength = 0
						lastSlash = i
						dots = 0
						continue
					}
				}
				if allowAboveRoot {
					if len(res) > 0 {
						res = append(res, separator, dot, dot)
					} else {
						res = append(res, dot, dot)
					}
					lastSegmentLength = 2
				}
			} else {
				if len(res) > 0 {
					res = append(res, separator)
				}
				for j := lastSlash + 1; j < i; j++ {
					res = append(res, path.CharAt(j))
				}
				lastSegmentLength = i - lastSlash - 1
			}
			lastSlash = i
			dots = 0
		} else if code == dot && dots != -1 {
			dots++
		} else {
			dots = -1
		}
	}
	return goja.StringFromUTF16(res)
}
