'use strict';
// AbortController / AbortSignal: abort with and without a reason, events and
// onabort, throwIfAborted, AbortSignal.abort/timeout/any, inspection and bad input.
const log = console.log;

const ac = new AbortController();
const { signal } = ac;
log(ac, signal, signal === ac.signal, signal.aborted, signal.reason);
log(Object.prototype.toString.call(ac), Object.prototype.toString.call(signal));
log(signal instanceof EventTarget, Object.getOwnPropertyNames(AbortSignal.prototype),
    Object.getOwnPropertyNames(AbortSignal), Object.getOwnPropertyNames(AbortController.prototype));

let events = 0;
signal.addEventListener('abort', (ev) => {
  events++;
  log('listener', ev.type, ev.isTrusted, ev.target === signal, signal.aborted);
});
signal.onabort = (ev) => log('onabort', ev.type, typeof signal.onabort);
ac.abort();
ac.abort('second');
log('events', events, signal.aborted, signal.reason instanceof DOMException,
    signal.reason.name, signal.reason.message, signal.reason.code);
try {
  signal.throwIfAborted();
} catch (err) {
  log('thrown is reason', err === signal.reason);
}
log(signal);

const ac2 = new AbortController();
ac2.abort(42);
log(ac2.signal.reason);
try {
  ac2.signal.throwIfAborted();
} catch (err) {
  log('threw', err);
}
const ac3 = new AbortController();
ac3.abort(undefined);
log(ac3.signal.reason.name);
const ac4 = new AbortController();
ac4.abort(null);
log(ac4.signal.reason);
new AbortController().signal.throwIfAborted();
log('not aborted: no throw');

const aborted = AbortSignal.abort();
log(aborted.aborted, aborted.reason.name, aborted.reason.message);
log(AbortSignal.abort('why').reason);

// AbortSignal.any
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => log('any aborted', any.reason));
log(any.aborted);
b.abort('b reason');
a.abort('a reason');
log(any.aborted, any.reason);
log(AbortSignal.any([]).aborted, AbortSignal.any([AbortSignal.abort('pre')]).reason);
const nested = AbortSignal.any([AbortSignal.any([a.signal])]);
log(nested.aborted, nested.reason);
const c = new AbortController();
const outer = AbortSignal.any([AbortSignal.any([c.signal])]);
c.abort('deep');
log(outer.aborted, outer.reason);

// AbortSignal.timeout: the timer does not keep the process alive, but a pending
// callback lets it fire.
const t = AbortSignal.timeout(5);
t.onabort = () => log('timeout', t.reason.name, t.reason.message, t.reason.code);
setTimeout(() => log('after timeout', t.aborted), 50);

// Bad input.
for (const fn of [
  () => new AbortSignal(),
  () => AbortSignal.timeout(-1),
  () => AbortSignal.timeout('1'),
  () => AbortSignal.timeout(2 ** 32),
  () => AbortSignal.timeout(1.5),
  () => AbortSignal.any(1),
  () => AbortSignal.any({}),
  () => AbortSignal.any([1]),
  () => AbortSignal.any([a.signal, {}]),
  () => Reflect.get(AbortSignal.prototype, 'aborted', {}),
  () => Reflect.get(AbortSignal.prototype, 'reason', {}),
  () => AbortSignal.prototype.throwIfAborted.call({}),
]) {
  try {
    fn();
    log('no error');
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
log(require('util').inspect(new AbortController(), { depth: 0 }));
log(require('util').inspect({ s: AbortSignal.abort() }, { depth: 0 }));
