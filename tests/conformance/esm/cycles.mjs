// Import cycles as Node evaluates them: post-order, hoisted functions usable before the
// exporting module ran, let/const in the temporal dead zone (ReferenceError).
import { a, A_CONST } from './fixtures/cycle_a.mjs';
import { getY } from './fixtures/cycle_x.mjs';
import { getX } from './fixtures/cycle_y.mjs';
import './fixtures/cycle_self.mjs';
console.log('main', a(), A_CONST, getY(), getX());
