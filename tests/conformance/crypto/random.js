'use strict';
const crypto = require('crypto');

const b = crypto.randomBytes(32);
console.log(Buffer.isBuffer(b), b.length, crypto.randomBytes(0).length);
console.log(crypto.pseudoRandomBytes === undefined ? 'no alias' : typeof crypto.pseudoRandomBytes);
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuids = new Set();
let allValid = true;
for (let i = 0; i < 300; i++) {
  const u = crypto.randomUUID();
  if (!uuidRe.test(u)) allValid = false;
  uuids.add(u);
}
console.log('uuid', allValid, uuids.size);
console.log('uuid nocache', uuidRe.test(crypto.randomUUID({ disableEntropyCache: true })));
console.log('uuidv7', /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUIDv7()));
let inRange = true;
const seen = new Set();
for (let i = 0; i < 1000; i++) {
  const n = crypto.randomInt(-3, 4);
  if (!Number.isInteger(n) || n < -3 || n >= 4) inRange = false;
  seen.add(n);
}
console.log('randomInt', inRange, seen.size);
console.log('randomInt max only', crypto.randomInt(1), crypto.randomInt(0, 1));
const a = new Uint32Array(8);
console.log(crypto.getRandomValues(a) === a, a.some((v) => v !== 0));
console.log(crypto.webcrypto.getRandomValues(new Int16Array(4)).length);
console.log(crypto.getRandomValues(new BigInt64Array(2)).length);
const f = crypto.randomFillSync(new Uint8Array(16), 4, 8);
console.log(f.length, f.slice(0, 4).every((v) => v === 0), f.slice(12).every((v) => v === 0));
console.log(crypto.randomFillSync(new ArrayBuffer(5)).byteLength);
console.log(crypto.randomFillSync(new Float64Array(2)).length);
console.log(crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secret')), crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secreT')));
console.log(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])));
console.log(typeof crypto.webcrypto, Object.prototype.toString.call(crypto.webcrypto), require('util').inspect(crypto.webcrypto));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(crypto.webcrypto)).join());
console.log(typeof crypto.subtle, crypto.subtle === crypto.webcrypto.subtle, Object.prototype.toString.call(crypto.subtle));
console.log(Object.keys(crypto.constants).length, crypto.constants.RSA_PKCS1_PADDING, crypto.constants.TLS1_3_VERSION);
console.log(crypto.getFips());

// Asynchronous APIs: collect and print in a fixed order.
const results = [];
function done(label, value) {
  results.push(`${label}: ${value}`);
  if (results.length === 6) console.log(results.sort().join('\n'));
}
crypto.randomBytes(7, (err, buf) => done('randomBytes', `${err} ${buf.length}`));
crypto.randomFill(new Uint8Array(5), (err, buf) => done('randomFill', `${err} ${buf.constructor.name} ${buf.length}`));
crypto.randomFill(new Uint32Array(4), 1, 2, (err, buf) => done('randomFill offset', `${err} ${buf.length}`));
crypto.randomInt(10, (err, n) => done('randomInt', `${err} ${n >= 0 && n < 10}`));
crypto.subtle.digest('SHA-256', Buffer.from('abc')).then((ab) => done('subtle sha256', `${ab instanceof ArrayBuffer} ${Buffer.from(ab).toString('hex')}`));
crypto.subtle.digest({ name: 'sha-1' }, new Uint8Array([1, 2])).then((ab) => done('subtle sha1', Buffer.from(ab).toString('hex')));
