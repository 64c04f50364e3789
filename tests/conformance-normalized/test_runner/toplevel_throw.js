const { test } = require('node:test');
test('a', () => {});
console.log('before throw');
throw new Error('top-level');
