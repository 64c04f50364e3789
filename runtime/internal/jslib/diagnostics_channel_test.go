package jslib

import "testing"

// The expected outputs were recorded by running each case under Node v26.10.0.

// TestDiagnosticsChannel covers diagnostics_channel.
func TestDiagnosticsChannel(t *testing.T) {
	const prelude = "const dc = require('diagnostics_channel');\n"
	runCases(t, []jsCase{
		{"channels", prelude + `const c = dc.channel('x');
log(c === dc.channel('x'), c instanceof dc.Channel, c.hasSubscribers);
const fn = (msg, name) => log('got', JSON.stringify(msg), name);
dc.subscribe('x', fn);
log(c.hasSubscribers, dc.hasSubscribers('x'));
c.publish({ a: 1 });
log(dc.unsubscribe('x', fn), dc.unsubscribe('x', fn), c.hasSubscribers);
for (const f of [() => dc.channel(1), () => c.subscribe(1), () => dc.tracingChannel(5)]) {
  try {
    f();
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}`, "true true false\ntrue true\ngot {\"a\":1} x\ntrue false false\nTypeError ERR_INVALID_ARG_TYPE The \"channel\" argument must be one of type string or symbol. Received type number (1)\nTypeError ERR_INVALID_ARG_TYPE The \"subscription\" argument must be of type function. Received type number (1)\nTypeError ERR_INVALID_ARG_TYPE The \"nameOrChannels\" argument must be of type string or an instance of TracingChannel or Object. Received type number (5)"},
		{"tracing", prelude + `const tc = dc.tracingChannel('t');
tc.subscribe({
  start(m) { log('start', JSON.stringify(m)); },
  end(m) { log('end', JSON.stringify(Object.keys(m))); },
  asyncStart(m) { log('asyncStart', m.result); },
  asyncEnd() { log('asyncEnd'); },
  error(m) { log('error', m.error.message); },
});
log(tc.traceSync((a, b) => a + b, { k: 1 }, null, 2, 3));
try {
  tc.traceSync(() => { throw new Error('boom'); }, {});
} catch (err) {
  log('caught', err.message);
}
tc.traceCallback((cb) => cb(null, 'r'), 0, { cb: 1 }, null, (err, r) => log('cb', err, r));
tc.tracePromise(async () => 42, { p: 1 }).then((v) => log('resolved', v));
const bc = dc.boundedChannel('b');
bc.subscribe({ start() { log('bstart'); }, end() { log('bend'); } });
log(bc.run({}, () => 'ran'));`, "start {\"k\":1}\nend [\"k\",\"result\"]\n5\nstart {}\nerror boom\nend [\"error\"]\ncaught boom\nstart {\"cb\":1}\nasyncStart r\ncb null r\nasyncEnd\nend [\"cb\",\"result\"]\nstart {\"p\":1}\nend [\"p\"]\nbstart\nbend\nran\nasyncStart 42\nasyncEnd\nresolved 42"},
		{"subscriber errors", prelude + `const c = dc.channel('e');
c.subscribe(() => { throw new Error('sub failed'); });
c.subscribe(() => log('second still runs'));
process.on('uncaughtException', (err) => log('uncaught', err.message));
c.publish(1);
log('after publish');`, "second still runs\nafter publish\nuncaught sub failed"},
	})
}
