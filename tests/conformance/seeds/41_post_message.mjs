// CHANGED: the source page is truncated right after the first two lines of the
// port.postMessage() example. Kept those two lines verbatim and completed it
// with the rest of the example as published in Node's docs (a circular object
// posted through the channel), plus port1.close() in the listener: a port with
// a 'message' listener keeps the event loop alive forever otherwise.
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();

port1.on('message', (message) => { console.log(message); port1.close(); });

const circularData = {};
circularData.foo = circularData;
// Prints: { foo: [Circular] }
port2.postMessage(circularData);
