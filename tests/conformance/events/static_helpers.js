'use strict';
// events.once / events.on (driven with next(), no for-await), getEventListeners,
// getMaxListeners, listenerCount, setMaxListeners and addAbortListener.
const events = require('events');
const { EventEmitter, once, on, getEventListeners, getMaxListeners, listenerCount, setMaxListeners, addAbortListener } = events;

const log = (...args) => console.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
const describe = (err) => `${err.name} | ${err.code} | ${err.message}`;

async function main() {
  // once resolves with the arguments array and cleans up its listeners.
  const e = new EventEmitter();
  const p = once(e, 'ready');
  log('once listeners while pending', e.listenerCount('ready'), e.listenerCount('error'));
  e.emit('ready', 1, 'a');
  log('once value', await p);
  log('once listeners after', e.listenerCount('ready'), e.listenerCount('error'));

  // once rejects on 'error'.
  const p2 = once(e, 'ready');
  e.emit('error', new Error('failed'));
  try {
    await p2;
  } catch (err) {
    log('once rejected', err.message, e.listenerCount('ready'));
  }

  // Waiting for 'error' itself resolves with the error.
  const p3 = once(e, 'error');
  e.emit('error', new Error('as value'));
  log('once error value', (await p3)[0].message);

  // Signals.
  const ac = new AbortController();
  const p4 = once(e, 'never', { signal: ac.signal });
  ac.abort('stop');
  try {
    await p4;
  } catch (err) {
    log('once aborted', describe(err), err.cause, e.listenerCount('never'), e.listenerCount('error'));
  }
  const aborted = new AbortController();
  aborted.abort('early');
  try {
    await once(e, 'x', { signal: aborted.signal });
  } catch (err) {
    log('once pre-aborted', describe(err), err.cause);
  }
  for (const bad of [1, 'str', null]) {
    try {
      await once(e, 'x', bad);
    } catch (err) {
      log('once bad options', describe(err));
    }
  }
  try {
    await once(e, 'x', { signal: {} });
  } catch (err) {
    log('once bad signal', describe(err));
  }

  // once works on EventTarget.
  const et = new EventTarget();
  const p5 = once(et, 'ping');
  log('et listeners pending', getEventListeners(et, 'ping').length, listenerCount(et, 'ping'));
  et.dispatchEvent(new Event('ping'));
  const [ev] = await p5;
  log('once EventTarget', ev.type, ev instanceof Event, getEventListeners(et, 'ping').length);

  // on(): async iterator, driven manually.
  const src = new EventEmitter();
  const it = on(src, 'data');
  log('iterator has asyncIterator', typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  src.emit('data', 1);
  src.emit('data', 2, 3);
  log('on next 1', await it.next());
  log('on next 2', await it.next());
  const pending = it.next();
  src.emit('data', 'later');
  log('on next 3', await pending);
  log('on listeners', src.listenerCount('data'), src.listenerCount('error'));
  log('on return', await it.return());
  log('on after return', await it.next(), src.listenerCount('data'), src.listenerCount('error'));

  // on(): error events reject the pending next and finish the iterator.
  const it2 = on(src, 'data');
  const n = it2.next();
  src.emit('error', new Error('stream broke'));
  try {
    await n;
  } catch (err) {
    log('on error', err.message);
  }
  log('on after error', await it2.next());

  // on(): queued error is delivered after buffered events.
  const it3 = on(src, 'data');
  src.emit('data', 'x');
  src.emit('error', new Error('late'));
  log('buffered before error', await it3.next());
  try {
    await it3.next();
  } catch (err) {
    log('then error', err.message);
  }
  log('then done', await it3.next());

  // on(): close events and signals.
  const it4 = on(src, 'data', { close: ['end'] });
  src.emit('data', 'last');
  src.emit('end');
  log('close buffered', await it4.next());
  log('close done', await it4.next());
  const ac2 = new AbortController();
  const it5 = on(src, 'data', { signal: ac2.signal });
  const n5 = it5.next();
  ac2.abort('bye');
  try {
    await n5;
  } catch (err) {
    log('on aborted', describe(err), err.cause);
  }
  try {
    on(src, 'data', { signal: aborted.signal });
  } catch (err) {
    log('on pre-aborted throws synchronously', describe(err));
  }
  try {
    on(src, 'data', { highWaterMark: 0 });
  } catch (err) {
    log('on bad highWaterMark', describe(err));
  }
  try {
    await it5.throw('not an error');
  } catch (err) {
    log('iterator throw non-error', describe(err));
  }

  // on() with EventTarget.
  const et2 = new EventTarget();
  const it6 = on(et2, 'tick');
  et2.dispatchEvent(new Event('tick'));
  const r6 = await it6.next();
  log('on EventTarget', r6.done, r6.value[0].type);
  await it6.return();
  log('on EventTarget cleaned', getEventListeners(et2, 'tick').length);

  // getEventListeners / listenerCount / getMaxListeners / setMaxListeners.
  const g = new EventEmitter();
  function l1() {}
  g.on('x', l1);
  g.once('x', l1);
  log('getEventListeners emitter', getEventListeners(g, 'x').length, getEventListeners(g, 'x').every((f) => f === l1));
  log('listenerCount static', listenerCount(g, 'x'), listenerCount(g, 'y'));
  const et3 = new EventTarget();
  const h1 = () => {};
  et3.addEventListener('x', h1);
  et3.addEventListener('x', { handleEvent() {} });
  log('getEventListeners target', getEventListeners(et3, 'x').length, getEventListeners(et3, 'x')[0] === h1);
  log('getMaxListeners', getMaxListeners(g), getMaxListeners(et3));
  setMaxListeners(3, g, et3);
  log('after setMaxListeners', getMaxListeners(g), getMaxListeners(et3), g.getMaxListeners());
  for (const bad of [{}, 1]) {
    try {
      getEventListeners(bad, 'x');
    } catch (err) {
      log('getEventListeners bad', describe(err));
    }
    try {
      getMaxListeners(bad);
    } catch (err) {
      log('getMaxListeners bad', describe(err));
    }
  }

  // addAbortListener.
  const ac3 = new AbortController();
  const disposable = addAbortListener(ac3.signal, () => log('abort listener ran', ac3.signal.reason));
  log('disposable', typeof disposable);
  ac3.abort('r1');
  const ac4 = new AbortController();
  ac4.abort('r2');
  addAbortListener(ac4.signal, () => log('already aborted listener ran (async)'));
  log('after addAbortListener on aborted signal');
  await null;
  for (const bad of [undefined, {}]) {
    try {
      addAbortListener(bad, () => {});
    } catch (err) {
      log('addAbortListener bad', describe(err));
    }
  }
  try {
    addAbortListener(new AbortController().signal, 'x');
  } catch (err) {
    log('addAbortListener bad listener', describe(err));
  }
}

main().then(() => log('done'));
