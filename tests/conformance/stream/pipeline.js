'use strict';
// pipeline / finished, callback and promise forms, error propagation.
const stream = require('stream');
const { pipeline, finished, Readable, Writable, Transform, PassThrough } = stream;
const sp = require('stream/promises');
const sp2 = require('node:stream/promises');

function sink(into) {
  return new Writable({ write(c, e, cb) { into.push(c.toString()); cb(); } });
}

function step(name, fn) {
  return new Promise((resolve) => {
    console.log(`--- ${name}`);
    fn(resolve);
  });
}

(async () => {
  console.log(sp === sp2, stream.promises === sp, typeof sp.pipeline, typeof sp.finished);

  await step('pipeline ok', (done) => {
    const got = [];
    const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
    const ret = pipeline(Readable.from(['a', 'b']), upper, sink(got), (err) => {
      console.log('done', err, got);
      done();
    });
    console.log('returns last', ret instanceof Writable);
  });

  await step('pipeline error destroys all', (done) => {
    const src = new Readable({ read() {} });
    const pt = new PassThrough();
    const got = [];
    const w = sink(got);
    pipeline(src, pt, w, (err) => {
      console.log('cb', err.message, src.destroyed, pt.destroyed, w.destroyed);
      done();
    });
    src.push('x');
    setTimeout(() => src.destroy(new Error('source failed')), 1);
  });

  await step('pipeline premature close', (done) => {
    const src = new Readable({ read() {} });
    const w = sink([]);
    pipeline(src, w, (err) => {
      console.log(err.code, err.message);
      done();
    });
    setTimeout(() => src.destroy(), 1);
  });

  await step('promises.pipeline', async (done) => {
    const got = [];
    const v = await sp.pipeline(Readable.from(['1', '2', '3']), sink(got));
    console.log('resolved', v, got);
    try {
      await sp.pipeline(
        Readable.from(['1']),
        new Transform({ transform(c, e, cb) { cb(new Error('t failed')); } }),
        sink(got));
    } catch (err) {
      console.log('rejected', err.message);
    }
    done();
  });

  await step('pipeline with generator function source', (done) => {
    const got = [];
    pipeline(function* () { yield 'g1'; yield 'g2'; }, sink(got), (err) => {
      console.log('gen', err, got);
      done();
    });
  });

  await step('finished', (done) => {
    const r = Readable.from(['a']);
    finished(r, (err) => {
      console.log('finished readable', err);
      const w = sink([]);
      const cleanup = finished(w, (err2) => {
        console.log('finished writable error', err2.message, typeof cleanup);
        done();
      });
      w.destroy(new Error('nope'));
    });
    r.resume();
  });

  await step('promises.finished', async (done) => {
    const r = Readable.from(['a', 'b']);
    r.resume();
    await sp.finished(r);
    console.log('finished resolved', r.readableEnded);
    done();
  });

  await step('destroy helper and state helpers', (done) => {
    const r = new Readable({ read() {} });
    console.log(stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
    stream.destroy(r, new Error('x'));
    r.on('error', () => {});
    r.on('close', () => {
      console.log(stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
      done();
    });
  });
})();
