package jslib

// The want strings were recorded from Node.js v26.10.0: each src run as a script
// `const log = console.log;\n<src>` with `node --expose-internals`. Re-record them the
// same way rather than editing them by hand. The scripts stop time (process.hrtime) so
// that the reporter prints no durations, and end the run with a 'beforeExit' event
// (the test harness has none).

import "testing"

func TestNodeTest(t *testing.T) {
	runCases(t, []jsCase{
		{name: "basic",
			src: `(function () {
  process.hrtime = Object.assign(() => [0, 0], { bigint: () => 0n });
  if (!process.stdout) process.stdout = { write: (s) => { log(s.replace(/\n$/, '')); return true; } };
  if (!process.argv) process.argv = ['node', '/home/user/project/test.js'];
  setTimeout(() => process.emit('beforeExit', 0), 1000);
  const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
  log('main start');
  before(() => log('before'));
  after(() => log('after'));
  test('sync pass', () => { log('in sync pass'); });
  test('async with subtests', async (t) => {
    await t.test('sub one', () => {});
    await t.test('sub two', (t) => { t.diagnostic('a diagnostic'); });
  });
  describe('suite', () => {
    beforeEach((t) => log('beforeEach', t.name));
    afterEach((t) => log('afterEach', t.name));
    it('it one', () => {});
    it.skip('skipped', () => {});
    it.todo('todo');
    it('skip msg', { skip: 'because' }, () => {});
    describe('nested', () => { it('deep', () => {}); });
  });
  test('t.skip', (t) => { t.skip('dynamic'); });
  test('callback', (t, done) => { setTimeout(done, 5); });
  test('plan', (t) => { t.plan(2); t.assert.ok(true); t.assert.strictEqual(1, 1); });
  log('main end');
})();`,
			want: `main start
before
main end
in sync pass
beforeEach it one
afterEach it one
beforeEach todo
afterEach todo
beforeEach deep
afterEach deep
✔ sync pass
▶ async with subtests
  ✔ sub one
  ✔ sub two
  ℹ a diagnostic
✔ async with subtests
▶ suite
  ✔ it one
  ﹣ skipped # SKIP
  ✔ todo # TODO
  ﹣ skip msg # because
  ▶ nested
    ✔ deep
  ✔ nested
✔ suite
﹣ t.skip # dynamic
✔ callback
✔ plan
after
ℹ tests 12
ℹ suites 2
ℹ pass 8
ℹ fail 0
ℹ cancelled 0
ℹ skipped 3
ℹ todo 1
ℹ duration_ms 0`},
		{name: "mock",
			src: `(function () {
  process.hrtime = Object.assign(() => [0, 0], { bigint: () => 0n });
  if (!process.stdout) process.stdout = { write: (s) => { log(s.replace(/\n$/, '')); return true; } };
  if (!process.argv) process.argv = ['node', '/home/user/project/test.js'];
  setTimeout(() => process.emit('beforeExit', 0), 1000);
  const { test, mock } = require('node:test');
  test('fn', (t) => {
    const f = t.mock.fn((a) => a * 2);
    log(f(2), f(5), f.mock.callCount(), JSON.stringify(f.mock.calls.map((c) => [c.arguments, c.result])));
    f.mock.mockImplementation(() => 'x');
    f.mock.mockImplementationOnce(() => 'once');
    log(f(), f(), f.mock.callCount());
  });
  test('method', (t) => {
    const o = { n: 1, get() { return this.n; } };
    const m = t.mock.method(o, 'get', function () { return this.n + 100; });
    log(o.get(), m.mock.calls[0].this === o);
    m.mock.restore();
    log(o.get());
  });
  test('restored after', () => {});
  test('global mock', () => {
    const o = { f: () => 1 };
    mock.method(o, 'f', () => 2);
    log(o.f());
    mock.restoreAll();
    log(o.f());
  });
})();`,
			want: `4 10 2 [[[2],4],[[5],10]]
once x 4
101 true
1
2
1
✔ fn
✔ method
✔ restored after
✔ global mock
ℹ tests 4
ℹ suites 0
ℹ pass 4
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms 0`},
		{name: "only and concurrency",
			src: `(function () {
  process.hrtime = Object.assign(() => [0, 0], { bigint: () => 0n });
  if (!process.stdout) process.stdout = { write: (s) => { log(s.replace(/\n$/, '')); return true; } };
  if (!process.argv) process.argv = ['node', '/home/user/project/test.js'];
  setTimeout(() => process.emit('beforeExit', 0), 1000);
  const { test } = require('node:test');
  test('not only', () => { log('should not run'); });
  test.only('only', async (t) => {
    const order = [];
    await Promise.all([
      t.test('a', async () => { order.push('a1'); await new Promise((r) => setTimeout(r, 10)); order.push('a2'); }),
      t.test('b', async () => { order.push('b1'); await new Promise((r) => setTimeout(r, 1)); order.push('b2'); }),
    ]);
    log(order.join());
  });
  test('concurrent', { only: true, concurrency: 2 }, async (t) => {
    const order = [];
    await Promise.all([
      t.test('a', async () => { order.push('a1'); await new Promise((r) => setTimeout(r, 10)); order.push('a2'); }),
      t.test('b', async () => { order.push('b1'); await new Promise((r) => setTimeout(r, 1)); order.push('b2'); }),
    ]);
    log(order.join());
  });
})();`,
			want: `▶ only
  ✔ a
  ✔ b
a1,a2,b1,b2
✔ only
▶ concurrent
  ✔ a
  ✔ b
a1,b1,b2,a2
✔ concurrent
ℹ tests 6
ℹ suites 0
ℹ pass 6
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms 0`},
	})
}
