'use strict';
// util.types: every predicate against matching and non-matching values, the export
// list, and the names of the predicates.
const util = require('util');
const t = util.types;

console.log(Object.keys(t));
console.log(Object.keys(t).map((k) => `${k}:${JSON.stringify(t[k].name)}`).join(' '));

function* genFn() {}
async function asyncFn() {}
const args = (function () { return arguments; })(1);
const values = {
  object: {},
  array: [],
  date: new Date(),
  regexp: /x/,
  map: new Map(),
  set: new Set(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  mapIterator: new Map().keys(),
  setIterator: new Set().values(),
  arrayIterator: [][Symbol.iterator](),
  promise: Promise.resolve(),
  thenable: { then() {} },
  proxy: new Proxy({}, {}),
  arrayBuffer: new ArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)),
  uint8: new Uint8Array(1),
  uint8c: new Uint8ClampedArray(1),
  int16: new Int16Array(1),
  float64: new Float64Array(1),
  bigint64: new BigInt64Array(1),
  error: new Error(),
  typeError: new TypeError(),
  errorLike: { name: 'Error', message: 'x' },
  errorProto: Object.create(Error.prototype),
  args,
  fn() {},
  asyncFn,
  asyncArrow: async () => {},
  genFn,
  genObj: genFn(),
  boxedNumber: new Number(1),
  boxedString: new String(''),
  boxedBoolean: new Boolean(false),
  boxedSymbol: Object(Symbol()),
  boxedBigInt: Object(1n),
  number: 1,
  string: '',
  nul: null,
  undef: undefined,
  datePrototype: Date.prototype,
  mapPrototype: Map.prototype,
};

for (const pred of Object.keys(t)) {
  if (pred === 'isKeyObject' || pred === 'isCryptoKey') continue;
  const hits = Object.keys(values).filter((k) => t[pred](values[k]));
  console.log(pred.padEnd(24), hits.join(' ') || '-');
}

class SubMap extends Map {}
class SubError extends TypeError {}
class SubPromise extends Promise {}
console.log(t.isMap(new SubMap()), t.isNativeError(new SubError()), t.isPromise(SubPromise.resolve()));
console.log(t.isMap(new Proxy(new Map(), {})), t.isProxy(new Proxy(new Map(), {})));
const fakeDate = Object.create(Date.prototype);
console.log(t.isDate(fakeDate), fakeDate instanceof Date);
const taggedObj = { [Symbol.toStringTag]: 'Map' };
console.log(t.isMap(taggedObj), Object.prototype.toString.call(taggedObj));
console.log(t.isKeyObject({}), t.isCryptoKey({}));
console.log(typeof util.types.isExternal, t.isExternal({}), t.isModuleNamespaceObject({}));
