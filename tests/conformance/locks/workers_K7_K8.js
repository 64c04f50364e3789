// K7/K8: locks are process-wide; query() shows only the calling thread's requests; a
// worker's locks are released when it exits.
const { locks, Worker, isMainThread, parentPort } = require('node:worker_threads');
if (isMainThread) {
  (async () => {
    let release;
    const held = locks.request('shared-res', () => new Promise((r) => { release = r; }));
    const w = new Worker(__filename);
    w.on('message', async (m) => {
      console.log('worker says:', m);
      if (m === 'ifAvailable: null') {
        release();
        await held;
      }
      if (m.startsWith('worker holds')) {
        const q = await locks.query();
        console.log('main query sees', q.held.length, 'held');
        const got = await locks.request('w-lock', { ifAvailable: true }, (l) => (l ? 'main got w-lock' : 'w-lock busy'));
        console.log(got);
        w.postMessage('exit');
      }
    });
    w.on('exit', async (c) => {
      console.log('worker exit', c);
      console.log(await locks.request('w-lock', { ifAvailable: true }, (l) => (l ? 'released at exit' : 'still held')));
    });
  })();
} else {
  parentPort.once('message', () => process.exit(0));
  (async () => {
    parentPort.postMessage(await locks.request('shared-res', { ifAvailable: true }, (l) => `ifAvailable: ${l}`));
    await locks.request('shared-res', () => {});
    locks.request('w-lock', () => new Promise(() => {}));
    const q = await locks.query();
    parentPort.postMessage(`worker holds ${q.held.map((l) => l.name).join()}`);
  })();
}
