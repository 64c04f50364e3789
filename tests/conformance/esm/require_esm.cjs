// require() of ES modules (Node v22.12+): the namespace, with __esModule when there is
// a default export; the "module.exports" export; ERR_REQUIRE_ASYNC_MODULE for
// top-level await.
const withDefault = require('./fixtures/esm_default.mjs');
console.log(Object.keys(withDefault).join(','), withDefault.__esModule, withDefault.default, withDefault.named);
console.log(Object.prototype.toString.call(withDefault));
const named = require('./fixtures/esm_named.mjs');
console.log(Object.keys(named).join(','), named.__esModule);
console.log(require('./fixtures/esm_named.mjs') === named);
const custom = require('./fixtures/esm_module_exports.mjs');
console.log(JSON.stringify(custom));
for (const f of ['./fixtures/esm_tla.mjs', './fixtures/esm_imports_tla.mjs']) {
  try {
    require(f);
  } catch (e) {
    console.log(e.code);
  }
}
import('./fixtures/esm_named.mjs').then((ns) => console.log('import() after require() gives the same namespace:', ns === named));
