'use strict';
// Functions and classes: names, anonymous functions, arrows, methods, async and
// generator functions, bound functions, classes with extends, functions with
// properties, null prototypes and odd `name` values.
const util = require('util');

function declared() {}
const expr = function () {};
const namedExpr = function inner() {};
const arrow = () => {};
async function asyncFn() {}
const asyncArrow = async () => {};
function* gen() {}
console.log(declared, expr, namedExpr, arrow, asyncFn, asyncArrow, gen);
console.log([declared, arrow], { declared, arrow, anon: function () {}, anonArrow: () => 1 });
console.log((() => function () {})(), (() => () => {})());

const obj = {
  method() {},
  async asyncMethod() {},
  *genMethod() {},
  get getter() { return 1; },
  ['computed' + 1]() {},
  [Symbol('symMethod')]() {},
};
console.log(obj);
console.log(obj.method, obj.asyncMethod, obj.genMethod, obj.computed1);

console.log(declared.bind(null), arrow.bind(null), declared.bind(null).bind(null));

class Animal {
  constructor(name) { this.name = name; }
  speak() {}
  static create() {}
}
class Dog extends Animal {}
class Puppy extends Dog {}
console.log(Animal, Dog, Puppy);
console.log([Animal, Dog], { cls: Puppy });
console.log(class {}, class extends Animal {}, (() => class {})());
class WithStatic {
  static count = 1;
  static helper() {}
}
console.log(WithStatic);
class NullBase extends null {}
console.log(NullBase);
console.log(new Dog('rex'), new Puppy('bit'));

function withProps() {}
withProps.version = '1.0';
withProps.nested = { deep: { deeper: { deepest: 1 } } };
console.log(withProps);
const arrowProps = Object.assign(() => {}, { a: 1 });
console.log(arrowProps, [arrowProps]);
class ClassProps {}
ClassProps.meta = { kind: 'class' };
console.log(ClassProps);

const noProto = function noProtoFn() {};
Object.setPrototypeOf(noProto, null);
console.log(noProto);
const numberName = function () {};
Object.defineProperty(numberName, 'name', { value: 42 });
console.log(numberName);
const symbolName = function () {};
Object.defineProperty(symbolName, 'name', { value: Symbol('sym name') });
console.log(symbolName);
const emptyName = function namedButEmpty() {};
Object.defineProperty(emptyName, 'name', { value: '' });
console.log(emptyName);
const taggedFn = function taggedFn() {};
Object.defineProperty(taggedFn, Symbol.toStringTag, { value: 'FnTag' });
console.log(taggedFn);

const circularFn = function circular() {};
circularFn.self = circularFn;
console.log(circularFn);

console.log(util.inspect(declared, { showHidden: true }));
console.log(util.format('%s %s %s', declared, Animal, arrow));
console.log(util.format('%o', function fmt(a, b) {}));
