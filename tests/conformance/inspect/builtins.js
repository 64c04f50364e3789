'use strict';
// Dates, RegExps, Promises, Proxies, arguments objects, generator objects,
// ArrayBuffer and DataView.
const util = require('util');

// Dates (valid and invalid, with properties, subclasses).
console.log(new Date(0), new Date(Date.UTC(2024, 1, 29, 12, 30, 45, 678)), new Date(NaN));
console.log([new Date(-1)], { when: new Date(8.64e15) }, new Date('invalid'));
const datedProps = new Date(1000);
datedProps.note = 'with prop';
console.log(datedProps);
class MyDate extends Date {}
console.log(new MyDate(0));
console.log(Object.setPrototypeOf(new Date(0), null));

// RegExps.
console.log(/abc/, /a\/b/gimsuy, new RegExp('x+', 'g'), /[\]\\]/, new RegExp(''));
console.log([/re/g], { re: /\d{2,}/ });
const reProps = /props/;
reProps.extra = 1;
console.log(reProps);
class MyRegExp extends RegExp {}
console.log(new MyRegExp('sub', 'g'));

// Promises.
console.log(Promise.resolve(), Promise.resolve(42), Promise.resolve({ a: [1, { b: 2 }] }));
console.log(new Promise(() => {}), [new Promise(() => {})]);
const rejected = Promise.reject(new Error('nope'));
rejected.catch(() => {});
const rejectedValue = Promise.reject('plain reason');
rejectedValue.catch(() => {});
console.log(rejectedValue, { p: Promise.reject(null).catch(() => {}) });
const errReason = new Error('reason');
errReason.stack = 'Error: reason\n    at r (/p.js:1:1)';
const rejectedErr = Promise.reject(errReason);
rejectedErr.catch(() => {});
console.log(rejectedErr);
console.log({ nested: rejectedErr });
const promiseProps = Promise.resolve('v');
promiseProps.extra = true;
console.log(promiseProps);
class MyPromise extends Promise {}
console.log(MyPromise.resolve(1));
const resolvedLater = new Promise((resolve) => resolve('later'));
console.log(resolvedLater);
const chained = Promise.resolve(1).then((v) => v + 1);
console.log(chained);
chained.then(() => console.log('after tick', chained));
console.log(Promise.resolve(Promise.resolve(5)));

// Proxies (targets are shown without triggering traps).
const target = { a: 1, nested: { b: 2 } };
const handler = { get() { throw new Error('trap must not run'); }, ownKeys() { throw new Error('no'); } };
const proxy = new Proxy(target, handler);
console.log(proxy, [proxy], { proxy });
console.log(util.inspect(proxy, { showProxy: true }));
console.log(util.inspect(new Proxy([1, 2], {}), { showProxy: true }));
console.log(new Proxy([1, 2, 3], {}), new Proxy(new Map([[1, 2]]), {}), new Proxy(function f() {}, {}));
console.log(new Proxy(new Proxy({ twice: true }, {}), {}));
const revocable = Proxy.revocable({}, {});
revocable.revoke();
console.log(revocable.proxy, util.inspect(revocable.proxy, { showProxy: true }));
console.log(util.types.isProxy(proxy), util.types.isProxy(target));
console.log(util.inspect(new Proxy({}, {}), { showProxy: true, depth: -1 }));

// arguments.
(function () { console.log(arguments); })(1, 'two', { three: 3 });
(function () { console.log(arguments); })();
(function () { 'use strict'; console.log([arguments]); })(1);

// Generator objects.
function* gen() { yield 1; }
const g = gen();
console.log(g, [g], Object.prototype.toString.call(g));

// ArrayBuffer and DataView.
console.log(new ArrayBuffer(0), new ArrayBuffer(4));
console.log(new Uint8Array([0, 1, 15, 16, 127, 128, 255]).buffer);
console.log(new ArrayBuffer(120));
console.log({ ab: new Uint16Array([258, 772]).buffer });
console.log(util.inspect(new ArrayBuffer(3), { maxArrayLength: 1 }));
const abProps = new ArrayBuffer(1);
abProps.x = 1;
console.log(abProps);
console.log(new DataView(new ArrayBuffer(4)), new DataView(new ArrayBuffer(8), 2, 4));
console.log(util.inspect(new Uint8Array([1, 2]).buffer, { showHidden: true }));
console.log(util.inspect(new DataView(new ArrayBuffer(2)), { depth: 0 }));
