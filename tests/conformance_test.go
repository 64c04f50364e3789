// Package tests holds gonode's cross-package and conformance tests.
//
// Conformance: every script under conformance/ (except fixtures/ and node_modules/
// folders) has a golden SCRIPT.stdout and SCRIPT.exit recorded from reference Node v26
// by record-goldens.sh. The test builds the gonode binary once, runs each script with the
// script's folder as working directory and the same fixed environment the recorder uses,
// and compares stdout byte for byte and the exit code.
package tests

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testutil"
)

var gonodeBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gonode-conformance")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	gonodeBin = filepath.Join(dir, "gonode")
	build := exec.Command("go", "build", "-o", gonodeBin, "github.com/gonode/gonode/cmd/gonode")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building gonode:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func TestConformance(t *testing.T) {
	scripts := testutil.ConformanceScripts(t, "conformance")
	if len(scripts) == 0 {
		t.Fatal("no conformance scripts found")
	}
	for _, script := range scripts {
		script := script
		name := strings.TrimPrefix(script, "conformance/")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			wantOut, wantCode := testutil.Golden(t, script)
			gotOut, gotErr, gotCode := runScript(t, script)
			if !bytes.Equal(gotOut, wantOut) {
				t.Errorf("stdout differs from Node's golden:\n%s\nstderr:\n%s", testutil.FirstDiff(string(wantOut), string(gotOut)), gotErr)
			}
			if gotCode != wantCode {
				t.Errorf("exit code = %d, Node's = %d\nstderr:\n%s", gotCode, wantCode, gotErr)
			}
		})
	}
}

func runScript(t *testing.T, script string) (stdout, stderr []byte, code int) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, gonodeBin, filepath.Base(script))
	cmd.Dir = filepath.Dir(script)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "LANG=C.UTF-8", "GONODE_GOLDEN=1"}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("timed out after 60s; stdout so far:\n%s", out.Bytes())
	}
	code = 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), errb.Bytes(), code
}
