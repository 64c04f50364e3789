// B1-B5: BroadcastChannel across threads, never to the sender, errors, keep-alive.
const { Worker, BroadcastChannel, isMainThread, parentPort } = require('node:worker_threads');
if (isMainThread) {
  const a = new BroadcastChannel('chan');
  const b = new BroadcastChannel('chan');
  const other = new BroadcastChannel('other');
  const seen = [];
  a.onmessage = (e) => seen.push(`a got ${e.data} (${e.constructor.name}, ports ${e.ports.length})`);
  b.addEventListener('message', (e) => seen.push(`b got ${e.data}`));
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
  w.on('exit', () => {
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
  });
} else {
  const c = new BroadcastChannel('chan');
  c.onmessage = (e) => {
    parentPort.postMessage(`worker got ${e.data}`);
    c.postMessage('from worker');
    c.close();
  };
  parentPort.postMessage('ready');
}
