// A .js file with no package.json "type" that uses import/export runs as an ES module
// (Node's syntax detection).
import { count } from './fixtures/counter.mjs';
console.log('detected as ESM', count, typeof require, import.meta.url.endsWith('/detect_module.js'));
export const x = 1;
