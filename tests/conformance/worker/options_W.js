// W1-W4, W8, bad input: filename forms, eval globals, argv, env, name.
const { Worker, SHARE_ENV } = require('node:worker_threads');
const path = require('node:path');
const tryNew = (label, ...args) => {
  try { new Worker(...args); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code); }
};
tryNew('bare relative', 'x.js');
tryNew('number', 42);
tryNew('options not object', './fixtures/echo.js', 'str');
tryNew('http url', new URL('http://example.com/x.js'));
tryNew('eval non-string', new URL('file:///x.js'), { eval: true });
tryNew('bad env', './fixtures/echo.js', { env: 42 });
tryNew('bad argv', './fixtures/echo.js', { argv: 'x' });
tryNew('bad execArgv flag', './fixtures/echo.js', { execArgv: ['--definitely-bogus-flag'] });
tryNew('bad name', './fixtures/echo.js', { name: 5 });
tryNew('uncloneable workerData', './fixtures/echo.js', { workerData: () => {} });
(async () => {
  const run = (label, file, opts) => new Promise((resolve) => {
    const w = new Worker(file, opts);
    w.on('message', (m) => console.log(label, JSON.stringify(m)));
    w.on('error', (e) => console.log(label, 'error', e.code || e.name));
    w.on('exit', (c) => { console.log(label, 'exit', c); resolve(); });
  });
  await run('relative', './fixtures/echo.js', { argv: [1, null, 'x'] });
  await run('absolute', path.join(__dirname, 'fixtures', 'echo.js'));
  await run('file url', new URL('./fixtures/echo.js', 'file://' + __dirname + '/'));
  await run('missing file', './fixtures/does-not-exist.js');
  await run('eval', `
    const { parentPort } = require('node:worker_threads');
    parentPort.postMessage([__filename, process.argv[1], typeof require, typeof module, typeof exports]);
  `, { eval: true });
  process.env.PARENT_ONLY = 'p';
  const envProbe = `
    const { parentPort } = require('node:worker_threads');
    parentPort.postMessage([process.env.PARENT_ONLY, process.env.X, process.env.Y, typeof process.env.Y]);
    process.env.FROM_WORKER = 'w';
  `;
  await run('env copy', envProbe, { eval: true });
  console.log('worker write invisible', process.env.FROM_WORKER);
  await run('env object', envProbe, { eval: true, env: { X: 'x', Y: 1 } });
  await run('env shared', envProbe, { eval: true, env: SHARE_ENV });
  console.log('shared write visible', process.env.FROM_WORKER);
  await run('name', `require('node:worker_threads').parentPort.postMessage(require('node:worker_threads').threadName)`, { eval: true, name: 'my-worker' });
})();
