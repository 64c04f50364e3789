'use strict';
const assert = require('assert');
const util = require('util');

function fmt(v) {
  return v instanceof Error ? `[${v.name}: ${v.message}]` : util.inspect(v);
}

function show(label, fn) {
  try {
    fn();
    console.log(`${label}: no throw`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} op=${util.inspect(e.operator)} generated=${e.generatedMessage}`);
    console.log(`  actual=${fmt(e.actual)} expected=${fmt(e.expected)}`);
    console.log(e.message);
    console.log('--');
  }
}

console.log(typeof assert, typeof assert.ok, assert.ok === assert.ok);
console.log(require('node:assert') === assert, require('assert/strict') === assert.strict);
console.log(require('node:assert/strict') === assert.strict, assert.strict.strict === assert.strict);
console.log(Object.keys(assert).sort().join(','));

show('ok true', () => assert.ok(1));
show('ok false', () => assert.ok(false));
show('assert 0', () => assert(0));
show('ok msg', () => assert.ok(null, 'custom message'));
show('ok fmt', () => assert.ok('', 'value %s is %d', 'x', 42));
show('ok err', () => assert.ok(false, new TypeError('mine')));
show('ok fn', () => assert.ok(false, (a, e) => `actual ${a} expected ${e}`));
show('ok none', () => assert.ok());

show('equal', () => assert.equal(1, 2));
show('equal coerce', () => assert.equal(1, '1'));
show('equal NaN', () => assert.equal(NaN, NaN));
show('notEqual', () => assert.notEqual(1, '1'));
show('equal str', () => assert.equal('hello world', 'hello there'));
show('strictEqual', () => assert.strictEqual(1, 2));
show('strictEqual type', () => assert.strictEqual(1, '1'));
show('strictEqual long', () => assert.strictEqual('a'.repeat(20) + 'b', 'a'.repeat(20) + 'c'));
show('strictEqual multiline', () => assert.strictEqual('line1\nline2\nline3', 'line1\nlineX\nline3'));
show('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
show('strictEqual objects differ', () => assert.strictEqual({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] }));
show('strictEqual fn', () => assert.strictEqual(function f() {}, function g() {}));
show('strictEqual msg', () => assert.strictEqual(1, 2, 'one is not two'));
show('strictEqual 0 -0', () => assert.strictEqual(0, -0));
show('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
show('notStrictEqual', () => assert.notStrictEqual(5, 5));
show('notStrictEqual str', () => assert.notStrictEqual('a long string value', 'a long string value'));
show('notStrictEqual obj', () => { const o = { x: 1 }; assert.notStrictEqual(o, o); });
show('missing args', () => assert.strictEqual(1));
show('bad message', () => assert.strictEqual(1, 2, 42));
show('ambiguous', () => assert.strictEqual(1, 2, new Error('e'), 'x'));
show('fail', () => assert.fail());
show('fail msg', () => assert.fail('boom'));
show('fail err', () => assert.fail(new RangeError('range')));
show('ifError null', () => assert.ifError(null));
show('ifError undefined', () => assert.ifError(undefined));
show('ifError err', () => assert.ifError(new Error('bad thing')));
show('ifError str', () => assert.ifError('text'));
show('ifError empty', () => assert.ifError(new TypeError('')));
show('match', () => assert.match('abc', /b/));
show('match fail', () => assert.match('abc', /x/));
show('match nonstring', () => assert.match(123, /x/));
show('match badre', () => assert.match('abc', 'x'));
show('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch msg', () => assert.doesNotMatch('abc', /b/, 'nope'));

const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e.name, e.code, e.message.split('\n')[0]);
console.log(String(e).split('\n')[0]);
console.log(Object.keys(e).join(','));
const e2 = new assert.AssertionError({ message: 'hi', actual: 'x', expected: 'y', operator: 'foo' });
console.log(e2.message, e2.generatedMessage, e2.operator);
try { new assert.AssertionError(); } catch (err) { console.log(err.code, err.message); }
const inspected = util.inspect(e2).split('\n');
console.log(inspected[0]);
console.log(inspected.filter((l) => !/^\s+at /.test(l)).slice(1).join('\n'));
