package jslib

import (
	"strings"
	"testing"
)

func TestChildProcess(t *testing.T) {
	runHostCases(t, tempDir, []hostCase{
		{"spawn echo", `
const cp = require('child_process');
const c = cp.spawn('echo', ['hi', 'there']);
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('exit', (code, sig) => log('exit', code, sig));
c.on('close', (code) => log('close', code, JSON.stringify(out)));
`, "exit 0 null\nclose 0 \"hi there\\n\""},
		{"stdin to cat", `
const c = require('node:child_process').spawn('cat');
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => log('got', d.trim()));
c.stdin.end('meow\n');
c.on('close', (code) => log('close', code));
`, "got meow\nclose 0"},
		{"ENOENT", `
const c = require('child_process').spawn('no-such-command-gonode', ['x']);
c.on('error', (e) => log(e.message, e.errno, e.code, e.syscall, e.path, JSON.stringify(e.spawnargs)));
c.on('close', (code, sig) => log('close', code, sig, c.pid));
`, "spawn no-such-command-gonode ENOENT -2 ENOENT spawn no-such-command-gonode no-such-command-gonode [\"x\"]\nclose -2 null undefined"},
		{"exec", `
require('child_process').exec('echo out; echo err >&2; exit 3', (err, stdout, stderr) => {
  log(err.code, err.killed, err.signal, JSON.stringify(err.message), JSON.stringify(stdout), JSON.stringify(stderr));
});
`, "3 false null \"Command failed: echo out; echo err >&2; exit 3\\nerr\\n\" \"out\\n\" \"err\\n\""},
		{"spawnSync and execSync", `
const cp = require('child_process');
const r = cp.spawnSync('sh', ['-c', 'echo $0; exit 2'], { encoding: 'utf8' });
log(r.status, r.signal, JSON.stringify(r.stdout), JSON.stringify(r.stderr));
log(JSON.stringify(cp.execSync('cat', { input: 'in', encoding: 'utf8' })));
try { cp.execSync('exit 4', { stdio: 'pipe' }); } catch (e) { log(e.status, e.message); }
const cwd = cp.spawnSync('pwd', { encoding: 'utf8' }).stdout.trim();
log(cwd === process.cwd());
`, "2 null \"sh\\n\" \"\"\n\"in\"\n4 Command failed: exit 4\ntrue"},
		{"kill", `
const c = require('child_process').spawn('cat');
c.on('spawn', () => log('kill', c.kill('SIGKILL')));
c.on('exit', (code, sig) => log('exit', code, sig, c.killed));
`, "kill true\nexit null SIGKILL true"},
		{"fork without a gonode execPath", `
try { process.execArgv = []; require('child_process').fork('x.js'); } catch (e) { log(e.code, e.message); }
`, "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM The feature fork() without options.execPath (process.execPath /usr/bin/gonode is the program embedding gonode, not a gonode binary) is unavailable on the current platform, which is being used to run Node.js"},
	})
}

func TestChildProcessConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	runConformanceDir(t, "child_process", map[string]string{
		// The harness's process.stdout is a string buffer, not fd 1.
		"inherit.js": "needs the real process stdout",
		// fork runs the gonode binary (tests/conformance_test.go builds it).
		"fork_ipc.js": "needs the gonode binary",
	})
}

func TestChildProcessNoLeakedHolds(t *testing.T) {
	rt, h := newHostRuntime(t, t.TempDir())
	rt.runHostMain(h, "/tmp/leak.js", `
const cp = require('child_process');
for (let i = 0; i < 5; i++) {
  const c = cp.spawn('sh', ['-c', 'echo ' + i]);
  c.stdout.on('data', () => {});
}
cp.exec('echo x', () => {});
`)
	if h.held() {
		t.Fatal("holds left after all children closed")
	}
	if strings.TrimSpace(rt.stderr.String()) != "" {
		t.Fatal(rt.stderr.String())
	}
}
