// Globals, process methods, worker_threads functions and require: the attributes, names
// and lengths Node gives them. (Node's web interfaces such as URL are data properties
// from its startup snapshot; gonode defines them as accessors until first read, so this
// script reads them before looking.)
const supported = new Set(['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'crypto', 'navigator',
  '__filename', 'module', 'exports', '__dirname', 'require']);
// Sorted: gonode defines them in another order than Node does.
console.log('enumerable globals', Object.keys(globalThis).filter((k) => supported.has(k)).sort());
const flags = (d) => (d === undefined ? 'missing'
  : ('value' in d ? `data w=${d.writable}` : `accessor get=${d.get && d.get.name} set=${d.set && d.set.name}`) +
    ` e=${d.enumerable} c=${d.configurable}`);
const names = ['global', 'setTimeout', 'clearInterval', 'queueMicrotask', 'console', 'crypto', 'navigator',
  'performance', 'Buffer', 'URL', 'atob', 'structuredClone', 'MessageChannel', 'TextEncoder', 'AbortController'];
for (const n of names) void globalThis[n];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  // Node's own lazy accessors keep their shape; gonode's names Buffer's getter "get Buffer".
  console.log(n, n === 'Buffer' ? `accessor=${!('value' in d)} e=${d.enumerable} c=${d.configurable}` : flags(d));
}
globalThis.performance = 5;
Buffer = 6;
URL = 7;
console.log('replaced', performance, Buffer, URL, flags(Object.getOwnPropertyDescriptor(globalThis, 'URL')));
console.log('timers', [setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate, queueMicrotask]
  .map((f) => `${f.name}/${f.length}`).join(' '));
const fns = {
  'process.reallyExit': process.reallyExit, 'process.cwd': process.cwd, 'process.uptime': process.uptime,
  'process.hrtime.bigint': process.hrtime.bigint, 'process.memoryUsage': process.memoryUsage,
  'process.memoryUsage.rss': process.memoryUsage.rss,
};
const wt = require('node:worker_threads');
for (const k of ['markAsUncloneable', 'markAsUntransferable', 'isMarkedAsUntransferable']) fns['worker_threads.' + k] = wt[k];
Object.assign(fns, { require, 'require.resolve': require.resolve, 'require.resolve.paths': require.resolve.paths });
for (const [k, f] of Object.entries(fns)) console.log(k, JSON.stringify(f.name), f.length);
console.log('require keys', Object.keys(require), Object.getPrototypeOf(require.cache), Object.getPrototypeOf(require.extensions),
  Object.keys(require.extensions), Object.values(require.extensions).map((f) => `${JSON.stringify(f.name)}/${f.length}`));
console.log('shared extensions', require('node:module')._extensions === require.extensions);
