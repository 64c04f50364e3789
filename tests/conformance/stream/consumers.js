'use strict';
// stream/consumers and the stream helpers that take async iterables.
const { Readable, PassThrough } = require('stream');
const consumers = require('stream/consumers');

(async () => {
  console.log(Object.keys(consumers));
  console.log(await consumers.text(Readable.from(['a', 'b', 'c'])));
  const euro = Buffer.from('€uro');
  console.log(await consumers.text(Readable.from([euro.subarray(0, 2), euro.subarray(2)])));
  console.log(await consumers.json(Readable.from(['{"x":', '[1,2]}'])));
  console.log(await consumers.buffer(Readable.from([Buffer.from('ab'), Buffer.from('cd')])));
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('xyz')]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  console.log(await consumers.bytes(Readable.from([Buffer.from([1, 2, 3])])));
  const pt = new PassThrough();
  setTimeout(() => { pt.write('late '); pt.end('data'); }, 5);
  console.log(await consumers.text(pt));
  const b = await consumers.blob(Readable.from([Buffer.from('blob!')]));
  console.log(b.size, await b.text());
  function* gen() { yield 'from '; yield 'generator'; }
  console.log(await consumers.text(gen()));
})();
