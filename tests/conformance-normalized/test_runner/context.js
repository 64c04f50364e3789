const { test, getTestContext } = require('node:test');
test('logging', async (t) => {
  t.log('hello log');
  t.log('with data', { a: 1 });
  console.log('ctx', getTestContext() === t);
  await null;
  console.log('ctx after await', getTestContext() === t);
  t.diagnostic('diag');
});
test('waitFor', async (t) => {
  let ready = false;
  setTimeout(() => { ready = true; }, 20);
  const v = await t.waitFor(() => { if (!ready) throw new Error('not yet'); return 'done'; }, { interval: 5 });
  console.log('waitFor', v);
});
test('hooks on context', async (t) => {
  t.beforeEach((t2) => console.log('ctx beforeEach', t2.name));
  t.afterEach((t2) => console.log('ctx afterEach', t2.name));
  t.after(() => console.log('ctx after'));
  await t.test('s1', () => {});
  await t.test('s2', () => {});
});
test('t.plan with subtests', async (t) => {
  t.plan(2);
  await t.test('p1', () => {});
  t.assert.ok(true);
});
test('expect failure fn', { expectFailure: /boom/ }, () => { throw new Error('boom!'); });
test('expect failure mismatch', { expectFailure: /zzz/ }, () => { throw new Error('boom!'); });
console.log('outside ctx', getTestContext());
