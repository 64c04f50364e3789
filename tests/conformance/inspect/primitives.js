'use strict';
// util.inspect / console.log of primitives: numbers (-0, NaN, exponents), bigint,
// booleans, null/undefined, symbols, and the quote choice and escaping of strings
// (' then " then `), at top level and inside objects.
const util = require('util');

console.log(0, -0, 1.5, -2, 1e21, 1e-7, 2 ** 53, NaN, Infinity, -Infinity);
console.log([0, -0, +0.0, -0.0]);
console.log(util.inspect(-0), util.inspect([-0]), util.inspect({ z: -0 }));
console.log(10n, -10n, 2n ** 100n, [0n, -1n]);
console.log(true, false, null, undefined, [true, null, undefined]);
console.log(Symbol('desc'), Symbol(), Symbol(''), Symbol.iterator, Symbol.for('registered'));
console.log([Symbol('in array')], { s: Symbol('in object') });
console.log(Symbol('new\nline'), [Symbol("it's"), Symbol('back\\slash')]);

// Top-level strings print raw; nested ones are quoted.
console.log('plain', "it's", 'say "hi"', `both ' and "`);
console.log(['plain', "it's", 'say "hi"', `both ' and "`, `all ' " \``, `all ' " \${x}`]);
console.log({ single: "it's", double: 'say "hi"', back: `'"`, dollar: `'"\${` });
console.log(util.inspect("it's"), util.inspect('a"b'), util.inspect(`'"`), util.inspect('\'"`'));

// Escapes: control characters, C1 controls, backslash, lone surrogates.
console.log(['\0', '\x01', '\b', '\t', '\n', '\v', '\f', '\r', '\x1b', '\x1f', '\x7f', '\x80', '\x9f', '\xa0']);
console.log(['back\\slash', 'tab\there', 'nl\nhere', "quote' and \\"]);
console.log(['\ud83d\ude00 emoji', 'lone \ud800 high', 'lone \udc00 low', '\udc00\ud800', 'é ü ß 日本']);
console.log(util.inspect('\u2028\u2029'), util.inspect('\ufeff'));

// Empty, short and long strings.
console.log(['', ' ', 'a'.repeat(16), 'b'.repeat(17)]);
console.log(util.inspect('x'.repeat(100)));
console.log(['y'.repeat(100)]);
console.log({ key: 'z'.repeat(75) });
console.log({ key: 'z'.repeat(76) });
console.log({ text: 'first line\nsecond line\nthird line that is long enough to force the split here' });
console.log(['line one\nline two\n', 'short\n']);
console.log(util.inspect('abc\ndef\n'.repeat(12)));
console.log(util.inspect({ a: { b: { c: 'nested string '.repeat(6) } } }));

// maxStringLength.
console.log(util.inspect('abcdefghij', { maxStringLength: 4 }));
console.log(util.inspect(['abcdefghij', 'ab'], { maxStringLength: 1 }));
console.log(util.inspect('abc', { maxStringLength: 0 }), util.inspect('abc', { maxStringLength: null }));

// Boxed primitives.
console.log(new Number(42), new Number(-0), new String('str'), new String("it's"), new Boolean(true));
console.log(Object(Symbol('boxed')), Object(12n), [new Number(NaN), new String('')]);
const boxed = new String('ab');
boxed.extra = 1;
console.log(boxed);
const num = new Number(7);
num.tag = 'x';
console.log(num, [num]);
console.log(Object.setPrototypeOf(new Number(1), null));
class MyNumber extends Number {}
console.log(new MyNumber(3));
