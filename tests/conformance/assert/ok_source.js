'use strict';
// The generated message of assert.ok quotes the failing call's source text.
const assert = require('node:assert');
function t(f) {
  try {
    f();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.actual, e.expected, e.operator);
  }
}
t(() => assert.ok(typeof 123 === 'string' && `
abc`));
t(() => assert(false));
t(() => { assert.ok(false); assert.ok(true); });
t(() => { assert.ok(0); assert.ok(true); });
t(() => assert['ok'](null));
t(() => assert?.ok(''));
t(() => assert.ok(
  false
));
t(() => assert(1 === 2, undefined));
t(() => assert(false, 'custom %s', 'x'));
t(() => assert());
const { ok } = assert; t(() => ok(NaN, null));
t(() => assert.strict.ok(0 /* c */ ));
t(() => [0].forEach(assert));
t(() => (assert.ok(false), assert.ok(true)));
t(() => assert.ok("a\u0001b" === 1));
function check(value) {
  assert.ok(value > 10 && value < 20);
}
t(() => check(5));
const obj = { nested: { assert } };
t(() => obj.nested.assert.ok(false));
t(() => assert.strict(0));
t(() => require('assert').ok(false));
const e = (() => { try { assert.strictEqual(1, 2); } catch (err) { return err; } })();
console.log(e.stack.split('\n')[0]);
console.log(e.stack.split('\n').slice(1).every((l) => /^\s+at /.test(l) || l === ''));
console.log(String(e));
console.log('before uncaught');
assert.deepStrictEqual({ a: 1 }, { a: 2 });
console.log('not reached');
