// node: builtins with default and named imports; bare builtin names work too.
import events, { EventEmitter, once } from 'node:events';
import * as eventsNs from 'events';
import path, { join, sep } from 'node:path';
import process from 'node:process';
import { nextTick } from 'node:process';
import { setTimeout as st } from 'node:timers';
console.log(events === EventEmitter, typeof once, eventsNs.default === events, eventsNs.EventEmitter === EventEmitter);
console.log(path.join('a', 'b') === join('a', 'b'), sep);
console.log(process === globalThis.process, nextTick === process.nextTick);
console.log(typeof st, Object.keys(eventsNs).includes('default'));
try {
  await import('node:no-such-builtin');
} catch (e) {
  console.log(e.code);
}
