'use strict';
// Arrays: empty, holes, extra properties, numeric grouping into columns
// (groupArrayElements), more than 100 items, nesting, and typed arrays.
const util = require('util');

console.log([], [[]], [[], []], [{}]);
console.log([1, 2, 3], ['a', 'b'], [1, 'mixed', true, null, undefined]);

// Holes.
console.log([1, , 3], [, 1], [1, ,], new Array(1), new Array(5), [, , 1, , ,]);
const sparse = [1, 2];
sparse[10] = 11;
sparse[20] = 21;
console.log(sparse);
const big = [];
big[200] = 'last';
console.log(big);
const withProps = [1, 2, 3];
withProps.name = 'arr';
withProps[-1] = 'minus';
withProps['1.5'] = 'float key';
console.log(withProps);
const holeyProps = [, 'b'];
holeyProps.x = true;
console.log(holeyProps);

// Grouping of 7+ entries.
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * 37 - 500));
console.log(Array.from({ length: 12 }, (_, i) => 1.5 ** i));
console.log(Array.from({ length: 10 }, (_, i) => BigInt(i) ** 5n));
console.log(Array.from({ length: 14 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 4 + 1)));
console.log(Array.from({ length: 9 }, (_, i) => (i % 2 ? 'str' + i : i)));
console.log(Array.from({ length: 8 }, (_, i) => ({ id: i })));
console.log(Array.from({ length: 7 }, (_, i) => 'x'.repeat(i * 6)));
console.log(Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? -i : i)));
console.log({ nested: Array.from({ length: 20 }, (_, i) => i * 1000) });
console.log([Array.from({ length: 10 }, (_, i) => i), Array.from({ length: 10 }, (_, i) => -i)]);

// More than 100 items.
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 150 }, (_, i) => 'item' + i));
console.log(util.inspect(Array.from({ length: 5 }, (_, i) => i), { maxArrayLength: 2 }));
console.log(util.inspect(Array.from({ length: 5 }, (_, i) => i), { maxArrayLength: 0 }));
console.log(util.inspect([1, , 3, , 5], { maxArrayLength: 2 }));

// Nesting and depth.
console.log([1, [2, [3, [4, [5]]]]]);
console.log([[1, 2, [3, 4, [5, [6]]]], { a: [{ b: [{ c: 1 }] }] }]);
console.log(util.inspect([[[[[]]]]], { depth: 1 }));
console.log([['a', 'b'], ['c', 'd'], ['e', 'f']]);
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }]);

// Typed arrays.
console.log(new Uint8Array(0), new Uint8Array([1, 2, 255]), new Int8Array([-1, 127]));
console.log(new Uint16Array([1, 65535]), new Int32Array([-5]), new Uint32Array([4294967295]));
console.log(new Float32Array([0.5, -0, NaN]), new Float64Array([Math.PI, 1e300]));
console.log(new BigInt64Array([1n, -1n]), new BigUint64Array([18446744073709551615n]));
console.log(new Uint8ClampedArray([0, 255]));
console.log(new Uint8Array(30));
console.log(new Uint8Array(120));
const tagged = new Int16Array([1, 2]);
tagged.label = 'hi';
console.log(tagged);
console.log({ buf: new Float64Array([1.25, 2.5, 3.75]) });
console.log(util.inspect(new Uint8Array([1, 2, 3]), { showHidden: true }));

// Array subclasses and null-prototype arrays.
class MyArray extends Array {}
console.log(MyArray.from([1, 2]), new MyArray());
console.log(Object.setPrototypeOf([1, 2], null));
const taggedArray = [1];
Object.defineProperty(taggedArray, Symbol.toStringTag, { value: 'Tagged' });
console.log(taggedArray);
