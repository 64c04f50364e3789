'use strict';
// path (POSIX): every function over a table of edge cases. Results that depend on
// the working directory are printed relative to process.cwd().
const path = require('path');

const log = (...args) => console.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));

log('identity', path === path.posix, path.posix.posix === path.posix, path.win32.posix === path.posix);
log('sep', path.sep, 'delimiter', path.delimiter);
log('keys', Object.keys(path).sort());
log('_makeLong', path._makeLong === path.toNamespacedPath);

const samples = [
  '', '.', '..', '/', '//', '///', 'a', '/a', 'a/', '/a/', 'a/b', '/a/b/', 'a//b', 'a/./b', 'a/../b',
  '../a', '../../a/b', '/..', '/../a', 'a/b/../../..', './a/', '.a', '..a', 'a.', 'a..', '.a.b',
  'file.txt', '/dir/file.txt', '/dir/file.tar.gz', '/dir.d/file', 'dir/.hidden', '/dir/.hidden.txt',
  '/a/b/c/', 'a/b/c/.', 'a/b/c/..', '/foo/bar//baz/asdf/quux/..', 'foo/bar/..//baz', '\\a\\b', 'C:\\x',
  '/a b/c d.e', '////a//b//', 'a/b/./c/../d/',
];

for (const p of samples) {
  log(JSON.stringify(p),
      'normalize', path.normalize(p),
      'isAbsolute', path.isAbsolute(p),
      'dirname', path.dirname(p),
      'basename', path.basename(p),
      'extname', path.extname(p),
      'parse', path.parse(p),
      'ns', path.toNamespacedPath(p));
}

const basenames = [
  ['/a/b.html', '.html'], ['/a/b.html', 'html'], ['/a/b.html', 'b.html'], ['/a/b.html', 'x'],
  ['b.html', '.html'], ['/a/b.html/', '.html'], ['/a/b.html//', 'l'], ['aaa', 'a'], ['aaa/bbb', 'bbb'],
  ['aaa/bbb', 'b'], ['/aaa/bbb', 'a/bbb'], ['/aaa/b', 'b'], ['a', ''], ['', ''], ['.js', '.js'],
  ['file.js.old', '.js.old'], ['/', '/'],
];
for (const [p, ext] of basenames) log('basename', p, ext, path.basename(p, ext));

const joins = [
  [], [''], ['', ''], ['.', '.'], ['/', '.'], ['/foo', 'bar', 'baz/asdf', 'quux', '..'],
  ['foo', '', 'bar'], ['', 'foo'], ['foo/', '/bar'], ['/', '/', '/'], ['..', 'a'], ['a', '../..', 'b'],
  ['./', '..', '/'], ['a', '/', 'b'], ['', '/foo'], [' ', 'foo'],
];
for (const args of joins) log('join', args, path.join(...args));

const cwd = process.cwd();
const rel = (p) => (p.startsWith(cwd) ? '<cwd>' + p.slice(cwd.length) : p);
const resolves = [
  [], [''], ['.'], ['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'], ['a/b/c/', '../../..'],
  ['.'], ['/some/dir', '.', '/absolute/'], ['/foo/tmp.3/', '../tmp.3/cycles/root.js'], ['a', '', 'b'],
  ['/', '..', '..'], ['x', '/y', 'z'], ['//server/share', '..'],
];
for (const args of resolves) log('resolve', args, rel(path.resolve(...args)));
log('resolve() is cwd', path.resolve() === cwd, path.resolve('') === cwd, path.resolve('.') === cwd);

const relatives = [
  ['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'],
  ['/var/', '/var/lib'], ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b'], ['/foo/bar/baz-quux', '/foo/bar/baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/page1/page2/foo', '/'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['', ''],
  ['a/b', 'a/c'],
];
for (const [from, to] of relatives) log('relative', from, to, path.relative(from, to));

const formats = [
  { root: '/', dir: '/home/user/dir', base: 'file.txt', ext: '.txt', name: 'file' },
  { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' },
  { root: '/', name: 'file', ext: 'txt' },
  { name: 'x', ext: '..' },
  { dir: 'd', name: 'x' },
  { root: '/r/', dir: '/r/' },
  {},
  { base: '' },
  { dir: '/', base: 'a' },
];
for (const f of formats) log('format', f, path.format(f));

// Round trip of parse/format.
for (const p of ['/home/user/dir/file.txt', './a.b', 'x', '/']) log('roundtrip', p, path.format(path.parse(p)));

// Argument validation.
const describe = (err) => `${err.name} | ${err.code} | ${err.message}`;
const bad = [1, null, undefined, true, {}, [], () => {}, Symbol('s')];
for (const fn of ['join', 'resolve', 'normalize', 'isAbsolute', 'relative', 'dirname', 'basename', 'extname', 'parse']) {
  for (const v of bad) {
    try {
      path[fn](v);
      log(fn, 'accepted', typeof v);
    } catch (err) {
      log(fn, describe(err));
    }
  }
}
for (const v of [null, 'str', 1, undefined]) {
  try {
    log('format', path.format(v));
  } catch (err) {
    log('format', describe(err));
  }
}
try {
  path.basename('a', 1);
} catch (err) {
  log('basename ext', describe(err));
}
try {
  path.join('a', 1, 'b');
} catch (err) {
  log('join second', describe(err));
}
try {
  path.resolve('a', 1);
} catch (err) {
  log('resolve second', describe(err));
}
try {
  path.relative('a', 1);
} catch (err) {
  log('relative to', describe(err));
}
log('toNamespacedPath non-string', path.toNamespacedPath(1), path.toNamespacedPath(null));
