'use strict';
// Map, Set, WeakMap, WeakSet and their iterators, including partially consumed
// iterators, nested collections, maxArrayLength, showHidden and null prototypes.
const util = require('util');

console.log(new Map(), new Set(), new Map([[1, 'one']]), new Set(['x']));
console.log(new Map([['a', 1], [{ k: 1 }, [1, 2]], [null, undefined], [NaN, -0]]));
console.log(new Set([1, 'two', { three: 3 }, [4], new Set([5])]));
console.log({ m: new Map([['nested', new Map([['deeper', new Map([['deepest', 1]])]])]]) });
console.log([new Set([new Set([new Set([1])])])]);
console.log(new Map(Array.from({ length: 10 }, (_, i) => ['key' + i, { value: i }])));
console.log(new Set(Array.from({ length: 30 }, (_, i) => i)));
console.log(new Set(Array.from({ length: 120 }, (_, i) => i)));
console.log(util.inspect(new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 }));
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 0 }));

const withProps = new Map([[1, 2]]);
withProps.extra = 'prop';
console.log(withProps);
const emptyWithProps = new Set();
emptyWithProps.x = 1;
console.log(emptyWithProps);
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([['a', 1]]), new MySet([1]), new MyMap());
console.log(Object.setPrototypeOf(new Map([[1, 2]]), null), Object.setPrototypeOf(new Set([1]), null));

const selfMap = new Map();
selfMap.set('self', selfMap);
console.log(selfMap);
const selfSet = new Set();
selfSet.add(selfSet);
console.log(selfSet);

// Iterators.
const map = new Map([['a', 1], ['b', 2], ['c', 3]]);
console.log(map.entries(), map.keys(), map.values(), map[Symbol.iterator]());
const entries = map.entries();
entries.next();
console.log(entries);
entries.next();
entries.next();
console.log(entries);
entries.next();
console.log(entries);
const set = new Set(['x', 'y', 'z']);
console.log(set.values(), set.keys(), set.entries());
const values = set.values();
values.next();
console.log(values, [values]);
const keysIter = map.keys();
map.delete('a');
console.log(keysIter);
map.set('d', 4);
console.log(keysIter, { iter: map.values() });
console.log(util.inspect(new Map([[1, 2]]).entries(), { showHidden: true }));
console.log([1, 2][Symbol.iterator](), 'abc'[Symbol.iterator](), [1].entries());

// Weak collections.
const key1 = { k: 1 };
const key2 = { k: 2 };
const wm = new WeakMap([[key1, 'v1']]);
const ws = new WeakSet([key1]);
console.log(wm, ws, { wm, ws });
console.log(util.inspect(wm, { showHidden: true }));
console.log(util.inspect(ws, { showHidden: true }));
const ws2 = new WeakSet([key1, key2]);
console.log(util.inspect(ws2, { showHidden: true }));
const wm2 = new WeakMap([[key2, { deep: [1] }], [key1, 'a']]);
console.log(util.inspect(wm2, { showHidden: true }));
