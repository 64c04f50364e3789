package jslib

import (
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestNormalizeStringNative compares the native normalizeString with the JavaScript
// reference kept in path.js (normalizeStringJS) on random paths.
func TestNormalizeStringNative(t *testing.T) {
	src, err := os.ReadFile("path.js")
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	start := strings.Index(s, "function normalizeStringJS(")
	end := strings.Index(s[start:], "\n}\n")
	if start < 0 || end < 0 {
		t.Fatal("normalizeStringJS not found in path.js")
	}
	vm := goja.New()
	_, err = vm.RunString(`
const CHAR_DOT = 46, CHAR_FORWARD_SLASH = 47, CHAR_BACKWARD_SLASH = 92;
function isPathSeparator(code) { return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH; }
function isPosixPathSeparator(code) { return code === CHAR_FORWARD_SLASH; }
` + s[start:start+end+3])
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("native", Bindings["path"](vm).Get("normalizeString"))
	v, err := vm.RunString(`(function () {
  const segments = ['a', 'bc', 'def', '.', '..', '..', '...', '\u00e9', '\ud83d\ude00', '\ud800', '.a', 'a.', ''];
  const seps = ['/', '/', '\\', '//'];
  let seed = 1;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >>> 8) % n; };
  for (let i = 0; i < 8000; i++) {
    let p = rnd(3) === 0 ? seps[rnd(seps.length)] : '';
    for (let n = rnd(10); n >= 0; n--) p += segments[rnd(segments.length)] + (n > 0 || rnd(2) ? seps[rnd(seps.length)] : '');
    for (const above of [false, true]) {
      const a = normalizeStringJS(p, above, '/', isPosixPathSeparator);
      const b = native(p, above, false);
      if (a !== b) return JSON.stringify([p, above, 'posix', a, b]);
      const c = normalizeStringJS(p, above, '\\', isPathSeparator);
      const d = native(p, above, true);
      if (c !== d) return JSON.stringify([p, above, 'win32', c, d]);
    }
  }
  return '';
})()`)
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != "" {
		t.Fatalf("mismatch: %s", v.String())
	}
}
