// TypeScript ES module (.mts): types are stripped; imports of .ts/.mts/.cts files
// keep their extensions; import type is erased.
import type { Shape, Named } from './fixtures/shapes.mts';
import { describe } from './fixtures/shapes.mts';
import { twice, version } from './fixtures/util.ts';
import legacy from './fixtures/legacy.cts';

const n: Named = { name: 'typed' };
const s: Shape = { area: () => 4 };
let total: number = 0;
for (const v of twice<number>(21)) total += v;
console.log(describe(n), s.area(), total, version);
console.log(JSON.stringify(legacy));
function id<T>(x: T): T { return x; }
console.log(id<string>('generic'), (total as unknown as string), typeof import.meta.url);
const answer = await Promise.resolve<number>(42);
console.log('top-level await in .mts', answer satisfies number);
