'use strict';

// A lazy stand-in for Node's `primordials` (lib/internal/per_context/primordials.js), so
// that Node's library files (streams, fs, child_process) port with few edits:
//
//   const { ArrayPrototypePush, ObjectKeys, SafeMap } = require('internal/streams/primordials');
//
// Names are resolved on first use from the engine's intrinsics with Node's naming scheme:
// `${Ctor}${Static}`, `${Ctor}Prototype${Method}` (uncurried: the receiver comes first),
// `...Apply` (arguments as an array), `...Get${Accessor}` / `...Set${Accessor}`,
// `Symbol${WellKnown}` keys. The "Safe" variants are the plain intrinsics: gonode's
// builtins do not defend against user code mutating intrinsics.

const { apply, bind, call } = Function.prototype;
const uncurryThis = bind.bind(call);
const applyBind = bind.bind(apply);

for (const name of ['asyncIterator', 'dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`), writable: false, enumerable: false, configurable: false });
  }
}

const TypedArray = Reflect.getPrototypeOf(Uint8Array);
const AsyncIteratorPrototype = Object.create(Object.prototype, {
  [Symbol.asyncIterator]: {
    value: function() { return this; }, writable: true, enumerable: false, configurable: true,
  },
});
const ArrayIteratorPrototype = Reflect.getPrototypeOf([][Symbol.iterator]());
const StringIteratorPrototype = Reflect.getPrototypeOf(''[Symbol.iterator]());
const MapIteratorPrototype = Reflect.getPrototypeOf(new Map()[Symbol.iterator]());
const SetIteratorPrototype = Reflect.getPrototypeOf(new Set()[Symbol.iterator]());

const g = globalThis;
const namespaces = { Atomics: g.Atomics, JSON, Math, Reflect };
const intrinsics = {
  AggregateError: g.AggregateError, Array, ArrayBuffer, BigInt: g.BigInt, BigInt64Array: g.BigInt64Array,
  BigUint64Array: g.BigUint64Array, Boolean, DataView, Date, Error, EvalError,
  FinalizationRegistry: g.FinalizationRegistry, Float32Array, Float64Array, Function,
  Int16Array, Int32Array, Int8Array, Map, Number, Object, Promise, RangeError, ReferenceError, RegExp,
  Set, String, Symbol, SyntaxError, TypeError, URIError, Uint16Array, Uint32Array, Uint8Array,
  Uint8ClampedArray, WeakMap, WeakRef: g.WeakRef, WeakSet, TypedArray,
};
const protoOnly = {
  ArrayIteratorPrototype, StringIteratorPrototype, MapIteratorPrototype, SetIteratorPrototype,
  AsyncIteratorPrototype,
};

class SafeArrayIterator {
  constructor(arr) { this._it = arr[Symbol.iterator](); }
  next() { return this._it.next(); }
  [Symbol.iterator]() { return this; }
}
class SafeStringIterator extends SafeArrayIterator {}

function promiseWithResolvers() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

const special = {
  __proto__: null,
  uncurryThis,
  applyBind,
  globalThis: g,
  Proxy,
  TypedArray,
  AsyncIteratorPrototype,
  ArrayIteratorPrototype,
  StringIteratorPrototype,
  MapIteratorPrototype,
  SetIteratorPrototype,
  SafeMap: Map,
  SafeSet: Set,
  SafeWeakMap: WeakMap,
  SafeWeakSet: WeakSet,
  SafeWeakRef: g.WeakRef,
  SafeFinalizationRegistry: g.FinalizationRegistry,
  SafePromise: Promise,
  SafeArrayIterator,
  SafeStringIterator,
  makeSafe: (unsafe, safe) => safe,
  hardenRegExp: (re) => re,
  PromiseWithResolvers: typeof Promise.withResolvers === 'function' ? Promise.withResolvers.bind(Promise) : promiseWithResolvers,
  SafePromiseAll: (promises, mapFn) => Promise.all(mapFn ? Array.prototype.map.call(promises, mapFn) : promises),
  SafePromiseAllReturnArrayLike: (promises, mapFn) => Promise.all(mapFn ? Array.prototype.map.call(promises, mapFn) : promises),
  SafePromiseAllReturnVoid: (promises, mapFn) => Promise.all(mapFn ? Array.prototype.map.call(promises, mapFn) : promises).then(() => {}),
  SafePromiseAllSettled: (promises, mapFn) => Promise.allSettled(mapFn ? Array.prototype.map.call(promises, mapFn) : promises),
  SafePromiseAllSettledReturnVoid: (promises, mapFn) => Promise.allSettled(mapFn ? Array.prototype.map.call(promises, mapFn) : promises).then(() => {}),
  SafePromiseRace: (promises, mapFn) => Promise.race(mapFn ? Array.prototype.map.call(promises, mapFn) : promises),
  SafePromiseAny: (promises, mapFn) => Promise.any(mapFn ? Array.prototype.map.call(promises, mapFn) : promises),
  SafePromisePrototypeFinally: (p, fn) => Promise.prototype.finally.call(p, fn),
  PromisePrototypeThen: (p, onFulfilled, onRejected) => Promise.prototype.then.call(p, onFulfilled, onRejected),
  decodeURI, decodeURIComponent, encodeURI, encodeURIComponent,
  // goja has no Error.captureStackTrace: the error keeps the stack of its creation.
  ErrorCaptureStackTrace: typeof Error.captureStackTrace === 'function' ?
    Error.captureStackTrace.bind(Error) : () => {},
  ArrayFromAsync: typeof Array.fromAsync === 'function' ? Array.fromAsync.bind(Array) : undefined,
};

