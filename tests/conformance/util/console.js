'use strict';
// console: log/info/debug/dirxml to stdout (warn/error/trace/assert go to stderr and
// are not part of the golden), dir with options, table, group indentation, count,
// the Console constructor with custom streams, and the shape of the global console.
const { Console } = require('console');
const { EventEmitter } = require('events');

console.log('log', 1, { a: 1 });
console.info('info %s', 'formatted');
console.debug('debug', [1, 2]);
console.dirxml('dirxml', { x: 1 });
console.log();
console.log('');
console.log(undefined);
console.log('multi\nline');
console.warn('to stderr');
console.error('to stderr');
console.assert(true, 'not printed');
console.assert(false, 'assertion to stderr %s', 'x');
console.trace('trace to stderr');

// dir ignores custom inspectors and takes inspect options.
const custom = { a: { b: { c: { d: 1 } } }, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };
console.log(custom);
console.dir(custom);
console.dir(custom, { depth: 0 });
console.dir(custom, { depth: Infinity, compact: false });
console.dir('a string'), console.dir(42);

// group / groupCollapsed / groupEnd.
console.group('Group A');
console.log('inside A');
console.group();
console.log({ nested: true, list: [1, 2, 3] });
console.log('two\nlines');
console.groupCollapsed('Collapsed %s', 'C');
console.info(new Map([[1, { deep: 'x'.repeat(70) }]]));
console.groupEnd();
console.groupEnd();
console.log('back in A');
console.groupEnd();
console.groupEnd();
console.log('top level');

// count / countReset.
console.count();
console.count();
console.count('label');
console.count('label');
console.countReset();
console.count();
console.count(42);
console.countReset('never-used');

// table.
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ row1: { col: 1 }, row2: { col: 2, other: [1, 2, 3, 4, 5] } });
console.table([1, 'two', { three: 3 }]);
console.table([{ a: 1, b: 2, c: 3 }], ['a', 'c']);
console.table([{ a: 1 }, 'primitive'], ['a']);
console.table(new Map([['k1', { v: 1 }], ['k2', 2]]));
console.table(new Set(['s1', { s: 2 }]));
console.table(new Map([[1, 'one']]).entries());
console.table(new Set([1, 2]).values());
console.table([{ name: 'unicode', value: '日本語' }, { name: 'emoji', value: '😀' }]);
console.table([{ deep: { x: { y: { z: 1 } } }, arr: [1, 2, 3, 4], fn() {} }]);
console.table([]);
console.table({});
console.table('not tabular');
console.table(null);
console.table([[]]);
try {
  console.table([], 'not an array');
} catch (err) {
  console.log(err.code, err.message);
}

// Console instances.
const chunks = [];
const stream = (prefix) => Object.assign(new EventEmitter(), {
  write(chunk) { chunks.push(prefix + chunk); return true; },
});
const c = new Console({ stdout: stream('out:'), stderr: stream('err:'), groupIndentation: 4 });
c.log('hello %d', 5);
c.group('g');
c.error(new Map([[1, 2]]));
c.warn('warned');
c.groupEnd();
c.table([{ x: 1 }]);
c.count();
c.dir({ a: 1 });
const c2 = new Console(stream('pos:'));
c2.log('positional constructor');
c2.error('stderr defaults to stdout');
const c3 = new Console({ stdout: stream('opts:'), inspectOptions: { depth: 0, breakLength: 20 } });
c3.log({ a: { b: 1 } }, [1, 2, 3]);
const c4 = Console(stream('no-new:'));
c4.log('called without new');
console.log(chunks);
console.log(c instanceof Console, console instanceof Console, {} instanceof Console);
for (const opts of [{}, { stdout: {} }, { stdout: stream(''), colorMode: 'sometimes' }, { stdout: stream(''), groupIndentation: -1 }, { stdout: stream(''), inspectOptions: 1 }]) {
  try {
    new Console(opts);
  } catch (err) {
    console.log(err.code, err.message);
  }
}

// Shape of the global console.
console.log(Object.keys(console));
console.log(typeof console.Console, console.Console === Console, Object.prototype.toString.call(console));
console.log(console.log.name, console.groupCollapsed.name, console.dirxml.name, console.table.name);
const { log } = console;
log('detached log still works');
