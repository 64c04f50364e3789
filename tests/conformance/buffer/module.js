'use strict';
// node:buffer module surface: exports, constants, INSPECT_MAX_BYTES, isUtf8/isAscii,
// transcode, Blob/File/resolveObjectURL and the DOMException thrown by atob/btoa.
const buffer = require('buffer');
const util = require('util');
const { Buffer, Blob, File, isUtf8, isAscii, transcode, resolveObjectURL } = buffer;
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, '->', typeof v === 'string' ? JSON.stringify(v) : v);
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message, e.errno);
  }
}

console.log(Object.keys(buffer));
console.log(buffer);
console.log(buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants, Object.isFrozen(buffer.constants));
console.log(buffer.INSPECT_MAX_BYTES, buffer.SlowBuffer, require('node:buffer') === buffer);
t('INSPECT_MAX_BYTES bad', () => { buffer.INSPECT_MAX_BYTES = -1; });
t('INSPECT_MAX_BYTES str', () => { buffer.INSPECT_MAX_BYTES = '3'; });
console.log(Object.getOwnPropertyNames(Buffer));
console.log(Object.getOwnPropertyNames(Buffer.prototype).join());
console.log(Buffer.prototype.constructor === Buffer, Object.getPrototypeOf(Buffer) === Uint8Array);
console.log(globalThis.Buffer === Buffer, globalThis.atob === buffer.atob, globalThis.btoa === buffer.btoa, globalThis.Blob === Blob);

t('isUtf8', () => [isUtf8(Buffer.from('é')), isUtf8(Buffer.from([0xff])), isUtf8(new ArrayBuffer(2)), isUtf8(Buffer.from([0xed, 0xa0, 0x80])), isUtf8(Buffer.alloc(0)), isUtf8(new Uint16Array([0x6161]))].join());
t('isAscii', () => [isAscii(Buffer.from('a')), isAscii(Buffer.from('é')), isAscii(new Uint16Array([0x100])), isAscii(new ArrayBuffer(1))].join());
t('isUtf8 bad', () => isUtf8('x'));
t('isAscii bad', () => isAscii());
const tc = [
  ['utf8', 'latin1', Buffer.from('€é')], ['utf8', 'ucs2', Buffer.from('€é')], ['latin1', 'utf8', Buffer.from('aé', 'latin1')],
  ['utf8', 'ascii', Buffer.from('aé')], ['ascii', 'utf8', Buffer.from([0x61, 0xe9])], ['utf8', 'latin1', Buffer.from('\ud83d\ude00')],
  ['utf8', 'utf16le', Buffer.from([0xff, 0x61])], ['utf8', 'hex', Buffer.from('a')], ['binary', 'UCS-2', Buffer.from('ab')],
  ['utf-16le', 'utf-8', Buffer.from('ab', 'ucs2')], ['ucs2', 'latin1', Buffer.from('a\u0100', 'ucs2')], ['ucs2', 'ascii', Buffer.from('a\u0100', 'ucs2')],
  ['ucs2', 'utf8', Buffer.from([0x00, 0xd8, 0x61, 0])], ['ucs2', 'utf8', Buffer.from([0x61, 0, 0x62])], ['utf8', 'utf8', Buffer.from('é')],
  ['latin1', 'ascii', Buffer.from([0xe9])], ['ascii', 'latin1', Buffer.from([0xe9, 0x61])], ['ascii', 'ucs2', Buffer.from([0xe9, 0x61])],
  ['utf8', 'base64', Buffer.from('é')], ['hex', 'utf8', Buffer.from('é')], ['utf8', 'latin1', Buffer.from([0xff, 0x61, 0xe2, 0x82])],
  ['utf8', 'utf8', Buffer.from([0xff, 0x61, 0xe2, 0x82])], ['ucs2', 'latin1', Buffer.from([0x00, 0xd8, 0x61, 0])],
  ['ucs2', 'ucs2', Buffer.from([0x00, 0xd8, 0x61, 0])], ['ucs2', 'latin1', Buffer.from([0x3d, 0xd8, 0x00, 0xde])],
  ['ucs2', 'ucs2', Buffer.from([0x61, 0, 0x62])], ['utf8', 'ascii', Buffer.from('\ud83d\ude00')], ['utf8', null, Buffer.from('a')],
  ['x', 'y', Buffer.alloc(0)],
];
for (const [from, to, src] of tc) t(`transcode ${from}->${to} ${src.toString('hex')}`, () => transcode(src, from, to));
t('transcode bad', () => transcode('a', 'utf8', 'ucs2'));
t('transcode u8', () => transcode(new Uint8Array([0x61]), 'latin1', 'ucs2'));

