'use strict';
// diagnostics_channel: channels, subscribe/unsubscribe, publish, hasSubscribers,
// errors thrown by subscribers, tracing channels (sync, promise, callback) and
// bounded channels.
const dc = require('diagnostics_channel');
const log = console.log;

log(Object.keys(dc));
const c = dc.channel('x');
log(c, c === dc.channel('x'), c instanceof dc.Channel, c.name, c.hasSubscribers, dc.hasSubscribers('x'));
log(Object.getOwnPropertyNames(dc.Channel.prototype));
const fn = (msg, name) => log('got', msg, name);
log(dc.subscribe('x', fn), c.hasSubscribers, dc.hasSubscribers('x'), dc.hasSubscribers('nope'));
c.publish({ a: 1 });
const second = (msg) => log('second', msg);
c.subscribe(second);
c.publish('both');
log(dc.unsubscribe('x', fn), dc.unsubscribe('x', fn), c.hasSubscribers);
log(c.unsubscribe(second), c.hasSubscribers, c.unsubscribe(second));
c.publish('nobody');
const sym = Symbol('s');
log(dc.channel(sym).name === sym, dc.hasSubscribers(sym));
log(c.runStores({}, (a, b) => a + b, null, 1, 2), c.unbindStore({}));

for (const f of [
  () => dc.channel(1),
  () => dc.channel({}),
  () => c.subscribe(1),
  () => dc.subscribe('y', 'nope'),
  () => dc.tracingChannel(5),
  () => dc.tracingChannel({ start: 1 }),
  () => dc.boundedChannel(5),
  () => dc.boundedChannel({ start: {} }),
]) {
  try {
    log('ok', f());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}

const tc = dc.tracingChannel('t');
log(tc, Object.getOwnPropertyNames(Object.getPrototypeOf(tc)), tc.hasSubscribers);
log(tc.start.name, tc.end.name, tc.asyncStart.name, tc.asyncEnd.name, tc.error.name);
log(tc.traceSync((a) => a * 2, undefined, null, 21), 'without subscribers');
const handlers = {
  start(m) { log('start', m); },
  end(m) { log('end', Object.keys(m), m.result); },
  asyncStart(m) { log('asyncStart', m.result ?? m.error?.message); },
  asyncEnd() { log('asyncEnd'); },
  error(m) { log('error', m.error.message); },
};
tc.subscribe(handlers);
log(tc.hasSubscribers, dc.hasSubscribers('tracing:t:start'));
log(tc.traceSync((a, b) => a + b, { k: 1 }, null, 2, 3));
try {
  tc.traceSync(() => { throw new Error('boom'); }, { k: 2 });
} catch (err) {
  log('caught', err.message);
}
tc.traceCallback((cb) => cb(null, 'r'), 0, { cb: 1 }, null, (err, r) => log('callback', err, r));
tc.traceCallback((x, cb) => cb(new Error('cb failed')), -1, { cb: 2 }, null, 'x', (err) => log('callback err', err.message));

const bc = dc.boundedChannel('bc');
log(bc, Object.getOwnPropertyNames(dc.BoundedChannel.prototype), bc.start.name, bc.end.name, bc.hasSubscribers);
bc.subscribe({ start(m) { log('bstart', m); }, end(m) { log('bend', m); } });
log(bc.run({ z: 1 }, (x) => x * 2, null, 21), bc.hasSubscribers);
log(bc.unsubscribe({ start() {} }));

const thrower = dc.channel('thrower');
thrower.subscribe(() => { throw new Error('subscriber failed'); });
thrower.subscribe(() => log('later subscriber still runs'));
process.once('uncaughtException', (err) => {
  log('uncaught', err.message);
  tc.tracePromise(async (v) => v, { p: 1 }, null, 42).then((v) => {
    log('resolved', v);
    return tc.tracePromise(async () => { throw new Error('rejected'); }, { p: 2 });
  }).catch((err) => {
    log('rejection', err.message);
    log(tc.unsubscribe(handlers), tc.hasSubscribers, tc.unsubscribe(handlers));
  });
});
thrower.publish('data');
log('after publish');
