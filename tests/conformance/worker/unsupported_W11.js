// W11: process.chdir and setting process.umask are unsupported in workers; reading
// umask works. Also process.kill's bad-signal error on the main thread.
const { Worker } = require('node:worker_threads');
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log('kill', e.name, e.code, e.message); }
const w = new Worker(`
  const { parentPort } = require('node:worker_threads');
  const out = [];
  for (const [name, fn] of [['chdir', () => process.chdir('/')], ['umask set', () => process.umask(0o22)]]) {
    try { fn(); out.push(name + ' ok'); } catch (e) { out.push(name + ' ' + e.name + ' ' + e.code + ' ' + e.message); }
  }
  out.push('umask read ' + typeof process.umask());
  parentPort.postMessage(out);
`, { eval: true });
w.on('message', (m) => console.log(m.join('\n')));