// DOMException (via atob/btoa)
for (const fn of [() => atob('$'), () => btoa('\u0100'), () => atob('abcde')]) {
  try {
    fn();
  } catch (e) {
    const D = e.constructor;
    console.log(D.name, e.name, e.code, e.message, e instanceof D, e instanceof Error, Object.keys(e), String(e));
    console.log(Object.prototype.toString.call(e), D.INVALID_CHARACTER_ERR, e.DATA_CLONE_ERR, e.stack.split('\n')[0]);
    console.log(util.inspect(e).split('\n')[0]);
    const d = new D('m', { name: 'AbortError', cause: 1 });
    console.log(d.code, d.name, d.message, d.cause, Object.getOwnPropertyNames(d), String(d));
    console.log(new D('x', 'Custom').code, new D().name, JSON.stringify(new D().message), new D('a', 'SyntaxError').code);
    console.log(Object.getOwnPropertyNames(D.prototype).length, Object.keys(D).length);
    t('DOMException name this', () => D.prototype.name);
    break;
  }
}

// Blob and File
const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d']), new ArrayBuffer(1)], { type: 'Text/Plain' });
console.log(b, b.size, b.type, Object.keys(Blob.prototype), Object.getOwnPropertyNames(Blob.prototype), Object.prototype.toString.call(b));
console.log(Blob.name, Blob.length, File.length, Object.keys(b), String(b), JSON.stringify(b));
console.log(b.slice(1, 3, 'X/Y'), new Blob(['a'], { type: 'a\u0100' }).type, b.slice(1.5, 3).size, b.slice('1').size, b.slice(undefined, -1).size, b.slice(null, 2).size, b.slice(-2).size);
const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 42 });
console.log(f, f.name, f.lastModified, f instanceof Blob, Object.keys(File.prototype), Object.getOwnPropertyNames(File.prototype));
const f2 = new File(['\ud800'], 'a\ud800b', { lastModified: 'x' });
console.log(JSON.stringify(f2.name), f2.lastModified, f2.size, typeof new File([], 'n').lastModified);
console.log(new Blob([1, null, {}]).size, new Blob(['a\r\nb\rc'], { endings: 'native' }).size, new Blob().size, new Blob(undefined).size, new Blob([new Uint16Array([0x6261])]).size);
console.log(util.inspect({ b: new Blob(['x']) }), util.inspect([[[new Blob(['x'])]]], { depth: 1 }));
t('Blob string', () => new Blob('abc'));
t('Blob number', () => new Blob(5));
t('Blob null', () => new Blob(null));
t('Blob options', () => new Blob([], 5));
t('Blob endings', () => new Blob([], { endings: 'x' }));
t('File args', () => new File(['a']));
t('File options', () => new File([], 'x', 5));
t('Blob size this', () => Blob.prototype.size);
t('Blob slice this', () => Blob.prototype.slice.call({}));
t('resolveObjectURL', () => resolveObjectURL('blob:nodedata:xyz'));
t('resolveObjectURL bad', () => resolveObjectURL('nope'));
(async () => {
  console.log('text', await b.text());
  console.log('slice text', await b.slice(1, 3).text());
  console.log('arrayBuffer', await b.arrayBuffer());
  console.log('bytes', await b.bytes());
  console.log('bom', JSON.stringify(await new Blob(['\ufeffhi']).text()));
  console.log('invalid utf8', JSON.stringify(await new Blob([new Uint8Array([0xff, 0x61])]).text()));
  await Blob.prototype.text.call({}).catch((e) => console.log('text this', e.code));
  await Blob.prototype.arrayBuffer.call({}).catch((e) => console.log('arrayBuffer this', e.code));
  await Blob.prototype.bytes.call({}).catch((e) => console.log('bytes this', e.code));
  const u = URL.createObjectURL(new Blob(['zz'], { type: 'a/b' }));
  console.log(u.slice(0, 14), u.length);
  const r = resolveObjectURL(u);
  console.log(r, await r.text());
  URL.revokeObjectURL(u);
  console.log(resolveObjectURL(u));
  t('createObjectURL bad', () => URL.createObjectURL('x'));
})();
