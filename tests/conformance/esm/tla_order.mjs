// Top-level await: a module that awaits delays the modules importing it, siblings run
// in order, and the importer runs after all its dependencies finished.
console.log('never first: main body runs last');
import { parent } from './fixtures/tla_parent.mjs';
import { fast } from './fixtures/tla_fast.mjs';
import { sync } from './fixtures/tla_sync.mjs';
import loop from './fixtures/tla_loop.mjs';
setTimeout(() => console.log('timeout from main'), 0);
console.log('main', parent, fast, sync, loop.length);
const v = await new Promise((r) => setTimeout(() => r('awaited in main'), 5));
console.log(v);
const m = await import('./fixtures/tla_slow.mjs');
console.log('dynamic import of evaluated TLA module:', m.slow);
