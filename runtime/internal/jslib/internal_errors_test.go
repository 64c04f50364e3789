package jslib

// The want strings were recorded from Node.js v26.10.0: each src run as a script
// `const log = console.log;\n<src>` with `node --expose-internals`. Re-record them the
// same way rather than editing them by hand.

import "testing"

func TestInternalErrors(t *testing.T) {
	runCases(t, []jsCase{
		{name: "invalid arg type expected lists",
			src: `(function () {
      const { codes } = require('internal/errors');
      const E = codes.ERR_INVALID_ARG_TYPE;
      const show = (...a) => log(new E(...a).message);
      show('a', ['string', 'Buffer', 'URL'], 1);
      show('a', ['string', 'number'], null);
      show('a', ['string', 'number', 'boolean'], undefined);
      show('a', ['string', 'number', 'boolean', 'bigint'], undefined);
      show('a', ['object', 'Buffer'], 1);
      show('a', ['Buffer', 'TypedArray', 'DataView'], 'x');
      show('a', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], 'x');
      show('a', 'Function', 1);
      show('a', 'Object', 1);
      show('a', 'a valid path', 1);
      show('a', 'EventListener', 1);
      show('a', ['string', 'a dictionary'], 1);
      show('a', ['one', 'two'], 1);
      show('a', ['one', 'two', 'three'], 1);
      show('a', ['string', 'Buffer', 'one'], 1);
      show('first argument', 'string', 1);
      show('options.signal', 'AbortSignal', 1);
      show('x', 'string', function () {});
      show('x', 'string', Object.create(null));
      show('x', 'string', 'a'.repeat(30));
      show('x', 'string', 12345678901234567890n);
    })();`,
			want: `The "a" argument must be of type string or an instance of Buffer or URL. Received type number (1)
The "a" argument must be one of type string or number. Received null
The "a" argument must be one of type string, number, or boolean. Received undefined
The "a" argument must be one of type string, number, boolean, or bigint. Received undefined
The "a" argument must be an instance of Buffer or Object. Received type number (1)
The "a" argument must be an instance of Buffer, TypedArray, or DataView. Received type string ('x')
The "a" argument must be an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type string ('x')
The "a" argument must be of type function. Received type number (1)
The "a" argument must be of type object. Received type number (1)
The "a" argument must be a valid path. Received type number (1)
The "a" argument must be an instance of EventListener. Received type number (1)
The "a" argument must be of type string or a dictionary. Received type number (1)
The "a" argument must be one of one or two. Received type number (1)
The "a" argument must be one of one, two, or three. Received type number (1)
The "a" argument must be of type string or an instance of Buffer or one. Received type number (1)
The first argument must be of type string. Received type number (1)
The "options.signal" property must be an instance of AbortSignal. Received type number (1)
The "x" argument must be of type string. Received function 
The "x" argument must be of type string. Received [Object: null prototype] {}
The "x" argument must be of type string. Received type string ('aaaaaaaaaaaaaaaaaaaaaaaaa...')
The "x" argument must be of type string. Received type bigint (12345678901234567890n)`},
		{name: "invalid arg value",
			src:  "(function () {\n      const { codes } = require('internal/errors');\n      const E = codes.ERR_INVALID_ARG_VALUE;\n      const show = (e) => log(e.name, e.code, e.message);\n      show(new E('encoding', 'utf9'));\n      show(new E('encoding', \"it's\", 'is not supported'));\n      show(new E('options.mode', 5, 'must be even'));\n      show(new E('x', 'a'.repeat(200)));\n      show(new E('x', undefined));\n      show(new E('x', null));\n      show(new E('x', -0));\n      show(new E('x', 1n));\n      show(new E('x', Symbol('s')));\n      show(new E('x', true));\n      show(new E('x', 'line\\nbreak\\ttab'));\n      show(new E('x', 'quotes \\' \" `'));\n      show(new E('x', '\\u0001\\u007f\\u009f\\ud800'));\n      show(new E('x', {}));\n      show(new E('x', []));\n      show(new E.RangeError('x', 5));\n      log(typeof E.TypeError);\n    })();",
			want: "TypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid. Received 'utf9'\nTypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is not supported. Received \"it's\"\nTypeError ERR_INVALID_ARG_VALUE The property 'options.mode' must be even. Received 5\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received undefined\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received null\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received -0\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received 1n\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received Symbol(s)\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received true\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received 'line\\nbreak\\ttab'\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received 'quotes \\' \" `'\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received '\\x01\\x7F\\x9F\\ud800'\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received {}\nTypeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received []\nRangeError ERR_INVALID_ARG_VALUE The argument 'x' is invalid. Received 5\nundefined"},
		{name: "out of range",
			src: `(function () {
      const { codes } = require('internal/errors');
      const E = codes.ERR_OUT_OF_RANGE;
      const show = (...a) => log(new E(...a).message);
      show('n', '>= 0', -1);
      show('n', '>= 0', 2 ** 32);
      show('n', '>= 0', 2 ** 32 + 1);
      show('n', '>= 0', -(2 ** 32) - 1);
      show('n', '>= 0', 1e21);
      show('n', '>= 0', 1.5);
      show('n', '>= 0', 5n);
      show('n', '>= 0', 2n ** 32n);
      show('n', '>= 0', 2n ** 32n + 1n);
      show('n', '>= 0', -(2n ** 40n));
      show('n', '>= 0', 'str');
      show('Custom text.', 'a number', 3, true);
      log(new E('n', '>= 0', 1).name);
    })();`,
			want: `The value of "n" is out of range. It must be >= 0. Received -1
The value of "n" is out of range. It must be >= 0. Received 4294967296
The value of "n" is out of range. It must be >= 0. Received 4_294_967_297
The value of "n" is out of range. It must be >= 0. Received -4_294_967_297
The value of "n" is out of range. It must be >= 0. Received 1e_+21
The value of "n" is out of range. It must be >= 0. Received 1.5
The value of "n" is out of range. It must be >= 0. Received 5n
The value of "n" is out of range. It must be >= 0. Received 4294967296n
The value of "n" is out of range. It must be >= 0. Received 4_294_967_297n
The value of "n" is out of range. It must be >= 0. Received -1_099_511_627_776n
The value of "n" is out of range. It must be >= 0. Received 'str'
Custom text. It must be a number. Received 3
RangeError`},
		{name: "missing args and misc messages",
			src: `(function () {
      const { codes } = require('internal/errors');
      log(new codes.ERR_MISSING_ARGS('a').message);
      log(new codes.ERR_MISSING_ARGS('a', 'b').message);
      log(new codes.ERR_MISSING_ARGS('a', 'b', 'c', 'd').message);
      log(new codes.ERR_MISSING_ARGS(['a', 'b'], 'c').message);
      log(new codes.ERR_UNHANDLED_ERROR().message);
      log(new codes.ERR_UNHANDLED_ERROR('x').message);
      log(new codes.ERR_INVALID_THIS('URL').message);
      log(new codes.ERR_METHOD_NOT_IMPLEMENTED('_write()').message);
      log(new codes.ERR_INVALID_RETURN_VALUE('a function', 'fn', 5).message);
      log(new codes.ERR_INVALID_RETURN_VALUE('an object', 'fn', null).message);
      log(new codes.ERR_INVALID_RETURN_VALUE('an object', 'fn', [1]).message);
      log(new codes.ERR_INVALID_RETURN_VALUE.RangeError('x', 'fn', 'y').name);
      log(new codes.ERR_INVALID_STATE('closed').message, new codes.ERR_INVALID_STATE.TypeError('x').name,
          new codes.ERR_INVALID_STATE.RangeError('x').name);
      log(new codes.ERR_ILLEGAL_CONSTRUCTOR().message);
      log(new codes.ERR_UNKNOWN_ENCODING('utf9').message);
      log(new codes.ERR_UNKNOWN_ENCODING(5).message);
      log(new codes.ERR_UNKNOWN_BUILTIN_MODULE('nope').message);
      log(new codes.ERR_ASSERTION('it failed').message);
      log(new codes.ERR_BUFFER_TOO_LARGE(2 ** 32).message);
      log(new codes.ERR_INSPECTOR_COMMAND(5, 'bad').message);
      log(new codes.ERR_BUFFER_OUT_OF_BOUNDS().message, '|', new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset').message);
      log(new codes.ERR_STREAM_PREMATURE_CLOSE().message, '|', new codes.ERR_STREAM_DESTROYED('write').message, '|',
          new codes.ERR_STREAM_WRITE_AFTER_END().message, '|', new codes.ERR_STREAM_PUSH_AFTER_EOF().message, '|',
          new codes.ERR_STREAM_NULL_VALUES().name, new codes.ERR_STREAM_ALREADY_FINISHED('end').message, '|',
          new codes.ERR_STREAM_CANNOT_PIPE().message, '|', new codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT().message);
      log(new codes.ERR_MULTIPLE_CALLBACK().message, '|', new codes.ERR_FALSY_VALUE_REJECTION(0).reason);
      log(new codes.ERR_SOCKET_BAD_PORT('Port', 70000).message);
      log(new codes.ERR_UNKNOWN_SIGNAL('SIGFOO').message);
      log(new codes.ERR_INVALID_CHAR('header', 'x').message);
      log(new codes.ERR_INCOMPATIBLE_OPTION_PAIR('a', 'b').message);
      log(new codes.ERR_MISSING_OPTION('opt').message);
      log(new codes.ERR_OPERATION_FAILED('nope').message);
      log(new codes.ERR_AMBIGUOUS_ARGUMENT('x', 'reason').message);
      log(new codes.ERR_INVALID_FD(-1).message);
      log(new codes.ERR_FS_FILE_TOO_LARGE(1).message);
      log(new codes.ERR_DIR_CLOSED().message);
      log(new codes.ERR_ENCODING_NOT_SUPPORTED('x').message);
      log(new codes.ERR_ENCODING_INVALID_ENCODED_DATA('utf-8', 3).errno);
      log(new codes.ERR_CHILD_PROCESS_STDIO_MAXBUFFER('stdout').message);
      log(new codes.ERR_CONSTRUCT_CALL_REQUIRED('Foo').message);
      log(new codes.ERR_ACCESS_DENIED('denied', 'FileSystemRead', '/x').resource);
      log(new codes.ERR_INTERNAL_ASSERTION('oops').message);
    })();`,
			want: "The \"a\" argument must be specified\nThe \"a\" and \"b\" arguments must be specified\nThe \"a\", \"b\", \"c\", and \"d\" arguments must be specified\nThe \"a\" or \"b\" and \"c\" arguments must be specified\nUnhandled error.\nUnhandled error. (x)\nValue of \"this\" must be of type URL\nThe _write() method is not implemented\nExpected a function to be returned from the \"fn\" function but got type number (5).\nExpected an object to be returned from the \"fn\" function but got null.\nExpected an object to be returned from the \"fn\" function but got an instance of Array.\nRangeError\nInvalid state: closed TypeError RangeError\nIllegal constructor\nUnknown encoding: utf9\nUnknown encoding: 5\nNo such built-in module: nope\nit failed\nCannot create a Buffer larger than 4294967296 bytes\nInspector error 5: bad\nAttempt to access memory outside buffer bounds | \"offset\" is outside of buffer bounds\nPremature close | Cannot call write after a stream was destroyed | write after end | stream.push() after EOF | TypeError Cannot call end after a stream was finished | Cannot pipe, not readable | stream.unshift() after end event\nCallback called multiple times | 0\nPort should be >= 0 and < 65536. Received type number (70000).\nUnknown signal: SIGFOO\nInvalid character in header [\"x\"]\nOption \"a\" cannot be used in combination with option \"b\"\nopt is required\nOperation failed: nope\nThe \"x\" argument is ambiguous. reason\n\"fd\" must be a positive integer: -1\nFile size (1) is greater than 2 GiB\nDirectory handle was closed\nThe \"x\" encoding is not supported\n3\nstdout maxBuffer length exceeded\nClass constructor Foo cannot be invoked without `new`\n/x\noops\nThis is caused by either a bug in Node.js or incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues"},
		{name: "url and worker messages",
			src: `(function () {
      const { codes } = require('internal/errors');
      const u = new codes.ERR_INVALID_URL('bad', 'http://base');
      log(u.message, u.input, u.base, JSON.stringify(Object.keys(u)));
      const u2 = new codes.ERR_INVALID_URL('bad');
      log(JSON.stringify(Object.keys(u2)));
      const f = new codes.ERR_INVALID_FILE_URL_PATH('must be absolute', 'file:x');
      log(f.message, f.input);
      log(new codes.ERR_INVALID_FILE_URL_HOST('linux').message);
      log(new codes.ERR_INVALID_URL_SCHEME('file').message);
      log(new codes.ERR_INVALID_URL_SCHEME(['file', 'data']).message);
      log(new codes.ERR_WORKER_PATH('worker.js').message);
      log(new codes.ERR_WORKER_PATH('file:///x.js').message);
      log(new codes.ERR_WORKER_PATH('data:text/javascript,1').message);
      log(new codes.ERR_WORKER_UNSUPPORTED_OPERATION('process.chdir()').message);
      log(new codes.ERR_WORKER_INVALID_EXEC_ARGV(['--a', '--b']).message);
      log(new codes.ERR_WORKER_INVALID_EXEC_ARGV(['--a'], 'bad flags').message);
      log(new codes.ERR_WORKER_NOT_RUNNING().message);
      log(new codes.ERR_WORKER_MESSAGING_FAILED().message, '|', new codes.ERR_WORKER_MESSAGING_ERRORED().message, '|',
          new codes.ERR_WORKER_MESSAGING_SAME_THREAD().message, '|', new codes.ERR_WORKER_MESSAGING_TIMEOUT().message);
      log(new codes.ERR_WORKER_INIT_FAILED('x').message, '|', new codes.ERR_WORKER_OUT_OF_MEMORY('x').message);
      log(new codes.ERR_WORKER_UNSERIALIZABLE_ERROR().message);
    })();`,
			want: "Invalid URL bad http://base [\"code\",\"input\",\"base\"]\n[\"code\",\"input\"]\nFile URL path must be absolute file:x\nFile URL host must be \"localhost\" or empty on linux\nThe URL must be of scheme file\nThe URL must be one of scheme file or data\nThe worker script or module filename must be an absolute path or a relative path starting with './' or '../'. Received \"worker.js\"\nThe worker script or module filename must be an absolute path or a relative path starting with './' or '../'. Wrap file:// URLs with `new URL`. Received \"file:///x.js\"\nThe worker script or module filename must be an absolute path or a relative path starting with './' or '../'. Wrap data: URLs with `new URL`. Received \"data:text/javascript,1\"\nprocess.chdir() is not supported in workers\nInitiated Worker with invalid execArgv flags: --a, --b\nInitiated Worker with bad flags: --a\nWorker instance not running\nCannot find the destination thread or listener | The destination thread threw an error while processing the message | Cannot sent a message to the same thread | Sending a message to another thread timed out\nWorker initialization failure: x | Worker terminated due to reaching memory limit: x\nSerializing an uncaught exception failed"},
		{name: "module messages",
			src: `(function () {
      const { codes } = require('internal/errors');
      const m = new codes.ERR_MODULE_NOT_FOUND('pkg', '/app/index.mjs', undefined);
      log(m.message, m.url, JSON.stringify(Object.keys(m)));
      const m2 = new codes.ERR_MODULE_NOT_FOUND('/app/x.mjs', '/app/index.mjs', 'file:///app/x.mjs');
      log(m2.message, m2.url, JSON.stringify(Object.keys(m2)));
      log(new codes.ERR_REQUIRE_ESM('/app/x.mjs', false).message);
      log(new codes.ERR_REQUIRE_ESM('/app/x.js', false, '/app/a.js').message);
      log(new codes.ERR_REQUIRE_ESM('/app/x.js', true, '/app/a.js', '/app/package.json').message);
      log(new codes.ERR_REQUIRE_ESM('/app/x.js', false, '/app/a.js', '/app/package.json').message);
      const d = new codes.ERR_UNSUPPORTED_DIR_IMPORT('/app/dir', '/app/index.mjs', 'file:///app/dir');
      log(d.message, d.url);
      log(new codes.ERR_UNKNOWN_FILE_EXTENSION('.foo', '/app/x.foo').message);
      log(new codes.ERR_INVALID_PACKAGE_CONFIG('/app/package.json', '/app/index.js', 'Unexpected token').message);
      log(new codes.ERR_INVALID_PACKAGE_CONFIG('/app/package.json', undefined, undefined).message);
      log(new codes.ERR_PACKAGE_PATH_NOT_EXPORTED('/app/node_modules/p/', './x', '/app/index.js').message);
      log(new codes.ERR_PACKAGE_PATH_NOT_EXPORTED('/app/node_modules/p/', '.').message);
      log(new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED('#x', '/app/', '/app/index.js').message);
      log(new codes.ERR_INVALID_PACKAGE_TARGET('/p/', './x', '../y', false, '/a.js').message);
      log(new codes.ERR_INVALID_PACKAGE_TARGET('/p/', '.', 'y').message);
      log(new codes.ERR_INVALID_MODULE_SPECIFIER('x', 'is bad', '/a.js').message);
      log(new codes.ERR_UNKNOWN_MODULE_FORMAT('weird', 'file:///x').message);
      log(new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME({ protocol: 'http:' }, ['file', 'data', 'node']).message);
      log(new codes.ERR_REQUIRE_CYCLE_MODULE('cycle').message);
      log(new codes.ERR_IMPORT_ATTRIBUTE_MISSING('x', 'type', 'json').message);
      log(new codes.ERR_REQUIRE_ASYNC_MODULE('/app/x.mjs', undefined, undefined).message);
    })();`,
			want: `Cannot find package 'pkg' imported from /app/index.mjs undefined ["code"]
Cannot find module '/app/x.mjs' imported from /app/index.mjs file:///app/x.mjs ["code","url"]
require() of ES Module /app/x.mjs not supported.
Instead change the require of /app/x.mjs to a dynamic import() which is available in all CommonJS modules.
require() of ES Module /app/x.js from /app/a.js not supported.
require() of ES Module /app/x.js from /app/a.js not supported.
Instead change the require of x.js in /app/a.js to a dynamic import() which is available in all CommonJS modules.
require() of ES Module /app/x.js from /app/a.js not supported.
x.js is treated as an ES module file as it is a .js file whose nearest parent package.json contains "type": "module" which declares all .js files in that package scope as ES modules.
Instead either rename x.js to end in .cjs, change the requiring code to use dynamic import() which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in /app/package.json to treat all .js files as CommonJS (using .mjs for all ES modules instead).

Directory import '/app/dir' is not supported resolving ES modules imported from /app/index.mjs file:///app/dir
Unknown file extension ".foo" for /app/x.foo
Invalid package config /app/package.json while importing /app/index.js. Unexpected token
Invalid package config /app/package.json
Package subpath './x' is not defined by "exports" in /app/node_modules/p/package.json imported from /app/index.js
No "exports" main defined in /app/node_modules/p/package.json
Package import specifier "#x" is not defined in package /app/package.json imported from /app/index.js
Invalid "exports" target "../y" defined for './x' in the package config /p/package.json imported from /a.js; targets must start with "./"
Invalid "exports" main target "y" defined in the package config /p/package.json; targets must start with "./"
Invalid module "x" is bad imported from /a.js
Unknown module format: weird for URL file:///x
Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'http:'
cycle
Module "x" needs an import attribute of "type: json"
require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.
Required module: /app/x.mjs`},
		{name: "error shape",
			src: `(function () {
      const { codes } = require('internal/errors');
      const e = new codes.ERR_INVALID_ARG_TYPE('name', 'string', 1);
      log(e.name, e.code, String(e));
      log(e.stack.split('\n')[0]);
      log(JSON.stringify(Object.keys(e)), JSON.stringify(Object.getOwnPropertyNames(e).sort()));
      log(e instanceof TypeError, e instanceof codes.ERR_INVALID_ARG_TYPE, e.constructor === TypeError);
      log(Object.getPrototypeOf(e) === TypeError.prototype, Object.getPrototypeOf(Object.getPrototypeOf(e)) === TypeError.prototype);
      log(codes.ERR_INVALID_ARG_TYPE.name, typeof codes.ERR_INVALID_ARG_TYPE.HideStackFramesError);
      log(Object.prototype.hasOwnProperty.call(e, 'name'), Object.prototype.propertyIsEnumerable.call(e, 'message'));
      const d = Object.getOwnPropertyDescriptor(e, 'message');
      log(d.writable, d.enumerable, d.configurable);
      const s = Object.getOwnPropertyDescriptor(e, 'stack');
      log(typeof s.get, typeof s.set, s.enumerable, s.configurable);
      e.stack = 'custom';
      log(e.stack);
      const e2 = new codes.ERR_OUT_OF_RANGE('x', '> 0', 0);
      e2.name = 'Renamed';
      e2.code = 'CHANGED';
      log(e2.stack.split('\n')[0], '|', String(e2));
      log(JSON.stringify(Object.keys(codes).filter((k) => k.startsWith('ERR_WORKER_MESSAGING'))));
      class Sub extends codes.ERR_INVALID_STATE {}
      const sub = new Sub('x');
      log(sub instanceof Sub, sub instanceof Error, sub.message, sub.code);
    })();`,
			want: `TypeError ERR_INVALID_ARG_TYPE TypeError [ERR_INVALID_ARG_TYPE]: The "name" argument must be of type string. Received type number (1)
TypeError [ERR_INVALID_ARG_TYPE]: The "name" argument must be of type string. Received type number (1)
["code"] ["code","message","stack"]
true true true
false true
NodeError function
false false
true false true
function function false true
custom
Renamed [CHANGED]: The value of "x" is out of range. It must be > 0. Received 0 | Renamed [ERR_OUT_OF_RANGE]: The value of "x" is out of range. It must be > 0. Received 0
["ERR_WORKER_MESSAGING_ERRORED","ERR_WORKER_MESSAGING_FAILED","ERR_WORKER_MESSAGING_SAME_THREAD","ERR_WORKER_MESSAGING_TIMEOUT"]
true true Invalid state: x ERR_INVALID_STATE`},
		{name: "abort error and system error",
			src: `(function () {
      const { AbortError, codes, SystemError } = require('internal/errors');
      const a = new AbortError();
      log(a.name, a.code, a.message, String(a), JSON.stringify(Object.keys(a)), 'cause' in a);
      const b = new AbortError('custom', { cause: 'why' });
      log(b.message, b.cause, b.stack.split('\n')[0]);
      try {
        new AbortError('x', 'bad');
      } catch (err) {
        log(err.code, err.message);
      }
      const ctx = { code: 'ENOENT', syscall: 'open', message: 'no such file or directory', errno: -2, path: '/x', dest: '/y' };
      const s = new codes.ERR_SYSTEM_ERROR(ctx);
      log(s.name, s.code, s.message);
      log(String(s), '|', s.stack.split('\n')[0]);
      log(s.errno, s.syscall, s.path, s.dest, s.info === ctx, JSON.stringify(Object.keys(s)));
      s.errno = -3;
      log(ctx.errno, s instanceof SystemError, s instanceof Error);
      const s2 = new codes.ERR_TTY_INIT_FAILED({ code: 'EBADF', syscall: 'uv_tty_init', message: 'bad file descriptor' });
      log(s2.message);
    })();`,
			want: `AbortError ABORT_ERR The operation was aborted AbortError: The operation was aborted ["code","name"] false
custom why AbortError: custom
ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type string ('bad')
SystemError ERR_SYSTEM_ERROR A system error occurred: open returned ENOENT (no such file or directory) /x => /y
SystemError [ERR_SYSTEM_ERROR]: A system error occurred: open returned ENOENT (no such file or directory) /x => /y | SystemError [ERR_SYSTEM_ERROR]: A system error occurred: open returned ENOENT (no such file or directory) /x => /y
-2 open /x /y true ["code","info","errno","syscall","path","dest"]
-3 true true
TTY initialization failed: uv_tty_init returned EBADF (bad file descriptor)`},
		{name: "uv exceptions",
			src: `(function () {
      const { UVException, UVExceptionWithHostPort, ErrnoException, ExceptionWithHostPort, DNSException, ConnResetException } = require('internal/errors');
      const u = new UVException({ errno: -2, syscall: 'open', path: '/nope' });
      log(u.message, u.code, u.errno, u.syscall, u.path, JSON.stringify(Object.keys(u)), u.constructor === Error);
      const u2 = new UVException({ errno: -17, syscall: 'rename', path: '/a', dest: '/b' });
      log(u2.message, u2.dest);
      const u3 = new UVException({ errno: -13, syscall: 'open', message: 'custom msg' });
      log(u3.message);
      const u4 = new UVException({ errno: 12345, syscall: 'x' });
      log(u4.message, u4.code);
      const h = new UVExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
      log(h.message, h.code, h.errno, h.address, h.port);
      const h2 = new UVExceptionWithHostPort(-98, 'listen', '::');
      log(h2.message, 'port' in h2);
      const en = new ErrnoException(-9, 'write');
      log(en.message, en.code, en.errno);
      const en2 = new ErrnoException(-32, 'write', 'extra');
      log(en2.message);
      const ew = new ExceptionWithHostPort(-104, 'read', '1.2.3.4', 443, 'local');
      log(ew.message, ew.code);
      const dns = new DNSException(-3008, 'getaddrinfo', 'example.invalid');
      log(dns.message, dns.code, dns.errno, dns.hostname);
      const dns2 = new DNSException('ESERVFAIL', 'queryA', 'x.y');
      log(dns2.message, dns2.code, dns2.errno);
      const cr = new ConnResetException('socket hang up');
      log(cr.message, cr.code);
    })();`,
			want: `ENOENT: no such file or directory, open '/nope' ENOENT -2 open /nope ["errno","syscall","code","path"] true
EEXIST: file already exists, rename '/a' -> '/b' /b
EACCES: custom msg, open
UNKNOWN: unknown error, x UNKNOWN
connect ECONNREFUSED: connection refused 127.0.0.1:80 ECONNREFUSED -111 127.0.0.1 80
listen EADDRINUSE: address already in use :: false
write EBADF EBADF -9
write EPIPE extra
read ECONNRESET 1.2.3.4:443 - Local (local) ECONNRESET
getaddrinfo ENOTFOUND example.invalid ENOTFOUND -3008 example.invalid
queryA ESERVFAIL x.y ESERVFAIL undefined
socket hang up ECONNRESET`},
	})
}
