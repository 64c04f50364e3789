// R1-R3: transfer detaches; marked buffers and Buffer's pool memory are untransferable.
const { MessageChannel, markAsUntransferable, isMarkedAsUntransferable, receiveMessageOnPort } = require('node:worker_threads');
const { port1, port2 } = new MessageChannel();
const tryPost = (label, v, list) => {
  try { port1.postMessage(v, list); console.log(label, 'sent'); } catch (e) { console.log(label, e.name, e.message); }
};
const pooled = Buffer.from('x');
console.log('pool marked', isMarkedAsUntransferable(pooled.buffer), isMarkedAsUntransferable(Buffer.allocUnsafe(10).buffer));
console.log('alloc not marked', isMarkedAsUntransferable(Buffer.alloc(10).buffer), isMarkedAsUntransferable(5));
tryPost('pooled', pooled, [pooled.buffer]);
console.log('pooled intact', pooled.toString());
const own = Buffer.alloc(4, 1);
tryPost('alloc', own, [own.buffer]);
console.log('alloc detached', own.buffer.byteLength, own.length);
const ab = new ArrayBuffer(8);
markAsUntransferable(ab);
tryPost('marked', ab, [ab]);
console.log('marked intact', ab.byteLength);
const twice = new ArrayBuffer(2);
tryPost('duplicate', twice, [twice, twice]);
console.log('duplicate intact', twice.byteLength);
tryPost('typed array in list', new Uint8Array(2), [new Uint8Array(2)]);
tryPost('detached in list', own.buffer, [own.buffer]);
tryPost('detached in value', { b: own.buffer });
const m = receiveMessageOnPort(port2).message;
console.log('received', m.constructor.name, m.length, m[0]);
port1.close();
