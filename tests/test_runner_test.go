package tests

// node:test conformance: the scripts under conformance-normalized/test_runner/ have
// goldens recorded from reference Node v26 by record-goldens.sh (SCRIPT.stdout and
// SCRIPT.exit). The spec reporter prints durations, and failures print stack traces
// whose frames differ between V8 and goja, so both outputs are normalised before the
// comparison: "(1.234ms)" becomes "(Xms)", "duration_ms 12.3" becomes "duration_ms X",
// and each run of stack-frame lines ("    at ...") becomes one "<stack>" line (keeping
// the " {" util.inspect appends to the last frame when the error has properties).

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gonode/gonode/internal/testutil"
)

var (
	durationRe   = regexp.MustCompile(`\(\d+(\.\d+)?ms\)`)
	durationMsRe = regexp.MustCompile(`duration_ms \d+(\.\d+)?`)
	frameRe      = regexp.MustCompile(`^(\s*)at `)
)

// normalizeTestRunnerOutput applies the normalisation described above.
func normalizeTestRunnerOutput(s string) string {
	s = durationRe.ReplaceAllString(s, "(Xms)")
	s = durationMsRe.ReplaceAllString(s, "duration_ms X")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		m := frameRe.FindStringSubmatch(lines[i])
		if m == nil {
			out = append(out, lines[i])
			continue
		}
		j := i
		for j+1 < len(lines) && frameRe.MatchString(lines[j+1]) {
			j++
		}
		line := m[1] + "at <stack>"
		if strings.HasSuffix(lines[j], " {") {
			line += " {"
		}
		out = append(out, line)
		i = j
	}
	return strings.Join(out, "\n")
}

func TestTestRunnerConformance(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join("conformance-normalized", "test_runner", "*.*js"))
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no test_runner scripts found")
	}
	for _, script := range scripts {
		script := script
		t.Run(filepath.Base(script), func(t *testing.T) {
			t.Parallel()
			wantOut, wantCode := testutil.Golden(t, script)
			gotOut, gotErr, gotCode := runScript(t, script)
			want := normalizeTestRunnerOutput(string(wantOut))
			got := normalizeTestRunnerOutput(string(gotOut))
			if got != want {
				t.Errorf("normalised stdout differs from Node's golden:\n%s\nstderr:\n%s", testutil.FirstDiff(want, got), gotErr)
			}
			if gotCode != wantCode {
				t.Errorf("exit code = %d, Node's = %d\nstderr:\n%s", gotCode, wantCode, gotErr)
			}
		})
	}
}

func TestNormalizeTestRunnerOutput(t *testing.T) {
	in := "✔ a (0.123ms)\n✖ b (12ms)\n  Error: x\n      at f (/a.js:1:2)\n      at g (node:internal/x:3:4) {\n    code: 'E'\n  }\nℹ duration_ms 19.332954\n"
	want := "✔ a (Xms)\n✖ b (Xms)\n  Error: x\n      at <stack> {\n    code: 'E'\n  }\nℹ duration_ms X\n"
	if got := normalizeTestRunnerOutput(in); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
