'use strict';
// WHATWG URL setters (href, protocol, username, password, host, hostname, port,
// pathname, search, hash) on special, non-special, file and opaque-path URLs, and
// the link between url.search and url.searchParams.
const bases = [
  'http://user:pass@example.com:8080/p/a/t/h?query=string#hash',
  'https://example.com/',
  'file:///C:/dir/file',
  'file://host/share',
  'sc://x/y?z#w',
  'sc:opaque path ?q#f',
  'data:text/plain,hello world',
  'mailto:someone@example.com',
  'ws://[::1]:81/',
  'http://1.2.3.4/',
];
const values = {
  href: ['https://other.org/x', 'not a url', '', 'sc:new'],
  protocol: ['https', 'ftp:', 'sc', 'file', 'HTTP', '1bad', 'ws:foo', '', 'mailto'],
  username: ['me', 'a b:c@d', '', '\u00e9'],
  password: ['secret', 'a:b@c/d', ''],
  host: ['example.org', 'example.org:99', 'EXAMPLE.net:0443', '[::2]:1', 'a b', '', 'x:y', 'h:', 'ñ.com', '1.2.3', 'x/y', 'x?y', 'x#y', 'x\\y'],
  hostname: ['example.org', 'example.org:99', '', '[::3]', 'a%20b', 'ÉXAMPLE.com', '0x7f.1'],
  port: ['80', '443', '1234', '65536', 'abc', '12ab', '', ' 77', '0', '-1', '8080/x'],
  pathname: ['/new/path', 'rel', '', 'a b', '/../x', '%2e%2E/y', '\\back', 'C|/z', '/?#'],
  search: ['?a=1', 'b=2 3', '', '?', '#x', 'é', '\u0027'],
  hash: ['#frag', 'x y', '', '#', 'é', '#\u0000'],
};
for (const base of bases) {
  for (const [prop, list] of Object.entries(values)) {
    for (const v of list) {
      const u = new URL(base);
      let r;
      try {
        u[prop] = v;
        r = `${u.href} | ${u.host} | ${u.pathname} | ${u.search} | ${u.hash}`;
      } catch (e) {
        r = `${e.name} ${e.code} ${e.message}`;
      }
      console.log(base, prop, JSON.stringify(v), '->', r);
    }
  }
}
// search <-> searchParams
const u = new URL('http://x/?a=1&b=2&a=3');
const sp = u.searchParams;
console.log(sp.get('a'), sp.getAll('a'), sp.size, String(sp));
sp.append('c', 'd e&f');
console.log(u.href, u.search);
u.search = '?z=9';
console.log(sp.get('z'), sp.has('a'), sp.size, u.searchParams === sp);
sp.delete('z');
console.log(JSON.stringify(u.href), JSON.stringify(u.search));
u.href = 'http://y/?q=r';
console.log(sp.get('q'), String(sp));
sp.sort();
const o = new URL('sc:opaque  ?x#y');
o.search = '';
console.log(JSON.stringify(o.href));
o.hash = '';
console.log(JSON.stringify(o.href));
const o2 = new URL('sc:opaque  #y');
o2.hash = '';
console.log(JSON.stringify(o2.href), JSON.stringify(o2.pathname));
const o3 = new URL('sc:a b ?q');
o3.searchParams.delete('q');
console.log(JSON.stringify(o3.href));
