package jslib

// The want strings were recorded from Node.js v26.10.0: each src run as a script
// `const log = console.log;\n<src>` with `node --expose-internals`. Re-record them the
// same way rather than editing them by hand.

import "testing"

func TestInternalValidators(t *testing.T) {
	runCases(t, []jsCase{
		{name: "numbers",
			src: `(function () {
      const v = require('internal/validators');
      const t = (label, fn) => { try { fn(); log(label, 'ok'); } catch (e) { log(label, e.name, e.code, e.message); } };
      t('int ok', () => v.validateInteger(5, 'n'));
      t('int str', () => v.validateInteger('5', 'n'));
      t('int frac', () => v.validateInteger(5.5, 'n'));
      t('int range', () => v.validateInteger(5, 'n', 0, 3));
      t('int unsafe', () => v.validateInteger(2 ** 53, 'n'));
      t('int NaN', () => v.validateInteger(NaN, 'n'));
      t('int32 ok', () => v.validateInt32(-5, 'n'));
      t('int32 big', () => v.validateInt32(2 ** 31, 'n'));
      t('int32 range', () => v.validateInt32(5, 'n', 10, 20));
      t('int32 frac', () => v.validateInt32(1.1, 'n'));
      t('int32 type', () => v.validateInt32(null, 'n'));
      t('uint32 ok', () => v.validateUint32(0, 'n'));
      t('uint32 neg', () => v.validateUint32(-1, 'n'));
      t('uint32 positive', () => v.validateUint32(0, 'n', true));
      t('uint32 big', () => v.validateUint32(2 ** 32, 'n'));
      t('uint32 frac', () => v.validateUint32(0.5, 'n'));
      t('number ok', () => v.validateNumber(1.5, 'n'));
      t('number str', () => v.validateNumber('1', 'n'));
      t('number min', () => v.validateNumber(1, 'n', 2));
      t('number max', () => v.validateNumber(5, 'n', undefined, 3));
      t('number both', () => v.validateNumber(5, 'n', 0, 3));
      t('number NaN bounded', () => v.validateNumber(NaN, 'n', 0));
      t('number NaN unbounded', () => v.validateNumber(NaN, 'n'));
      t('finite', () => log(v.validateFiniteNumber(undefined, 'n'), v.validateFiniteNumber(NaN, 'n'), v.validateFiniteNumber(3, 'n')));
      t('finite inf', () => v.validateFiniteNumber(Infinity, 'n'));
      t('finite str', () => v.validateFiniteNumber('x', 'n'));
      t('ranges', () => log(v.checkRangesOrGetDefault(undefined, 'n', 0, 10, 7), v.checkRangesOrGetDefault(4, 'n', 0, 10, 7)));
      t('ranges out', () => v.checkRangesOrGetDefault(11, 'n', 0, 10, 7));
      log(v.isInt32(1), v.isInt32(2 ** 31), v.isUint32(2 ** 32 - 1), v.isUint32(-1));
    })();`,
			want: `int ok ok
int str TypeError ERR_INVALID_ARG_TYPE The "n" argument must be of type number. Received type string ('5')
int frac RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be an integer. Received 5.5
int range RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= 0 && <= 3. Received 5
int unsafe RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= -9007199254740991 && <= 9007199254740991. Received 9_007_199_254_740_992
int NaN RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be an integer. Received NaN
int32 ok ok
int32 big RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= -2147483648 && <= 2147483647. Received 2147483648
int32 range RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= 10 && <= 20. Received 5
int32 frac RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be an integer. Received 1.1
int32 type TypeError ERR_INVALID_ARG_TYPE The "n" argument must be of type number. Received null
uint32 ok ok
uint32 neg RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= 0 && <= 4294967295. Received -1
uint32 positive RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= 1 && <= 4294967295. Received 0
uint32 big RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= 0 && <= 4294967295. Received 4294967296
uint32 frac RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be an integer. Received 0.5
number ok ok
number str TypeError ERR_INVALID_ARG_TYPE The "n" argument must be of type number. Received type string ('1')
number min RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= 2. Received 1
number max RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be <= 3. Received 5
number both RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= 0 && <= 3. Received 5
number NaN bounded RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= 0. Received NaN
number NaN unbounded ok
false false true
finite ok
finite inf RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be a finite number. Received Infinity
finite str TypeError ERR_INVALID_ARG_TYPE The "n" argument must be of type number. Received type string ('x')
7 4
ranges ok
ranges out RangeError ERR_OUT_OF_RANGE The value of "n" is out of range. It must be >= 0 and <= 10. Received 11
true false true false`},
		{name: "others",
			src: `(function () {
      const v = require('internal/validators');
      const t = (label, fn) => { try { fn(); log(label, 'ok'); } catch (e) { log(label, e.name, e.code, e.message); } };
      t('string ok', () => v.validateString('', 's'));
      t('string num', () => v.validateString(1, 's'));
      t('string no nul', () => v.validateStringWithoutNullBytes('a\u0000b', 's'));
      t('bool', () => v.validateBoolean(0, 'b'));
      t('function', () => v.validateFunction({}, 'cb'));
      t('plain function async', () => v.validatePlainFunction(async () => {}, 'cb'));
      t('object null', () => v.validateObject(null, 'o'));
      t('object array', () => v.validateObject([], 'o'));
      t('object fn', () => v.validateObject(() => {}, 'o'));
      t('object nullable', () => v.validateObject(null, 'o', v.kValidateObjectAllowNullable));
      t('object array ok', () => v.validateObject([], 'o', v.kValidateObjectAllowArray));
      t('object fn ok', () => v.validateObject(() => {}, 'o', v.kValidateObjectAllowFunction));
      t('object fn not allowed', () => v.validateObject(() => {}, 'o', v.kValidateObjectAllowNullable));
      t('dictionary', () => v.validateDictionary(1, 'd'));
      t('dictionary ok', () => { v.validateDictionary(null, 'd'); v.validateDictionary(() => {}, 'd'); });
      t('array', () => v.validateArray('x', 'a'));
      t('array min', () => v.validateArray([1], 'a', 2));
      t('string array', () => v.validateStringArray(['a', 1], 'a'));
      t('boolean array', () => v.validateBooleanArray([true, 0], 'a'));
      t('abort signal', () => v.validateAbortSignal({}, 'signal'));
      t('abort signal null', () => v.validateAbortSignal(null, 'signal'));
      t('abort signal undefined', () => v.validateAbortSignal(undefined, 'signal'));
      t('abort signal duck', () => v.validateAbortSignal({ aborted: false }, 'signal'));
      t('abort signal array', () => v.validateAbortSignalArray([undefined], 'signals'));
      t('oneOf', () => v.validateOneOf('c', 'mode', ['a', 'b', 1]));
      t('oneOf ok', () => v.validateOneOf(1, 'mode', ['a', 'b', 1]));
      t('union', () => v.validateUnion('c', 'u', ['a', 'b']));
      t('undefined', () => v.validateUndefined(1, 'u'));
      t('buffer', () => v.validateBuffer('x'));
      t('buffer ok', () => v.validateBuffer(new Uint8Array(1)));
      t('encoding hex odd', () => v.validateEncoding('abc', 'hex'));
      t('encoding utf8', () => v.validateEncoding('abc', 'utf8'));
      t('port', () => log(v.validatePort('80'), v.validatePort(0)));
      t('port bad', () => v.validatePort(65536));
      t('port zero', () => v.validatePort(0, 'Port', false));
      t('port str', () => v.validatePort(' '));
      t('signal name', () => v.validateSignalName('SIGTERM'));
      t('signal lower', () => v.validateSignalName('sigterm'));
      t('signal unknown', () => v.validateSignalName('SIGNOPE'));
      t('signal type', () => v.validateSignalName(15));
      t('file mode', () => log(v.parseFileMode('755', 'mode'), v.parseFileMode(undefined, 'mode', 0o644), v.parseFileMode(-0, 'mode')));
      t('file mode bad', () => v.parseFileMode('9', 'mode'));
      t('file mode big', () => v.parseFileMode(2 ** 32, 'mode'));
      t('this field', () => v.validateThisInternalField({}, 'x', 'Thing'));
      t('link', () => log(v.validateLinkHeaderValue('</a.css>; rel=preload')));
      t('link arr', () => log(v.validateLinkHeaderValue(['</a>', '</b>; rel=x'])));
      t('link bad', () => v.validateLinkHeaderValue('nope'));
    })();`,
			want: `string ok ok
string num TypeError ERR_INVALID_ARG_TYPE The "s" argument must be of type string. Received type number (1)
string no nul TypeError ERR_INVALID_ARG_VALUE The argument 's' must be a string without null bytes. Received 'a\x00b'
bool TypeError ERR_INVALID_ARG_TYPE The "b" argument must be of type boolean. Received type number (0)
function TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received an instance of Object
plain function async TypeError ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received function 
object null TypeError ERR_INVALID_ARG_TYPE The "o" argument must be of type object. Received null
object array TypeError ERR_INVALID_ARG_TYPE The "o" argument must be of type object. Received an instance of Array
object fn TypeError ERR_INVALID_ARG_TYPE The "o" argument must be of type object. Received function 
object nullable ok
object array ok ok
object fn ok ok
object fn not allowed TypeError ERR_INVALID_ARG_TYPE The "o" argument must be of type object. Received function 
dictionary TypeError ERR_INVALID_ARG_TYPE The "d" argument must be a dictionary. Received type number (1)
dictionary ok ok
array TypeError ERR_INVALID_ARG_TYPE The "a" argument must be an instance of Array. Received type string ('x')
array min TypeError ERR_INVALID_ARG_VALUE The argument 'a' must have a length of at least 2. Received [ 1 ]
string array TypeError ERR_INVALID_ARG_TYPE The "a[1]" argument must be of type string. Received type number (1)
boolean array TypeError ERR_INVALID_ARG_TYPE The "a[1]" argument must be of type boolean. Received type number (0)
abort signal TypeError ERR_INVALID_ARG_TYPE The "signal" argument must be an instance of AbortSignal. Received an instance of Object
abort signal null TypeError ERR_INVALID_ARG_TYPE The "signal" argument must be an instance of AbortSignal. Received null
abort signal undefined ok
abort signal duck ok
abort signal array TypeError ERR_INVALID_ARG_TYPE The "signals[0]" argument must be an instance of AbortSignal. Received undefined
oneOf TypeError ERR_INVALID_ARG_VALUE The argument 'mode' must be one of: 'a', 'b', 1. Received 'c'
oneOf ok ok
union TypeError ERR_INVALID_ARG_TYPE The "u" argument must be ('a|b'). Received type string ('c')
undefined TypeError ERR_INVALID_ARG_TYPE The "u" argument must be undefined. Received type number (1)
buffer TypeError ERR_INVALID_ARG_TYPE The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type string ('x')
buffer ok ok
encoding hex odd TypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid for data of length 3. Received 'hex'
encoding utf8 ok
80 0
port ok
port bad RangeError ERR_SOCKET_BAD_PORT Port should be >= 0 and < 65536. Received type number (65536).
port zero RangeError ERR_SOCKET_BAD_PORT Port should be > 0 and < 65536. Received type number (0).
port str RangeError ERR_SOCKET_BAD_PORT Port should be >= 0 and < 65536. Received type string (' ').
signal name ok
signal lower TypeError ERR_UNKNOWN_SIGNAL Unknown signal: sigterm (signals must use all capital letters)
signal unknown TypeError ERR_UNKNOWN_SIGNAL Unknown signal: SIGNOPE
signal type TypeError ERR_INVALID_ARG_TYPE The "signal" argument must be of type string. Received type number (15)
493 420 0
file mode ok
file mode bad TypeError ERR_INVALID_ARG_VALUE The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received '9'
file mode big RangeError ERR_OUT_OF_RANGE The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received 4294967296
this field TypeError ERR_INVALID_THIS Value of "this" must be of type Thing
</a.css>; rel=preload
link ok
</a>, </b>; rel=x
link arr ok
link bad TypeError ERR_INVALID_ARG_VALUE The argument 'hints' must be an array or string of format "</styles.css>; rel=preload; as=style". Received 'nope'`},
	})
}
