package testutil

import (
	"fmt"
	"strings"
)

// FirstDiff describes where got first differs from want, line by line (a missing line
// shows as <EOF>), with up to three preceding lines of want for context: the message of
// a failed golden comparison.
func FirstDiff(want, got string) string {
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	line := func(ls []string, i int) string {
		if i < len(ls) {
			return ls[i]
		}
		return "<EOF>"
	}
	for i := 0; i < len(wl) || i < len(gl); i++ {
		w, g := line(wl, i), line(gl, i)
		if w == g {
			continue
		}
		ctx := strings.Join(wl[max(i-3, 0):min(i, len(wl))], "\n")
		return fmt.Sprintf("first difference at line %d (after:\n%s)\n  want: %q\n  got:  %q", i+1, ctx, w, g)
	}
	return "(identical lines)"
}
