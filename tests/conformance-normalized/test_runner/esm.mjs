import test, { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { strictEqual } from 'node:assert';
import { createHash, randomUUID } from 'node:crypto';
test('esm', () => { assert.equal(createHash('md5').update('a').digest('hex').length, 32); strictEqual(typeof randomUUID(), 'string'); });
describe('d', () => { it('x', () => {}); });
await new Promise((r) => setTimeout(r, 1));
console.log('tla done');
