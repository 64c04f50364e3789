'use strict';
// The rest of node:util: inherits, deprecate, isDeepStrictEqual, stripVTControlCharacters,
// toUSVString, isArray, styleText, parseEnv, parseArgs, getSystemErrorName/Message/Map,
// convertProcessSignalToExitCode, debuglog and the export list.
const util = require('util');

console.log(Object.keys(util));
console.log(util.inspect(util.inspect.defaultOptions));

// inherits.
function Parent() {}
Parent.prototype.hello = function () { return 'hello from parent'; };
function Child() { Parent.call(this); }
util.inherits(Child, Parent);
console.log(new Child().hello(), Child.super_ === Parent, new Child() instanceof Parent);
console.log(Object.getOwnPropertyDescriptor(Child, 'super_'));
for (const [ctor, sup] of [[null, Parent], [Child, null], [Child, Object.create(null)]]) {
  try {
    util.inherits(ctor, sup);
  } catch (err) {
    console.log(err.code, err.message);
  }
}

// deprecate (warnings go to stderr; check the wrapper's behaviour).
const dep = util.deprecate(function original(a, b) { return a + b; }, 'original() is deprecated', 'DEP_TEST');
console.log(dep(1, 2), dep(3, 4), dep.name, dep.length);
class OldClass { constructor(v) { this.v = v; } }
const DepClass = util.deprecate(OldClass, 'OldClass is deprecated');
const inst = new DepClass(5);
console.log(inst.v, inst instanceof DepClass, inst instanceof OldClass);
try {
  util.deprecate(() => {}, 'msg', 123);
} catch (err) {
  console.log(err.code, err.message);
}

// isDeepStrictEqual.
const eq = (a, b) => util.isDeepStrictEqual(a, b);
console.log(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), eq([1], ['1']), eq(NaN, NaN), eq(0, -0));
console.log(eq(new Set([1, {}]), new Set([{}, 1])), eq(new Map([[{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2]])));
console.log(eq(new Date(1), new Date(1)), eq(new Date(1), new Date(2)), eq(/a/g, /a/g), eq(/a/g, /a/i));
console.log(eq(Object.create(null), {}), eq(new Uint8Array([1]), new Uint8Array([1])), eq(new Uint8Array([1]), new Int8Array([1])));
console.log(eq(new Error('a'), new Error('a')), eq(new Error('a'), new TypeError('a')), eq(new Error('a'), new Error('b')));
console.log(eq([1, , 3], [1, undefined, 3]), eq(new Number(1), new Number(1)), eq(new String('a'), 'a'));
const c1 = { a: 1 };
c1.self = c1;
const c2 = { a: 1 };
c2.self = c2;
console.log(eq(c1, c2), eq({ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }), eq({ [Symbol('s')]: 1 }, { [Symbol('s')]: 1 }));
console.log(eq(new ArrayBuffer(2), new ArrayBuffer(2)), eq([1, 2], { 0: 1, 1: 2, length: 2 }), eq(Promise.resolve(), Promise.resolve()));
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
console.log(eq(new A(), new B()), util.isDeepStrictEqual(new A(), new B(), true));

// stripVTControlCharacters.
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b[1;4mbold\u001b[0m')));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b]8;;https://nodejs.org\u0007link\u001b]8;;\u0007 \u009b32mcsi')));
try {
  util.stripVTControlCharacters(42);
} catch (err) {
  console.log(err.code, err.message);
}

// toUSVString.
console.log(JSON.stringify(util.toUSVString('a\ud800b\udc00c\ud83d\ude00')), util.toUSVString(123));

// isArray (deprecated alias).
console.log(util.isArray([]), util.isArray({ length: 0 }));

// styleText without a stream check.
console.log(JSON.stringify(util.styleText('red', 'text', { validateStream: false })));
console.log(JSON.stringify(util.styleText(['bold', 'underline'], 'both', { validateStream: false })));
console.log(JSON.stringify(util.styleText('bold', `outer ${util.styleText('dim', 'inner', { validateStream: false })} outer`, { validateStream: false })));
console.log(JSON.stringify(util.styleText('#ff8800', 'hex', { validateStream: false })));
console.log(JSON.stringify(util.styleText('none', 'none', { validateStream: false })));
try {
  util.styleText('notacolor', 'x', { validateStream: false });
} catch (err) {
  console.log(err.code, err.message.slice(0, 60));
}

// parseEnv.
console.log(util.parseEnv('A=1\nB="two"\n# comment\nexport C=3\nD=\'single quoted\'\nE=`backtick`\nF="multi\nline"\nG=value # trailing comment\nH="escaped\\nnewline"'));
console.log(util.parseEnv('  SPACED =  value with spaces  \nEMPTY=\nNO_EQUALS\n=novalue\nURL=http://x?a=b\nHASH="#not a comment"'));
console.log(util.parseEnv(''), util.parseEnv('CRLF=1\r\nNEXT=2\r\n'));

// parseArgs.
const { parseArgs } = util;
const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n', default: 'anon' },
  tag: { type: 'string', multiple: true },
  color: { type: 'boolean' },
};
console.log(parseArgs({ args: ['-v', '--name', 'x', '--tag', 'a', '--tag=b', 'pos', '--no-color', '--', '--rest'], options, allowPositionals: true, allowNegative: true }));
console.log(parseArgs({ args: ['-vn', 'short'], options }));
console.log(parseArgs({ args: ['--x', '--y=2', 'p'], strict: false }));
console.log(parseArgs({ args: ['-v', 'p'], options, allowPositionals: true, tokens: true }).tokens);
for (const args of [['--unknown'], ['positional'], ['--name'], ['--verbose=yes']]) {
  try {
    parseArgs({ args, options });
  } catch (err) {
    console.log(err.code, err.message);
  }
}

// System errors and signals.
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorMessage(-2));
console.log(util.getSystemErrorMap().get(-2), util.getSystemErrorMap() instanceof Map);
for (const bad of [2, 'x']) {
  try {
    util.getSystemErrorName(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
console.log(util.convertProcessSignalToExitCode('SIGINT'), util.convertProcessSignalToExitCode('SIGTERM'));

// debuglog (NODE_DEBUG is not set in the golden environment).
const debug = util.debuglog('gonodetest');
debug('not printed %s', 'x');
console.log(debug.enabled, util.debug === util.debuglog);

// _extend (deprecated).
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));
