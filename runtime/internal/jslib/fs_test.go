package jslib

import (
	"strings"
	"testing"
)

func tempDir(t *testing.T) string { return t.TempDir() }

func TestFSSmoke(t *testing.T) {
	runHostCases(t, tempDir, []hostCase{
		{"write read sync", `
const fs = require('fs');
fs.writeFileSync('a.txt', 'hello');
log(fs.readFileSync('a.txt', 'utf8'), fs.readFileSync('a.txt').length, fs.existsSync('a.txt'), fs.existsSync('nope'));
`, "hello 5 true false"},
		{"enoent", `
const fs = require('fs');
try { fs.readFileSync('/nonexistent/x'); } catch (e) { log(e.message, e.errno, e.code, e.syscall, e.path); }
`, "ENOENT: no such file or directory, open '/nonexistent/x' -2 ENOENT open /nonexistent/x"},
		{"async", `
const fs = require('fs');
fs.writeFile('b.txt', 'data', (err) => {
  log('written', err);
  fs.readFile('b.txt', 'utf8', (err, d) => log('read', err, d));
});
`, "written null\nread null data"},
	})
}

func TestFSConformance(t *testing.T) {
	runConformanceDir(t, "fs", nil)
}

func TestFSBinding(t *testing.T) {
	runHostCases(t, tempDir, []hostCase{
		{"relative paths use the env cwd", `
const fs = require('fs');
fs.mkdirSync('sub');
process.chdir('sub');
fs.writeFileSync('f.txt', 'in sub');
process.chdir('..');
log(fs.readFileSync('sub/f.txt', 'utf8'), fs.existsSync('f.txt'));
`, "in sub false"},
		{"async completions in submission order", `
const fs = require('fs');
const order = [];
for (let i = 0; i < 20; i++) fs.writeFile('f' + i, String(i), () => order.push(i));
setTimeout(() => log(order.join(',')), 50);
`, "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19"},
		{"async errors carry no JS frames", `
require('fs').stat('missing', (err) => log(JSON.stringify(err.stack)));
`, `"Error: ENOENT: no such file or directory, stat 'missing'"`},
		{"sync errors have a stack", `
try { require('fs').statSync('missing'); } catch (err) { log(err.stack.split('\n').length > 1); }
`, "true"},
		{"void callbacks get one argument", `
const fs = require('fs');
fs.writeFile('x', '', (...args) => fs.unlink('x', (...a2) => log(args.length, a2.length, args[0], a2[0])));
`, "1 1 null null"},
		{"promises reject with the error", `
require('fs').promises.readFile('missing').catch((err) => log(err.code, err.syscall, err.path));
`, "ENOENT open missing"},
		{"bigint stats", `
const st = require('fs').statSync('.', { bigint: true });
log(typeof st.ino, typeof st.mtimeNs, st.isDirectory());
`, "bigint bigint true"},
		{"read from a pipe does not block the queue", `
const fs = require('fs');
const cp = require('child_process');
const c = cp.spawn('sh', ['-c', 'sleep 0.2; echo piped'], { stdio: ['ignore', 'pipe', 'ignore'] });
fs.writeFile('q.txt', 'quick', () => log('write done first'));
c.stdout.on('data', (d) => log('pipe', String(d).trim()));
`, "write done first\npipe piped"},
	})
}

func TestFSNoHost(t *testing.T) {
	rt := newTestRuntime(t)
	rt.runMain("/tmp/nohost.js", `
const fs = require('fs');
try { fs.readFileSync('x'); } catch (e) { console.log(String(e.message).includes('no Host')); }
`)
	if got := strings.TrimSpace(rt.stdout.String()); got != "true" {
		t.Fatalf("got %q, stderr %s", got, rt.stderr.String())
	}
}
