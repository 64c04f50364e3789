package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/gonode/gonode/cli"
	"github.com/gonode/gonode/internal/testutil"
)

const wantOutput = `hello, world (call 1 in this env)
hello, gonode (call 2 in this env)
null called back after 20ms from a goroutine
worker: hello, worker (call 1 in this env)
hello: env done after 1 greeting(s)
worker exited
hello: env done after 2 greeting(s)
`

func TestCustomBinaryInProcess(t *testing.T) {
	testutil.CheckNoLeak(t)
	var out, errOut bytes.Buffer
	opts := options()
	opts.Stdout, opts.Stderr, opts.Stdin = &out, &errOut, strings.NewReader("")
	code := cli.Main([]string{"example.js"}, opts)
	if code != 0 || out.String() != wantOutput {
		t.Fatalf("code %d\nstdout %q\nstderr %q", code, out.String(), errOut.String())
	}
}

func TestCustomBinaryWithoutAddonFails(t *testing.T) {
	var out, errOut bytes.Buffer
	code := cli.Main([]string{"example.js"}, cli.Options{Stdout: &out, Stderr: &errOut, Stdin: strings.NewReader("")})
	if code == 0 || !strings.Contains(errOut.String(), "hello") {
		t.Fatalf("stock CLI ran the addon script: code %d stderr %q", code, errOut.String())
	}
}

func TestCustomBinaryBuilt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	goTool := filepath.Join(goruntime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goTool); err != nil {
		t.Skip("go tool not found")
	}
	bin := filepath.Join(t.TempDir(), "mygonode")
	build := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "example.js")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stdout.String() != wantOutput {
		t.Fatalf("run: %v\nstdout %q\nstderr %q", err, stdout.String(), stderr.String())
	}
}
