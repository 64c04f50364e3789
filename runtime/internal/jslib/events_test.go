package jslib

// The want strings were recorded from Node.js v26.10.0: each src run as a script
// `const log = console.log;\n<src>` with `node --expose-internals`. Re-record them the
// same way rather than editing them by hand.

import "testing"

func TestEvents(t *testing.T) {
	runCases(t, []jsCase{
		{name: "emit and listeners",
			src: "(function () {\n      const EventEmitter = require('events');\n      const e = new EventEmitter();\n      const calls = [];\n      e.on('newListener', (n) => calls.push('new:' + String(n)));\n      e.on('a', (x, y, z, w) => calls.push(`a1:${x}${y}${z}${w}`));\n      e.prependListener('a', () => calls.push('a0'));\n      e.emit('a', 1, 2, 3, 4);\n      e.emit('a');\n      log(calls.join(' '));\n      function l() {}\n      e.on('b', l).on('b', l);\n      log(e.listenerCount('b', l), e.listenerCount('b', () => {}), e.listenerCount('b'));\n      log(e.rawListeners('b').length, e.listeners('nope').length);\n      log(e.eventNames().map(String).join(','));\n      log(typeof e.on, e.on === e.addListener, e.off === e.removeListener);\n    })();",
			want: `new:a new:a a0 a1:1234 a0 a1:undefinedundefinedundefinedundefined
2 0 2
2 0
newListener,a,b
function true true`},
		{name: "error monitor only",
			src: `(function () {
      const EventEmitter = require('events');
      const e = new EventEmitter();
      e.on(EventEmitter.errorMonitor, (err) => log('monitor', err.message));
      e.on('error', (err) => log('error', err.message));
      log(e.emit('error', new Error('x')));
      const f = new EventEmitter();
      try { f.emit('error', 'str'); } catch (err) { log(err.message, err.context); }
    })();`,
			want: `monitor x
error x
true
Unhandled error. ('str') str`},
		{name: "once helpers",
			src: `(async function () {
      const { once, on, EventEmitter } = require('events');
      const e = new EventEmitter();
      setTimeout(() => e.emit('go', 'a', 'b'), 1);
      log(JSON.stringify(await once(e, 'go')));
      const it = on(e, 'n');
      e.emit('n', 1);
      e.emit('n', 2);
      log(JSON.stringify(await it.next()), JSON.stringify(await it.next()));
      await it.return();
      log(e.listenerCount('n'));
    })();`,
			want: `["a","b"]
{"done":false,"value":[1]} {"done":false,"value":[2]}
0`},
		{name: "event target basics",
			src: `(function () {
      const t = new EventTarget();
      const seen = [];
      t.addEventListener('x', (e) => seen.push('fn:' + e.type));
      t.addEventListener('x', { handleEvent: (e) => seen.push('obj:' + e.type) }, { once: true });
      t.dispatchEvent(new Event('x'));
      t.dispatchEvent(new Event('x'));
      log(seen.join(' '));
      const ev = new Event('y', { cancelable: true });
      t.addEventListener('y', (e) => e.preventDefault());
      log(t.dispatchEvent(ev), ev.defaultPrevented);
      log(new CustomEvent('z', { detail: [1] }).detail[0]);
    })();`,
			want: `fn:x obj:x fn:x
false true
1`},
	})
}
