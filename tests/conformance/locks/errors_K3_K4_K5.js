// K3 argument errors, K4 steal, K5 abort of a pending request.
const { locks } = require('node:worker_threads');
const show = (p) => p.then((v) => `resolved ${v}`, (e) => `${e.name}${e.code !== undefined ? ' ' + e.code : ''}: ${e.message}`);
(async () => {
  console.log(await show(locks.request('-bad', () => {})));
  console.log(await show(locks.request('a', { steal: true, ifAvailable: true }, () => {})));
  console.log(await show(locks.request('a', { steal: true, mode: 'shared' }, () => {})));
  console.log(await show(locks.request('a', { signal: new AbortController().signal, ifAvailable: true }, () => {})));
  console.log(await show(locks.request('a', { mode: 'bogus' }, () => {})));
  console.log(await show(locks.request('a', {})));
  console.log(await show(locks.request('a', { signal: AbortSignal.abort() }, () => {})));
  let release;
  const holder = show(locks.request('s', () => new Promise((r) => { release = r; })));
  await new Promise((r) => setTimeout(r, 5));
  const thief = show(locks.request('s', { steal: true }, () => 'stolen'));
  console.log('holder:', await holder);
  console.log('thief:', await thief);
  release();
  const ac = new AbortController();
  let done;
  const blocker = locks.request('q', () => new Promise((r) => { done = r; }));
  const waiting = show(locks.request('q', { signal: ac.signal }, () => 'never'));
  ac.abort();
  console.log('aborted:', await waiting);
  done();
  await blocker;
})();
