// Live bindings: importers see later assignments of exported let bindings, through
// named imports and namespaces; `export default expr` is a snapshot.
import { count, increment, reset, snapshot, setDefault } from './fixtures/counter.mjs';
import value from './fixtures/counter.mjs';
import * as counter from './fixtures/counter.mjs';
import exprDefault, { bump, get } from './fixtures/counter_default_expr.mjs';

console.log(count, counter.count);
increment();
increment();
console.log(count, counter.count, snapshot);
reset();
console.log(count);
console.log(value);
setDefault('changed');
console.log(value, counter.default);
bump();
console.log(exprDefault, get());
try {
  count = 5;
} catch (e) {
  console.log(e.constructor.name);
}
