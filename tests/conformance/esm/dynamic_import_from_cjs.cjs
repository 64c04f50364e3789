// import() from CommonJS: returns a promise of the namespace; works for ES modules,
// CommonJS and builtins; relative specifiers resolve against this file.
console.log(typeof require, typeof module);
const p = import('./fixtures/counter.mjs');
console.log(p instanceof Promise);
p.then(async (ns) => {
  ns.increment();
  console.log('esm', ns.count, Object.keys(ns).join(','));
  const again = await import('./fixtures/counter.mjs');
  console.log('same namespace', again === ns);
  const cjs = await import('./fixtures/plain.cjs');
  console.log('cjs', cjs.default === require('./fixtures/plain.cjs'), cjs.kind);
  const path = await import('node:path');
  console.log('builtin', path.default === require('path'), typeof path.join);
  const tla = await import('./fixtures/tla_fast.mjs');
  console.log('tla', tla.fast);
  await import('./fixtures/not-there.mjs').catch((e) => console.log(e.code));
});
console.log('sync end');
