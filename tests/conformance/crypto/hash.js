'use strict';
const crypto = require('crypto');

const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'ünïcödé ✓'];
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512']) {
  for (const input of inputs) {
    console.log(alg, JSON.stringify(input), crypto.createHash(alg).update(input).digest('hex'));
  }
}
// Aliases and case-insensitive names.
for (const alg of ['SHA256', 'RSA-SHA256', 'sha-256', 'sha2-256', 'sha256WithRSAEncryption', 'RSA-MD5', 'ssl3-sha1', 'md5-sha1', 'sha256-192', 'SHA-512/256']) {
  console.log(alg, crypto.createHash(alg).update('x').digest('hex'));
}
// Encodings of input and output.
const h = () => crypto.createHash('sha256').update('hello');
console.log(h().digest('hex'));
console.log(h().digest('base64'));
console.log(h().digest('base64url'));
console.log(JSON.stringify(h().digest('latin1')));
console.log(JSON.stringify(h().digest('binary')));
console.log(h().digest('ucs2').length, h().digest('utf16le').length);
console.log(h().digest());
console.log(h().digest('buffer'));
console.log(h().digest('bogus'));
console.log(crypto.createHash('md5').update('68656c6c6f', 'hex').digest('hex'));
console.log(crypto.createHash('md5').update('aGVsbG8=', 'base64').digest('hex'));
console.log(crypto.createHash('md5').update('héllo', 'latin1').digest('hex'));
console.log(crypto.createHash('md5').update('héllo', 'utf8').digest('hex'));
console.log(crypto.createHash('md5').update('hello', 'bogus').digest('hex'));
console.log(crypto.createHash('md5').update(Buffer.from('hello')).digest('hex'));
console.log(crypto.createHash('md5').update(new Uint16Array([1, 2, 3])).digest('hex'));
console.log(crypto.createHash('md5').update(new DataView(new ArrayBuffer(4))).digest('hex'));
console.log(crypto.createHash('md5').update(new Float64Array([1.5])).digest('hex'));
// Chained updates equal one update.
console.log(crypto.createHash('sha1').update('a').update('b').update('c').digest('hex') ===
  crypto.createHash('sha1').update('abc').digest('hex'));
// copy()
const base = crypto.createHash('sha256').update('part1');
const copy = base.copy();
console.log(base.update('part2').digest('hex'));
console.log(copy.digest('hex'));
// XOF
console.log(crypto.createHash('shake128', { outputLength: 4 }).update('a').digest('hex'));
console.log(crypto.createHash('shake256', { outputLength: 10 }).update('a').digest('hex'));
console.log(JSON.stringify(crypto.createHash('shake256', { outputLength: 0 }).digest('hex')));
const x = crypto.createHash('shake128', { outputLength: 4 }).update('a');
console.log(x.copy().digest('hex'), x.copy({ outputLength: 8 }).digest('hex'), x.digest('hex'));
console.log(crypto.createHash('sha256', { outputLength: 32 }).digest('hex').length);
// One-shot crypto.hash()
console.log(crypto.hash('sha1', 'abc'));
console.log(crypto.hash('sha1', 'abc', 'base64'));
console.log(crypto.hash('sha1', 'abc', 'base64url'));
console.log(crypto.hash('sha1', Buffer.from('abc'), 'buffer'));
console.log(crypto.hash('md5', new Uint8Array([1, 2, 3])));
console.log(crypto.hash('sha1', 'abc', { outputEncoding: 'latin1' }).length);
console.log(crypto.hash('shake128', 'a', { outputLength: 4 }));
// Legacy constructors.
console.log(crypto.Hash('md5').digest('hex'), new crypto.Hash('md5') instanceof crypto.Hash);
console.log(typeof crypto.createHash('md5').update, typeof crypto.createHash('md5').copy);
// getHashes
const names = crypto.getHashes();
console.log(Array.isArray(names), ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'RSA-SHA256', 'shake256'].every((n) => names.includes(n)));
console.log(names.slice().sort().join() === names.join());
