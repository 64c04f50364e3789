package jslib

// The want strings were recorded from Node.js v26.10.0: each src run as a script
// `const log = console.log;\n<src>` with `node --expose-internals`. Re-record them the
// same way rather than editing them by hand.

import "testing"

func TestTimersPromises(t *testing.T) {
	runCases(t, []jsCase{
		{name: "timeout and immediate",
			src: `(async function () {
      const tp = require('timers/promises');
      const order = [];
      const p = Promise.all([
        tp.setTimeout(20, 'b').then((v) => order.push(v)),
        tp.setTimeout(10, 'a').then((v) => order.push(v)),
        tp.setImmediate('i').then((v) => order.push(v)),
      ]);
      process.nextTick(() => order.push('tick'));
      await p;
      log(order.join(','));
      log(await tp.scheduler.wait(1), await tp.scheduler.yield());
    })();`,
			want: `tick,i,a,b
undefined undefined`},
		{name: "abort",
			src: `(async function () {
      const tp = require('timers/promises');
      const ac = new AbortController();
      const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
      ac.abort('r');
      try { await p; } catch (e) { log(e.name, e.code, e.message, e.cause); }
      const it = tp.setInterval(1000, 'x', { signal: ac.signal });
      try { await it.next(); } catch (e) { log('interval', e.name, e.cause); }
    })();`,
			want: `AbortError ABORT_ERR The operation was aborted r
interval AbortError r`},
		{name: "interval",
			src: `(async function () {
      const tp = require('timers/promises');
      const it = tp.setInterval(5, 'v');
      const out = [];
      for (let i = 0; i < 3; i++) out.push(JSON.stringify(await it.next()));
      out.push(JSON.stringify(await it.return(9)));
      out.push(JSON.stringify(await it.next()));
      log(out.join(' '));
    })();`,
			want: `{"value":"v","done":false} {"value":"v","done":false} {"value":"v","done":false} {"value":9,"done":true} {"done":true}`},
	})
}
