'use strict';
// Writable: write/end/finish, backpressure and 'drain', cork/uncork with _writev,
// decodeStrings, object mode, errors and destroy.
const { Writable } = require('stream');

function step(name, fn) {
  return new Promise((resolve) => {
    console.log(`--- ${name}`);
    fn(resolve);
  });
}

(async () => {
  await step('write and finish', (done) => {
    const chunks = [];
    const w = new Writable({
      write(chunk, encoding, cb) {
        chunks.push(`${encoding}:${chunk}`);
        cb();
      },
    });
    w.on('finish', () => console.log('finish', chunks.join(' '), w.writableFinished));
    w.on('close', () => { console.log('close'); done(); });
    console.log(w.write('a'), w.write(Buffer.from('b')));
    w.end('c', () => console.log('end cb'));
    console.log('ended', w.writableEnded, w.writableFinished);
  });

  await step('backpressure drain', (done) => {
    const log = [];
    const w = new Writable({
      highWaterMark: 3,
      write(chunk, enc, cb) {
        log.push(`w:${chunk}`);
        setTimeout(cb, 1);
      },
    });
    console.log(w.write('ab'), w.writableLength, w.writableNeedDrain);
    console.log(w.write('cd'), w.writableLength, w.writableNeedDrain);
    w.on('drain', () => {
      log.push('drain');
      w.end();
    });
    w.on('finish', () => { console.log(log.join(' ')); done(); });
  });

  await step('cork and writev', (done) => {
    const w = new Writable({
      writev(chunks, cb) {
        console.log('writev', chunks.map((c) => String(c.chunk)));
        cb();
      },
      write(chunk, enc, cb) {
        console.log('write', String(chunk));
        cb();
      },
    });
    w.write('first');
    w.cork();
    w.write('x');
    w.write('y');
    console.log('corked', w.writableCorked);
    process.nextTick(() => {
      w.uncork();
      w.end();
    });
    w.on('finish', done);
  });

  await step('decodeStrings false and objectMode', (done) => {
    const w = new Writable({
      decodeStrings: false,
      write(chunk, enc, cb) { console.log(typeof chunk, enc, chunk); cb(); },
    });
    w.write('str', 'utf8');
    w.end();
    w.on('finish', () => {
      const o = new Writable({
        objectMode: true,
        write(chunk, enc, cb) { console.log('obj', chunk, enc); cb(); },
      });
      o.write({ k: 1 });
      o.write(42);
      o.end(null === 1 ? undefined : 'last');
      o.on('finish', done);
    });
  });

  await step('write after end', (done) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.end();
    w.on('error', (err) => console.log('error', err.code, err.message));
    w.write('late', (err) => console.log('write cb', err && err.code));
    w.on('close', done);
  });

  await step('invalid chunk', (done) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    try {
      w.write(42);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
    try {
      w.write(null);
    } catch (err) {
      console.log(err.code, err.message);
    }
    done();
  });

  await step('error from _write', (done) => {
    const w = new Writable({
      write(chunk, enc, cb) { cb(new Error('write failed')); },
    });
    w.on('error', (err) => console.log('error', err.message, w.destroyed));
    w.on('close', () => { console.log('close', w.writableFinished); done(); });
    w.write('x', (err) => console.log('cb', err.message));
  });

  await step('final', (done) => {
    const w = new Writable({
      write(c, e, cb) { cb(); },
      final(cb) { console.log('final'); setTimeout(cb, 1); },
    });
    w.on('prefinish', () => console.log('prefinish'));
    w.on('finish', () => { console.log('finish'); done(); });
    w.end('x');
  });

  await step('destroy', (done) => {
    const w = new Writable({
      write(c, e, cb) { cb(); },
      destroy(err, cb) { console.log('_destroy', err && err.message); cb(err); },
    });
    w.on('error', (err) => console.log('error', err.message));
    w.on('close', () => { console.log('close', w.destroyed, w.writable); done(); });
    w.destroy(new Error('stop'));
    console.log('destroyed', w.destroyed);
  });

  await step('_write not implemented', (done) => {
    const w = new Writable();
    w.on('error', (err) => { console.log('error event', err.code); });
    try {
      w.write('x');
    } catch (err) {
      console.log('thrown', err.code, err.message);
    }
    done();
  });
})();
