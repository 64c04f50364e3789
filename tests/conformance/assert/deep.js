'use strict';
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(`${label}: ok`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} ${e.operator} ${e.generatedMessage}`);
    console.log(e.message);
    console.log('--');
  }
}

show('deepEqual loose', () => assert.deepEqual({ a: 1 }, { a: '1' }));
show('deepEqual fail', () => assert.deepEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
show('deepEqual arrays', () => assert.deepEqual([1, 2, 3], [1, 2, 4]));
show('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show('notDeepEqual ok', () => assert.notDeepEqual({ a: 1 }, { a: 2 }));
show('deepStrictEqual type', () => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
show('deepStrictEqual nested', () => assert.deepStrictEqual(
  { name: 'x', list: [1, 2, { deep: true }], extra: null },
  { name: 'x', list: [1, 2, { deep: false }], extra: null }));
show('deepStrictEqual proto', () => assert.deepStrictEqual(Object.create(null), {}));
show('deepStrictEqual same', () => assert.deepStrictEqual([1, [2, [3]]], [1, [2, [3]]]));
show('deepStrictEqual long', () => {
  const a = {}; const b = {};
  for (let i = 0; i < 30; i++) { a['k' + i] = i; b['k' + i] = i === 15 ? -1 : i; }
  assert.deepStrictEqual(a, b);
});
show('deepStrictEqual array long', () => {
  const a = Array.from({ length: 40 }, (_, i) => i);
  const b = a.slice(); b[3] = 'x'; b[35] = 'y';
  assert.deepStrictEqual(a, b);
});
show('Map', () => assert.deepStrictEqual(new Map([[1, 'a'], [2, 'b']]), new Map([[1, 'a'], [2, 'c']])));
show('Map ok', () => assert.deepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])));
show('Set', () => assert.deepStrictEqual(new Set([1, 2, 3]), new Set([1, 2, 4])));
show('Set ok', () => assert.deepStrictEqual(new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }])));
show('Uint8Array', () => assert.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])));
show('Float64Array ok', () => assert.deepStrictEqual(new Float64Array([1.5]), new Float64Array([1.5])));
show('typed kind', () => assert.deepStrictEqual(new Uint8Array([1]), new Int8Array([1])));
show('Date', () => assert.deepStrictEqual(new Date(0), new Date(1)));
show('RegExp', () => assert.deepStrictEqual(/a/g, /a/i));
show('cycle ok', () => {
  const a = { name: 'a' }; a.self = a;
  const b = { name: 'a' }; b.self = b;
  assert.deepStrictEqual(a, b);
});
show('cycle fail', () => {
  const a = { name: 'a' }; a.self = a;
  const b = { name: 'b' }; b.self = b;
  assert.deepStrictEqual(a, b);
});
show('identical structure', () => assert.deepStrictEqual([{ a: 1 }], [{ a: 1 }, undefined].slice(0, 1).concat([])) );
show('strings', () => assert.deepStrictEqual('abc', 'abd'));
show('numbers -0', () => assert.deepStrictEqual(-0, 0));
show('deepEqual -0', () => assert.deepEqual(-0, 0));
show('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }));
show('notDeepStrictEqual short', () => assert.notDeepStrictEqual(1, 1));
show('partial ok', () => assert.partialDeepStrictEqual({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } }));
show('partial fail', () => assert.partialDeepStrictEqual({ a: 1, b: { c: 2 } }, { b: { c: 3 } }));
show('partial array', () => assert.partialDeepStrictEqual([1, 2, 3, 4], [2, 4]));
show('custom message', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
show('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
show('boxed', () => assert.deepStrictEqual(new Number(1), new Number(2)));
show('symbol keys', () => {
  const s = Symbol('k');
  assert.deepStrictEqual({ [s]: 1 }, { [s]: 2 });
});
show('sparse', () => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
show('class instances', () => {
  class A { constructor() { this.x = 1; } }
  class B { constructor() { this.x = 1; } }
  assert.deepStrictEqual(new A(), new B());
});
show('strict ns', () => assert.strict.deepEqual({ a: 1 }, { a: '1' }));
show('strict equal', () => assert.strict.equal(1, '1'));
show('strict notEqual', () => assert.strict.notEqual(1, 1));
const { Assert } = assert;
const a = new Assert({ diff: 'full' });
show('Assert full', () => a.deepStrictEqual({ a: 1 }, { a: 2 }));
const loose = new Assert({ strict: false });
show('Assert loose', () => loose.deepEqual({ a: 1 }, { a: '1' }));
try { Assert(); } catch (e) { console.log(e.code, e.message); }
try { new Assert({ diff: 'x' }); } catch (e) { console.log(e.code, e.message); }
