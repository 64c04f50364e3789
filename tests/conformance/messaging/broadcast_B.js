// B1-B5: BroadcastChannel across threads, never to the sender, errors, keep-alive.
const { Worker, BroadcastChannel, isMainThread, parentPort } = require('node:worker_threads');
if (isMainThread) {
  const a = new BroadcastChannel('chan');
  const b = new BroadcastChannel('chan');
  const other = new BroadcastChannel('other');
  const seen = [];
  // Print once the worker has exited and both channels have its message (the two may
  // arrive in either order).
  let pending = 3;
  const done = () => { if (--pending === 0) finish(); };
  a.onmessage = (e) => {
    seen.push(`a got ${e.data} (${e.constructor.name}, ports ${e.ports.length})`);
    if (e.data === 'from worker') done();
  };
  b.addEventListener('message', (e) => {
    seen.push(`b got ${e.data}`);
    if (e.data === 'from worker') done();
  });
  other.onmessage = () => seen.push('other: never');
  console.log('name', new BroadcastChannel(123).close() ?? 'closed', typeof a.name, a.name);
  try { new BroadcastChannel(); } catch (e) { console.log(e.name, e.code); }
  const w = new Worker(__filename);
  w.on('message', (m) => {
    if (m === 'ready') {
      a.postMessage('from a');
      return;
    }
    console.log('worker saw', m);
  });
  w.on('exit', done);
  function finish() {
    console.log(seen.sort().join('\n'));
    a.close();
    a.close();
    try { a.postMessage('x'); } catch (e) { console.log(e.name, e.message); }
    try { b.postMessage(() => {}); } catch (e) { console.log(e.name); }
    b.close();
    other.close();
    // B5: an open channel keeps the thread alive even without listeners; unref lets it go.
    const idle = new BroadcastChannel('idle');
    console.log('unref returns channel', idle.unref() === idle);
  }
} else {
  const c = new BroadcastChannel('chan');
  c.onmessage = (e) => {
    parentPort.postMessage(`worker got ${e.data}`);
    c.postMessage('from worker');
    c.close();
  };
  parentPort.postMessage('ready');
}
