package jslib

// Code generated from Node.js v26.10.0; the want strings are the output of each src
// there. DO NOT EDIT by hand: re-record instead.

import "testing"

func TestURL(t *testing.T) {
	runCases(t, []jsCase{
		{name: "parse_components",
			src: `const { URL } = require('url');
for (const [i, b] of [['https://user:pw@EXAMPLE.com:8080/p/../a/./b?q=1#h'], ['/x/../y?z', 'http://h/a/b'], ['http://0x7f.1/'], ['http://[1:0:0:2::3:0]/'], ['http://ñandú.com/ü'], ['file:///C|/x'], ['sc:opaque path ?q'], ['data:a b#x'], ['http://1.2.3.4.5/'], ['http://a b/'], ['x', 'sc:opaque']]) {
  try { const u = new URL(i, b); log(u.href, u.origin, u.host, u.pathname, u.search, u.hash); } catch (e) { log(e.name, e.code, e.message, e.input); }
}`,
			want: `https://user:pw@example.com:8080/a/b?q=1#h https://example.com:8080 example.com:8080 /a/b ?q=1 #h
http://h/y?z http://h h /y ?z 
http://127.0.0.1/ http://127.0.0.1 127.0.0.1 /  
http://[1::2:0:0:3:0]/ http://[1::2:0:0:3:0] [1::2:0:0:3:0] /  
http://xn--and-6ma2c.com/%C3%BC http://xn--and-6ma2c.com xn--and-6ma2c.com /%C3%BC  
file:///C:/x null  /C:/x  
sc:opaque path%20?q null  opaque path%20 ?q 
data:a b#x null  a b  #x
TypeError ERR_INVALID_URL Invalid URL http://1.2.3.4.5/
TypeError ERR_INVALID_URL Invalid URL http://a b/
TypeError ERR_INVALID_URL Invalid URL x`},
		{name: "setters",
			src: `const { URL } = require('url');
const u = new URL('http://user:pass@example.com:8080/p?q#h');
u.protocol = 'https'; u.port = '443'; log(u.href);
u.host = 'x.org:99'; u.username = 'a b'; u.password = ''; log(u.href);
u.host = 'y:bad'; log(u.href);
u.pathname = '/a b/../c'; u.search = 'x=1 2'; u.hash = 'f g'; log(u.href);
u.protocol = 'sc'; u.port = 'abc'; log(u.href);
try { u.href = 'nope'; } catch (e) { log(e.code, e.message); }`,
			want: `https://user:pass@example.com/p?q#h
https://a%20b@x.org:99/p?q#h
https://a%20b@y:99/p?q#h
https://a%20b@y:99/c?x=1%202#f%20g
https://a%20b@y:99/c?x=1%202#f%20g
ERR_INVALID_URL Invalid URL`},
		{name: "search_params",
			src: `const { URL, URLSearchParams } = require('url');
const u = new URL('http://x/?a=1&b=2&a=3');
const sp = u.searchParams;
log(sp.get('a'), JSON.stringify(sp.getAll('a')), sp.size, sp.has('b', '2'));
sp.append('c', 'd e&f'); sp.delete('b'); sp.sort(); log(u.search, String(sp));
u.search = '?z=9'; log(sp.get('z'), sp.size);
log(new URLSearchParams({ 'a b': '€', x: [1, 2] }).toString(), new URLSearchParams([['k', 'v']]).toString(), new URLSearchParams('?%zz=%41+b').get('%zz'));
try { new URLSearchParams([['a']]); } catch (e) { log(e.code, e.message); }
try { sp.append('x'); } catch (e) { log(e.code, e.message); }`,
			want: `1 ["1","3"] 3 true
?a=1&a=3&c=d+e%26f a=1&a=3&c=d+e%26f
9 1
a+b=%E2%82%AC&x=1%2C2 k=v A b
ERR_INVALID_TUPLE Each query pair must be an iterable [name, value] tuple
ERR_MISSING_ARGS The "name" and "value" arguments must be specified`},
		{name: "inspect",
			src: `const util = require('util');
const { URL, URLSearchParams } = require('url');
log(util.inspect(new URL('http://u:p@h:1/p?a=b#c')));
log(util.inspect(new URLSearchParams('a=1&b=2')), util.inspect(new URLSearchParams('a=1').keys()));`,
			want: `URL {
  href: 'http://u:p@h:1/p?a=b#c',
  origin: 'http://h:1',
  protocol: 'http:',
  username: 'u',
  password: 'p',
  host: 'h:1',
  hostname: 'h',
  port: '1',
  pathname: '/p',
  search: '?a=b',
  searchParams: URLSearchParams { 'a' => 'b' },
  hash: '#c'
}
URLSearchParams { 'a' => '1', 'b' => '2' } URLSearchParams Iterator { 'a' }`},
		{name: "file_urls",
			src: `const url = require('url');
const { URL } = url;
log(url.fileURLToPath('file:///a%20b/c'), url.pathToFileURL('/tmp/a b#?%\\é~').href, url.fileURLToPath('file:///C:/x/y', { windows: true }), url.pathToFileURL('C:\\a b', { windows: true }).href);
for (const f of [() => url.fileURLToPath('file:///a%2f'), () => url.fileURLToPath('file://h/a'), () => url.fileURLToPath('http://x'), () => url.fileURLToPath(5), () => url.pathToFileURL(5)]) {
  try { f(); } catch (e) { log(e.name, e.code, e.message); }
}
log(JSON.stringify(url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:8080/p?q#h'))));
log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToASCII('a\u200db')));`,
			want: `/a b/c file:///tmp/a%20b%23%3F%25%5C%C3%A9%7E C:\x\y file:///C:/a%20b
TypeError ERR_INVALID_FILE_URL_PATH File URL path must not include encoded / characters
TypeError ERR_INVALID_FILE_URL_HOST File URL host must be "localhost" or empty on linux
TypeError ERR_INVALID_URL_SCHEME The URL must be of scheme file
TypeError ERR_INVALID_ARG_TYPE The "path" argument must be of type string or an instance of URL. Received type number (5)
TypeError ERR_INVALID_ARG_TYPE The "path" argument must be of type string. Received type number (5)
{"protocol":"https:","hostname":"::1","hash":"#h","search":"?q","pathname":"/p","path":"/p?q","href":"https://a:b%20c@[::1]:8080/p?q#h","port":8080,"auth":"a:b c"}
xn--espaol-zwa.com español.com ""`},
		{name: "legacy",
			src: `const url = require('url');
const { URL } = url;
log(JSON.stringify(url.parse('http://user:pw@Host.COM:8080/p/a?x=1#h')));
log(JSON.stringify(url.parse('/a/b?c=d&c=e', true).query), JSON.stringify(url.parse('//h/p', false, true)));
log(url.format({ protocol: 'http', hostname: 'a.com', pathname: 'x', query: { a: [1, 2], b: 'c d' } }));
log(url.format(new URL('https://u:p@xn--nxasmq6b.com/p?q#h'), { unicode: true, auth: false, fragment: false }));
log(url.resolve('http://a/b/c/d;p?q', '../../g'), url.resolve('/one/two/three', 'four'), url.resolve('mailto:a@b', 'c@d'));
try { url.parse('http://a:b/'); } catch (e) { log(e.code, e.message); }`,
			want: `{"protocol":"http:","slashes":true,"auth":"user:pw","host":"host.com:8080","port":"8080","hostname":"host.com","hash":"#h","search":"?x=1","query":"x=1","pathname":"/p/a","path":"/p/a?x=1","href":"http://user:pw@host.com:8080/p/a?x=1#h"}
{"c":["d","e"]} {"protocol":null,"slashes":true,"auth":null,"host":"h","port":null,"hostname":"h","hash":null,"search":null,"query":null,"pathname":"/p","path":"/p","href":"//h/p"}
http://a.com/x?a=1&a=2&b=c%20d
https://βόλοσ.com/p?q
http://a/g /one/two/four mailto:c@d
ERR_INVALID_ARG_VALUE The argument 'url' http://a:b/. Received 'Invalid port in url'`},
		{name: "querystring",
			src: `const qs = require('querystring');
log(JSON.stringify(qs.parse('a=1&b=2&a=3&c&=d&e+f=%20g%zz')), JSON.stringify(qs.parse('a:1;b:2', ';', ':')), JSON.stringify(qs.parse('a=1&b=2', null, null, { maxKeys: 1 })));
log(qs.stringify({ a: [1, 2], b: 'c d&', c: true, d: null, e: 1n, f: '€😀' }), qs.stringify({ a: 1 }, ';', ':'), qs.escape("a b!'()*~"), qs.unescape('%E2%82'), qs.unescapeBuffer('a%20b+c', true).toString());
try { qs.stringify({ a: '\ud800' }); } catch (e) { log(e.name, e.code, e.message); }`,
			want: `{"a":["1","3"],"b":"2","c":"","":"d","e f":" g%zz"} {"a":"1","b":"2"} {"a":"1"}
a=1&a=2&b=c%20d%26&c=true&d=&e=1&f=%E2%82%AC%F0%9F%98%80 a:1 a%20b!'()*~ � a b c
URIError ERR_INVALID_URI URI malformed`},
	})
}
