'use strict';
// spawn: stdio pipes, events and their order, exit codes, signals, errors, options.
const cp = require('child_process');

function run(name, fn) {
  return new Promise((resolve) => {
    console.log(`--- ${name}`);
    fn(resolve);
  });
}

// Prints what Node guarantees: the data, the exit and close arguments, and that 'spawn'
// comes first, 'exit' before 'close', the ends of the output before 'close'. (The
// interleaving of output, 'exit' and the ends varies from run to run, in Node too.)
function trace(child, done, extra) {
  const ev = [];
  let out = '';
  let err = '';
  if (child.stdout) {
    child.stdout.on('data', (d) => { out += d; });
    child.stdout.on('end', () => ev.push('stdout end'));
  }
  if (child.stderr) {
    child.stderr.on('data', (d) => { err += d; });
    child.stderr.on('end', () => ev.push('stderr end'));
  }
  child.on('spawn', () => ev.push('spawn'));
  child.on('exit', (code, signal) => ev.push(`exit ${code} ${signal}`));
  child.on('error', (e) => ev.push(`error ${e.message}`));
  child.on('close', (code, signal) => {
    const exitAt = ev.findIndex((e) => e.startsWith('exit') || e.startsWith('error'));
    console.log('stdout', JSON.stringify(out), 'stderr', JSON.stringify(err));
    console.log(ev.find((e) => e.startsWith('exit') || e.startsWith('error')), `close ${code} ${signal}`);
    console.log('spawn first', ev[0] === 'spawn', 'exit seen', exitAt >= 0,
                'ends', ev.filter((e) => e.endsWith(' end')).sort().join(','));
    if (extra) extra();
    done();
  });
}

(async () => {
  await run('echo', (done) => {
    const c = cp.spawn('echo', ['hello', 'world']);
    console.log(typeof c.pid, c.connected, c.killed, c.exitCode, c.signalCode, c.spawnfile, c.spawnargs);
    console.log(c.stdin !== null, c.stdout !== null, c.stderr !== null, c.stdio.length);
    trace(c, done, () => console.log('after', c.exitCode, c.signalCode));
  });

  await run('sh stdout+stderr+exit code', (done) => {
    trace(cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']), done);
  });

  await run('cat stdin', (done) => {
    const c = cp.spawn('cat');
    c.stdout.setEncoding('utf8');
    trace(c, done);
    c.stdin.write('line 1\n');
    c.stdin.end('line 2\n');
  });

  await run('kill', (done) => {
    const c = cp.spawn('sh', ['-c', 'exec sleep 5']);
    trace(c, done, () => console.log('killed', c.killed, c.signalCode));
    c.on('spawn', () => console.log('kill returns', c.kill()));
  });

  await run('kill SIGKILL', (done) => {
    const c = cp.spawn('cat');
    trace(c, done);
    c.on('spawn', () => c.kill('SIGKILL'));
  });

  await run('ENOENT', (done) => {
    const c = cp.spawn('nosuchcmd-gonode', ['a', 'b']);
    console.log('pid', c.pid);
    c.on('error', (err) => {
      console.log(err.message, err.errno, err.code, err.syscall, err.path, err.spawnargs);
      console.log(Object.keys(err));
    });
    trace(c, done);
  });

  await run('cwd and env', (done) => {
    const c = cp.spawn('sh', ['-c', 'pwd; echo "$GONODE_X"'], { cwd: '/', env: { GONODE_X: 'from env', PATH: process.env.PATH } });
    trace(c, done);
  });

  await run('shell option', (done) => {
    trace(cp.spawn('echo $((1+2)) | cat', { shell: true }), done);
  });

  await run('stdio ignore and inherit', (done) => {
    const c = cp.spawn('echo', ['ignored'], { stdio: 'ignore' });
    console.log(c.stdin, c.stdout, c.stderr, c.stdio);
    trace(c, done);
  });

  await run('stdio array', (done) => {
    const c = cp.spawn('sh', ['-c', 'echo to-stderr >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
    console.log(c.stdin === null, c.stdout !== null, c.stderr === null);
    trace(c, done);
  });

  await run('big output backpressure', (done) => {
    const c = cp.spawn('sh', ['-c', 'i=0; while [ $i -lt 2000 ]; do echo "line $i of some output"; i=$((i+1)); done']);
    let bytes = 0;
    let lines = 0;
    c.stdout.on('data', (d) => {
      bytes += d.length;
      lines += String(d).split('\n').length - 1;
    });
    c.on('close', (code) => {
      console.log('bytes', bytes, 'lines', lines, 'code', code);
      done();
    });
  });

  await run('validation', (done) => {
    for (const f of [
      () => cp.spawn(),
      () => cp.spawn(''),
      () => cp.spawn('echo', 'notarray'),
      () => cp.spawn('echo', [], { cwd: 42 }),
      () => cp.spawn('echo', [], { stdio: 'bogus' }),
      () => cp.spawn('echo', [], { shell: 42 }),
      () => cp.spawn('echo', ['a\u0000b']),
      () => cp.spawn('echo', [], { timeout: -1 }),
      () => cp.spawn('echo', [], { killSignal: 'SIGNOPE' }),
    ]) {
      try {
        f();
        console.log('no error');
      } catch (err) {
        console.log(err.name, err.code, err.message);
      }
    }
    const c = cp.spawn('cat');
    try {
      c.kill('SIGBOGUS');
    } catch (err) {
      console.log(err.code, err.message);
    }
    c.on('close', (code, signal) => {
      console.log('cat closed', code, signal);
      done();
    });
    c.stdin.end();
  });

  await run('timeout option', (done) => {
    const c = cp.spawn('sh', ['-c', 'exec sleep 5'], { timeout: 50 });
    c.on('exit', (code, signal) => console.log('exit', code, signal, c.killed));
    c.on('close', () => done());
  });
})();
