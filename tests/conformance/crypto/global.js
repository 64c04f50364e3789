'use strict';
// The global `crypto` is require('crypto').webcrypto.
console.log(typeof crypto, Object.prototype.toString.call(crypto), crypto === require('crypto').webcrypto);
console.log(typeof crypto.getRandomValues, typeof crypto.randomUUID, typeof crypto.subtle, typeof crypto.subtle.digest);
console.log(crypto.getRandomValues(new Uint8Array(12)).length);
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
try {
  crypto.getRandomValues(new Float32Array(1));
} catch (e) {
  console.log(e.name, e.code, e.message, e instanceof Error);
}
try {
  const { getRandomValues } = crypto;
  getRandomValues(new Uint8Array(1));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
crypto.subtle.digest('SHA-512', Buffer.alloc(0)).then((ab) => {
  console.log(ab.byteLength, Buffer.from(ab).toString('hex').slice(0, 16));
});
