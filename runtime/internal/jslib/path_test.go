package jslib

// The want strings were recorded from Node.js v26.10.0: each src run as a script
// `const log = console.log;\n<src>` with `node --expose-internals`. Re-record them the
// same way rather than editing them by hand.

import "testing"

func TestPath(t *testing.T) {
	runCases(t, []jsCase{
		{name: "posix",
			src: `(function () {
      const path = require('path');
      log(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
      log(path.normalize('/foo/bar//baz/asdf/quux/..'), path.normalize('./'), path.normalize('../../x/'));
      log(path.resolve('/foo/bar', './baz'), path.resolve('/foo/bar', '/tmp/file/'));
      log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), path.relative('/a', '/a/b/c'));
      log(path.dirname('/foo/bar/baz/asdf/quux'), path.basename('/foo/bar/baz/asdf/quux.html', '.html'));
      log(path.extname('index.html'), path.extname('index.coffee.md'), path.extname('index.'), path.extname('.index.md'));
      log(JSON.stringify(path.parse('/home/user/dir/file.txt')));
      log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
      log(path.isAbsolute('/foo/bar'), path.isAbsolute('qux/'), path.isAbsolute('.'));
      log(path.toNamespacedPath('/x'), path.sep, path.delimiter);
      try { path.join('a', {}); } catch (e) { log(e.code, e.message); }
      try { path.parse(); } catch (e) { log(e.code, e.message); }
    })();`,
			want: `/foo/bar/baz/asdf
/foo/bar/baz/asdf ./ ../../x/
/foo/bar/baz /tmp/file
../../impl/bbb b/c
/foo/bar/baz/asdf quux
.html .md . .md
{"root":"/","dir":"/home/user/dir","base":"file.txt","ext":".txt","name":"file"}
/home/user/dir/file.txt
true false false
/x / :
ERR_INVALID_ARG_TYPE The "path" argument must be of type string. Received an instance of Object
ERR_INVALID_ARG_TYPE The "path" argument must be of type string. Received undefined`},
		{name: "win32",
			src: `(function () {
      const { win32 } = require('path');
      log(win32.join('C:\\foo', 'bar', '..\\baz'), win32.normalize('C:////temp\\\\/\\/\\/foo/bar'));
      log(win32.resolve('C:\\foo\\bar', '.\\baz'), win32.resolve('C:\\foo\\bar', 'D:\\tmp\\file\\'));
      log(win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'));
      log(win32.dirname('C:\\foo\\bar\\baz'), win32.basename('C:\\foo.html', '.html'), win32.extname('C:\\a.b\\c'));
      log(JSON.stringify(win32.parse('C:\\path\\dir\\file.txt')), JSON.stringify(win32.parse('\\\\server\\share\\x.y')));
      log(win32.format({ dir: 'C:\\path\\dir', base: 'file.txt' }));
      log(win32.isAbsolute('//server'), win32.isAbsolute('\\\\server'), win32.isAbsolute('C:/foo/..'), win32.isAbsolute('C:'), win32.isAbsolute('bar\\baz'));
      log(win32.toNamespacedPath('C:\\foo'), win32.toNamespacedPath('\\\\server\\share\\x'), win32.toNamespacedPath('\\\\?\\C:\\x'));
      log(win32.sep, win32.delimiter);
    })();`,
			want: `C:\foo\baz C:\temp\foo\bar
C:\foo\bar\baz D:\tmp\file
..\..\impl\bbb
C:\foo\bar foo 
{"root":"C:\\","dir":"C:\\path\\dir","base":"file.txt","ext":".txt","name":"file"} {"root":"\\\\server\\share\\","dir":"\\\\server\\share\\","base":"x.y","ext":".y","name":"x"}
C:\path\dir\file.txt
true true true false false
\\?\C:\foo \\?\UNC\server\share\x \\?\C:\x
\ ;`},
	})
}
