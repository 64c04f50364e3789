'use strict';
// timers/promises setInterval: an async iterator driven with next()/return()/throw().
const { setInterval, setTimeout } = require('timers/promises');

const log = (...args) => console.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
const describe = (err) => `${err.name} | ${err.code} | ${err.message}`;

async function main() {
  const it = setInterval(10, 'tick');
  log('has asyncIterator', typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  log('methods', typeof it.next, typeof it.return, typeof it.throw);
  log('next 1', await it.next());
  log('next 2', await it.next());
  log('next 3', await it.next());
  log('return', await it.return('bye'));
  log('after return', await it.next());

  // Ticks that happen while the consumer is busy are not lost.
  const it2 = setInterval(5, 'v');
  log('first', await it2.next());
  await setTimeout(30);
  let n = 0;
  const got = [];
  while (n < 3) {
    got.push((await it2.next()).value);
    n++;
  }
  log('buffered', got);
  await it2.return();

  // return() before the first next() never starts the timer.
  const it3 = setInterval(5, 'never');
  log('return before start', await it3.return(1), await it3.next());

  // throw() ends the iterator with the error.
  const it4 = setInterval(5, 'x');
  await it4.next();
  try {
    await it4.throw(new Error('stop it'));
  } catch (err) {
    log('throw rejected', err.message);
  }
  log('after throw', await it4.next());

  // Abort while waiting, and abort before start.
  const ac = new AbortController();
  const it5 = setInterval(1000, 'slow', { signal: ac.signal });
  const pending = it5.next();
  setTimeout(5).then(() => ac.abort('enough'));
  try {
    await pending;
  } catch (err) {
    log('aborted while waiting', describe(err), err.cause);
  }
  log('after abort', await it5.next());
  const it6 = setInterval(5, 'x', { signal: ac.signal });
  try {
    await it6.next();
  } catch (err) {
    log('pre-aborted', describe(err), err.cause);
  }

  // Validation happens on the first next().
  const it7 = setInterval('bad');
  log('created lazily', typeof it7.next);
  try {
    await it7.next();
  } catch (err) {
    log('invalid delay', describe(err));
  }
  try {
    await setInterval(5, 'x', { ref: 1 }).next();
  } catch (err) {
    log('invalid ref', describe(err));
  }

  // Concurrent next() calls are queued.
  const it8 = setInterval(5, 'q');
  const results = await Promise.all([it8.next(), it8.next(), it8.return('r'), it8.next()]);
  log('queued', results);
}

main().then(() => log('done'), (err) => log('failed', err.stack));
