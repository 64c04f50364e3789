'use strict';
// util.promisify (incl. util.promisify.custom, multiple callback values, rejections,
// `this`), util.callbackify (incl. falsy rejections) and the shape of the wrappers.
const util = require('util');

async function main() {
  const double = util.promisify((x, cb) => cb(null, x * 2));
  console.log('double', await double(21));

  const fails = util.promisify((cb) => cb(new Error('callback error')));
  await fails().catch((err) => console.log('rejected with', err.message));

  const falsyErr = util.promisify((cb) => cb(0, 'value despite 0'));
  console.log('falsy error value', await falsyErr());

  const many = util.promisify((cb) => cb(null, 'first', 'second'));
  console.log('only first value', await many());

  const withThis = util.promisify(function (cb) { cb(null, this.tag); });
  console.log('this binding', await withThis.call({ tag: 'ctx' }));

  function custom() {}
  custom[util.promisify.custom] = () => Promise.resolve('custom result');
  const pc = util.promisify(custom);
  console.log('custom identical', pc === custom[util.promisify.custom], await pc());
  console.log('promisify.custom', util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));

  function named(a, b, cb) { cb(null, a + b); }
  named.extra = 'copied';
  const pn = util.promisify(named);
  console.log('promisified shape', pn.name, pn.length, pn.extra, typeof pn[util.promisify.custom]);
  console.log('promisify twice', util.promisify(pn) === pn);
  console.log('sum', await pn(2, 3));

  for (const bad of [undefined, null, 1, 'str', {}]) {
    try {
      util.promisify(bad);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }

  const syncThrow = util.promisify(() => { throw new Error('sync throw'); });
  await syncThrow().catch((err) => console.log('sync throw becomes rejection', err.message));

  // callbackify.
  async function add(a, b) { return a + b; }
  const cbAdd = util.callbackify(add);
  console.log('callbackified shape', cbAdd.name, cbAdd.length);
  await new Promise((resolve) => cbAdd(1, 2, (err, v) => { console.log('callbackify', err, v); resolve(); }));

  const cbReject = util.callbackify(async () => { throw new TypeError('async fail'); });
  await new Promise((resolve) => cbReject((err) => { console.log('callbackify error', err.name, err.message); resolve(); }));

  for (const falsy of [null, 0, '', false, undefined]) {
    const cb = util.callbackify(() => Promise.reject(falsy));
    await new Promise((resolve) => cb((err) => {
      console.log('falsy rejection', JSON.stringify(falsy), err instanceof Error, err.code, err.message, err.reason);
      resolve();
    }));
  }

  const cbThis = util.callbackify(async function () { return this.v; });
  await new Promise((resolve) => cbThis.call({ v: 'this kept' }, (err, v) => { console.log(v); resolve(); }));

  try {
    util.callbackify('nope');
  } catch (err) {
    console.log(err.code, err.message);
  }
  try {
    cbAdd(1, 2);
  } catch (err) {
    console.log(err.code, err.message);
  }
}

main().then(() => console.log('done'));
