'use strict';
// An 'error' event without listener is thrown: the process dies with exit code 1
// after running the 'exit' listeners.
const EventEmitter = require('events');

process.on('exit', (code) => console.log('exit event', code));
const e = new EventEmitter();
e.on('other', () => {});
console.log('before');
e.emit('error', new Error('nobody listens'));
console.log('not reached');
