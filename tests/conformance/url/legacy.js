'use strict';
// The legacy url API: url.parse (with parseQueryString and slashesDenoteHost),
// url.format (legacy objects, strings and WHATWG URLs with options), url.resolve,
// url.resolveObject, and Node's errors.
const url = require('url');
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, '->', typeof v === 'string' ? JSON.stringify(v) : v);
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
const inputs = [
  'http://user:pw@Host.COM:8080/p/a?x=1#h', '/a/b?c=d', '//some.host/path', 'http://a b/', 'http://a%b/',
  'http://ex.com:99999/', 'HTTP://WWW.EXAMPLE.COM/a?b', 'http://x.com\\path\\to?q=1\\2', '  http://trim.me/  ',
  'mailto:someone@example.com', 'javascript:alert("x y")', 'file:///etc/passwd', 'file://host/share', 'file:relative',
  'http://[::1]:3000/x', 'http://[fe80::1%25eth0]/', 'http://ñandú.com/ü?ö#ä', 'http://a@b@c/d', 'http://a@b?@c',
  'https://user@host', 'www.example.com/path', 'example.com:8080/x', 'http://x/p?a=1&a=2&b=%20c+d', 'http://x/#frag?not',
  'http://x/?q=<>"`{}|^\'', 'sc://opaque:thing@h/p', 'git+ssh://git@github.com:foo/bar.git', 'http://x.com/a%20b c',
  '?just=query', '#justhash', '', ' ', 'http://', 'http:///x', 'xmpp:user@host/resource', 'http://-lead.com/', 'http://a_b.c/',
  'http://UPPER.case/PATH', 'ws://sock.et:80/x', 'http://x.com:/p', 'http://1.2.3.4:5/', 'http://x.com/%7Euser',
  'http://\u00e9x.com:80/', 'http://a.com/\ud83d\ude00', 'https://x.com/a;b?c;d', 'http://[::1', 'http://x/\t\ny',
];
for (const s of inputs) {
  t(`parse ${JSON.stringify(s)}`, () => JSON.stringify(url.parse(s)));
}
t('parse query', () => url.parse('http://x/p?a=1&a=2&b=%20c+d&e', true).query);
t('parse query empty', () => url.parse('http://x/p', true).query);
t('parse query simple', () => url.parse('/p?x=1', true));
t('slashesDenoteHost', () => JSON.stringify(url.parse('//host/p', false, true)));
t('no slashesDenoteHost', () => JSON.stringify(url.parse('//host/p')));
t('parse Url returns same', () => { const u = url.parse('http://x/'); return url.parse(u) === u; });
t('parse number', () => url.parse(5));
t('parse invalid port', () => url.parse('http://a:b/'));
t('Url instance', () => [url.parse('http://x/') instanceof url.Url, Object.keys(new url.Url())]);
console.log(url.parse('http://user:pw@host:8080/p?q=1#h'));

const formats = [
  { protocol: 'http', hostname: 'a.com', pathname: 'x', query: { a: [1, 2], b: 'c d' } },
  { protocol: 'https:', host: 'h:1', pathname: '/p#?', search: 'x=#1', hash: 'frag' },
  { protocol: 'mailto', auth: 'user', hostname: 'host' },
  { protocol: 'file', pathname: '/etc' },
  { protocol: 'file:', slashes: true, pathname: 'x' },
  { hostname: '::1', port: 8080, pathname: '/' },
  { auth: 'us er:p@ss', host: 'h', protocol: 'http' },
  { protocol: 'xmpp', slashes: true, host: 'h', pathname: 'p' },
  { query: 'not-an-object', search: '' },
  { search: 'a=1', query: { b: 2 } },
  {},
];
for (const o of formats) t(`format ${JSON.stringify(o)}`, () => url.format(o));
t('format string', () => url.format('HTTP://X.COM/a b'));
t('format bad', () => url.format(5));
t('format null', () => url.format(null));
const wu = new URL('https://us:pw@xn--nxasmq6b.com:8443/p?q=1#h');
t('format URL', () => url.format(wu));
t('format URL opts', () => url.format(wu, { fragment: false, unicode: true, search: false, auth: false }));
t('format URL bad opts', () => url.format(wu, 5));
t('format Url', () => url.format(url.parse('http://x.com/a?b#c')));

const resolves = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'],
  ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', 'g#s'], ['http://a/b/c/d;p?q', ';x'], ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '.'],
  ['http://a/b/c/d;p?q', './'], ['http://a/b/c/d;p?q', '..'], ['http://a/b/c/d;p?q', '../'], ['http://a/b/c/d;p?q', '../g'],
  ['http://a/b/c/d;p?q', '../..'], ['http://a/b/c/d;p?q', '../../g'], ['http://a/b/c/d;p?q', '../../../g'],
  ['http://a/b/c/d;p?q', '/./g'], ['http://a/b/c/d;p?q', '/../g'], ['http://a/b/c/d;p?q', 'g.'], ['http://a/b/c/d;p?q', '.g'],
  ['http://a/b/c/d;p?q', 'g..'], ['http://a/b/c/d;p?q', './../g'], ['http://a/b/c/d;p?q', 'g/./h'], ['http://a/b/c/d;p?q', 'g;x=1/../y'],
  ['http://a/b/c/d;p?q', 'http:g'], ['http://a/b/c/d;p?q', 'https:g'], ['mailto:local1@domain1', 'local2@domain2'],
  ['mailto:a@b', '?subject=hi'], ['http://u:p@host/a', '//other/b'], ['http://u:p@host/a', 'https://x/y'], ['a/b', '../c'],
  ['a', '../../b'], ['/a', '../../b'], ['http://example.com/a/b', 'file:///c'], ['file:///a/b', 'c'], ['http://x', 'y'],
  ['http://x/a/', '.././../b/'], ['', 'http://only.rel/'], ['http://x/y?q', ''], ['sc:opaque', 'x'],
];
for (const [from, to] of resolves) t(`resolve ${from} + ${to}`, () => url.resolve(from, to));
t('resolveObject', () => JSON.stringify(url.resolveObject('http://a/b/c', '../d?e#f')));
t('resolveObject empty source', () => url.resolveObject('', 'rel'));
