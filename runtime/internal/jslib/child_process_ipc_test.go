//go:build unix

package jslib

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testutil"
	"golang.org/x/sys/unix"
)

// The parent's side of a channel, with sh as the child: it reads a line from fd 3 and
// answers on it, as a Node child would with the 'json' wire format.
func TestChildProcessIPCParent(t *testing.T) {
	testutil.CheckNoLeak(t)
	runHostCases(t, tempDir, []hostCase{
		{"spawn with ipc stdio", `
const cp = require('child_process');
const c = cp.spawn('sh', ['-c', 'echo "$NODE_CHANNEL_FD $NODE_CHANNEL_SERIALIZATION_MODE"; read line <&3; echo "{\\"got\\":$line}" >&3; echo "{\\"cmd\\":\\"NODE_X\\"}" >&3; echo "\\"bye\\"" >&3'],
  { stdio: ['pipe', 'pipe', 'inherit', 'ipc'] });
log(c.connected, typeof c.send, typeof c.channel.ref, c.stdio.length, c.stdio[3]);
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('message', (m) => log('message', JSON.stringify(m)));
c.on('internalMessage', (m) => log('internal', JSON.stringify(m)));
c.on('disconnect', () => log('disconnect', c.connected, c.channel));
c.on('exit', (code) => log('exit', code));
c.on('close', (code) => log('close', code, JSON.stringify(out)));
log(c.send({ a: [1, 'x'] }, (err) => log('send cb', err)));
`, "true function function 4 null\ntrue\nsend cb null\nmessage {\"got\":{\"a\":[1,\"x\"]}}\ninternal {\"cmd\":\"NODE_X\"}\nmessage \"bye\"\ndisconnect false null\nexit 0\nclose 0 \"3 json\\n\""},
		{"send errors", `
const cp = require('child_process');
const c = cp.spawn('sh', ['-c', 'read line <&3'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
for (const args of [[], [Symbol('s')], ['x', null, 'bad'], ['x', { fd: 1 }]]) {
  try { c.send(...args); } catch (e) { log(e.code); }
}
c.on('disconnect', () => {
  log('disconnect');
  c.disconnect();
  log(c.send('late'));
  c.send('late', (err) => log('cb', err.code));
});
c.on('error', (e) => log('error', e.code));
c.send('line');
`, "ERR_MISSING_ARGS\nERR_INVALID_ARG_TYPE\nERR_INVALID_ARG_TYPE\nERR_INVALID_HANDLE_TYPE\ndisconnect\nerror ERR_IPC_DISCONNECTED\nfalse\nerror ERR_IPC_CHANNEL_CLOSED\ncb ERR_IPC_CHANNEL_CLOSED"},
		{"spawn failure keeps a dead channel", `
const c = require('child_process').spawn('/nonexistent-gonode', [], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
c.on('error', (e) => log('error', e.code));
c.on('disconnect', () => log('disconnect'));
c.on('close', (code) => log('close', code));
log(c.connected, c.send('x', (err) => log('send cb', err.code)));
`, "true true\nerror ENOENT\nsend cb EPIPE\nclose -2\ndisconnect"},
		{"both serializations through an echoing child", `
const cp = require('child_process');
const util = require('util');
const modes = ['json', 'advanced'];
(function next() {
  const serialization = modes.shift();
  if (!serialization) return log('done');
  // cat sends every byte back: the parent reads what it wrote.
  const c = cp.spawn('sh', ['-c', 'echo "$NODE_CHANNEL_SERIALIZATION_MODE" >&2; exec cat <&3 >&3'],
                     { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization });
  let err = '';
  c.stderr.on('data', (d) => { err += d; });
  const got = [];
  c.on('message', (m) => {
    got.push(util.inspect(m));
    if (got.length === 2) c.disconnect();
  });
  c.on('exit', (code) => {
    log(serialization, err.trim(), got.join(' | '), code);
    next();
  });
  c.send({ n: 1, list: [1, 'two'] });
  c.send(serialization === 'json' ? 'text' : { m: new Map([[1, 2]]), b: Buffer.from('hi'), big: 10n });
})();
`, "json json { n: 1, list: [ 1, 'two' ] } | 'text' 0\nadvanced advanced { n: 1, list: [ 1, 'two' ] } | { m: Map(1) { 1 => 2 }, b: <Buffer 68 69>, big: 10n } 0\ndone"},
		{"fork needs a gonode execPath", `
const cp = require('child_process');
try { cp.fork('x.js'); } catch (e) { log(e.code); }
const c = cp.fork('x.js', [], { execPath: 'sh', execArgv: ['-c', 'read line <&3; echo "[$line]" >&3', 'sh'] });
c.on('message', (m) => log('message', JSON.stringify(m)));
c.on('exit', (code) => log('exit', code));
c.send(42);
`, "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM\nmessage [42]\nexit 0"},
	})
}

