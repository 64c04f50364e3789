'use strict';
const assert = require('assert');

function report(label, e) {
  if (e === undefined) {
    console.log(`${label}: ok`);
    return;
  }
  console.log(`${label}: ${e.name} ${e.code} ${e.operator} ${e.generatedMessage}`);
  console.log(e.message);
  console.log('--');
}
function show(label, fn) {
  try {
    fn();
    report(label);
  } catch (e) {
    report(label, e);
  }
}

class MyError extends Error {}
const thrower = (err) => () => { throw err; };

show('throws any', () => assert.throws(thrower(new Error('x'))));
show('throws none', () => assert.throws(() => {}));
show('throws none msg', () => assert.throws(() => {}, 'should throw'));
show('throws none class', () => assert.throws(() => {}, TypeError));
show('throws none class msg', () => assert.throws(() => {}, TypeError, 'needed'));
show('throws class', () => assert.throws(thrower(new TypeError('t')), TypeError));
show('throws class wrong', () => assert.throws(thrower(new TypeError('t')), RangeError));
show('throws subclass', () => assert.throws(thrower(new MyError('m')), Error));
show('throws same name', () => {
  const Other = class MyError extends Error {};
  assert.throws(thrower(new MyError('m')), Other);
});
show('throws non-error', () => assert.throws(thrower('str'), TypeError));
show('throws regexp', () => assert.throws(thrower(new Error('hello world')), /world/));
show('throws regexp fail', () => assert.throws(thrower(new Error('hello world')), /planet/));
show('throws object', () => assert.throws(thrower(new TypeError('bad')), { name: 'TypeError', message: 'bad' }));
show('throws object regexp', () => assert.throws(thrower(new TypeError('bad value')), { message: /value/ }));
show('throws object fail', () => assert.throws(thrower(new TypeError('bad')), { name: 'RangeError', message: 'bad' }));
show('throws object code', () => assert.throws(thrower(Object.assign(new Error('e'), { code: 'E1' })), { code: 'E2' }));
show('throws object missing', () => assert.throws(thrower(new Error('e')), { code: 'E2' }));
show('throws object msg', () => assert.throws(thrower(new Error('e')), { message: 'f' }, 'custom'));
show('throws empty obj', () => assert.throws(thrower(new Error('e')), {}));
show('throws error instance', () => assert.throws(thrower(new TypeError('a')), new TypeError('a')));
show('throws error instance fail', () => assert.throws(thrower(new TypeError('a')), new TypeError('b')));
show('throws primitive', () => assert.throws(thrower(42), 43));
show('throws validate fn', () => assert.throws(thrower(new Error('v')), (err) => err.message === 'v'));
show('throws validate fn false', () => assert.throws(thrower(new Error('v')), function check(err) { return false; }));
show('throws validate arrow undef', () => assert.throws(thrower(new Error('v')), (err) => {}));
show('throws bad fn', () => assert.throws('notfn'));
show('throws bad error arg', () => assert.throws(thrower(new Error('v')), 42));
show('throws string twice', () => assert.throws(thrower(new Error('v')), 'a', 'b'));
show('throws ambiguous', () => assert.throws(thrower(new Error('same')), 'same'));
show('doesNotThrow', () => assert.doesNotThrow(() => 1));
show('doesNotThrow fail', () => assert.doesNotThrow(thrower(new Error('oops'))));
show('doesNotThrow msg', () => assert.doesNotThrow(thrower(new Error('oops')), 'with msg'));
show('doesNotThrow class', () => assert.doesNotThrow(thrower(new TypeError('oops')), TypeError));
show('doesNotThrow other class', () => assert.doesNotThrow(thrower(new TypeError('oops')), RangeError));
show('doesNotThrow regexp', () => assert.doesNotThrow(thrower(new TypeError('oops')), /oo/, 'm'));

async function main() {
  const tries = [
    ['rejects', () => assert.rejects(Promise.reject(new Error('r')))],
    ['rejects fn', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError)],
    ['rejects none', () => assert.rejects(Promise.resolve(1))],
    ['rejects none class', () => assert.rejects(async () => 1, TypeError)],
    ['rejects wrong', () => assert.rejects(Promise.reject(new TypeError('t')), RangeError)],
    ['rejects object', () => assert.rejects(Promise.reject(new TypeError('t')), { message: 't' })],
    ['rejects bad', () => assert.rejects(42)],
    ['rejects not promise', () => assert.rejects(() => 42)],
    ['rejects sync throw', () => assert.rejects(() => { throw new Error('sync'); })],
    ['doesNotReject', () => assert.doesNotReject(Promise.resolve(2))],
    ['doesNotReject fail', () => assert.doesNotReject(Promise.reject(new Error('nope')))],
    ['doesNotReject fn', () => assert.doesNotReject(async () => { throw new Error('inner'); }, 'msg')],
  ];
  for (const [label, fn] of tries) {
    try {
      await fn();
      report(label);
    } catch (e) {
      report(label, e);
    }
  }
}
main();
