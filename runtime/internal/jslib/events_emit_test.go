package jslib

// The want strings were recorded from Node.js v26.10.0: each src run as a script
// `const log = console.log;\n<src>` with `node --expose-internals`. Re-record them the
// same way rather than editing them by hand.

import "testing"

func TestEmitEdgeCases(t *testing.T) {
	runCases(t, []jsCase{
		{name: "exceptions and reentrancy",
			src: `(function () {
      const EventEmitter = require('events');
      const e = new EventEmitter();
      const boom = new Error('boom');
      e.on('x', () => { throw boom; });
      e.on('x', () => log('not reached'));
      try { e.emit('x'); } catch (err) { log('same error', err === boom); }
      e.on('thrown-value', () => { throw 42; });
      try { e.emit('thrown-value'); } catch (err) { log('thrown value', err); }
      let depth = 0;
      e.on('r', function (n) { depth++; if (n > 0) this.emit('r', n - 1); });
      e.emit('r', 5);
      log('depth', depth);
      try {
        e.emit('x');
      } catch (err) {
        log('caught again');
      } finally {
        log('finally ran');
      }
      log(typeof e.emit, e.emit.name, e.emit.length, EventEmitter.prototype.emit === e.emit);
    })();`,
			want: `same error true
thrown value 42
depth 6
caught again
finally ran
function emit 1 true`},
		{name: "args and this",
			src: `(function () {
      const EventEmitter = require('events');
      const e = new EventEmitter();
      e.on('a', function (...args) { log('count', args.length, JSON.stringify(args), this === e); });
      e.emit('a');
      e.emit('a', undefined);
      e.emit('a', 1, 2, 3, 4, 5, 6, 7);
      e.on(1, () => log('numeric type'));
      log(e.emit(1), e.emit('1'));
      const key = { toString() { return 'obj'; } };
      e.on('obj', () => log('object key'));
      log(e.emit(key));
      log(EventEmitter.prototype.emit.call({}, 'x'));
      log(EventEmitter.prototype.emit.call({ _events: { __proto__: null, x: () => log('duck') } }, 'x'));
      try { EventEmitter.prototype.emit.call(null, 'x'); } catch (err) { log(err.name); }
      try { e.emit(); } catch (err) { log('no type', err.name); }
      log('no type with undefined listener', (e.on('undefined', () => log('undefined event')), e.emit()));
      const s = Symbol('s');
      e.on(s, (v) => log('symbol', v));
      log(e.emit(s, 'v'));
    })();`,
			want: `count 0 [] true
count 1 [null] true
count 7 [1,2,3,4,5,6,7] true
numeric type
numeric type
true true
object key
true
false
duck
true
TypeError
undefined event
no type with undefined listener true
symbol v
true`},
		{name: "array listeners",
			src: `(function () {
      const EventEmitter = require('events');
      const e = new EventEmitter();
      function a() { log('a'); e.removeListener('x', b); e.on('x', c); }
      function b() { log('b'); }
      function c() { log('c'); }
      e.on('x', a).on('x', b);
      e.emit('x');
      log(e.listenerCount('x'));
      e.emit('x');
      e.removeAllListeners('x');
      e.on('y', () => { log('y1'); e.removeAllListeners('y'); });
      e.on('y', () => log('y2'));
      e.emit('y');
      log(e.emit('y'));
      e.on('z', class K {});
      e.on('z', () => {});
      try { e.emit('z'); } catch (err) { log(err.name); }
      log(e.rawListeners('z').length);
    })();`,
			want: `a
b
2
a
c
y1
y2
false
TypeError
2`},
		{name: "promises from listeners",
			src: `(async function () {
      const EventEmitter = require('events');
      const e = new EventEmitter({ captureRejections: true });
      e.on('error', (err) => log('error event', err.message));
      e.on('a', async (x) => { throw new Error('one ' + x); });
      e.on('a', async () => { throw new Error('two'); });
      e.emit('a', 1);
      const f = new EventEmitter({ captureRejections: true });
      f.on('b', () => Promise.resolve(1));
      f.on('b', () => 'not a promise');
      f.emit('b');
      await new Promise((r) => setTimeout(r, 5));
      log('end');
    })();`,
			want: `error event one 1
error event two
end`},
	})
}
