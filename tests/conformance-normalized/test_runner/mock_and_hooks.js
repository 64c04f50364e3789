const { test, describe, it, mock, before, after, beforeEach, afterEach } = require('node:test');
const assert = require('node:assert');

test('mock.fn basics', (t) => {
  const fn = t.mock.fn((a, b) => a + b);
  assert.strictEqual(fn(1, 2), 3);
  assert.strictEqual(fn(3, 4), 7);
  assert.strictEqual(fn.mock.callCount(), 2);
  assert.deepStrictEqual(fn.mock.calls[0].arguments, [1, 2]);
  assert.strictEqual(fn.mock.calls[1].result, 7);
  fn.mock.mockImplementation((a, b) => a * b);
  assert.strictEqual(fn(3, 4), 12);
  fn.mock.mockImplementationOnce(() => 'once');
  assert.strictEqual(fn(1, 1), 'once');
  assert.strictEqual(fn(2, 2), 4);
  fn.mock.resetCalls();
  assert.strictEqual(fn.mock.callCount(), 0);
  console.log('calls keys', Object.keys(fn.mock.calls));
});

test('mock.fn throws', (t) => {
  const fn = t.mock.fn(() => { throw new TypeError('nope'); });
  assert.throws(() => fn(), TypeError);
  assert.strictEqual(fn.mock.calls[0].error.message, 'nope');
  assert.strictEqual(fn.mock.calls[0].result, undefined);
});

test('mock.method', (t) => {
  const obj = { value: 5, get() { return this.value; } };
  const m = t.mock.method(obj, 'get');
  assert.strictEqual(obj.get(), 5);
  assert.strictEqual(m.mock.callCount(), 1);
  assert.strictEqual(m.mock.calls[0].this, obj);
  t.mock.method(obj, 'get', () => 42);
  assert.strictEqual(obj.get(), 42);
  t.mock.restoreAll();
  assert.strictEqual(obj.get(), 5);
});

test('mock.method times', (t) => {
  const obj = { f() { return 'orig'; } };
  t.mock.method(obj, 'f', () => 'mocked', { times: 2 });
  console.log(obj.f(), obj.f(), obj.f());
});

test('mock getter/setter/property', (t) => {
  const obj = { get x() { return 1; }, set y(v) { this._y = v; } };
  const g = t.mock.getter(obj, 'x', () => 2);
  assert.strictEqual(obj.x, 2);
  assert.strictEqual(g.mock.callCount(), 1);
  const s = t.mock.setter(obj, 'y', function (v) { this._y = v * 2; });
  obj.y = 5;
  assert.strictEqual(obj._y, 10);
  const p = t.mock.property({ a: 1 }, 'a', 9);
  assert.strictEqual(p.a, 9);
  assert.strictEqual(p.mock.accessCount(), 1);
});

test('mock restored after test', () => {});

const obj = { hello() { return 'world'; } };
test('global mock', () => {
  mock.method(obj, 'hello', () => 'mocked');
  assert.strictEqual(obj.hello(), 'mocked');
  mock.reset();
  assert.strictEqual(obj.hello(), 'world');
});

test('mock errors', (t) => {
  assert.throws(() => t.mock.method({}, 'nope'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => t.mock.fn(1), { code: 'ERR_INVALID_ARG_TYPE' });
  try { t.mock.method({ a: 1 }, 'a'); } catch (e) { console.log(e.message); }
});

test('t.assert + plan', (t) => {
  t.plan(3);
  t.assert.ok(1);
  t.assert.deepStrictEqual([1], [1]);
  t.assert.throws(() => { throw new Error('x'); });
});

test('t.assert failing', (t) => {
  t.assert.ok(1 > 2);
});

test('plan wait', (t) => {
  t.plan(1, { wait: true });
  setTimeout(() => t.assert.ok(true), 5);
});

test('expectFailure', { expectFailure: true }, () => { throw new Error('expected'); });
test('expectFailure passes', { expectFailure: 'reason' }, () => {});

describe('hooks order', () => {
  before(() => console.log('before'));
  after(() => console.log('after'));
  beforeEach((t) => console.log('beforeEach', t.name));
  afterEach((t) => console.log('afterEach', t.name));
  it('one', () => console.log('one'));
  describe('nested', () => {
    beforeEach(() => console.log('nested beforeEach'));
    it('two', () => console.log('two'));
  });
});

describe('suite throws', () => {
  it('fine', () => {});
  throw new Error('suite body threw');
});

describe.skip('skipped describe', () => {
  it('x', () => {});
});

test('concurrency', { concurrency: 2 }, async (t) => {
  const order = [];
  const p1 = t.test('c1', async () => { order.push('c1 start'); await new Promise(r => setTimeout(r, 10)); order.push('c1 end'); });
  const p2 = t.test('c2', async () => { order.push('c2 start'); await new Promise(r => setTimeout(r, 1)); order.push('c2 end'); });
  await Promise.all([p1, p2]);
  console.log(order.join(','));
});

test('signal', (t) => { console.log(typeof t.signal, t.signal.aborted); });
test('name props', (t) => { console.log(t.name, t.fullName, typeof t.filePath); });
test('sync returns value', () => 42);
test('test returns rejected', () => Promise.reject(new RangeError('bad range')));
test('done twice', (t, done) => { done(); done(); });
test('done + promise', async (t, done) => { done(); });
