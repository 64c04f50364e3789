'use strict';
// stdio 'inherit': the child writes straight to this process's stdout; a running child
// keeps the process alive; unref'd children with ignored stdio do not.
const cp = require('child_process');

console.log('before');
cp.spawnSync('echo', ['sync child'], { stdio: 'inherit' });
cp.execSync('echo exec child', { stdio: 'inherit' });
console.log('after sync');

const c = cp.spawn('sh', ['-c', 'echo async child; exit 2'], { stdio: 'inherit' });
c.on('exit', (code) => {
  console.log('exit', code);
  const d = cp.spawn('sh', ['-c', 'sleep 0.2; echo late'], { stdio: ['ignore', 'inherit', 'inherit'] });
  d.on('close', (code) => {
    console.log('late child closed', code);
    const u = cp.spawn('sleep', ['5'], { stdio: 'ignore' });
    u.unref();
    process.on('exit', () => console.log('exiting without waiting for sleep', typeof u.pid));
  });
});
