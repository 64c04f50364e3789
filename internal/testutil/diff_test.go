package testutil

import "testing"

func TestFirstDiff(t *testing.T) {
	for _, tc := range []struct{ want, got, msg string }{
		{"a\nb\n", "a\nb\n", "(identical lines)"},
		{"a\nb\nc\n", "a\nx\nc\n", "first difference at line 2 (after:\na)\n  want: \"b\"\n  got:  \"x\""},
		{"a\nb\n", "a\n", "first difference at line 2 (after:\na)\n  want: \"b\"\n  got:  \"\""},
		{"a\n", "a\nb\n", "first difference at line 2 (after:\na)\n  want: \"\"\n  got:  \"b\""},
		{"1\n2\n3\n4\n5\n", "1\n2\n3\n4\n6\n", "first difference at line 5 (after:\n2\n3\n4)\n  want: \"5\"\n  got:  \"6\""},
		{"a", "a\nb", "first difference at line 2 (after:\na)\n  want: \"<EOF>\"\n  got:  \"b\""},
	} {
		if got := FirstDiff(tc.want, tc.got); got != tc.msg {
			t.Errorf("FirstDiff(%q, %q) =\n%s\nwant\n%s", tc.want, tc.got, got, tc.msg)
		}
	}
}
