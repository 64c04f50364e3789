const { test, describe, it } = require('node:test');
test('a', () => {});
test.only('b', async (t) => {
  await t.test('b1', () => {});
  t.runOnly(true);
  await t.test('b2', () => {});
  await t.test('b3', { only: true }, () => {});
});
describe('s', () => { it('s1', () => {}); it.only('s2', () => {}); });
describe.only('s3', () => { it('s31', () => {}); });
describe('s4', () => { it('s41', () => {}); });
