// W2 (eval: true): the code runs as a script whose CommonJS variables are plain globals,
// defined in Node's order.
const { Worker } = require('node:worker_threads');
new Worker(`
  const names = Object.getOwnPropertyNames(globalThis).slice(-5);
  console.log(names);
  for (const n of names) {
    const d = Object.getOwnPropertyDescriptor(globalThis, n);
    console.log(n, typeof d.value, d.writable, d.enumerable, d.configurable);
  }
  console.log(__filename, __dirname, module.id, module.exports === exports);
  function declared() {}
  console.log(typeof globalThis.declared, Object.getOwnPropertyDescriptor(globalThis, 'declared').configurable);
`, { eval: true });
