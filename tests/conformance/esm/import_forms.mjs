// Static import and export forms: default, named, renamed, namespace, string names,
// re-exports, export *, export * as, side-effect imports; dependency evaluation order.
import './fixtures/forms_side.mjs';
import def, { a, b as bee, f, K, renamed, 'string name' as str, d1, d2 } from './fixtures/forms_dep.mjs';
import * as dep from './fixtures/forms_dep.mjs';
import * as re from './fixtures/forms_reexport.mjs';
import { reA, reDefault, s1, starNs } from './fixtures/forms_reexport.mjs';

console.log('main body');
console.log(globalThis.sideEffect);
console.log(def(), def.name, a, bee, f(), K.k, renamed, str, d1, d2);
console.log(Object.keys(dep).join(','));
console.log(Object.keys(re).join(','));
console.log(reA, reDefault === def, s1, Object.keys(starNs).join(','), starNs.default);
console.log(re.default === undefined, 'default' in re, re.s2, re.reB);
console.log(Object.prototype.toString.call(dep), dep[Symbol.toStringTag]);
console.log(typeof dep);
try {
  dep.a = 'changed';
  console.log('assigned', dep.a);
} catch (e) {
  console.log(e.constructor.name);
}
console.log(JSON.stringify(dep));
console.log(dep.missing, 'missing' in dep);
