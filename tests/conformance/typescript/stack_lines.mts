// Error positions point at the original TypeScript lines and columns.
import { fail } from './fixtures/thrower.ts';

interface Options {
  verbose: boolean;
}
const opts: Options = { verbose: true };
function where(e: Error): string {
  const line = (e.stack ?? '').split('\n').find((l) => l.includes('thrower.ts')) ?? '';
  const m = /thrower\.ts:(\d+):(\d+)/.exec(line);
  return m ? `thrower.ts:${m[1]}:${m[2]}` : 'no position: ' + line;
}
try {
  fail('x');
} catch (e) {
  console.log((e as Error).message, where(e as Error));
}
const local = (): never => { throw new TypeError('local ' + opts.verbose); };
try {
  local();
} catch (e) {
  const m = /stack_lines\.mts:(\d+):(\d+)/.exec((e as Error).stack!);
  console.log((e as Error).message, m ? `${m[1]}:${m[2]}` : 'no position');
}
