const { test, describe, it, beforeEach, after } = require('node:test');
test('uncaught', async () => {
  setTimeout(() => { throw new Error('async boom'); }, 1);
  await new Promise(r => setTimeout(r, 20));
});
test('unhandled', async () => {
  Promise.reject(new Error('rejected!'));
  await new Promise(r => setTimeout(r, 20));
});
test('nested top-level', () => {
  test('inner via test()', () => {});
});
describe('hook fail', () => {
  beforeEach(() => { throw new Error('hook broke'); });
  it('x', () => {});
});
describe('skipped suite', { skip: true }, () => { it('never', () => { console.log('NEVER'); }); });
describe.todo('todo suite', () => { it('t1', () => {}); });
test('returns after', async (t) => { setTimeout(() => t.test('too late', () => {}), 5); });
