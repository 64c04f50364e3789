package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, Options{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return out.String(), errb.String(), code
}

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "args.js")
	if err := os.WriteFile(script, []byte(`console.log(JSON.stringify(process.argv.slice(2)), process.argv[1] === __filename)`), 0o644); err != nil {
		t.Fatal(err)
	}
	pre := filepath.Join(dir, "pre.js")
	if err := os.WriteFile(pre, []byte(`globalThis.preloaded = 'yes'`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantOut    string
		wantErrSub string
		wantCode   int
	}{
		{name: "version", args: []string{"--version"}, wantOut: "v26.10.0\n"},
		{name: "version short", args: []string{"-v"}, wantOut: "v26.10.0\n"},
		{name: "help", args: []string{"--help"}, wantOut: "Usage: gonode"},
		{name: "unknown option exits 9", args: []string{"--definitely-not-an-option"}, wantErrSub: "bad option: --definitely-not-an-option", wantCode: 9},
		{name: "eval", args: []string{"-e", "console.log(1 + 1)"}, wantOut: "2\n"},
		{name: "eval filename", args: []string{"-e", "console.log(__filename, __dirname, typeof require, module.id)"}, wantOut: "[eval] . function [eval]\n"},
		{name: "eval args", args: []string{"-e", "console.log(process.argv.length, process.argv[1])", "a"}, wantOut: "2 a\n"},
		{name: "print", args: []string{"-p", "({a: [1, 2]})"}, wantOut: "{ a: [ 1, 2 ] }\n"},
		{name: "print string", args: []string{"--print", "'x'.repeat(3)"}, wantOut: "xxx\n"},
		{name: "eval exit code", args: []string{"-e", "process.exitCode = 4"}, wantCode: 4},
		{name: "eval throws", args: []string{"-e", "throw new Error('bad')"}, wantErrSub: "Error: bad", wantCode: 1},
		{name: "eval syntax error", args: []string{"-e", "let = = 1"}, wantErrSub: "SyntaxError", wantCode: 1},
		{name: "eval missing argument", args: []string{"-e"}, wantErrSub: "requires an argument", wantCode: 9},
		{name: "stdin", stdin: "console.log('from stdin', __filename)", args: nil, wantOut: "from stdin [stdin]\n"},
		{name: "stdin dash", stdin: "console.log(process.argv.slice(1).join())", args: []string{"-", "x", "y"}, wantOut: "-,x,y\n"},
		{name: "script args", args: []string{script, "1", "--flag"}, wantOut: "[\"1\",\"--flag\"] true\n"},
		{name: "double dash", args: []string{"--", script, "z"}, wantOut: "[\"z\"] true\n"},
		{name: "require preload", args: []string{"-r", pre, "-e", "console.log(preloaded)"}, wantOut: "yes\n"},
		{name: "missing script", args: []string{filepath.Join(dir, "nope.js")}, wantErrSub: "Cannot find module", wantCode: 1},
		{name: "expose gc", args: []string{"--expose-gc", "-e", "console.log(typeof gc)"}, wantOut: "function\n"},
		{name: "no gc by default", args: []string{"-e", "console.log(typeof gc)"}, wantOut: "undefined\n"},
		{name: "execArgv", args: []string{"--no-warnings", "-e", "console.log(process.execArgv.join(' '))"}, wantOut: "--no-warnings -e console.log(process.execArgv.join(' '))\n"},
		{name: "no warnings", args: []string{"--no-warnings", "-e", "process.emitWarning('w'); setTimeout(() => console.log('done'), 1)"}, wantOut: "done\n"},
		// goja's stack overflow is not catchable by JS (documented difference); it ends
		// the script as Node's RangeError instead of exhausting the host's memory.
		{name: "stack size", args: []string{"--stack-size=50", "-e", "function f(n){return f(n+1)} f(0)"}, wantErrSub: "RangeError: Maximum call stack size exceeded", wantCode: 1},
		{name: "default stack limit", args: []string{"-e", "function f(n){return f(n+1)} f(0)"}, wantErrSub: "RangeError: Maximum call stack size exceeded", wantCode: 1},
		{name: "input type bad", args: []string{"--input-type=foo", "-e", "1"}, wantErrSub: "--input-type", wantCode: 9},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := run(t, tc.stdin, tc.args...)
			if code != tc.wantCode {
				t.Errorf("code = %d, want %d (stderr %q)", code, tc.wantCode, errOut)
			}
			if tc.wantOut != "" && !strings.HasPrefix(out, tc.wantOut) {
				t.Errorf("stdout = %q, want prefix %q (stderr %q)", out, tc.wantOut, errOut)
			}
			if tc.wantErrSub != "" && !strings.Contains(errOut, tc.wantErrSub) {
				t.Errorf("stderr = %q, want it to contain %q", errOut, tc.wantErrSub)
			}
		})
	}
}

func TestProcessStdin(t *testing.T) {
	out, errOut, code := run(t, "line one\nline two\n", "-e",
		"let s = ''; process.stdin.setEncoding('utf8'); process.stdin.on('data', (d) => s += d); process.stdin.on('end', () => console.log(JSON.stringify(s)))")
	if code != 0 || out != "\"line one\\nline two\\n\"\n" {
		t.Fatalf("code %d out %q err %q", code, out, errOut)
	}
	// Not reading stdin does not keep the process alive.
	out, _, code = run(t, "ignored", "-e", "console.log(typeof process.stdin.pipe)")
	if code != 0 || out != "function\n" {
		t.Fatalf("code %d out %q", code, out)
	}
}
