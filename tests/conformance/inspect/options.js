'use strict';
// util.inspect options: depth, compact (false/true/numbers), breakLength, sorted,
// getters, showHidden, maxArrayLength, maxStringLength, numericSeparator, colors,
// customInspect, the legacy (value, showHidden, depth, colors) signature and
// inspect.defaultOptions.
const util = require('util');

const sample = {
  num: 1,
  str: 'text',
  arr: [1, 2, [3, 4, [5, [6]]]],
  map: new Map([['k', { v: [1, 2] }]]),
  set: new Set([[1, 2]]),
  obj: { a: { b: { c: { d: 1 } } } },
};
for (const opts of [
  { compact: false },
  { compact: true },
  { compact: 0 },
  { compact: 1 },
  { compact: 5 },
  { breakLength: 40 },
  { breakLength: Infinity },
  { breakLength: Infinity, compact: false },
  { compact: true, breakLength: 30 },
  { depth: 0 },
  { depth: 1 },
  { depth: -1 },
  { sorted: true },
]) {
  console.log(JSON.stringify(opts));
  console.log(util.inspect(sample, opts));
}
console.log(util.inspect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { compact: 1 }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: 1, breakLength: 40 }));
console.log(util.inspect({ a: 'x'.repeat(100) }, { compact: true }));
console.log(util.inspect({ a: 'x'.repeat(100), b: [1, 2] }, { compact: true, breakLength: 20 }));
console.log(util.inspect({ c: 3, a: 1, b: 2, [Symbol('s')]: 0 }, { sorted: true }));
console.log(util.inspect({ c: 3, a: 1, b: 2 }, { sorted: (x, y) => (x < y ? 1 : x > y ? -1 : 0) }));
console.log(util.inspect(new Map([['z', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(new Set(['z', 'a']), { sorted: true }));
const arrSorted = [3, 1, 2];
arrSorted.z = 1;
arrSorted.a = 2;
console.log(util.inspect(arrSorted, { sorted: true }));

// getters.
const acc = {
  get plain() { return 'value'; },
  get obj() { return { inner: [1, 2] }; },
  get nul() { return null; },
  get thrower() { throw Object.assign(new TypeError('getter failed'), { stack: 'TypeError: getter failed' }); },
  get both() { return 42; },
  set both(v) {},
  set onlySet(v) {},
};
console.log(util.inspect(acc, { getters: false }));
console.log(util.inspect(acc, { getters: 'get' }));
console.log(util.inspect(acc, { getters: 'set' }));
const accNoThrow = { get a() { return 1; }, get b() { return 'b'; }, set b(v) {} };
console.log(util.inspect(accNoThrow, { getters: true }));
class Point {
  constructor() { this._x = 1; }
  get x() { return this._x; }
}
console.log(util.inspect(new Point(), { getters: true }));

// showHidden.
const hiddenProps = { visible: true };
Object.defineProperty(hiddenProps, 'secret', { value: 's', enumerable: false });
Object.defineProperty(hiddenProps, Symbol('hiddenSym'), { value: 1, enumerable: false });
console.log(util.inspect(hiddenProps, { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect(new Map([[1, 2]]), { showHidden: true }));
class Proto { constructor() { this.own = 1; } }
Proto.prototype.protoValue = 'on prototype';
console.log(util.inspect(new Proto(), { showHidden: true }));
console.log(util.inspect(Object.create({ inherited: 1 }), { showHidden: true }));

// maxArrayLength / maxStringLength.
console.log(util.inspect({ a: Array.from({ length: 10 }, (_, i) => i), s: 'abcdef' }, { maxArrayLength: 3, maxStringLength: 2 }));
console.log(util.inspect(new Uint8Array(10), { maxArrayLength: 4 }));
console.log(util.inspect([1, 2, 3], { maxArrayLength: -1 }));
console.log(util.inspect(Array.from({ length: 150 }, () => 0), { maxArrayLength: Infinity }).split('\n').length);

// numericSeparator.
console.log(util.inspect([0, 1, 999, 1000, 12345, -123456, 1234567.5, 0.0001, 123.456789, 1e21, -0, NaN], { numericSeparator: true }));
console.log(util.inspect([1234n, -1234567n, 12n], { numericSeparator: true }));
console.log(util.inspect(new Float64Array([12345.6789]), { numericSeparator: true }));

// colors.
const colorful = { str: 's', num: 1, big: 2n, bool: true, nul: null, undef: undefined, sym: Symbol('c'), date: new Date(0), re: /x+[a-z]/g, fn() {}, arr: [1, , 3], err: Object.assign(new Error('e'), { stack: 'Error: e' }) };
console.log(util.inspect(colorful, { colors: true }));
console.log(util.inspect(new Map([[1, 'a']]), { colors: true }), util.inspect(new Set([1]), { colors: true }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i * 100), { colors: true }));
console.log(util.inspect(new Number(3), { colors: true }), util.inspect(new String('x'), { colors: true }));
console.log(util.inspect(/(?<name>a)|[b-d]+?\k<name>/u, { colors: true }));
console.log(util.inspect({ get g() { return 1; } }, { colors: true, getters: true }));

// Legacy signature: inspect(value, showHidden, depth, colors).
const legacyVal = { a: { b: { c: { d: {} } } } };
console.log(util.inspect(legacyVal, false, 0));
console.log(util.inspect(legacyVal, false, null));
console.log(util.inspect(legacyVal, true, 1, false));
console.log(util.inspect('x', false, 2, true));

// Unknown options are passed through to custom inspectors.
console.log(util.inspect({ [util.inspect.custom](d, opts) { return `custom:${opts.myOption}:${d}`; } }, { myOption: 'yes', depth: 5 }));
