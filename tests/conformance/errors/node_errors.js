'use strict';
// Shape and message text of Node's internal errors, reached through public APIs of
// path, events, EventTarget and timers/promises.
const path = require('path');
const EventEmitter = require('events');
const timersPromises = require('timers/promises');

const log = (...args) => console.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));

function catchIt(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

function show(label, err) {
  log(label);
  log('  name:', err.name, '| code:', err.code);
  log('  message:', err.message);
  log('  toString:', String(err));
  log('  stack[0]:', err.stack.split('\n')[0]);
  log('  keys:', Object.keys(err), 'own:', Object.getOwnPropertyNames(err).sort());
  log('  instanceof:', err instanceof Error, err instanceof TypeError, err instanceof RangeError,
      '| constructor:', err.constructor.name, '| tag:', Object.prototype.toString.call(err));
}

// ERR_INVALID_ARG_TYPE with every kind of received value.
class Foo {}
function named() {}
const received = [
  1, -0, 0, NaN, Infinity, -Infinity, 1.5, 10n, true, false, undefined, null, Symbol('sym'), Symbol(),
  '', 'short', 'a string that is longer than twenty-eight characters',
  "it's", 'both \' and "', `it's "quoted" \`too\``, 'x'.repeat(25), 'x'.repeat(28), 'x'.repeat(29),
  {}, [], [1, 2], new Foo(), new Map(), new Date(0), /re/, new Error('e'), named, () => {}, class Bar {},
  Object.create(null), Promise.resolve(),
];
for (const v of received) {
  // path.join accepts strings, EventEmitter#on accepts functions.
  const err = typeof v === 'function' ?
    catchIt(() => path.join(v)) : catchIt(() => new EventEmitter().on('x', v));
  log(typeof v, '->', err.message);
}
show('ERR_INVALID_ARG_TYPE', catchIt(() => path.basename(1)));
show('ERR_INVALID_ARG_TYPE (property)', catchIt(() => new EventEmitter({ captureRejections: 1 })));
show('ERR_INVALID_ARG_TYPE (instance)', catchIt(() => new EventTarget().dispatchEvent({})));

// ERR_OUT_OF_RANGE and its number formatting.
const ranges = [-1, -1.5, -(2 ** 32), -(2 ** 32) - 1, -(2 ** 40), -(2 ** 53), -Infinity, NaN, -0.0001];
for (const n of ranges) {
  log('setMaxListeners', String(n), '->', catchIt(() => new EventEmitter().setMaxListeners(n)).message);
}
for (const hwm of [0, 1.5, 2 ** 60, -(2 ** 33)]) {
  log('highWaterMark', String(hwm), '->', catchIt(() => EventEmitter.on(new EventEmitter(), 'x', { highWaterMark: hwm })).message);
}
show('ERR_OUT_OF_RANGE', catchIt(() => EventEmitter.setMaxListeners(-(2 ** 40))));

// Others.
show('ERR_MISSING_ARGS', catchIt(() => new Event()));
show('ERR_MISSING_ARGS (2)', catchIt(() => new EventTarget().addEventListener('x')));
show('ERR_INVALID_THIS', catchIt(() => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call(1)));
show('ERR_UNHANDLED_ERROR', catchIt(() => new EventEmitter().emit('error', 'text')));
show('ERR_ILLEGAL_CONSTRUCTOR', catchIt(() => new timersPromises.scheduler.constructor()));
show('ERR_INVALID_THIS (Scheduler)', catchIt(() => timersPromises.scheduler.wait.call({}, 1)));

// Mutations behave like ordinary errors.
const m = catchIt(() => path.join(null));
m.name = 'Renamed';
log('renamed toString', String(m), '| stack unchanged', m.stack.split('\n')[0]);
m.message = 'changed';
log('changed message', String(m));
delete m.code;
log('deleted code', String(m), Object.keys(m));

// AbortError from events.once.
const ac = new AbortController();
ac.abort('reason');
EventEmitter.once(new EventEmitter(), 'x', { signal: ac.signal }).catch((err) => {
  show('AbortError', err);
  log('  cause:', err.cause);
});
