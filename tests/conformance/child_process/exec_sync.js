'use strict';
// spawnSync / execSync / execFileSync and exec / execFile (callback and promisified).
const cp = require('child_process');
const util = require('util');

function show(label, fn) {
  try {
    const v = fn();
    console.log(label, JSON.stringify(v === undefined ? 'undefined' : v));
  } catch (err) {
    console.log(label, 'threw', err.name, JSON.stringify(err.message));
    console.log('  ', err.code, err.status, err.signal, JSON.stringify(String(err.stdout)), JSON.stringify(String(err.stderr)));
    console.log('  ', Object.keys(err).join(','));
  }
}

// spawnSync
const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 4']);
console.log(Object.keys(r), r.status, r.signal, String(r.stdout), String(r.stderr), typeof r.pid, r.output.length, r.output[0]);
const r2 = cp.spawnSync('cat', { input: 'from input', encoding: 'utf8' });
console.log(JSON.stringify(r2.stdout), r2.status, r2.output);
const r3 = cp.spawnSync('nosuchcmd-gonode', ['x']);
console.log(r3.error.message, r3.error.code, r3.error.errno, r3.error.syscall, r3.error.path, r3.error.spawnargs);
console.log(Object.keys(r3), r3.status, r3.output, r3.pid, r3.stdout);
const r4 = cp.spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log(r4.status, r4.signal);
const r5 = cp.spawnSync('sh', ['-c', 'sleep 5'], { timeout: 50 });
console.log(r5.status, r5.signal, r5.error.code, r5.error.message);
const r6 = cp.spawnSync('sh', ['-c', 'echo 1234567890; sleep 5'], { maxBuffer: 4 });
console.log(r6.status, r6.signal, r6.error && r6.error.code, String(r6.stdout));
const r7 = cp.spawnSync('sh', ['-c', 'pwd'], { cwd: '/', encoding: 'utf8' });
console.log(JSON.stringify(r7.stdout));
const r8 = cp.spawnSync('sh', ['-c', 'echo "$A-$B"'], { env: { A: 'a', B: 'b' }, encoding: 'utf8' });
console.log(JSON.stringify(r8.stdout));
const r9 = cp.spawnSync('echo', ['$HOME'], { shell: true, env: { HOME: '/home/x' }, encoding: 'utf8' });
console.log(JSON.stringify(r9.stdout));

// execSync / execFileSync
show('execSync', () => cp.execSync('echo hi'));
show('execSync utf8', () => cp.execSync('echo hi', { encoding: 'utf8' }));
show('execSync input', () => cp.execSync('cat', { input: 'piped', encoding: 'utf8' }));
show('execSync fail', () => cp.execSync('echo partial; echo bad >&2; exit 7', { stdio: 'pipe' }));
show('execSync fail utf8', () => cp.execSync('exit 1', { encoding: 'utf8' }));
show('execFileSync', () => cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }));
show('execFileSync fail', () => cp.execFileSync('sh', ['-c', 'exit 3'], { stdio: 'pipe' }));
show('execFileSync enoent', () => cp.execFileSync('nosuchcmd-gonode'));
show('execSync stdio ignore', () => cp.execSync('echo hidden', { stdio: 'ignore' }));

// exec / execFile
cp.exec('echo "exec out"; echo "exec err" >&2', (err, stdout, stderr) => {
  console.log('exec', err, JSON.stringify(stdout), JSON.stringify(stderr));
  cp.exec('echo failing; exit 5', (err, stdout, stderr) => {
    console.log('exec fail', err.message, err.code, err.killed, err.signal, err.cmd, JSON.stringify(stdout));
    console.log('  ', Object.keys(err).join(','));
    cp.execFile('echo', ['file', 'args'], (err, stdout) => {
      console.log('execFile', err, JSON.stringify(stdout));
      cp.execFile('nosuchcmd-gonode', ['z'], (err, stdout, stderr) => {
        console.log('execFile enoent', err.message, err.code, JSON.stringify(stdout), JSON.stringify(stderr));
        cp.exec('echo buf', { encoding: 'buffer' }, (err, stdout) => {
          console.log('exec buffer', stdout);
          cp.exec('sleep 5', { timeout: 50 }, (err) => {
            console.log('exec timeout', err.killed, err.signal, err.code, err.message);
            cp.exec('echo 123456789; sleep 5', { maxBuffer: 3 }, (err, stdout) => {
              console.log('exec maxBuffer', err.code, err.message, JSON.stringify(stdout));
              promised();
            });
          });
        });
      });
    });
  });
});

async function promised() {
  const execP = util.promisify(cp.exec);
  const { stdout, stderr } = await execP('echo promised');
  console.log('promisified exec', JSON.stringify(stdout), JSON.stringify(stderr));
  try {
    await execP('echo no >&2; exit 2');
  } catch (err) {
    console.log('promisified reject', err.code, JSON.stringify(err.stderr));
  }
  const p = util.promisify(cp.execFile)('echo', ['x']);
  console.log('child attached', typeof p.child.pid);
  console.log((await p).stdout);
}
