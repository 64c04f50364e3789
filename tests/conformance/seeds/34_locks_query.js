// CHANGED: with no locks held or pending the example prints nothing; added
// minimal setup before it (one held exclusive lock on 'my_resource' plus one
// pending shared request for it) and a release at the end, so both loops print.
'use strict';

const { locks } = require('node:worker_threads');
let release;
locks.request('my_resource', () => new Promise((r) => { release = r; }));
locks.request('my_resource', { mode: 'shared' }, () => {});

locks.query().then((snapshot) => {
  for (const lock of snapshot.held) {
    console.log(`held lock: name ${lock.name}, mode ${lock.mode}`);
  }
  for (const pending of snapshot.pending) {
    console.log(`pending lock: name ${pending.name}, mode ${pending.mode}`);
  }
  release();
});