// [name, object, isConstructor], longest names first (so ArrayBuffer wins over Array).
const roots = [];
for (const name of Object.keys(namespaces)) if (namespaces[name]) roots.push([name, namespaces[name], false]);
for (const name of Object.keys(intrinsics)) if (intrinsics[name]) roots.push([name, intrinsics[name], true]);
for (const name of Object.keys(protoOnly)) roots.push([name, protoOnly[name], false]);
roots.sort((a, b) => b[0].length - a[0].length);

function lookupKey(target, rest) {
  if (rest.startsWith('Symbol') && rest.length > 6) {
    const wk = rest[6].toLowerCase() + rest.slice(7);
    if (typeof Symbol[wk] === 'symbol' && Symbol[wk] in target) return { key: Symbol[wk] };
  }
  const lower = rest[0].toLowerCase() + rest.slice(1);
  if (lower in target) return { key: lower };
  if (rest in target) return { key: rest };
  return null;
}

function descriptorOf(target, key) {
  for (let o = target; o !== null; o = Reflect.getPrototypeOf(o)) {
    const d = Reflect.getOwnPropertyDescriptor(o, key);
    if (d) return d;
  }
  return undefined;
}

function resolveOn(target, rest, isProto, ctorName) {
  if (rest === '') return { value: target };
  let found = lookupKey(target, rest);
  if (found) {
    const d = descriptorOf(target, found.key);
    if ('value' in d) {
      const v = d.value;
      if (typeof v !== 'function') return { value: v };
      if (isProto) return { value: uncurryThis(v) };
      return { value: ctorName === undefined ? v : v.bind(target) };
    }
    if (d.get) return { value: isProto ? uncurryThis(d.get) : d.get.call(target) };
  }
  if (rest.endsWith('Apply')) {
    found = lookupKey(target, rest.slice(0, -5));
    if (found) {
      const v = target[found.key];
      if (typeof v === 'function') return { value: isProto ? applyBind(v) : applyBind(v, target) };
    }
  }
  if ((rest.startsWith('Get') || rest.startsWith('Set')) && rest.length > 3) {
    found = lookupKey(target, rest.slice(3));
    if (found) {
      const d = descriptorOf(target, found.key);
      const fn = rest[0] === 'G' ? d.get : d.set;
      if (fn) return { value: uncurryThis(fn) };
    }
  }
  return null;
}

function resolve(name) {
  if (name in special) return special[name];
  for (let i = 0; i < roots.length; i++) {
    const entry = roots[i];
    const root = entry[0];
    if (!name.startsWith(root)) continue;
    const obj = entry[1];
    const rest = name.slice(root.length);
    if (rest === '') return obj;
    if (entry[2] && rest.startsWith('Prototype')) {
      const r = resolveOn(obj.prototype, rest.slice(9), true);
      if (r) return r.value;
    }
    const isProtoObj = root.endsWith('Prototype');
    const r = resolveOn(obj, rest, isProtoObj, isProtoObj ? undefined : root);
    if (r) return r.value;
  }
  if (name.startsWith('Symbol')) {
    const wk = name[6].toLowerCase() + name.slice(7);
    if (typeof Symbol[wk] === 'symbol') return Symbol[wk];
  }
  throw new Error(`primordials: unknown intrinsic ${name}`);
}

const cache = { __proto__: null };
module.exports = new Proxy({}, {
  get(_, name) {
    if (typeof name !== 'string') return undefined;
    if (name in cache) return cache[name];
    const v = resolve(name);
    cache[name] = v;
    return v;
  },
});
