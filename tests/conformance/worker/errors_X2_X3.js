// X2/X3: exit codes and how errors thrown in a worker arrive in the parent.
const { Worker } = require('node:worker_threads');
const cases = [
  ['range error', `const e = new RangeError('bad range'); e.code = 'ERR_R'; e.extra = { a: 1 }; e.cause = 'c'; throw e;`],
  ['subclass', `class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } throw new MyErr('mine');`],
  ['string', `throw 'just a string';`],
  ['object', `throw { plain: true };`],
  ['rejection', `Promise.reject(new TypeError('rejected'));`],
  ['exit -1', `process.exit(-1);`],
  ['exit 300', `process.exit(300);`],
  ['exitCode', `process.exitCode = 5;`],
  ['syntax', `let x = ;`],
];
(async () => {
  for (const [name, code] of cases) {
    await new Promise((resolve) => {
      const w = new Worker(code, { eval: true });
      w.on('error', (e) => {
        if (e instanceof Error) {
          console.log(name, 'error:', e.constructor.name, e.name, e.message, e.code, JSON.stringify(e.extra), e.cause);
        } else {
          console.log(name, 'error value:', JSON.stringify(e));
        }
      });
      w.on('exit', (c) => { console.log(name, 'exit', c); resolve(); });
    });
  }
})();
