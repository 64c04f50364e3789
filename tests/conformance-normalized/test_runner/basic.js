const test = require('node:test');
const assert = require('assert');
console.log('main start');
test('passes', () => { assert.ok(true); });
test('fails', () => { assert.strictEqual(1, 2); });
test('async', async (t) => {
  await t.test('sub1', () => {});
  await t.test('sub2', (t) => { t.diagnostic('hello'); });
});
test.describe('suite', () => {
  test.it('it1', () => {});
  test.it.skip('skipped', () => {});
  test.it.todo('todo');
});
console.log('main end');
