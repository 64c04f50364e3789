'use strict';
// node:querystring: parse (separators, maxKeys, custom decoders, malformed escapes),
// stringify (arrays, primitives, custom encoders), escape/unescape/unescapeBuffer.
const qs = require('querystring');
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, '->', typeof v === 'string' ? JSON.stringify(v) : v);
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
console.log(Object.keys(qs), qs.decode === qs.parse, qs.encode === qs.stringify);
const parses = [
  'a=1&b=2&a=3', 'foo=bar&foo=baz&foo=', 'a', 'a=', '=b', '&&a=1&&', 'a=1=2', 'a+b=c+d', 'a%20b=c%20d', '%E2%82%AC=%F0%9F%98%80',
  'bad=%E2%82', 'bad2=%zz%4', 'x=%', '%41%42', 'a[]=1&a[]=2', '__proto__=1&constructor=2&hasOwnProperty=3', '?q=1', 'a=\u00e9',
  ';;a=1', '&', '=', '==', 'a&b&c',
];
for (const s of parses) t(`parse ${JSON.stringify(s)}`, () => qs.parse(s));
t('parse sep eq', () => qs.parse('a:1;b:2', ';', ':'));
t('parse multi sep', () => qs.parse('a=>1<>b=>2', '<>', '=>'));
t('parse maxKeys', () => qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
t('parse maxKeys 0', () => Object.keys(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 })).length);
t('parse custom decode', () => qs.parse('a=%41+b&c=d', null, null, { decodeURIComponent: (s) => `<${s}>` }));
t('parse throwing decode', () => qs.parse('a=%41', null, null, { decodeURIComponent: () => { throw new Error('x'); } }));
t('parse non-string', () => [qs.parse(5), qs.parse(), qs.parse('')]);
t('parse proto', () => Object.getPrototypeOf(qs.parse('a=1')));
const objs = [
  { a: 1, b: 'two', c: [3, 4], d: true, e: null, f: undefined, g: NaN, h: Infinity, i: 10n, j: {}, k: [], l: '' },
  { 'a b': 'c&d=e', 'é': '€', '😀': '\u00a0' },
  { big: 1e21, small: -0.5, neg: -1e22 },
];
for (const o of objs) t(`stringify ${require('util').inspect(o)}`, () => qs.stringify(o));
t('stringify sep eq', () => qs.stringify({ a: 1, b: [2, 3] }, ';', ':'));
t('stringify custom', () => qs.stringify({ a: 'b c', d: 1 }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
t('stringify non-object', () => [qs.stringify('abc'), qs.stringify(5), qs.stringify(null)]);
t('stringify lone surrogate', () => qs.stringify({ a: '\ud800' }));
t('stringify surrogate pair', () => qs.stringify({ a: '\ud83d\ude00' }));
t('stringify high then char', () => qs.stringify({ a: '\ud800x' }));
t('escape', () => [qs.escape('a b&c/d?é'), qs.escape(5), qs.escape({ toString() { return 'o k'; } }), qs.escape("!'()*-._~")]);
t('unescape', () => [qs.unescape('a%20b+c'), qs.unescape('%E2%82'), qs.unescape('%zz%41'), qs.unescape('a+b', true)]);
t('unescapeBuffer', () => [qs.unescapeBuffer('a%20b+c'), qs.unescapeBuffer('a+b', true), qs.unescapeBuffer('%'), qs.unescapeBuffer('%4'), qs.unescapeBuffer('%4g'), qs.unescapeBuffer('\u0101')]);
t('roundtrip', () => qs.parse(qs.stringify({ x: ['1 2', '3&4'], y: 'é' })));
