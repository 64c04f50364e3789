//go:build unix

package runtime

import (
	"bufio"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/testutil"
)

// An embedded env (no ForkSupport) never runs its host program as a fork child, and
// leaves an inherited NODE_CHANNEL_FD alone.
func TestForkEmbeddedRefusesExecPath(t *testing.T) {
	testutil.CheckNoLeak(t)
	env, out := newTestEnv(t, Config{Environ: map[string]string{"NODE_CHANNEL_FD": "3"}})
	code, err := env.RunString(context.Background(), "embed.js", `
const cp = require('child_process');
try { cp.fork('child.js'); } catch (e) { console.log(e.code); }
console.log(typeof process.send, process.connected, process.env.NODE_CHANNEL_FD);
`)
	if code != 0 || err != nil {
		t.Fatalf("code %d err %v\n%s", code, err, out)
	}
	if want := "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM\nundefined undefined 3\n"; out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
}

// socketpair returns the env's end (a descriptor number for NODE_CHANNEL_FD, owned by
// the env from then on) and the test's end.
func socketpair(t *testing.T) (int, *os.File) {
	t.Helper()
	fds, err := testutil.Socketpair()
	if err != nil {
		t.Fatal(err)
	}
	_ = unix.SetNonblock(fds[0], true) // pollable: deadlines work, Close interrupts a Read
	peer := os.NewFile(uintptr(fds[0]), "peer")
	t.Cleanup(func() { peer.Close() })
	return fds[1], peer
}

// With ForkSupport, the main thread connects to the channel in NODE_CHANNEL_FD.
func TestForkSupportChildChannel(t *testing.T) {
	testutil.CheckNoLeak(t)
	fd, peer := socketpair(t)
	env, out := newTestEnv(t, Config{
		Environ: map[string]string{"NODE_CHANNEL_FD": strconv.Itoa(fd), "NODE_CHANNEL_SERIALIZATION_MODE": "json", "KEEP": "1"},
		Setup:   []func(*Env) error{ForkSupport},
	})
	peerDone := make(chan struct{})
	go func() {
		defer close(peerDone)
		r := bufio.NewReader(peer)
		line, _ := r.ReadString('\n')
		_, _ = peer.WriteString(`{"cmd":"NODE_PING"}` + "\n" + `{"reply":` + strings.TrimSpace(line) + "}\n")
		time.Sleep(10 * time.Millisecond)
		if rc, err := peer.SyscallConn(); err == nil {
			_ = rc.Control(func(fd uintptr) { _ = unix.Shutdown(int(fd), unix.SHUT_WR) })
		}
	}()
	defer func() { <-peerDone }()
	code, err := env.RunString(context.Background(), "child.js", `
console.log(typeof process.send, process.connected, process.env.NODE_CHANNEL_FD,
            process.env.NODE_CHANNEL_SERIALIZATION_MODE, process.env.KEEP);
process.on('message', (m) => console.log('message', JSON.stringify(m)));
process.on('disconnect', () => console.log('disconnect', process.connected));
process.send({ hi: 1 });
`)
	if code != 0 || err != nil {
		t.Fatalf("code %d err %v\n%s", code, err, out)
	}
	want := "function true undefined undefined 1\nmessage {\"reply\":{\"hi\":1}}\ndisconnect false\n"
	if out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
}

// Terminating an env whose channel keeps it alive ends the channel's goroutines, and
// the other end sees the channel close.
func TestForkSupportTerminate(t *testing.T) {
	testutil.CheckNoLeak(t)
	fd, peer := socketpair(t)
	env, out := newTestEnv(t, Config{
		Environ: map[string]string{"NODE_CHANNEL_FD": strconv.Itoa(fd)},
		Setup:   []func(*Env) error{ForkSupport},
	})
	done := make(chan int, 1)
	go func() {
		code, _ := env.RunString(context.Background(), "child.js", `
process.on('message', () => {});
process.send('ready');
`)
		done <- code
	}()
	r := bufio.NewReader(peer)
	if line, err := r.ReadString('\n'); err != nil || line != "\"ready\"\n" {
		t.Fatalf("read %q %v\n%s", line, err, out)
	}
	select {
	case <-done:
		t.Fatal("the env ended although a 'message' listener refs its channel")
	case <-time.After(50 * time.Millisecond):
	}
	env.Terminate()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("terminate did not end the env")
	}
	_ = peer.SetReadDeadline(time.Now().Add(5 * time.Second))
	if n, err := r.Read(make([]byte, 1)); n != 0 || err == nil {
		t.Fatalf("peer read %d %v; want the end of the channel", n, err)
	}
}

// A worker (ThreadID != 0) never takes the process's channel.
func TestForkSupportNotOnWorkers(t *testing.T) {
	testutil.CheckNoLeak(t)
	env, out := newTestEnv(t, Config{
		ThreadID: 3,
		ExecPath: "/bin/sh", // never the test binary
		Environ:  map[string]string{"NODE_CHANNEL_FD": "3"},
		Setup:    []func(*Env) error{ForkSupport},
	})
	code, err := env.RunString(context.Background(), "w.js", `
console.log(typeof process.send, process.env.NODE_CHANNEL_FD);
try { require('child_process').fork('/nonexistent/x.js', [], { stdio: 'ignore' }).on('error', () => {}); console.log('fork allowed'); } catch (e) { console.log(e.code); }
`)
	if code != 0 || err != nil {
		t.Fatalf("code %d err %v\n%s", code, err, out)
	}
	if want := "undefined 3\nfork allowed\n"; out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
}

// A NODE_CHANNEL_FD that is no socket leaves the process without a channel and warns,
// rather than failing to start.
func TestForkSupportNotASocket(t *testing.T) {
	testutil.CheckNoLeak(t)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	env, out := newTestEnv(t, Config{
		Environ: map[string]string{"NODE_CHANNEL_FD": strconv.Itoa(int(r.Fd()))},
		Setup:   []func(*Env) error{ForkSupport},
	})
	code, err := env.RunString(context.Background(), "child.js", `console.log('ran', typeof process.send)`)
	if code != 0 || err != nil {
		t.Fatalf("code %d err %v\n%s", code, err, out)
	}
	if s := out.String(); !strings.Contains(s, "ran undefined") || !strings.Contains(s, "is not an IPC channel (ENOTSOCK)") {
		t.Fatalf("got %q", s)
	}
}
