// import() from an ES module: a promise of the namespace, the same namespace object as a
// static import, computed specifiers, CommonJS and JSON targets, rejections.
import * as staticNs from './fixtures/counter.mjs';
const p = import('./fixtures/counter.mjs');
console.log(p instanceof Promise);
const ns = await p;
console.log(ns === staticNs, Object.keys(ns).join(','));
const name = 'forms_star';
const star = await import(`./fixtures/${name}.mjs`);
console.log(star.s1, star.default);
const cjs = await import('./fixtures/plain.cjs');
console.log(cjs.default.kind, cjs.kind, Object.keys(cjs).join(','));
const json = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(json.default.list.join('+'), Object.keys(json).join(','));
const order = [];
const pending = import('./fixtures/forms_side.mjs').then(() => order.push('import settled'));
order.push('sync after import()');
await pending;
console.log(order.join(' / '));
await import('./fixtures/not-there.mjs').catch((e) => console.log(e.code));
await import('no-such-package').catch((e) => console.log(e.code));
const all = await Promise.all([import('./fixtures/counter.mjs'), import('./fixtures/counter.mjs')]);
console.log(all[0] === all[1]);
