'use strict';
const crypto = require('crypto');

function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e));
  }
}
t('createHash unknown', () => crypto.createHash('nope'));
t('createHash type', () => crypto.createHash(1));
t('createHash outputLength', () => crypto.createHash('sha256', { outputLength: 10 }));
t('createHash outputLength type', () => crypto.createHash('shake128', { outputLength: 'x' }));
t('createHmac unknown', () => crypto.createHmac('nope', 'k'));
t('createHmac no key', () => crypto.createHmac('sha256'));
t('createHmac bad key', () => crypto.createHmac('sha1', 123));
t('hash unknown', () => crypto.hash('nope', 'x'));
t('hash input', () => crypto.hash('sha1', 1));
t('hash encoding', () => crypto.hash('sha1', 'abc', 'bogus'));
t('hash outputLength', () => crypto.hash('sha256', 'a', { outputLength: 10 }));
t('update type', () => crypto.createHash('sha1').update(1));
t('update ArrayBuffer', () => crypto.createHash('md5').update(new ArrayBuffer(2)));
t('update hex odd', () => crypto.createHash('md5').update('abc', 'hex'));
t('digest twice', () => { const h = crypto.createHash('sha1'); h.digest(); h.digest(); });
t('update after digest', () => { const h = crypto.createHash('sha1'); h.digest(); h.update('x'); });
t('copy after digest', () => { const h = crypto.createHash('sha1'); h.digest(); h.copy(); });
t('hmac update after digest', () => { const h = crypto.createHmac('sha256', 'k'); h.digest('hex'); h.update('x'); });
t('timingSafeEqual length', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
t('timingSafeEqual type', () => crypto.timingSafeEqual('a', 'b'));
t('timingSafeEqual type2', () => crypto.timingSafeEqual(Buffer.from('a'), 'b'));
t('randomInt range', () => crypto.randomInt(10, 5));
t('randomInt same', () => crypto.randomInt(5, 5));
t('randomInt type', () => crypto.randomInt('a'));
t('randomInt min', () => crypto.randomInt(1.5, 2));
t('randomInt big', () => crypto.randomInt(2 ** 49));
t('randomInt big range', () => crypto.randomInt(-(2 ** 48), 2 ** 48));
t('randomInt unsafe', () => crypto.randomInt(2 ** 53));
t('randomInt callback', () => crypto.randomInt(1, 2, 3));
t('randomBytes negative', () => crypto.randomBytes(-1));
t('randomBytes string', () => crypto.randomBytes('1'));
t('randomBytes callback', () => crypto.randomBytes(4, 'x'));
t('randomBytes huge', () => crypto.randomBytes(2 ** 31));
t('randomFillSync offset', () => crypto.randomFillSync(new Uint8Array(4), 5));
t('randomFillSync size', () => crypto.randomFillSync(new Uint8Array(4), 1, 5));
t('randomFillSync type', () => crypto.randomFillSync('abc'));
t('randomFill no callback', () => crypto.randomFill(new Uint8Array(2)));
t('randomUUID options', () => crypto.randomUUID(1));
t('randomUUID entropy', () => crypto.randomUUID({ disableEntropyCache: 1 }));
t('getRandomValues float', () => crypto.getRandomValues(new Float32Array(2)));
t('getRandomValues big', () => crypto.getRandomValues(new Uint8Array(65537)));
t('getRandomValues none', () => crypto.getRandomValues());
t('getRandomValues DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
t('webcrypto unbound', () => { const g = crypto.webcrypto.getRandomValues; g(new Uint8Array(1)); });
crypto.subtle.digest('md5', new Uint8Array([1])).then(console.log, (e) => console.log('subtle unknown', e.name, e.code, e.message));
crypto.subtle.digest('SHA-256', 'str').then(console.log, (e) => console.log('subtle data', e.name, e.code, e.message));
