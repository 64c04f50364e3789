const crypto = require('crypto');
for (const s of ['', 'a', 'abc', 'message digest', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'x'.repeat(1000)]) {
  console.log(crypto.createHash('ripemd160').update(s).digest('hex'), crypto.createHmac('rmd160', 'k').update(s).digest('hex'));
}
const h = crypto.createHash('RSA-RIPEMD160').update('ab'); const c = h.copy(); console.log(h.update('c').digest('hex'), c.digest('hex'));
console.log(crypto.getHashes().filter((n) => /rip|rmd/i.test(n)).join());
