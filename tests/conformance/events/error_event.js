'use strict';
// The 'error' event rule, errorMonitor, listener validation, max-listener warnings
// and captureRejections.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

const log = (...args) => console.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));

function tryIt(label, fn) {
  try {
    const r = fn();
    log(label, 'returned', r);
  } catch (err) {
    log(label, 'threw', err instanceof Error ? `${err.name} | ${err.code} | ${err.message}` : `non-error ${typeof err}`);
    return err;
  }
}

const e = new EventEmitter();
const boom = new Error('boom');
const thrown = tryIt('error with Error', () => e.emit('error', boom));
log('same object thrown', thrown === boom);
tryIt('error with string', () => e.emit('error', 'bad thing'));
tryIt('error with number', () => e.emit('error', 42));
tryIt('error with object', () => e.emit('error', { a: 1 }));
tryIt('error with nothing', () => e.emit('error'));
const ctx = tryIt('error with null', () => e.emit('error', null));
log('context kept', ctx.context === null, 'context own', Object.prototype.hasOwnProperty.call(ctx, 'context'));
const ctx2 = tryIt('error with undefined', () => e.emit('error', undefined));
log('ctx2 keys', Object.keys(ctx2));

// Subclass of Error is thrown as-is too.
class MyErr extends Error {}
const my = new MyErr('mine');
log('subclass thrown as is', tryIt('error with subclass', () => e.emit('error', my)) === my);

// errorMonitor sees the error first, even when it ends up thrown.
e.on(errorMonitor, (err) => log('monitor saw', err.message));
tryIt('monitored', () => e.emit('error', new Error('watched')));
e.on('error', (err) => log('handled', err.message));
tryIt('handled', () => e.emit('error', new Error('caught')));
log('errorMonitor counted', e.listenerCount(errorMonitor), e.listenerCount('error'));

// Listener validation.
tryIt('on with number', () => e.on('x', 1));
tryIt('once with string', () => e.once('x', 'nope'));
tryIt('prepend with null', () => e.prependListener('x', null));
tryIt('removeListener with object', () => e.removeListener('x', {}));
tryIt('setMaxListeners -1', () => e.setMaxListeners(-1));
tryIt('setMaxListeners string', () => e.setMaxListeners('3'));
tryIt('setMaxListeners NaN', () => e.setMaxListeners(NaN));
tryIt('static setMaxListeners -1', () => EventEmitter.setMaxListeners(-1));
tryIt('defaultMaxListeners = -1', () => { EventEmitter.defaultMaxListeners = -1; });
tryIt('captureRejections = 1', () => { EventEmitter.captureRejections = 1; });
tryIt('new with bad captureRejections', () => new EventEmitter({ captureRejections: 'yes' }));
tryIt('static setMaxListeners on non-emitter', () => EventEmitter.setMaxListeners(5, {}));

// Warnings: once per event name and emitter.
process.on('warning', (w) => {
  log('warning', w.name, w.message, w.type, w.count, w.emitter === warnEmitter);
});
const warnEmitter = new EventEmitter();
warnEmitter.setMaxListeners(2);
for (let i = 0; i < 4; i++) warnEmitter.on('leak', () => {});
for (let i = 0; i < 3; i++) warnEmitter.on(Symbol('sym'), () => {});
for (let i = 0; i < 3; i++) warnEmitter.on('other', () => {});

// Default max listeners changes apply to emitters without their own limit.
EventEmitter.defaultMaxListeners = 1;
const def = new EventEmitter();
def.on('d', () => {});
def.on('d', () => {});
EventEmitter.defaultMaxListeners = 10;

// captureRejections routes async listener failures to 'error' or Symbol.for('nodejs.rejection').
const cr = new EventEmitter({ captureRejections: true });
cr.on('go', async () => { throw new Error('async failure'); });
cr.on('error', (err) => log('captured to error', err.message));
cr.emit('go');
const cr2 = new EventEmitter({ captureRejections: true });
cr2[Symbol.for('nodejs.rejection')] = (err, type, ...args) => log('rejection hook', err.message, type, args);
cr2.on('go', async (x) => { throw new Error('hooked'); });
cr2.emit('go', 1, 2);
log('sync part done');
