// process.stdout and process.stderr are stream.Writables once streams are loaded:
// pipeline() into stdout completes, write callbacks fire, end() leaves stdout usable
// (as Node's stdio), and the Writable API is there (issue #3 item 8).
'use strict';
console.log('before streams load: write is a function', typeof process.stdout.write);
const { pipeline, Readable, Writable, Transform, finished } = require('node:stream');
const { pipeline: pipelineP } = require('node:stream/promises');
const out = process.stdout;
console.log('instanceof Writable', out instanceof Writable, process.stderr instanceof Writable);
console.log('state', out.writable, out.writableEnded, out.writableFinished, out.writableObjectMode,
  out.writableHighWaterMark > 0, out.destroyed, typeof out._writableState);
console.log('fd', out.fd, process.stderr.fd);

const events = [];
out.on('finish', () => events.push('finish'));
out.write('direct write\n', (err) => events.push(`write cb ${err}`));
out.write(Buffer.from('buffer write\n'));
out.write('aGV4IHdyaXRlCg==', 'base64');
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); } });
pipeline(Readable.from(['piped a\n', 'piped b\n']), upper, out, async (err) => {
  events.push(`pipeline done ${err}`);
  console.log('after pipeline:', events.join(', '));
  console.log('still usable', out.writable, out.writableEnded, out.destroyed);
  await pipelineP(Readable.from(['promise pipeline\n']), out);
  console.log('promise pipeline done');
  finished(out, (err) => console.log('finished cb', err === undefined ? 'undefined' : err.code));
  out.end('via end\n');
});
