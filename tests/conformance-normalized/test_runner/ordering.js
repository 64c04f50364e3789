const { test, describe, it } = require('node:test');
console.log('A');
test('one', () => { console.log('in one'); });
test('two', async (t) => {
  console.log('in two');
  await t.test('two.a', () => console.log('in two.a'));
  console.log('after two.a');
  await t.test('two.b', () => console.log('in two.b'));
  console.log('end two');
});
describe('S', () => {
  console.log('building S');
  it('s1', () => console.log('in s1'));
  it('s2', async () => { await new Promise(r => setTimeout(r, 5)); console.log('in s2'); });
});
test('three', () => { console.log('in three'); });
console.log('B');
setTimeout(() => console.log('timeout 0'), 0);
process.on('exit', (c) => console.log('exit', c));
