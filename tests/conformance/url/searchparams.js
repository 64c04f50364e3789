'use strict';
// URLSearchParams: constructors (string, record, sequence, other params), every
// method, iteration, serialization (application/x-www-form-urlencoded), inspection and
// Node's errors; URL inspection and JSON.
const util = require('util');
const { URL, URLSearchParams } = require('url');
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, '->', typeof v === 'string' ? JSON.stringify(v) : v);
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
t('string', () => new URLSearchParams('?a=1&b=2&a=3&&c&=d&e=f=g&+x+=%20y%zz%41').toString());
t('string entries', () => [...new URLSearchParams('a=1&b=%E2%82%AC&c=%FF&d=%F0%9F')]);
t('record', () => new URLSearchParams({ a: 1, b: [1, 2], c: null, d: undefined, e: { toString() { return 'E'; } } }).toString());
t('sequence', () => new URLSearchParams([['a', '1'], ['b', 2], new Set(['c', 'd'])]).toString());
t('copy', () => { const a = new URLSearchParams('x=1'); const b = new URLSearchParams(a); b.append('y', '2'); return [a.toString(), b.toString()]; });
t('bad tuple', () => new URLSearchParams([['a']]));
t('bad tuple 3', () => new URLSearchParams([['a', 'b', 'c']]));
t('bad tuple null', () => new URLSearchParams([null]));
t('bad tuple number', () => new URLSearchParams([1]));
t('not iterable', () => new URLSearchParams({ [Symbol.iterator]: 5 }));
t('number init', () => new URLSearchParams(42).toString());
t('lone surrogates', () => new URLSearchParams([['\ud800', '\udc00x']]).toString());
const p = new URLSearchParams('b=2&a=1&c=3&a=0');
t('get', () => [p.get('a'), p.get('z'), p.getAll('a'), p.has('a'), p.has('a', '0'), p.has('a', '9'), p.has('z'), p.size]);
t('set', () => { p.set('a', 'x'); return p.toString(); });
t('append', () => { p.append('a', 'y z'); return p.toString(); });
t('delete value', () => { p.delete('a', 'x'); return p.toString(); });
t('delete', () => { p.delete('b'); return p.toString(); });
t('sort', () => { const s = new URLSearchParams('z=1&b=2&a=3&b=1&\u00e9=4&A=5'); s.sort(); return s.toString(); });
t('keys', () => [...p.keys()]);
t('values', () => [...p.values()]);
t('entries', () => [...p.entries()]);
t('forEach', () => { const out = []; p.forEach(function (v, k, o) { out.push(`${k}=${v}`, o === p, this.x); }, { x: 1 }); return out; });
t('forEach bad', () => p.forEach(5));
t('append missing', () => p.append('a'));
t('get missing', () => p.get());
t('has missing', () => p.has());
t('delete missing', () => p.delete());
t('set missing', () => p.set('a'));
t('getAll missing', () => p.getAll());
t('bad this', () => URLSearchParams.prototype.get.call({}, 'a'));
t('encode', () => new URLSearchParams({ 'a b': 'c+d&e=f', '~!*()\'': '\u00e9\u20ac\ud83d\ude00', '-._': '%' }).toString());
t('iterator proto', () => { const it = p[Symbol.iterator](); return [Object.prototype.toString.call(it), typeof it.next, it.next(), Object.keys(Object.getPrototypeOf(it))]; });
t('names', () => [URLSearchParams.name, URLSearchParams.length, Object.keys(URLSearchParams.prototype), Object.prototype.toString.call(p)]);
console.log(p);
console.log(new URLSearchParams());
console.log(util.inspect(new URLSearchParams('a=1&b=' + 'x'.repeat(80))));
console.log(util.inspect({ p: new URLSearchParams('a=1') }, { depth: 0 }));
console.log(p.keys(), p.entries());
const it = p.values();
it.next();
console.log(it);
console.log(util.inspect([...'abcdefghij'].reduce((sp, ch) => { sp.append(ch.repeat(8), ch.repeat(9)); return sp; }, new URLSearchParams()).entries()));

const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string#hash');
console.log(u);
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ a: { b: u } }));
console.log([u]);
console.log(JSON.stringify({ u }), String(u), `${u}`, u.toString(), u.toJSON());
console.log(Object.keys(u), Object.getOwnPropertyNames(URL.prototype), Object.keys(URL));
console.log(URL.name, URL.length, Object.prototype.toString.call(u), typeof URL.createObjectURL, typeof URL.revokeObjectURL);
t('URL no args', () => new URL());
t('URL bad', () => new URL('nope'));
t('URL bad base', () => new URL('/x', 'nope'));
t('URL error props', () => { try { new URL('/x', 'y'); } catch (e) { return [e.input, e.base, Object.keys(e)]; } });
t('URL.parse', () => [URL.parse('http://a/').href, URL.parse('nope'), URL.parse('/x', 'http://b/c').href]);
t('URL.parse none', () => URL.parse());
t('URL.canParse', () => [URL.canParse('http://a'), URL.canParse('a'), URL.canParse('a', 'http://b'), URL.canParse('a', 'b')]);
t('URL.canParse none', () => URL.canParse());
t('URL from URL', () => new URL(new URL('http://x/y'), 'http://z').href);
t('URL object input', () => new URL({ toString() { return 'http://obj/'; } }).href);
t('URL base URL', () => new URL('q', new URL('http://b/c/d')).href);
t('href getter this', () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}));
t('subclass', () => { class MyURL extends URL {} return util.inspect(new MyURL('http://sub/')).split('\n')[0]; });
t('origin', () => ['blob:https://a.com:443/x', 'blob:ftp://a/x', 'blob:nope', 'file:///x', 'ws://h:80/', 'sc://h/', 'http://[::1]:81/'].map((s) => new URL(s).origin));
