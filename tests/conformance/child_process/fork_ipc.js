'use strict';
// fork() and IPC channels: ping-pong, message values, disconnect from either side, the
// child's ref counting, exit codes, 'disconnect' / 'exit' / 'close' order, send errors,
// internal (NODE_) messages, queued early messages, a large message, spawn with 'ipc',
// serialization 'advanced'.
// The forked script is fixtures/ipc_child.js; children that print are forked with
// silent: true and their output is shown once they are done, so that the output order
// does not depend on two processes sharing stdout.
//
// Node orders a child's messages before its 'disconnect', and 'exit' before 'close', but
// not 'disconnect' against 'exit' and 'close' when the child ends the channel by exiting
// (the end of the channel and the exit status arrive separately; under load Node emits
// either first). So each scenario waits for the events it expects and prints 'disconnect',
// 'exit' and 'close' in that fixed order, after the messages and errors in their order.
const cp = require('child_process');
const util = require('util');

const child = './fixtures/ipc_child.js';

function run(name, fn) {
  return new Promise((resolve) => {
    console.log(`--- ${name}`);
    fn(resolve);
  });
}

// Records a child's events; st.done resolves once it has disconnected and exited (and
// closed, unless close is false: Node emits no 'close' after the parent disconnects).
function watch(c, { messages = true, close = true } = {}) {
  const st = { ev: [], disconnect: null, exit: null, close: null };
  if (messages) {
    c.on('message', (m) => {
      st.ev.push(`message ${JSON.stringify(m)}${st.disconnect ? ' (after disconnect!)' : ''}`);
    });
  }
  c.on('error', (err) => st.ev.push(`error ${err.code} ${err.message}`));
  c.on('disconnect', () => {
    st.disconnect = `disconnect connected=${c.connected} channel=${c.channel}`;
  });
  c.on('exit', (code, signal) => { st.exit = `exit ${code} ${signal}`; });
  c.on('close', (code, signal) => {
    st.close = `close ${code} ${signal}${st.exit ? '' : ' (before exit!)'}`;
  });
  st.done = new Promise((resolve) => {
    const check = () => {
      if (st.disconnect && st.exit && (!close || st.close)) resolve();
    };
    c.on('disconnect', check);
    c.on('exit', check);
    c.on('close', check);
  });
  st.show = () => {
    for (const e of [...st.ev, st.disconnect, st.exit, st.close]) {
      if (e) console.log(' ', e);
    }
  };
  return st;
}

function collect(stream) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => { text += d; });
  return new Promise((resolve) => stream.on('end', () => resolve(() => text)));
}

