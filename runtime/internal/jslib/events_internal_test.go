package jslib

// The want strings were recorded from Node.js v26.10.0: each src run as a script
// `const log = console.log;\n<src>` with `node --expose-internals`. Re-record them the
// same way rather than editing them by hand.

import "testing"

func TestEventsInternals(t *testing.T) {
	runCases(t, []jsCase{
		{name: "NodeEventTarget",
			src: `(function () {
      const { NodeEventTarget } = require('internal/event_target');
      const t = new NodeEventTarget();
      function a(v) { log('a got', v, this === t); }
      t.on('x', a);
      t.once('x', (v) => log('once got', v));
      t.addListener('y', () => log('y'));
      log(t.listenerCount('x'), t.listenerCount('y'), t.listenerCount('z'), JSON.stringify(t.eventNames()));
      log(t.emit('x', 1), t.emit('x', 2), t.emit('nope'));
      t.off('x', a);
      log(t.emit('x', 3), t.listenerCount('x'));
      log(t.getMaxListeners());
      t.setMaxListeners(1);
      log(t.getMaxListeners());
      t.removeAllListeners('y');
      log(t.listenerCount('y'));
      t.on('z', () => {});
      t.removeAllListeners();
      log(JSON.stringify(t.eventNames()));
      try { t.emit(1); } catch (e) { log(e.code, e.message); }
      try { NodeEventTarget.prototype.on.call(new EventTarget(), 'x', () => {}); } catch (e) { log(e.code, e.message); }
    })();`,
			want: `2 1 0 ["x","y"]
a got 1 true
once got 1
a got 2 true
true true false
false 0
10
1
0
[]
ERR_INVALID_ARG_TYPE The "type" argument must be of type string. Received type number (1)
ERR_INVALID_THIS Value of "this" must be of type NodeEventTarget`},
		{name: "event internals",
			src: `(function () {
      const { Event, CustomEvent, EventTarget, kTrustEvent, kEvents, isEventTarget, kWeakHandler, defineEventHandler } = require('internal/event_target');
      log(new Event('x', { [kTrustEvent]: true }).isTrusted, new Event('x').isTrusted);
      const t = new EventTarget();
      log(isEventTarget(t), !!isEventTarget({}), t[kEvents] === undefined);
      t.addEventListener('a', () => {});
      log(t[kEvents].get('a').size);
      const e = new CustomEvent('c', { detail: 0 });
      log(e.detail);
      const e2 = new Event('init');
      e2.initEvent('changed', true, true);
      log(e2.type, e2.bubbles, e2.cancelable);
      try { e2.initEvent(); } catch (err) { log(err.code); }
      const h = new EventTarget();
      defineEventHandler(h, 'ping');
      log(h.onping);
      h.onping = (ev) => log('onping', ev.type);
      h.addEventListener('ping', () => log('listener after handler'));
      h.dispatchEvent(new Event('ping'));
      h.onping = null;
      h.dispatchEvent(new Event('ping'));
      log(h.onping);
      h.onping = 5;
      log(h.onping);
    })();`,
			want: `true false
true false true
1
0
changed true true
ERR_MISSING_ARGS
null
onping ping
listener after handler
listener after handler
null
null`},
		{name: "emitter internals",
			src: `(function () {
      const EventEmitter = require('events');
      const { kEnhanceStackBeforeInspector } = require('internal/errors');
      const e = new EventEmitter();
      try { e.emit('error', new Error('x')); } catch (err) { log(typeof err[kEnhanceStackBeforeInspector]); }
      const e2 = new EventEmitter();
      e2._events = undefined;
      e2.on('x', () => log('after _events reset'));
      e2.emit('x');
      // init keeps shape-mode when _events was preset by a subclass prototype
      class Pre extends EventEmitter {}
      Pre.prototype._events = { __proto__: null };
      const p = new Pre();
      p.on('q', () => log('pre q'));
      p.emit('q');
      p.removeAllListeners('q');
      log(JSON.stringify(p.eventNames()));
      log(EventEmitter.init === EventEmitter.prototype.constructor.init);
      log(EventEmitter.captureRejections);
      EventEmitter.captureRejections = true;
      log(new EventEmitter()[EventEmitter.captureRejectionSymbol], EventEmitter.captureRejections);
      EventEmitter.captureRejections = false;
      const thenable = new EventEmitter({ captureRejections: true });
      thenable.on('x', () => ({ then(ok, fail) { fail(new Error('thenable failed')); } }));
      thenable.on('error', (err) => log('captured', err.message));
      thenable.emit('x');
      log('sync end');
    })();`,
			want: `function
after _events reset
pre q
[]
true
false
undefined true
sync end
captured thenable failed`},
		{name: "inspect",
			src: `(function () {
  const util = require('util');
  const { NodeEventTarget } = require('internal/event_target');
  const ts = (s) => s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: N');
  // The full form breaks lines depending on the length of timeStamp: only check the shape.
  log(ts(util.inspect(new Event('x'), { breakLength: Infinity })));
  log(ts(util.inspect(new CustomEvent('c', { detail: { a: 1 } }), { breakLength: Infinity })));
  log(util.inspect(new EventTarget()), util.inspect(new NodeEventTarget()));
  log(util.inspect({ e: new Event('nested') }, { depth: 0 }));
  log(util.inspect(new Event('x'), { depth: -1 }));
  class MyEvent extends Event {}
  log(ts(util.inspect(new MyEvent('m'), { breakLength: Infinity })));
  try { Event.prototype[Symbol.for('nodejs.util.inspect.custom')].call({}); } catch (e) { log(e.code); }
})();`,
			want: `Event { type: 'x', defaultPrevented: false, cancelable: false, timeStamp: N }
CustomEvent { type: 'c', defaultPrevented: false, cancelable: false, timeStamp: N }
EventTarget {} NodeEventTarget {}
{ e: Event }
Event
MyEvent { type: 'm', defaultPrevented: false, cancelable: false, timeStamp: N }
ERR_INVALID_THIS`},
	})
}
