// CHANGED: port1 has a 'message' listener, so the channel keeps the event loop
// alive forever; added port2.close() after postMessage() so the script ends
// (the already-posted message is still delivered before 'close').
'use strict';

const { MessageChannel } = require('node:worker_threads');

const { port1, port2 } = new MessageChannel();
port1.on('message', (message) => console.log('received', message));
port2.postMessage({ foo: 'bar' });
port2.close();
// Prints: received { foo: 'bar' } from the `port1.on('message')` listener
