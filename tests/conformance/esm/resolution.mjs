// Resolution: relative specifiers with extensions, file: URLs, query strings, package
// "exports" with the import condition and patterns, "imports", legacy main.
import pkg from 'pkg-exports';
import { feature } from 'pkg-exports/feature';
import { name } from 'pkg-exports/features/one';
import legacy from 'pkg-main';
import { one, two } from 'pkg-cjs';
import { count as c1 } from './fixtures/counter.mjs';
import { count as c2 } from './fixtures/counter.mjs?instance=2';
console.log(pkg, feature, name, JSON.stringify(legacy), one, two, c1, c2);

const url = import.meta.url.replace(/[^/]*$/, 'fixtures/counter.mjs');
const viaURL = await import(url);
const viaPlain = await import('./fixtures/counter.mjs');
const viaQuery = await import('./fixtures/counter.mjs?instance=2');
console.log(viaURL === viaPlain, viaPlain === viaQuery);
viaQuery.increment();
console.log(c1, c2);
const enc = await import('./fixtures/with%20space.mjs');
console.log(enc.default);
