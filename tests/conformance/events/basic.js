'use strict';
// EventEmitter basics: registration, emission order, once, prepend, removal,
// listener introspection and the newListener/removeListener meta events.
const EventEmitter = require('events');

const log = (...args) => console.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));

log('module is EventEmitter', require('events') === EventEmitter);
log('EventEmitter.EventEmitter', EventEmitter.EventEmitter === EventEmitter);
log('usingDomains', EventEmitter.usingDomains);
log('defaultMaxListeners', EventEmitter.defaultMaxListeners);
log('static keys', Object.keys(EventEmitter).sort());
log('errorMonitor', typeof EventEmitter.errorMonitor, String(EventEmitter.errorMonitor));
log('captureRejectionSymbol', String(EventEmitter.captureRejectionSymbol),
    EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
log('proto methods', Object.keys(EventEmitter.prototype).sort());

const e = new EventEmitter();
log('fresh', e.eventNames(), e.listenerCount('x'), e.getMaxListeners());
log('own keys', Object.keys(e).sort());

// Order, args and `this`.
e.on('ev', function(a, b) { log('first', a, b, this === e); });
e.on('ev', (a, b) => log('second', a, b));
e.prependListener('ev', () => log('prepended'));
log('emit returns', e.emit('ev', 1, 'two'));
log('emit without listeners returns', e.emit('nothing'));

// once and prependOnceListener.
e.once('o', (v) => log('once got', v));
e.prependOnceListener('o', (v) => log('prependOnce got', v));
log('o count', e.listenerCount('o'));
e.emit('o', 1);
e.emit('o', 2);
log('o count after', e.listenerCount('o'));

// listeners vs rawListeners for once wrappers.
function onceFn() { log('onceFn called'); }
e.once('w', onceFn);
const raw = e.rawListeners('w');
log('listeners unwraps', e.listeners('w')[0] === onceFn, 'raw is wrapper', raw[0] !== onceFn, raw[0].listener === onceFn);
raw[0]();
log('after raw call', e.listenerCount('w'));
raw[0]();

// Removing.
function a() { log('a'); }
function b() { log('b'); }
e.on('r', a).on('r', b).on('r', a);
log('r count', e.listenerCount('r'), e.listenerCount('r', a), e.listenerCount('r', b));
e.removeListener('r', a);
e.emit('r');
e.off('r', a);
e.off('r', function notThere() {});
e.emit('r');
e.removeAllListeners('r');
log('r names', e.eventNames());

// once listeners can be removed by their original function.
e.once('ro', a);
e.removeListener('ro', a);
log('ro removed', e.listenerCount('ro'));

// Removing during emit does not affect the current emission.
const d = new EventEmitter();
function d1() { log('d1'); d.removeListener('x', d2); }
function d2() { log('d2'); }
d.on('x', d1);
d.on('x', d2);
d.emit('x');
d.emit('x');
// Adding during emit does not affect the current emission either.
d.on('y', () => { log('y1'); d.on('y', () => log('y-added')); });
d.emit('y');
d.emit('y');

// Symbols as event names.
const sym = Symbol('s');
d.on(sym, () => log('symbol event'));
d.emit(sym);
log('names with symbol', d.eventNames().map(String));

// newListener and removeListener meta events.
const m = new EventEmitter();
m.on('newListener', (name, fn) => log('newListener', String(name), typeof fn, m.listenerCount(name)));
m.on('removeListener', (name, fn) => log('removeListener', String(name), fn.name));
function hello() {}
m.on('hello', hello);
m.once('hello', hello);
m.removeListener('hello', hello);
m.removeAllListeners('hello');
m.removeAllListeners();
log('meta names after removeAll', m.eventNames());

// Subclassing and init.
class My extends EventEmitter {
  constructor() {
    super();
    this.tag = 'my';
  }
}
const my = new My();
my.on('z', function() { log('subclass this', this.tag); });
my.emit('z');
log('instanceof', my instanceof EventEmitter);

// Plain-function style inheritance with EventEmitter.call.
function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const old = new Old();
old.on('q', (v) => log('old style', v));
old.emit('q', 7);

// The listener arrays returned are copies.
const c = new EventEmitter();
c.on('k', a);
const copy = c.listeners('k');
copy.push(b);
log('copy independent', c.listenerCount('k'));

// Max listeners.
log('setMaxListeners returns this', c.setMaxListeners(3) === c, c.getMaxListeners());
c.setMaxListeners(0);
log('zero', c.getMaxListeners());
