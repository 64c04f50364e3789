// A .ts file without package.json "type" that uses import syntax runs as an ES module.
import { twice } from './fixtures/util.ts';
const pair: [string, string] = twice('x');
console.log(pair.join('-'), typeof require, typeof import.meta.url);
