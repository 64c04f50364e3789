'use strict';
// Plain objects: key quoting, symbol keys, nesting beyond depth 2 ([Object] and
// [Array]), class instances, null prototypes, toStringTag, getters/setters,
// non-enumerable properties, circular references and line breaking at 80 columns.
const util = require('util');

console.log({}, { a: 1 }, { a: 1, b: 'two', c: [3] });
console.log({ 'key with space': 1, 'kebab-case': 2, valid_id: 3, $d: 4, _u: 5, '1st': 6, 123: 7, '': 8, 'ünï': 9, __proto__x: 10 });
console.log({ ['__proto__']: 'own proto key' });
console.log({ [Symbol('sym')]: 1, [Symbol.iterator]: 2, regular: 3, [Symbol('new\nline')]: 4 });
console.log({ "it's": 1, 'say "x"': 2 });

// Depth.
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1] } } }, { a: { b: { c: [] } } }, { a: { b: { c: {} } } });
console.log({ a: [[[['deep']]]] });
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 }));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 3 }));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity }));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null }));

// Class instances.
class Foo {
  constructor() {
    this.x = 1;
    this.y = 'y';
  }
}
class Bar extends Foo {}
class Empty {}
console.log(new Foo(), new Bar(), new Empty(), [new Empty()], { inst: new Foo() });
console.log(new (class {})(), new (class extends Foo {})());
function OldStyle() { this.v = 1; }
console.log(new OldStyle());
const anonCtor = function () {};
console.log(new anonCtor());

// Null prototype.
console.log(Object.create(null));
console.log(Object.assign(Object.create(null), { a: 1, b: { c: 2 } }));
console.log({ inner: Object.create(null) });
// (An instance whose prototype was later set to null prints the constructor V8 recorded
// at creation, e.g. [Foo: null prototype]; goja cannot know it, so it is not tested.)
const protoChain = Object.create(Object.create(null));
console.log(protoChain);

// Symbol.toStringTag.
class Tagged {
  get [Symbol.toStringTag]() { return 'MyTag'; }
}
console.log(new Tagged(), { [Symbol.toStringTag]: 'OwnEnumerable' });
console.log(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' }));
class SameTag { get [Symbol.toStringTag]() { return 'SameTag'; } }
console.log(new SameTag());

// Getters and setters.
const acc = {
  get onlyGet() { return 1; },
  set onlySet(v) {},
  get both() { return 2; },
  set both(v) {},
};
console.log(acc);
class WithAccessors {
  constructor() { this.own = 1; }
  get computed() { return this.own + 1; }
}
console.log(new WithAccessors());

// Non-enumerable properties.
const hidden = { visible: 1 };
Object.defineProperty(hidden, 'hidden', { value: 2, enumerable: false });
console.log(hidden, util.inspect(hidden, { showHidden: true }));

// Circular references.
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { name: 'b', list: [] };
b.list.push(b, { back: b });
console.log(b);
const c1 = { id: 1 };
const c2 = { id: 2, c1 };
c1.c2 = c2;
console.log([c1, c2]);
const m = { m: null };
const n = { n: m };
m.m = n;
const o = { first: m, second: n };
o.o = o;
console.log(o);
const arrCirc = [1];
arrCirc.push(arrCirc);
console.log(arrCirc);

// Line breaking (breakLength 80, compact 3).
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd' });
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'ddddddddddddd' });
console.log({ a: 1, b: { c: 2, d: { e: 3 } }, f: [1, 2, 3], g: 'str' });
console.log({ level1: { level2: { level3: 'x' }, sibling: [1, 2, 3] }, other: { k: 'v' } });
console.log({ list: [{ a: 1 }, { b: 2 }, { c: 3 }], name: 'x'.repeat(40) });
console.log([{ a: 'x'.repeat(30), b: 'y'.repeat(30) }, { c: 1 }]);
console.log({ x: { y: { z: 1 } }, arr: [[1, 2], [3, 4]], s: 'short' });
console.log(Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['k' + i, i])));
console.log(Object.fromEntries(Array.from({ length: 5 }, (_, i) => ['key' + i, 'value'.repeat(i + 1)])));

// The global-like objects that are stable across engines.
console.log(Math.constructor === Object, JSON[Symbol.toStringTag]);
