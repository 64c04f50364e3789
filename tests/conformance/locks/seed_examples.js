// The seed document's locks.request / locks.query examples.
'use strict';
const { locks } = require('node:worker_threads');
locks.request('my_resource', async (lock) => {
  console.log('acquired', lock.name);
}).then(() => {
  console.log('released');
  locks.request('held_one', () => new Promise((r) => setTimeout(r, 20)));
  locks.request('held_one', { mode: 'exclusive' }, () => {});
  locks.query().then((snapshot) => {
    for (const lock of snapshot.held) {
      console.log(`held lock: name ${lock.name}, mode ${lock.mode}`);
    }
    for (const pending of snapshot.pending) {
      console.log(`pending lock: name ${pending.name}, mode ${pending.mode}`);
    }
  });
});
