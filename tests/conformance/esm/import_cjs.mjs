// Importing CommonJS: default is module.exports, named exports are what Node's lexer
// detects statically, plus 'module.exports'; values are a snapshot taken after the
// CommonJS module ran.
import detected, * as ns from './fixtures/detected.cjs';
import { a, b, c, d } from './fixtures/detected.cjs';
import lit, * as litNs from './fixtures/object_literal.cjs';
import hello, { extra } from './fixtures/fn_export.cjs';
import * as re from './fixtures/reexport.cjs';
import { createRequire } from 'node:module';

console.log(Object.keys(ns).join(','));
console.log(a, b, c, d, ns.e, detected.e);
console.log(ns.default === detected, ns['module.exports'] === detected);
console.log(Object.keys(litNs).join(','), lit.d);
console.log(hello(), extra, typeof hello);
console.log(Object.keys(re).join(','));
const require = createRequire(import.meta.url);
console.log(require('./fixtures/detected.cjs') === detected);
setTimeout(() => console.log(detected.later, ns.later), 5);
