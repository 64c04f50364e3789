'use strict';
// Errors. inspect prints an error's `stack` property; real stack frames differ between
// engines, so every error here gets an explicit stack (or none). Covers names,
// subclasses, extra own properties, cause, AggregateError, errors nested in objects
// and arrays (indentation), and errors without a stack.
const util = require('util');

function withStack(err, frames) {
  err.stack = `${err.name}: ${err.message}` + frames.map((f) => `\n    at ${f}`).join('');
  return err;
}

const plain = withStack(new Error('plain message'), ['fn (/app/file.js:1:2)', '/app/file.js:3:4']);
console.log(plain);
console.log([plain]);
console.log({ err: plain, other: 1 });
console.log({ deeper: { err: plain } });

const withCode = withStack(new TypeError('bad type'), ['check (/app/v.js:10:5)']);
withCode.code = 'ERR_BAD';
withCode.details = { expected: 'string', actual: [1, 2] };
console.log(withCode);
console.log({ nested: withCode });

// No frames: printed in brackets.
const bare = new RangeError('out of range');
bare.stack = 'RangeError: out of range';
console.log(bare, [bare], { bare });
const noStack = new Error('no stack');
delete noStack.stack;
Object.defineProperty(noStack, 'stack', { value: undefined, configurable: true, writable: true });
console.log(noStack);
const emptyMessage = new Error('');
emptyMessage.stack = 'Error';
console.log(emptyMessage);
const emptyWithFrames = withStack(new Error(''), ['x (/a.js:1:1)']);
emptyWithFrames.stack = 'Error\n    at x (/a.js:1:1)';
console.log(emptyWithFrames);

// Subclasses and names.
class ValidationError extends Error {}
const sub = withStack(new ValidationError('invalid'), ['validate (/app/v.js:1:1)']);
console.log(sub);
class NamedError extends Error {
  constructor(message) {
    super(message);
    this.name = 'NamedError';
  }
}
const named = withStack(new NamedError('has own name'), ['n (/n.js:1:1)']);
console.log(named);
const renamed = new Error('renamed');
renamed.name = 'CustomName';
renamed.stack = 'CustomName: renamed\n    at r (/r.js:1:1)';
console.log(renamed);
const mismatch = new TypeError('mismatch');
mismatch.stack = 'Error: mismatch\n    at m (/m.js:1:1)';
console.log(mismatch);
const nameProp = new Error('msg');
nameProp.stack = 'Error: msg';
nameProp.name = 'Different';
console.log(nameProp);
const messageChanged = new Error('original');
messageChanged.stack = 'Error: original\n    at f (/f.js:1:1)';
messageChanged.message = 'changed later';
console.log(messageChanged);
const customStack = new Error('x');
customStack.stack = 'completely custom stack text';
console.log(customStack);
const multiLineMessage = new Error('line one\nline two');
multiLineMessage.stack = 'Error: line one\nline two\n    at f (/f.js:1:1)';
console.log(multiLineMessage);

// cause.
const inner = withStack(new Error('inner cause'), ['inner (/c.js:1:1)', 'shared (/c.js:9:9)']);
const outer = new Error('outer', { cause: inner });
outer.stack = 'Error: outer\n    at outer (/c.js:5:5)\n    at shared (/c.js:9:9)';
console.log(outer);
const primitiveCause = new Error('with primitive cause', { cause: 'just a string' });
primitiveCause.stack = 'Error: with primitive cause';
console.log(primitiveCause);
const objectCause = new Error('with object cause', { cause: { code: 42 } });
objectCause.stack = 'Error: with object cause';
console.log(objectCause);
const undefinedCause = new Error('undefined cause', { cause: undefined });
undefinedCause.stack = 'Error: undefined cause';
console.log(undefinedCause);

// AggregateError.
const e1 = new Error('first');
e1.stack = 'Error: first';
const e2 = new TypeError('second');
e2.stack = 'TypeError: second\n    at two (/agg.js:2:2)';
const agg = new AggregateError([e1, e2], 'many things failed');
agg.stack = 'AggregateError: many things failed\n    at main (/agg.js:1:1)';
console.log(agg);

// Error-like objects and odd errors.
console.log({ name: 'Error', message: 'not an error' });
const fake = Object.create(Error.prototype);
console.log(fake);
const nullProto = new Error('null proto');
nullProto.stack = 'Error: null proto';
Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
const stackNotString = new Error('stack is object');
stackNotString.stack = { custom: true };
console.log(stackNotString);

// (showHidden is not tested: V8 makes `stack` an own accessor, [Getter/Setter].)

// Errors via util.format.
console.log(util.format('%s', bare), util.format('%O', bare));
console.log(util.format('%s | %s', new Error('message only').message, plain.name));

// Node's own errors (a `code` own property, "Name [CODE]: message" stack header).
try {
  util.inherits(null, function () {});
} catch (err) {
  err.stack = err.stack.split('\n')[0];
  console.log(err);
  console.log({ err });
  console.log(util.inspect(err, { compact: false }));
}