(async () => {
  console.log('not forked:', typeof process.send, process.connected, process.channel,
              typeof process.disconnect);

  await run('ping-pong', async (done) => {
    const c = cp.fork(child, ['pingpong']);
    const st = watch(c);
    console.log('connected', c.connected, 'channel', typeof c.channel,
                typeof c.channel.ref, typeof c.channel.unref, 'pid', typeof c.pid);
    c.on('message', (n) => c.send(n >= 5 ? 'exit' : n + 1));
    console.log('send returned', c.send(1));
    await st.done;
    st.show();
    done();
  });

  await run('message values', async (done) => {
    const c = cp.fork(child, ['echo']);
    const st = watch(c, { close: false });
    const values = [
      'string', '', 42, -1.5, 0, -0, NaN, Infinity, true, false, null,
      [1, 'two', [3, [4]], null],
      { a: 1, nested: { b: [true, null, { c: 'd' }] } },
      'line\nbreak\r\n\ttab "quotes" \\ backslash',
      '\u2028\u2029 \u00e9\u00fc \u4e2d\u6587 \u{1F600}',
      { skipped: undefined, fn() {}, sym: Symbol('s'), kept: 1 },
      { when: new Date(0) },
      { toJSON() { return 'from toJSON'; } },
      { cmd: 'not internal' },
      { cmd: 'NODE' },
    ];
    let i = 0;
    c.on('message', () => {
      if (++i < values.length) c.send(values[i]);
      else c.disconnect();
    });
    c.send(values[0]);
    await st.done;
    st.show();
    done();
  });

  await run('advanced serialization', async (done) => {
    const c = cp.fork(child, ['echo'], { serialization: 'advanced' });
    const st = watch(c, { messages: false, close: false });
    const circular = { name: 'circular' };
    circular.self = circular;
    const values = [
      new Map([[1, { a: 2 }], ['k', [3]]]), new Set(['x', 1]), Buffer.from('buf'),
      new Uint16Array([1, 65535]), new Float64Array([0.5, -2]), new Date(0), /re/gi,
      { big: 10n, neg: -0, nan: NaN, undef: undefined, inf: -Infinity },
      [undefined, , 3], circular, new RangeError('err msg'), 'string', 42, true, null,
    ];
    const describe = (v) => {
      if (v instanceof Error) return `${v.name}: ${v.message}`;
      if (v && v.self === v) return `circular ${v.name}`;
      return util.inspect(v);
    };
    let i = 0;
    c.on('message', (m) => {
      st.ev.push(`message ${m.type} ${Object.prototype.toString.call(m.echo)} ${describe(m.echo)}`);
      if (++i < values.length) c.send(values[i]);
      else c.disconnect();
    });
    for (const bad of [{ f() {} }, { s: Symbol('x') }]) {
      try {
        c.send(bad);
      } catch (err) {
        console.log('send threw', err.name, err.message);
      }
    }
    c.send(values[0]);
    await st.done;
    st.show();
    done();
  });

  await run('child info, args, env', async (done) => {
    const c = cp.fork(child, ['info', 'a', 'b c'], { env: { ...process.env, KEEP: '1' } });
    const st = watch(c);
    console.log('spawnargs', JSON.stringify(c.spawnargs.slice(1)));
    console.log('spawnfile is execPath', c.spawnfile === process.execPath);
    await st.done;
    st.show();
    done();
  });

  await run('child disconnects', async (done) => {
    const c = cp.fork(child, ['child-disconnect'], { silent: true });
    const st = watch(c);
    const out = collect(c.stdout);
    await st.done;
    st.show();
    console.log((await out)());
    done();
  });

  await run('parent disconnects', async (done) => {
    const c = cp.fork(child, ['wait-for-disconnect'], { silent: true });
    const st = watch(c, { close: false });
    const out = collect(c.stdout);
    c.on('message', (m) => {
      if (m !== 'ready') return;
      c.send('hi', (err) => {
        st.ev.push(`send callback ${err}`);
        c.disconnect();
        st.ev.push(`after disconnect() connected=${c.connected} channel=${c.channel}`);
        st.ev.push(`send returned ${c.send('after')}`);
        c.send('after', (e) => st.ev.push(`send callback ${e.code}`));
        c.disconnect();
      });
    });
    await st.done;
    const text = await out;
    // Node emits no 'close': the channel it closed itself never counts as closed.
    await new Promise((resolve) => setTimeout(resolve, 100));
    st.show();
    console.log(text());
    done();
  });

  for (const mode of ['no-listeners', 'removed-listener']) {
    await run(`child without listeners (${mode})`, async (done) => {
      const st = watch(cp.fork(child, [mode]));
      await st.done;
      st.show();
      done();
    });
  }

  await run('exit code', async (done) => {
    const st = watch(cp.fork(child, ['exit-code']));
    await st.done;
    st.show();
    done();
  });

  await run('uncaught exception', async (done) => {
    const c = cp.fork(child, ['throw'], { silent: true });
    const st = watch(c);
    const err = collect(c.stderr);
    c.stdout.resume();
    await st.done;
    st.show();
    console.log('stderr has the error', (await err)().includes('Error: boom'));
    done();
  });

  await run('internal messages', async (done) => {
    const c = cp.fork(child, ['internal']);
    const st = watch(c);
    c.on('internalMessage', (m) => st.ev.push(`internalMessage ${JSON.stringify(m)}`));
    await st.done;
    st.show();
    done();
  });

  await run('messages before a listener', async (done) => {
    const c = cp.fork(child, ['early']);
    const st = watch(c, { messages: false });
    setTimeout(() => {
      st.ev.push('adding a message listener');
      c.on('message', (m) => {
        st.ev.push(`message ${m}`);
        if (m === 'early 2') c.send('stop');
      });
    }, 300);
    await st.done;
    st.show();
    done();
  });

  await run('large message', async (done) => {
    const c = cp.fork(child, ['big']);
    const st = watch(c, { messages: false, close: false });
    const big = 'x'.repeat(3 * 1024 * 1024);
    c.on('message', (m) => {
      if (typeof m === 'string') {
        st.ev.push(`echo back: length ${m.length} same ${m === big}`);
        c.disconnect();
      } else {
        st.ev.push(`message ${JSON.stringify(m)}`);
      }
    });
    c.send(big, (err) => st.ev.push(`send callback ${err}`));
    await st.done;
    st.show();
    done();
  });

  await run('kill', async (done) => {
    const c = cp.fork(child, ['sleep']);
    const st = watch(c);
    c.on('spawn', () => st.ev.push(`kill returned ${c.kill()}`));
    await st.done;
    st.show();
    done();
  });

  await run('send argument errors', async (done) => {
    const c = cp.fork(child, ['sleep']);
    const st = watch(c);
    const attempts = [
      [], [undefined], [Symbol('s')], [() => {}], [10n],
      ['x', null, 'options'], ['x', null, 5], ['x', { not: 'a handle' }],
    ];
    for (const args of attempts) {
      try {
        console.log('returned', c.send(...args));
      } catch (err) {
        console.log(err.code, err.name, err.message);
      }
    }
    c.kill('SIGKILL');
    await st.done;
    st.show();
    done();
  });

  await run('spawn with an ipc stdio entry', async (done) => {
    const c = cp.spawn(process.execPath, [child, 'info'],
                       { stdio: ['ignore', 'inherit', 'inherit', 'ignore', 'ipc'] });
    const st = watch(c);
    console.log('stdio', c.stdio.length, c.stdio.every((s) => s === null), typeof c.send);
    await st.done;
    st.show();
    done();
  });

  await run('option errors', (done) => {
    const tries = {
      'two ipc': () => cp.spawn(process.execPath, [child], { stdio: ['ipc', 'ipc'] }),
      'sync ipc': () => cp.spawnSync(process.execPath, [child], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }),
      'fork without ipc': () => cp.fork(child, [], { stdio: ['pipe', 'pipe', 'pipe'] }),
      'fork bad path': () => cp.fork(42),
      'fork bad args': () => cp.fork(child, 'args'),
      'fork bad options': () => cp.fork(child, [], 'options'),
      'bad serialization': () => cp.fork(child, [], { serialization: 'yaml' }),
    };
    for (const [name, fn] of Object.entries(tries)) {
      try {
        fn();
        console.log(name, 'did not throw');
      } catch (err) {
        console.log(name, err.code, err.message);
      }
    }
    done();
  });
})();
