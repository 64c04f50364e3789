'use strict';
// Readable: push/data/end, pause/resume, setEncoding, object mode, read(n),
// 'readable', highWaterMark, Readable.from and async iteration driven by next().
const { Readable } = require('stream');

function step(name, fn) {
  return new Promise((resolve) => {
    console.log(`--- ${name}`);
    fn(resolve);
  });
}

(async () => {
  await step('flowing', (done) => {
    const r = new Readable({ read() {} });
    const events = [];
    r.on('data', (d) => events.push(`data:${d}`));
    r.on('end', () => { events.push('end'); });
    r.on('close', () => { events.push('close'); console.log(events.join(' ')); done(); });
    r.push('a');
    r.push(Buffer.from('b'));
    r.push(null);
    console.log('sync after push', r.readableLength, r.readableFlowing);
  });

  await step('setEncoding utf8 split', (done) => {
    const r = new Readable({ read() {} });
    r.setEncoding('utf8');
    const euro = Buffer.from('€');
    const out = [];
    r.on('data', (d) => out.push(JSON.stringify(d)));
    r.on('end', () => { console.log(out.join(','), r.readableEncoding); done(); });
    r.push(euro.subarray(0, 1));
    r.push(euro.subarray(1));
    r.push(Buffer.from('x'));
    r.push(null);
  });

  await step('objectMode', (done) => {
    const items = [{ a: 1 }, 'two', 3, [4]];
    let i = 0;
    const r = new Readable({
      objectMode: true,
      read() { this.push(i < items.length ? items[i++] : null); },
    });
    const got = [];
    r.on('data', (d) => got.push(JSON.stringify(d)));
    r.on('end', () => { console.log(got.join(' '), r.readableObjectMode, r.readableHighWaterMark); done(); });
  });

  await step('paused read(n) and readable', (done) => {
    const r = new Readable({ read() {} });
    r.push('hello world');
    r.push(null);
    const got = [];
    r.on('readable', () => {
      let chunk;
      while ((chunk = r.read(4)) !== null) got.push(chunk.toString());
    });
    r.on('end', () => { console.log(got); done(); });
  });

  await step('pause/resume', (done) => {
    const r = new Readable({ read() {} });
    const got = [];
    r.on('data', (d) => {
      got.push(d.toString());
      if (d.toString() === 'b') {
        r.pause();
        console.log('paused', r.isPaused(), r.readableFlowing);
        setTimeout(() => { r.resume(); }, 5);
      }
    });
    r.on('end', () => { console.log(got.join('')); done(); });
    r.push('a'); r.push('b'); r.push('c'); r.push(null);
  });

  await step('highWaterMark and push return', (done) => {
    const r = new Readable({ highWaterMark: 4, read() {} });
    console.log(r.push('ab'), r.push('cd'), r.push('ef'), r.readableLength);
    r.resume();
    r.on('end', done);
    r.push(null);
  });

  await step('Readable.from array', (done) => {
    const r = Readable.from(['x', 'y', 'z']);
    const got = [];
    r.on('data', (d) => got.push(d));
    r.on('end', () => { console.log(got, r.readableObjectMode); done(); });
  });

  await step('Readable.from generator and string', (done) => {
    function* gen() { yield 1; yield 2; yield 3; }
    const got = [];
    const r = Readable.from(gen());
    r.on('data', (d) => got.push(d));
    r.on('end', () => {
      const s = Readable.from('whole string');
      s.on('data', (d) => got.push(d));
      s.on('end', () => { console.log(got); done(); });
    });
  });

  await step('async iterator next()', async (done) => {
    const r = Readable.from(['p', 'q']);
    const it = r[Symbol.asyncIterator]();
    const a = await it.next();
    const b = await it.next();
    const c = await it.next();
    console.log(a, b, c, r.destroyed);
    done();
  });

  await step('async iterator return()', async (done) => {
    const r = new Readable({ objectMode: true, read() {} });
    r.push(1); r.push(2);
    const it = r[Symbol.asyncIterator]();
    console.log(await it.next());
    console.log(await it.return());
    console.log(r.destroyed, await it.next());
    done();
  });

  await step('unshift and read()', (done) => {
    const r = new Readable({ read() {} });
    r.push('world');
    r.unshift('hello ');
    r.push(null);
    r.once('readable', () => {
      console.log(String(r.read()));
      r.on('end', done);
      r.read();
    });
  });

  await step('destroy with error', (done) => {
    const r = new Readable({ read() {} });
    r.on('error', (err) => console.log('error', err.message, r.destroyed, r.errored === err));
    r.on('close', () => { console.log('close', r.readableAborted); done(); });
    r.destroy(new Error('boom'));
  });

  await step('_read not implemented', (done) => {
    const r = new Readable();
    r.on('error', (err) => { console.log(err.code, err.message); });
    r.on('close', done);
    r.read();
  });
})();
