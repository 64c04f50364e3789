const { describe, it, test, before } = require('node:test');
describe('async suite', async () => {
  before(() => console.log('before in async suite'));
  await new Promise((r) => setTimeout(r, 5));
  it('after await', () => console.log('ran after await'));
  describe('inner', async () => { await null; it('deep', () => {}); });
});
test('top', () => {});
