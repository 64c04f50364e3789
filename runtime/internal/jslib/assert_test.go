package jslib

// The want strings were recorded from Node.js v26.10.0: each src run as a script
// `const log = console.log;\n<src>` with `node --expose-internals`. Re-record them the
// same way rather than editing them by hand.

import "testing"

func TestAssert(t *testing.T) {
	runCases(t, []jsCase{
		{name: "strictEqual",
			src: `(function () {
  const assert = require('assert');
  const show = (f) => { try { f(); log('ok'); } catch (e) { log(e.name, e.code, e.operator, e.generatedMessage); log(e.message); } };
  show(() => assert.strictEqual(1, 2));
  show(() => assert.strictEqual('hello world, this is long', 'hello world, this is lung'));
  show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
  show(() => assert.notStrictEqual(NaN, NaN));
  show(() => assert.equal(null, undefined));
  show(() => assert.notEqual(1, '1', 'custom %d', 5));
  show(() => assert.strictEqual(1, 2, () => 'from fn'));
})();`,
			want: `AssertionError ERR_ASSERTION strictEqual true
Expected values to be strictly equal:

1 !== 2

AssertionError ERR_ASSERTION strictEqual true
Expected values to be strictly equal:
+ actual - expected

+ 'hello world, this is long'
- 'hello world, this is lung'
                         ^

AssertionError ERR_ASSERTION strictEqual true
Values have same structure but are not reference-equal:

{
  a: 1
}

AssertionError ERR_ASSERTION notStrictEqual true
Expected "actual" to be strictly unequal to: NaN
ok
AssertionError ERR_ASSERTION != false
custom 5
AssertionError ERR_ASSERTION strictEqual false
from fn

1 !== 2`},
		{name: "deepStrictEqual",
			src: `(function () {
  const assert = require('assert');
  const show = (f) => { try { f(); log('ok'); } catch (e) { log(e.operator); log(e.message); } };
  show(() => assert.deepStrictEqual({ a: [1, 2, { b: 3 }], c: 'x' }, { a: [1, 2, { b: 4 }], c: 'x' }));
  show(() => assert.deepStrictEqual(new Map([['k', 1]]), new Map([['k', 2]])));
  show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
  show(() => assert.deepEqual([1, '2'], [1, 2]));
  show(() => assert.notDeepStrictEqual([1], [1]));
  show(() => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
  show(() => assert.partialDeepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
  const a = { x: 1 }; a.self = a; const b = { x: 1 }; b.self = b;
  show(() => assert.deepStrictEqual(a, b));
  show(() => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
})();`,
			want: `deepStrictEqual
Expected values to be strictly deep-equal:
+ actual - expected

  {
    a: [
      1,
      2,
      {
+       b: 3
-       b: 4
      }
    ],
    c: 'x'
  }

deepStrictEqual
Expected values to be strictly deep-equal:
+ actual - expected

  Map(1) {
+   'k' => 1
-   'k' => 2
  }

deepStrictEqual
Expected values to be strictly deep-equal:
+ actual - expected

  Set(2) {
    1,
+   2
-   3
  }

ok
notDeepStrictEqual
Expected "actual" not to be strictly deep-equal to:

[
  1
]

ok
partialDeepStrictEqual
Expected values to be partially and strictly deep-equal:
+ actual - expected

  {
    a: 1,
-   b: 2
  }

ok
deepStrictEqual
Expected values to be strictly deep-equal:
+ actual - expected

  Uint8Array(2) [
    1,
+   2
-   3
  ]`},
		{name: "throws",
			src: `(function () {
  const assert = require('assert');
  const show = (f) => { try { f(); log('ok'); } catch (e) { log(e.name, e.code, e.operator, e.generatedMessage); log(e.message); } };
  show(() => assert.throws(() => { throw new TypeError('t'); }, TypeError));
  show(() => assert.throws(() => { throw new TypeError('t'); }, RangeError));
  show(() => assert.throws(() => {}));
  show(() => assert.throws(() => { throw new Error('abc'); }, /xyz/));
  show(() => assert.throws(() => { throw new Error('abc'); }, { message: 'abd' }));
  show(() => assert.throws(() => { throw new Error('abc'); }, (e) => e.message === 'abc'));
  show(() => assert.doesNotThrow(() => { throw new Error('oops'); }));
  show(() => assert.match('abc', /d/));
  show(() => assert.doesNotMatch('abc', /b/));
  show(() => assert.ifError(new Error('e1')));
  show(() => assert.fail('boom'));
  show(() => assert.fail());
})();`,
			want: `ok
AssertionError ERR_ASSERTION throws true
The error is expected to be an instance of "RangeError". Received "TypeError"

Error message:

t
AssertionError ERR_ASSERTION throws false
Missing expected exception.
AssertionError ERR_ASSERTION throws true
The input did not match the regular expression /xyz/. Input:

'Error: abc'

AssertionError ERR_ASSERTION throws true
Expected values to be strictly deep-equal:
+ actual - expected

  Comparison {
+   message: 'abc'
-   message: 'abd'
  }

ok
AssertionError ERR_ASSERTION doesNotThrow false
Got unwanted exception.
Actual message: "oops"
AssertionError ERR_ASSERTION match true
The input did not match the regular expression /d/. Input:

'abc'

AssertionError ERR_ASSERTION doesNotMatch true
The input was expected to not match the regular expression /b/. Input:

'abc'

AssertionError ERR_ASSERTION ifError false
ifError got unwanted exception: e1
AssertionError ERR_ASSERTION fail false
boom
AssertionError ERR_ASSERTION fail true
Failed`},
		{name: "rejects",
			src: `(async function () {
  const assert = require('assert');
  const show = async (f) => { try { await f(); log('ok'); } catch (e) { log(e.name, e.code, e.operator); log(e.message); } };
  await show(() => assert.rejects(Promise.reject(new Error('r')), /r/));
  await show(() => assert.rejects(Promise.resolve(1)));
  await show(() => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await show(() => assert.doesNotReject(Promise.reject(new Error('x'))));
  await show(() => assert.rejects(() => 1));
})();`,
			want: `ok
AssertionError ERR_ASSERTION rejects
Missing expected rejection.
AssertionError ERR_ASSERTION rejects
The error is expected to be an instance of "RangeError". Received "TypeError"

Error message:

t
AssertionError ERR_ASSERTION doesNotReject
Got unwanted rejection.
Actual message: "x"
TypeError ERR_INVALID_RETURN_VALUE undefined
Expected instance of Promise to be returned from the "promiseFn" function but got type number (1).`},
		{name: "AssertionError",
			src: `(function () {
  const assert = require('assert');
  const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  log(e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage, e.diff);
  log(e.message);
  log(Object.keys(e).join());
  log(String(e).split('\n')[0]);
  log(e instanceof Error, require('assert/strict') === assert.strict, assert.strict.equal === assert.strictEqual);
  const s = require('assert').strict;
  try { s.equal(1, '1'); } catch (err) { log(err.operator); }
  try { new assert.Assert({ diff: 'bad' }); } catch (err) { log(err.code); }
})();`,
			want: `AssertionError ERR_ASSERTION 1 2 strictEqual true simple
Expected values to be strictly equal:

1 !== 2

generatedMessage,code,actual,expected,operator,diff
AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:
true true true
strictEqual
ERR_INVALID_ARG_VALUE`},
	})
}
