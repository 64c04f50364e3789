'use strict';
// Event, CustomEvent and EventTarget (globals).
const log = (...args) => console.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
const describe = (err) => `${err.name} | ${err.code} | ${err.message}`;
function tryIt(label, fn) {
  try {
    log(label, 'returned', fn());
  } catch (err) {
    log(label, 'threw', describe(err));
  }
}

// Event basics.
const ev = new Event('foo');
log('type', ev.type, 'bubbles', ev.bubbles, 'cancelable', ev.cancelable, 'composed', ev.composed);
log('defaultPrevented', ev.defaultPrevented, 'isTrusted', ev.isTrusted, 'target', ev.target, 'currentTarget', ev.currentTarget);
log('eventPhase', ev.eventPhase, 'returnValue', ev.returnValue, 'cancelBubble', ev.cancelBubble);
log('timeStamp type', typeof ev.timeStamp, ev.timeStamp >= 0);
log('constants', Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
log('toStringTag', Object.prototype.toString.call(ev), Object.prototype.toString.call(new EventTarget()));
log('own keys', Object.keys(ev), 'proto keys', Object.keys(Event.prototype).sort());
log('composedPath outside dispatch', ev.composedPath());
ev.preventDefault();
log('preventDefault on non-cancelable', ev.defaultPrevented);
const cev = new Event('bar', { cancelable: true, bubbles: true, composed: true });
cev.preventDefault();
log('cancelable prevented', cev.defaultPrevented, cev.returnValue, cev.bubbles, cev.composed);
const rv = new Event('rv', { cancelable: true });
rv.returnValue = false;
log('returnValue=false prevents', rv.defaultPrevented);
const cb = new Event('cb');
cb.cancelBubble = true;
log('cancelBubble set', cb.cancelBubble);
const stringType = new Event(123);
log('type coerced', stringType.type, typeof stringType.type);
tryIt('new Event()', () => new Event());
tryIt('new Event with bad options', () => new Event('x', 1));
tryIt('new Event symbol type', () => new Event(Symbol('s')));
tryIt('type getter on wrong this', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));

// CustomEvent.
const ce = new CustomEvent('c', { detail: { x: 1 } });
log('CustomEvent', ce.type, ce.detail, ce instanceof Event, Object.prototype.toString.call(ce));
log('CustomEvent default detail', new CustomEvent('d').detail);
tryIt('new CustomEvent()', () => new CustomEvent());

// Listener ordering, dedupe, handleEvent objects, this.
const et = new EventTarget();
function f1(e) { log('f1', e.type, this === et, e.target === et, e.currentTarget === et, e.eventPhase); }
et.addEventListener('a', f1);
et.addEventListener('a', f1);
et.addEventListener('a', f1, { capture: true });
const obj = { handleEvent(e) { log('handleEvent', e.type, this === obj); } };
et.addEventListener('a', obj);
log('dispatch returns', et.dispatchEvent(new Event('a')));
et.removeEventListener('a', f1);
et.dispatchEvent(new Event('a'));
et.removeEventListener('a', f1, true);
et.removeEventListener('a', obj);
log('after removals', et.dispatchEvent(new Event('a')));

// once, passive, signal.
et.addEventListener('o', () => log('once listener'), { once: true });
et.dispatchEvent(new Event('o'));
et.dispatchEvent(new Event('o'));
et.addEventListener('p', (e) => { e.preventDefault(); log('passive prevented?', e.defaultPrevented); }, { passive: true });
log('passive dispatch result', et.dispatchEvent(new Event('p', { cancelable: true })));
et.addEventListener('np', (e) => { e.preventDefault(); });
log('non-passive dispatch result', et.dispatchEvent(new Event('np', { cancelable: true })));
const ac = new AbortController();
et.addEventListener('s', () => log('signal listener'), { signal: ac.signal });
et.dispatchEvent(new Event('s'));
ac.abort();
et.dispatchEvent(new Event('s'));
et.addEventListener('s2', () => log('never added'), { signal: ac.signal });
et.dispatchEvent(new Event('s2'));

// stopImmediatePropagation / stopPropagation.
et.addEventListener('st', (e) => { log('st1'); e.stopImmediatePropagation(); });
et.addEventListener('st', () => log('st2 should not run'));
et.dispatchEvent(new Event('st'));
et.addEventListener('sp', (e) => { log('sp1'); e.stopPropagation(); log('cancelBubble now', e.cancelBubble); });
et.addEventListener('sp', () => log('sp2 runs'));
et.dispatchEvent(new Event('sp'));

// Removal and addition during dispatch.
function r2() { log('r2 should not run'); }
et.addEventListener('r', () => { log('r1'); et.removeEventListener('r', r2); et.addEventListener('r', () => log('r3 added during dispatch')); });
et.addEventListener('r', r2);
et.dispatchEvent(new Event('r'));

// Event state during and after dispatch.
let seen;
et.addEventListener('state', (e) => { seen = e; log('during', e.eventPhase, e.composedPath().length === 1); });
const stateEv = new Event('state');
et.dispatchEvent(stateEv);
log('after', seen === stateEv, stateEv.eventPhase, stateEv.currentTarget, stateEv.target === et);
tryIt('re-dispatch from listener', () => {
  const t = new EventTarget();
  const e = new Event('rec');
  t.addEventListener('rec', () => t.dispatchEvent(e));
  t.dispatchEvent(e);
  return 'no error';
});

// Argument validation.
tryIt('dispatchEvent string', () => et.dispatchEvent('a'));
tryIt('dispatchEvent nothing', () => et.dispatchEvent());
tryIt('addEventListener one arg', () => et.addEventListener('a'));
tryIt('addEventListener bad listener', () => et.addEventListener('a', 1));
tryIt('addEventListener bad options', () => et.addEventListener('a', () => {}, 1));
tryIt('addEventListener bad signal', () => et.addEventListener('a', () => {}, { signal: 1 }));
tryIt('removeEventListener one arg', () => et.removeEventListener('a'));
tryIt('dispatchEvent wrong this', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));

// Null listener only warns.
process.on('warning', (w) => log('warning', w.name, w.message));
et.addEventListener('nullish', null);

// Errors thrown by listeners are reported as uncaught exceptions, dispatch goes on.
process.on('uncaughtException', (err, origin) => log('uncaught', err.message, origin));
et.addEventListener('err', () => { throw new Error('listener failed'); });
et.addEventListener('err', () => log('next listener still runs'));
log('dispatch with throwing listener', et.dispatchEvent(new Event('err')));
et.addEventListener('err2', { handleEvent() { throw new Error('handleEvent failed'); } });
et.dispatchEvent(new Event('err2'));
et.addEventListener('err3', async () => { throw new Error('async listener failed'); });
et.dispatchEvent(new Event('err3'));
log('sync end');

// Subclassing EventTarget.
class Emitter extends EventTarget {
  fire() { return this.dispatchEvent(new CustomEvent('fire', { detail: 42 })); }
}
const sub = new Emitter();
sub.addEventListener('fire', (e) => log('subclass got', e.detail, e.target === sub));
sub.fire();
