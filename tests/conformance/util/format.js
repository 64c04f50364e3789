'use strict';
// util.format / util.formatWithOptions: every placeholder (%s %d %i %f %j %o %O %c %%),
// missing and extra arguments, non-string first arguments, and console.log, which
// formats the same way.
const util = require('util');

const f = (...args) => console.log(JSON.stringify(util.format(...args)));

f('%s', 'str');
f('%s', 42);
f('%s', -0);
f('%s', 12345678901234567890n);
f('%s', Symbol('sym'));
f('%s', null);
f('%s', undefined);
f('%s', true);
f('%s', { a: { b: { c: 1 } } });
f('%s', [1, [2, [3]]]);
f('%s', { toString() { return 'custom toString'; } });
f('%s', new (class Foo { toString() { return 'class toString'; } })());
f('%s', new (class Bar {})());
f('%s', Object.create(null));
f('%s', new Date(0));
f('%s', new Map([[1, 2]]));
f('%s', function namedFn() {});
f('%s', class K {});
f('%s', Object.assign(new Error('err message'), { stack: 'Error: err message\n    at x (/x.js:1:1)' }));
f('%s', { [Symbol.toPrimitive]() { return 'prim'; } });
f('%s:%s', 'a');
f('%s', 'a', 'b', 3);

f('%d', 42);
f('%d', '42');
f('%d', 42.5);
f('%d', -0);
f('%d', 10n);
f('%d', {});
f('%d', Symbol('x'));
f('%d', '0x10');
f('%d', '');
f('%d', null);
f('%d %d', 1);

f('%i', 42.9);
f('%i', '-42.9');
f('%i', '0x10');
f('%i', 'abc');
f('%i', 10n);
f('%i', Symbol('x'));
f('%i', 1e21);

f('%f', '1.5e3');
f('%f', 'abc');
f('%f', 10n);
f('%f', Symbol('x'));
f('%f', -0);

f('%j', { a: [1, 'x'], b: undefined });
f('%j', 'str');
f('%j', undefined);
f('%j', (() => { const c = {}; c.c = c; return c; })());
f('%j', { toJSON() { return 'from toJSON'; } });
try {
  util.format('%j', { big: 1n });
} catch (err) {
  console.log('%j with bigint threw', err.name);
}

f('%o', { a: [1, 2], f() {} });
f('%o', [1, 2, 3]);
f('%o', 'string');
f('%O', { a: { b: { c: { d: { e: 1 } } } } });
f('%O', 'string');
f('%c', 'color: red');
f('%c%s%c', 'css', 'text', 'css');

f('%%');
f('%% %s', 'x');
f('100%');
f('%');
f('%s');
f('%x', 1);
f('%s%', 'a');
f('a%sb%sc', 1, 2);
f('%%s', 'not substituted');
f('%s %%s %s', 'a', 'b');

f(1, 2, 3);
f({ a: 1 }, 'str', [1]);
f(null, undefined);
f();
f('');
f('no placeholders', 'extra', { a: 1 });
f(Symbol('first'), 'x');

console.log(JSON.stringify(util.formatWithOptions({ colors: true }, '%O and %s', { a: 1 }, 'plain')));
console.log(JSON.stringify(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } })));
console.log(JSON.stringify(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 7654321, 1234.5678, 12345)));
console.log(JSON.stringify(util.formatWithOptions({ compact: false }, '%o', { a: 1 })));
for (const bad of [null, 'str', 1, undefined]) {
  try {
    util.formatWithOptions(bad, 'x');
  } catch (err) {
    console.log(err.code, err.message);
  }
}
console.log(JSON.stringify(util.formatWithOptions([], 'arrays are allowed %s', 'ok')));

// console.log uses the same rules.
console.log('%s is %d years old', 'Bob', 42, 'extra', { k: 'v' });
console.log('%o', { x: 1 });
console.log('%c styled', 'color: blue');
console.log('literal %', 'next');
console.log({ a: 1 }, '%s', 'not a format string');
