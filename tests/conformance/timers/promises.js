'use strict';
// timers/promises: setTimeout, setImmediate, scheduler, validation and abort.
const tp = require('timers/promises');
const nodeTimersPromises = require('node:timers/promises');

const log = (...args) => console.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
const describe = (err) => `${err.name} | ${err.code} | ${err.message}`;

async function main() {
  log('same module', tp === nodeTimersPromises, Object.keys(tp).sort());
  log('scheduler', typeof tp.scheduler.wait, typeof tp.scheduler.yield, Object.keys(tp.scheduler));

  // Values and ordering.
  log('setTimeout value', await tp.setTimeout(5, 'five'));
  log('setTimeout default value', await tp.setTimeout(1));
  log('setTimeout no delay', await tp.setTimeout(undefined, 'x'));
  log('setImmediate value', await tp.setImmediate('imm'));
  log('setImmediate default', await tp.setImmediate());
  const order = [];
  await Promise.all([
    tp.setTimeout(30, 'c').then((v) => order.push(v)),
    tp.setTimeout(10, 'a').then((v) => order.push(v)),
    tp.setTimeout(20, 'b').then((v) => order.push(v)),
    tp.setImmediate('i').then((v) => order.push(v)),
  ]);
  log('order', order);
  const obj = { k: 1 };
  log('value identity', (await tp.setTimeout(1, obj)) === obj);
  log('ref false still resolves when loop is alive', await Promise.race([
    tp.setTimeout(1, 'unref', { ref: false }),
    tp.setTimeout(50, 'ref'),
  ]));

  // scheduler.
  log('scheduler.wait', await tp.scheduler.wait(5));
  log('scheduler.yield', await tp.scheduler.yield());

  // Validation errors are rejections, not throws.
  const bad = [
    ['delay string', () => tp.setTimeout('10')],
    ['delay null', () => tp.setTimeout(null)],
    ['options null', () => tp.setTimeout(1, 'v', null)],
    ['options number', () => tp.setTimeout(1, 'v', 1)],
    ['signal bad', () => tp.setTimeout(1, 'v', { signal: {} })],
    ['ref bad', () => tp.setTimeout(1, 'v', { ref: 'yes' })],
    ['immediate options', () => tp.setImmediate('v', 'x')],
    ['immediate signal', () => tp.setImmediate('v', { signal: 1 })],
    ['immediate ref', () => tp.setImmediate('v', { ref: 1 })],
    ['wait delay', () => tp.scheduler.wait('x')],
  ];
  for (const [label, fn] of bad) {
    let p;
    try {
      p = fn();
    } catch (err) {
      log(label, 'threw synchronously', describe(err));
      continue;
    }
    log(label, 'is promise', p instanceof Promise);
    await p.then(() => log(label, 'resolved'), (err) => log(label, 'rejected', describe(err)));
  }

  // Abort.
  const ac = new AbortController();
  const p1 = tp.setTimeout(1000, 'late', { signal: ac.signal });
  const p2 = tp.setImmediate('late', { signal: ac.signal });
  ac.abort('stop now');
  for (const p of [p1, p2]) {
    await p.then((v) => log('resolved', v), (err) => log('aborted', describe(err), err.cause));
  }
  const pre = new AbortController();
  pre.abort({ why: 'pre' });
  await tp.setTimeout(1, 'x', { signal: pre.signal }).catch((err) => log('pre-aborted timeout', describe(err), err.cause));
  await tp.setImmediate('x', { signal: pre.signal }).catch((err) => log('pre-aborted immediate', describe(err), err.cause));
  await tp.scheduler.wait(1, { signal: pre.signal }).catch((err) => log('pre-aborted wait', describe(err), err.cause));
  // Aborting after the timer fired changes nothing.
  const after = new AbortController();
  log('resolved before abort', await tp.setTimeout(1, 'ok', { signal: after.signal }));
  after.abort();
  // Default abort reason.
  const def = new AbortController();
  const pd = tp.setTimeout(1000, 'x', { signal: def.signal });
  def.abort();
  await pd.catch((err) => log('default reason', describe(err), err.cause instanceof Error, err.cause.name));

  // Scheduler misuse.
  try {
    new tp.scheduler.constructor();
  } catch (err) {
    log('new Scheduler', describe(err));
  }
  try {
    tp.scheduler.yield.call({});
  } catch (err) {
    log('yield wrong this', describe(err));
  }
}

main().then(() => log('done'), (err) => log('failed', err.stack));
