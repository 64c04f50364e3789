'use strict';
// util.inspect.custom: return values (string, object, `this`), the depth / options /
// inspect arguments, nesting and indentation of multi-line results, stylize,
// customInspect: false, console.dir (which disables custom inspectors), and
// the legacy Symbol.for key.
const util = require('util');

console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));

class Money {
  constructor(amount) { this.amount = amount; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${inspect(this.amount, options)}>`;
  }
}
console.log(new Money(5), [new Money(6)], { price: new Money(7) });
console.log(`${util.inspect(new Money(8))}`, util.format('%s and %O', new Money(9), new Money(10)));

const returnsObject = { [util.inspect.custom]() { return { replaced: [1, 2, 3] }; } };
console.log(returnsObject, { wrapped: returnsObject });
const returnsThis = { visible: 1, [util.inspect.custom]() { return this; } };
console.log(returnsThis);
const returnsNumber = { [util.inspect.custom]() { return 42; } };
console.log(returnsNumber, [returnsNumber]);
const returnsUndefined = { [util.inspect.custom]() {} };
console.log(returnsUndefined);
const multiline = { [util.inspect.custom]() { return 'line 1\nline 2\nline 3'; } };
console.log({ a: { b: multiline } });
console.log([multiline, multiline]);

const depthReporter = {
  [util.inspect.custom](depth, options) {
    return `depth=${depth} opts.depth=${options.depth} compact=${options.compact} breakLength=${options.breakLength}`;
  },
};
console.log(depthReporter);
console.log({ a: { b: depthReporter } });
console.log(util.inspect({ a: depthReporter }, { depth: 5, compact: false, breakLength: 60 }));
console.log(util.inspect({ a: depthReporter }, { depth: null }));

const optionKeys = { [util.inspect.custom](depth, options) { return Object.keys(options).sort().join(','); } };
console.log(optionKeys);
const stylizer = { [util.inspect.custom](depth, options) { return options.stylize('styled', 'special'); } };
console.log(stylizer, util.inspect(stylizer, { colors: true }));

class Nested {
  constructor(child) { this.child = child; }
  [util.inspect.custom](depth, options, inspect) {
    if (depth < 0) return '[Nested]';
    const inner = inspect(this.child, { ...options, depth: options.depth === null ? null : options.depth - 1 });
    return `Nested { ${inner} }`;
  }
}
console.log(new Nested(new Nested(new Nested(new Nested('leaf')))));

console.log(util.inspect(new Money(1), { customInspect: false }));
console.dir(new Money(2));
console.dir({ m: new Money(3) }, { customInspect: true });

// A custom inspector on a prototype is not used for the prototype itself.
console.log(Money.prototype);
// Inherited custom inspectors apply to instances of subclasses.
class Euro extends Money {}
console.log(new Euro(11));

// Custom inspectors that throw propagate.
try {
  util.inspect({ [util.inspect.custom]() { throw new Error('inspector failed'); } });
} catch (err) {
  console.log('caught:', err.message);
}

// The util module's own inspect function is not treated as a custom inspector.
console.log(util.inspect({ [util.inspect.custom]: util.inspect, a: 1 }).includes('a: 1'));

// A Proxy whose target has a custom inspector: the inspector sees the proxy.
const proxied = new Proxy({ [util.inspect.custom]() { return 'from proxy target'; } }, {});
console.log(proxied);
