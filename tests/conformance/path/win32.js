'use strict';
// path.win32 over a table of edge cases (drive letters, UNC, device paths, mixed
// separators). Inputs avoid the working directory.
const { win32 } = require('path');

const log = (...args) => console.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));

log('sep', win32.sep, 'delimiter', win32.delimiter, 'win32.win32', win32.win32 === win32);

const samples = [
  '', '.', '..', '\\', '/', 'C:', 'C:\\', 'C:/', 'c:\\foo', 'C:foo', 'C:..\\a', 'C:\\..\\a',
  '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\dir\\file.txt', '//server/share/x',
  '\\\\?\\C:\\long\\path', '\\\\.\\pipe\\name', '\\\\?\\UNC\\server\\share', 'foo\\bar\\..\\baz',
  'a/b\\c', 'C:\\dir\\file.tar.gz', '\\dir\\.hidden', 'file.', '.\\a\\', 'C:\\a\\b\\', '\\\\', '\\\\a',
  '\\\\a\\', 'C:\\\\a\\\\\\b', 'foo:bar', 'CON', 'C:\\CON', 'x:\\y\\..\\..\\..', '..\\..\\a',
];
for (const p of samples) {
  log(JSON.stringify(p),
      'normalize', win32.normalize(p),
      'isAbsolute', win32.isAbsolute(p),
      'dirname', win32.dirname(p),
      'basename', win32.basename(p),
      'extname', win32.extname(p),
      'parse', win32.parse(p),
      // toNamespacedPath resolves relative paths against the working directory.
      'ns', win32.isAbsolute(p) ? win32.toNamespacedPath(p) : '-');
}

const joins = [
  ['C:', 'foo'], ['C:\\', 'foo', '..', 'bar'], ['\\\\server', 'share'], ['//server', 'share', 'x'],
  ['', '\\\\server\\share'], ['a', 'b', 'c'], ['C:\\a', '..\\..\\..'], ['\\\\?\\C:', 'x'], ['.', '.'], [],
  ['/', '/foo'], ['a', '\\\\b'],
];
for (const args of joins) log('join', args, win32.join(...args));

const resolves = [
  ['C:\\a', 'b'], ['C:\\a', '..\\b'], ['C:\\a', 'D:\\b', 'c'], ['\\\\server\\share', 'x', '..', 'y'],
  ['C:\\', '..'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['\\\\server\\share\\a', '\\b'],
  ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], ['//server/share', '..', 'relative\\'],
];
for (const args of resolves) log('resolve', args, win32.resolve(...args));

const relatives = [
  ['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'],
  ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaa/bbbb', 'c:/aaaa/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'],
  ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'], ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'],
  ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'], ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['C:\\baz-quux', 'C:\\baz'],
  ['\\\\foo\\baz', '\\\\foo\\baz-quux'],
];
for (const [from, to] of relatives) log('relative', from, to, win32.relative(from, to));

const formats = [
  { root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' },
  { root: 'C:\\', name: 'file', ext: 'txt' },
  { dir: 'dir', base: 'f' },
  { root: '\\\\server\\share\\', base: 'x' },
];
for (const f of formats) log('format', f, win32.format(f));
for (const [p, ext] of [['C:\\a\\b.html', '.html'], ['C:\\a\\b.HTML', '.html'], ['\\\\s\\x\\', 'x'], ['C:', 'C:']]) {
  log('basename', p, ext, win32.basename(p, ext));
}
