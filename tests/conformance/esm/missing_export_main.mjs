import { nope } from './fixtures/counter.mjs';
console.log('not printed: linking fails');
