package jslib

// The want strings were recorded from Node.js v26.10.0: each src run as a script
// `const log = console.log;\n<src>` with `node --expose-internals`. Re-record them the
// same way rather than editing them by hand.

import "testing"

func TestCrypto(t *testing.T) {
	runCases(t, []jsCase{
		{name: "createHash",
			src: `(function () {
  const crypto = require('crypto');
  const { Buffer } = require('buffer');
  for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-256', 'SHA256', 'RSA-SHA1', 'md5-sha1', 'sha256-192']) {
    log(alg, crypto.createHash(alg).update('hello ').update(Buffer.from('world')).digest('hex'));
  }
  const h = crypto.createHash('sha256').update('abc');
  const c = h.copy();
  log(h.digest('base64'), c.update('def').digest('base64url'));
  log(crypto.createHash('md5').update('616263', 'hex').digest('latin1').length);
  log(crypto.createHash('md5').update('a').digest());
  log(crypto.createHash('shake256', { outputLength: 8 }).update('x').digest('hex'));
  log(crypto.createHash('sha1').update(new Uint16Array([1, 2])).digest('hex'));
  log(crypto.createHash('sha1').update('héllo', 'latin1').digest('hex'), crypto.createHash('sha1').update('héllo').digest('hex'));
})();`,
			want: `md5 5eb63bbbe01eeed093cb22bb8f5acdc3
sha1 2aae6c35c94fcfb415dbe95f408b9ce91ee846ed
sha224 2f05477fc24bb4faefd86517156dafdecec45b8ad3cf2522a563582b
sha256 b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9
sha384 fdbd8e75a67f29f701a4e040385e2e23986303ea10239211af907fcbb83578b3e417cb71ce646efd0819dd8c088de1bd
sha512 309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f
sha512-224 22e0d52336f64a998085078b05a6e37b26f8120f43bf4db4c43a64ee
sha512-256 0ac561fac838104e3f2e4ad107b4bee3e938bf15f2b15f009ccccd61a913f017
sha3-256 644bcc7e564373040999aac89e7622f3ca71fba1d972fd94a31c3bfbf24e3938
SHA256 b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9
RSA-SHA1 2aae6c35c94fcfb415dbe95f408b9ce91ee846ed
md5-sha1 5eb63bbbe01eeed093cb22bb8f5acdc32aae6c35c94fcfb415dbe95f408b9ce91ee846ed
sha256-192 b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee
ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0= vvV-x_U6bUC-tkCngKY5yDvCmsipgW8fxsXG3Nk8RyE
16
<Buffer 0c c1 75 b9 c0 f1 b6 a8 31 c3 99 e2 69 77 26 61>
c851121abe809597
13956061322e116317ea11972afb3262b3ef978a
028db752c14604d624e8b1c121d600c427b8a3ba 35b5ea45c5e41f78b46a937cc74d41dfea920890`},
		{name: "hmac and hash",
			src: `(function () {
  const crypto = require('crypto');
  const { Buffer } = require('buffer');
  log(crypto.createHmac('sha256', 'secret').update('data').digest('hex'));
  log(crypto.createHmac('sha512', Buffer.from('k')).update('a').update('b').digest('base64'));
  log(crypto.createHmac('md5', '6b6579', { encoding: 'hex' }).digest('hex'));
  log(crypto.hash('sha1', 'abc'), crypto.hash('md5', Buffer.from('abc'), 'base64'), crypto.hash('sha256', 'abc', 'buffer').length);
  log(crypto.getHashes().includes('sha256'), crypto.getHashes().includes('sha3-512'));
  log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2])));
})();`,
			want: `1b2c16b75bd2a870c114153ccda5bcfca63314bc722fa160d690de133ccbb9db
EUKU9lBqsTFxVpFuHfKjStVtiikSEOdB8c9f7Hpg+1aPEtxA0EqezbsjAGPsUfTndvmsMXRP6sPQ6O1qG4WdbA==
63530468a04e386459855da0063b6596
a9993e364706816aba3e25717850c26c9cd0d89d kAFQmDzST7DWlj99KOF/cg== 32
true true
true false`},
		{name: "ripemd160",
			src: `(function () {
  const crypto = require('crypto');
  for (const s of ['', 'abc', 'message digest', 'a'.repeat(56), 'x'.repeat(200)]) {
    log(crypto.createHash('ripemd160').update(s).digest('hex'), crypto.createHmac('ripemd160', 'key').update(s).digest('hex'));
  }
})();`,
			want: `9c1185a5c5e9fc54612808977ee8f548b2258d31 eb123f0b89091ba4cb169cc0142520ebe3aa094e
8eb208f7e05d987a9b044a8e98c6b087f15a0bfc 67fdce738ebfc7372bcd38f03c023b5746724d18
5d0689ef49d2fae572b881b123a85ffa21595f36 9cb30a42f406ceebf09839f72a686afdd89a07d7
e72334b46c83cc70bef979e15453706c95b888be 0ddc8c253a72c7ec5fbae2430cb8a780b3791d0d
38c26b47a8a3ab2e3f3c7cba7f223e4938ff5442 fd11fe44e5baf7fdf4e25d4b60a578d349a1cb4c`},
		{name: "errors",
			src: `(function () {
  const crypto = require('crypto');
  const { Buffer } = require('buffer');
  const show = (f) => { try { f(); log('ok'); } catch (e) { log(e.name, e.code, e.message); } };
  show(() => crypto.createHash('nope'));
  show(() => crypto.createHash(1));
  show(() => crypto.createHmac('nope', 'k'));
  show(() => crypto.createHmac('sha1'));
  show(() => crypto.hash('nope', 'x'));
  show(() => crypto.createHash('sha1').update(1));
  show(() => crypto.createHash('md5').update('abc', 'hex'));
  show(() => { const h = crypto.createHash('sha1'); h.digest(); h.digest(); });
  show(() => crypto.createHash('sha256', { outputLength: 5 }));
  show(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
  show(() => crypto.timingSafeEqual('a', 'b'));
  show(() => crypto.randomInt(10, 5));
  show(() => crypto.randomInt(2 ** 49));
  show(() => crypto.randomInt(1.5));
  show(() => crypto.randomBytes(-1));
  show(() => crypto.randomBytes(2, 'x'));
  show(() => crypto.randomFillSync(new Uint8Array(4), 5));
  show(() => crypto.randomUUID({ disableEntropyCache: 1 }));
  show(() => crypto.getRandomValues(new Float64Array(2)));
  show(() => crypto.getRandomValues(new Uint8Array(65537)));
})();`,
			want: `Error undefined Digest method not supported
TypeError ERR_INVALID_ARG_TYPE The "algorithm" argument must be of type string. Received type number (1)
TypeError ERR_CRYPTO_INVALID_DIGEST Invalid digest: nope
TypeError ERR_INVALID_ARG_TYPE The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received undefined
Error undefined Digest method nope is not supported
TypeError ERR_INVALID_ARG_TYPE The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)
TypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid for data of length 3. Received 'hex'
Error ERR_CRYPTO_HASH_FINALIZED Digest already called
Error ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH error:030000B2:digital envelope routines::not XOF or invalid length
RangeError ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH Input buffers must have the same byte length
TypeError ERR_INVALID_ARG_TYPE The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.
RangeError ERR_OUT_OF_RANGE The value of "max" is out of range. It must be greater than the value of "min" (10). Received 5
RangeError ERR_OUT_OF_RANGE The value of "max" is out of range. It must be <= 281474976710655. Received 562_949_953_421_312
TypeError ERR_INVALID_ARG_TYPE The "max" argument must be a safe integer. Received type number (1.5)
RangeError ERR_OUT_OF_RANGE The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1
TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received type string ('x')
RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5
TypeError ERR_INVALID_ARG_TYPE The "options.disableEntropyCache" property must be of type boolean. Received type number (1)
TypeMismatchError 17 The data argument must be an integer-type TypedArray
QuotaExceededError 22 The requested length exceeds 65,536 bytes`},
		{name: "random",
			src: "(function () {\n  const crypto = require('crypto');\n  const { Buffer } = require('buffer');\n  const b = crypto.randomBytes(16);\n  log(Buffer.isBuffer(b), b.length);\n  const u = crypto.randomUUID();\n  log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u), crypto.randomUUID() !== u);\n  let ok = true;\n  for (let i = 0; i < 200; i++) { const n = crypto.randomInt(3, 7); if (n < 3 || n >= 7 || !Number.isInteger(n)) ok = false; }\n  log(ok);\n  const a = new Uint32Array(4);\n  log(crypto.getRandomValues(a) === a, crypto.randomFillSync(new Uint8Array(8), 2, 3).length);\n  log(typeof crypto.webcrypto.getRandomValues, typeof crypto.subtle.digest, Object.prototype.toString.call(crypto.webcrypto));\n  const results = [];\n  const done = (s) => { results.push(s); if (results.length === 4) log(results.sort().join('\\n')); };\n  crypto.randomBytes(5, (err, buf) => done(`cb ${err} ${buf.length}`));\n  crypto.randomFill(new Uint8Array(3), (err, buf) => done(`fill ${err} ${buf.length}`));\n  crypto.randomInt(10, (err, n) => done(`int ${err} ${n >= 0 && n < 10}`));\n  crypto.subtle.digest('SHA-256', Buffer.from('abc')).then((ab) => done(`subtle ${Buffer.from(ab).toString('hex')}`));\n})();",
			want: `true 16
true true
true
true 8
function function [object Crypto]
cb null 5
fill null 3
int undefined true
subtle ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad`},
	})
}