// The child's side: _forkChild on one end of a socketpair whose other end the test holds.
func TestChildProcessIPCChild(t *testing.T) {
	testutil.CheckNoLeak(t)
	fds, err := testutil.Socketpair()
	if err != nil {
		t.Fatal(err)
	}
	_ = unix.SetNonblock(fds[0], true) // pollable: Close interrupts a pending Read
	peer := os.NewFile(uintptr(fds[0]), "peer")
	defer peer.Close()
	got := make(chan string, 16)
	go func() {
		defer close(got)
		sc := bufio.NewScanner(peer)
		for sc.Scan() {
			got <- sc.Text()
		}
	}()
	// The peer answers the child's first message, then hangs up.
	go func() {
		if line, ok := <-got; ok {
			fmt.Fprintf(peer, "{\"cmd\":\"NODE_INTERNAL\"}\n\"reply to %s\"\n", strings.ReplaceAll(line, "\"", "'"))
			time.Sleep(20 * time.Millisecond)
			if rc, err := peer.SyscallConn(); err == nil {
				_ = rc.Control(func(fd uintptr) { _ = unix.Shutdown(int(fd), unix.SHUT_WR) })
			}
		}
	}()
	out := runHostJS(t, t.TempDir(), fmt.Sprintf(`
process.env.NODE_CHANNEL_FD = '%d';
require('internal/child_process').setupChildProcessIpcChannel();
log(typeof process.send, process.connected, process.env.NODE_CHANNEL_FD, process.channel.fd === %[1]d);
process.on('internalMessage', (m) => log('internal', JSON.stringify(m)));
process.on('message', (m) => log('message', m));
process.on('disconnect', () => log('disconnect', process.connected, process.channel));
process.send({ hello: 'parent' });
`, fds[1]))
	want := "function true undefined true\ninternal {\"cmd\":\"NODE_INTERNAL\"}\nmessage reply to {'hello':'parent'}\ndisconnect false null"
	if out != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
}

// Without 'message' or 'disconnect' listeners the child's channel does not keep its loop
// alive (Node's _forkChild ref counting), and the env's end closes the channel.
func TestChildProcessIPCChildUnref(t *testing.T) {
	testutil.CheckNoLeak(t)
	fds, err := testutil.Socketpair()
	if err != nil {
		t.Fatal(err)
	}
	_ = unix.SetNonblock(fds[0], true)
	peer := os.NewFile(uintptr(fds[0]), "peer")
	defer peer.Close()
	_ = peer.SetReadDeadline(time.Now().Add(10 * time.Second))
	rt, h := newHostRuntime(t, t.TempDir())
	done := make(chan struct{})
	go func() {
		defer close(done)
		rt.runHostMain(h, "/tmp/child.js", fmt.Sprintf(`
require('child_process')._forkChild(%d, 'json');
const f = () => {};
process.on('message', f);
process.removeListener('message', f);
process.send('only');
`, fds[1]))
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the channel kept the loop alive")
	}
	if h.held() {
		t.Fatal("holds left")
	}
	line, err := bufio.NewReader(peer).ReadString('\n')
	if err != nil || line != "\"only\"\n" {
		t.Fatalf("peer read %q, %v", line, err)
	}
	// When the env is done (the harness's cleanup), the channel closes and its
	// goroutines end: CheckNoLeak.
}
