const { test } = require('node:test');
test('first', async () => { await new Promise(r => setTimeout(r, 5)); });
test('second', async (t) => {
  console.log('A');
  await t.test('sub', () => console.log('in sub'));
  console.log('B');
  Promise.resolve().then(() => console.log('micro'));
  process.nextTick(() => console.log('tick'));
  await t.test('sub2', () => console.log('in sub2'));
  console.log('C');
});
test('third', () => { console.log('in third'); });
