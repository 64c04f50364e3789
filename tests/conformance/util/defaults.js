'use strict';
// util.inspect.defaultOptions: reading, assigning (merged), validation, and the effect
// on console.log and util.format; util.inspect.colors / styles and custom styles.
const util = require('util');

const nested = { a: { b: { c: { d: { e: 1 } } } }, list: Array.from({ length: 8 }, (_, i) => i) };
console.log(util.inspect.defaultOptions);
console.log(nested);

util.inspect.defaultOptions.depth = 0;
console.log(nested);
util.inspect.defaultOptions = { depth: 4, breakLength: 40 };
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength, util.inspect.defaultOptions.compact);
console.log(nested);
console.log(util.format('%O', nested));
util.inspect.defaultOptions = { compact: false, breakLength: 80, depth: 2 };
console.log({ small: 1, arr: [1, 2] });
util.inspect.defaultOptions.compact = 3;
util.inspect.defaultOptions.maxArrayLength = 2;
console.log([1, 2, 3, 4]);
util.inspect.defaultOptions.maxArrayLength = 100;
util.inspect.defaultOptions.numericSeparator = true;
console.log(1234567, util.format('%d', 7654321), [1000000]);
util.inspect.defaultOptions.numericSeparator = false;
util.inspect.defaultOptions.sorted = true;
console.log({ b: 1, a: 2 });
util.inspect.defaultOptions.sorted = false;

for (const bad of [null, 'str', 1]) {
  try {
    util.inspect.defaultOptions = bad;
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  util.inspect.defaultOptions.unknownOption = true;
} catch (err) {
  console.log('sealed:', err.name);
}
console.log(Object.isSealed(util.inspect.defaultOptions), Object.keys(util.inspect.defaultOptions));

// colors and styles.
console.log(Object.keys(util.inspect.colors).length, util.inspect.colors.red, util.inspect.colors.gray);
console.log(util.inspect.colors.grey, Object.keys(util.inspect.colors).includes('grey'));
console.log(util.inspect.styles);
const savedNumberStyle = util.inspect.styles.number;
util.inspect.styles.number = 'red';
console.log(JSON.stringify(util.inspect(5, { colors: true })));
util.inspect.styles.number = savedNumberStyle;
util.inspect.styles.string = 'bgBlue';
console.log(JSON.stringify(util.inspect('s', { colors: true })));
util.inspect.styles.string = 'green';
console.log(JSON.stringify(util.inspect(['custom', 1], {
  stylize(str, style) { return `<${style}:${str}>`; },
})));
