// An error thrown in a worker whose accessors throw (name, and the stack that reads it)
// still reaches the parent's 'error' event, with what could be read (issue #6 item 3);
// the host process never crashes on it.
'use strict';
const { Worker } = require('node:worker_threads');
const code = `
class HostileError extends Error { get name() { throw new Error('name getter'); } }
throw new HostileError('boom');
`;
const w = new Worker(code, { eval: true });
w.on('error', (e) => {
  console.log('error event:', e instanceof Error, e.message, e.name, e.constructor.name, e.stack);
});
w.on('exit', (c) => console.log('exit', c));
