'use strict';
// Transform, PassThrough, Duplex, pipe().
const { Transform, PassThrough, Duplex, Readable, Writable } = require('stream');

function step(name, fn) {
  return new Promise((resolve) => {
    console.log(`--- ${name}`);
    fn(resolve);
  });
}

(async () => {
  await step('upper transform with flush', (done) => {
    const t = new Transform({
      transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
      flush(cb) { this.push('!'); cb(); },
    });
    let out = '';
    t.on('data', (d) => { out += d; });
    t.on('end', () => { console.log(out); done(); });
    t.write('hello ');
    t.end('world');
  });

  await step('object mode transform', (done) => {
    const t = new Transform({
      objectMode: true,
      transform(obj, enc, cb) {
        if (obj.skip) return cb();
        this.push({ n: obj.n * 2 });
        cb();
      },
    });
    const got = [];
    t.on('data', (d) => got.push(d.n));
    t.on('finish', () => console.log('finish'));
    t.on('end', () => { console.log('end', got); done(); });
    t.write({ n: 1 });
    t.write({ skip: true });
    t.write({ n: 5 });
    t.end();
  });

  await step('passthrough pipe', (done) => {
    const src = Readable.from(['a', 'b', 'c'], { objectMode: false });
    const pt = new PassThrough();
    const chunks = [];
    const sink = new Writable({
      write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); },
    });
    sink.on('pipe', () => console.log('pipe event'));
    sink.on('finish', () => { console.log(chunks); done(); });
    src.pipe(pt).pipe(sink);
  });

  await step('duplex', (done) => {
    const written = [];
    const d = new Duplex({
      read() {},
      write(chunk, enc, cb) { written.push(chunk.toString()); this.push(`echo:${chunk}`); cb(); },
      final(cb) { this.push(null); cb(); },
    });
    const got = [];
    d.on('data', (c) => got.push(c.toString()));
    d.on('end', () => { console.log(written, got, d.readable, d.writable); done(); });
    d.write('1');
    d.end('2');
  });

  await step('transform error', (done) => {
    const t = new Transform({
      transform(chunk, enc, cb) { cb(new Error('bad chunk')); },
    });
    t.on('error', (err) => console.log('error', err.message));
    t.on('close', () => { console.log('close', t.destroyed); done(); });
    t.write('x');
  });

  await step('pipe backpressure', (done) => {
    let reads = 0;
    const r = new Readable({
      highWaterMark: 2,
      read() {
        reads++;
        this.push(reads <= 5 ? String(reads) : null);
      },
    });
    const order = [];
    const w = new Writable({
      highWaterMark: 1,
      write(chunk, enc, cb) { order.push(chunk.toString()); setTimeout(cb, 1); },
    });
    w.on('finish', () => { console.log(order.join(','), reads); done(); });
    r.pipe(w);
  });

  await step('unpipe', (done) => {
    const r = new PassThrough();
    const w = new PassThrough();
    w.on('unpipe', (src) => { console.log('unpipe', src === r); done(); });
    r.pipe(w);
    r.unpipe(w);
  });
})();
