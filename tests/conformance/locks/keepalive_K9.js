// K9: a thread waiting for a lock with nothing else to do exits (code 0).
const { locks } = require('node:worker_threads');
locks.request('k', () => new Promise(() => {}));
locks.request('k', () => console.log('never granted')).then(() => console.log('never settles'));
process.on('exit', (c) => console.log('exit', c));
