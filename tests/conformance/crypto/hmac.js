'use strict';
const crypto = require('crypto');

for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256']) {
  console.log(alg, crypto.createHmac(alg, 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
}
console.log(crypto.createHmac('sha256', Buffer.from('secret')).update('a').update('b').digest('base64'));
console.log(crypto.createHmac('sha256', new Uint8Array([1, 2, 3])).digest('hex'));
console.log(crypto.createHmac('sha256', new ArrayBuffer(3)).digest('hex'));
console.log(crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).digest('hex'));
console.log(crypto.createHmac('sha256', 'k'.repeat(200)).update('long key').digest('hex'));
console.log(crypto.createHmac('SHA1', '').digest('hex'));
const h = crypto.createHmac('sha256', 'k');
console.log(h.digest('hex'));
console.log(JSON.stringify(h.digest('hex')), h.digest());
console.log(crypto.Hmac('md5', 'k').digest('hex'));
