// A .js file in a package with "type": "module" is an ES module.
import { helper } from './fixtures/helper.js';
import cjs from './fixtures/legacy.cjs';
console.log(typeof require, typeof module, typeof exports, this);
console.log(helper(), cjs);
console.log(import.meta.url.endsWith('/type_module/main.js'));
