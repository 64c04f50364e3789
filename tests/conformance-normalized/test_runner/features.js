const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
const assert = require('node:assert');
before(() => console.log('global before'));
after(() => console.log('global after'));
describe('outer', () => {
  beforeEach(() => console.log('beforeEach outer'));
  afterEach(() => console.log('afterEach outer'));
  it('a', () => {});
  describe('inner', () => {
    it('b', () => { throw new Error('boom'); });
    it.todo('c todo failing', () => { throw new Error('todo fail'); });
    it('d skip msg', { skip: 'not now' }, () => {});
    it('e todo msg', { todo: 'later' }, () => {});
  });
});
test('only test', () => {});
test('plan ok', (t) => { t.plan(2); t.assert.ok(true); t.assert.strictEqual(1, 1); });
test('plan fail', (t) => { t.plan(3); t.assert.ok(true); });
test('callback', (t, done) => { setTimeout(done, 1); });
test('callback err', (t, done) => { setTimeout(() => done(new Error('cb err')), 1); });
test('reject non error', async () => { throw 'a string'; });
test('t.skip', (t) => { t.skip('dynamic skip'); });
test('t.todo', (t) => { t.todo(); });
test('timeout', { timeout: 20 }, async () => { await new Promise(r => setTimeout(r, 200)); });
test('unawaited subtest', (t) => { t.test('late', async () => { await new Promise(r => setTimeout(r, 10)); }); });
test('subtests failing', async (t) => {
  await t.test('s1', () => { assert.deepStrictEqual({ a: 1 }, { a: 2 }); });
  await t.test('s2', () => {});
});
test(function namedFn() {});
test();
test('diag', (t) => { t.diagnostic('d1'); t.diagnostic('d2'); });
test('fullName', async (t) => { await t.test('child', (t2) => console.log(t2.fullName, t2.name)); });
