'use strict';
// File URL helpers (fileURLToPath, fileURLToPathBuffer, pathToFileURL for POSIX and
// Windows paths), urlToHttpOptions, domainToASCII/domainToUnicode, and the module's
// exports.
const url = require('url');
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, '->', typeof v === 'string' ? JSON.stringify(v) : v);
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
console.log(Object.keys(url).filter((k) => k !== 'URLPattern'));
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, require('node:url') === url);
t('f1', () => url.fileURLToPath('file:///a/%2F'));
t('f2', () => url.fileURLToPath('file:///a/%2f'));
t('f3', () => url.fileURLToPath('file://host/a'));
t('f4', () => url.fileURLToPath('http://x/a'));
t('f5', () => url.fileURLToPath(5));
t('f6', () => url.fileURLToPath('not a url'));
t('f7', () => url.fileURLToPath(new URL('file:///%E2%82%AC/x%20y')));
t('f8', () => url.fileURLToPath('file:///C:/a/b', { windows: true }));
t('f9', () => url.fileURLToPath('file://server/share/a', { windows: true }));
t('f10', () => url.fileURLToPath('file:///a', { windows: true }));
t('f11', () => url.fileURLToPath('file:///C:/a%5Cb', { windows: true }));
t('f12', () => url.fileURLToPath('file:///%ff'));
t('f13', () => url.fileURLToPathBuffer('file:///%ff%20a'));
t('f14', () => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' }));
t('f15', () => url.fileURLToPath());
t('f16', () => url.fileURLToPath('file:///a%00b'));
t('f17', () => url.fileURLToPath('file://localhost/etc/hosts'));
t('f18', () => url.fileURLToPath('file://xn--nxasmq6b/share/x', { windows: true }));
t('f19', () => url.fileURLToPathBuffer('file:///a/%2f'));
t('f20', () => url.fileURLToPath({ href: 'x', protocol: 'file:', auth: null }));
t('p1', () => url.pathToFileURL('/a/b c/').href);
t('p2', () => url.pathToFileURL('rel/x').href.startsWith('file:///'));
t('p3', () => url.pathToFileURL(5));
t('p4', () => url.pathToFileURL('C:\\a\\b', { windows: true }).href);
t('p5', () => url.pathToFileURL('\\\\server\\share\\f', { windows: true }).href);
t('p6', () => url.pathToFileURL('/a/\u{1F600}/%41?#[]^|{}`"<>\t\r~').href);
t('p7', () => url.pathToFileURL('/a/b/').href);
t('p8', () => url.pathToFileURL('/a/./b/../c').href);
t('p9', () => url.pathToFileURL('\\\\server', { windows: true }));
t('p10', () => url.pathToFileURL('/a\\b').href);
t('p11', () => url.pathToFileURL('/a~b!$&\'()*+,;=:@\u0000').href);
t('p12', () => url.pathToFileURL('C:\\a b\\c#d~', { windows: true }).href);
t('p13', () => url.pathToFileURL('\\\\?\\UNC\\server\\share\\x', { windows: true }).href);
t('p14', () => url.pathToFileURL('/').href);
t('p15', () => url.pathToFileURL('/x', { windows: false }) instanceof URL);
t('h1', () => url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:8080/p?q=1#h')));
t('h2', () => url.urlToHttpOptions(new URL('http://x/')));
t('h3', () => url.urlToHttpOptions({ protocol: 'http:', hostname: 'h', pathname: '/p', search: '', port: '', extra: 1 }));
t('d1', () => [url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('xn--iñvalid.com'), url.domainToASCII(''), url.domainToASCII('a:80'), url.domainToASCII('EXAMPLE.com')]);
t('d2', () => url.domainToASCII());
t('d3', () => url.domainToASCII(5));
t('d4', () => url.domainToUnicode());
for (const h of ['xn--', 'xn--a', 'xn--ls8h', 'XN--NXASMQ6B', 'a.xn--.b', 'Bücher', 'ß.de', 'a\u200db', '-ab', 'xn--55qw42g', '\u0300a', '１２７.０.０.１',
  'a\u3002b', 'ＡＢＣ', 'a%2Eb', 'a%00b', '\u00ad', 'a\u00adb', 'xn--ggle-0nda', 'faß.de', 'x\u0645\u0644', '\u0645\u06441', 'example.com\u3002', '[::1]', '0x7f.1']) {
  t(`domain ${JSON.stringify(h)}`, () => [url.domainToASCII(h), url.domainToUnicode(h)]);
}
