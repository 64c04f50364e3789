const { testThreadsafeFunction } = require('tsfn_example');

testThreadsafeFunction((err, ...values) => {
  console.log(err) // null
  console.log(values) // [0, 1, 2, 3] and [3, 2, 1, 0]
})
