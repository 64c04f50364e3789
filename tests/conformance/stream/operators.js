'use strict';
// Readable operators (map, filter, take, drop, toArray, reduce, forEach, some, every,
// find, flatMap) and compose-free helpers; awaited with then().
const { Readable } = require('stream');

(async () => {
  const nums = () => Readable.from([1, 2, 3, 4, 5]);
  console.log(await nums().map((x) => x * 10).toArray());
  console.log(await nums().filter((x) => x % 2 === 1).toArray());
  console.log(await nums().take(2).toArray());
  console.log(await nums().drop(3).toArray());
  console.log(await nums().reduce((a, b) => a + b, 0));
  console.log(await nums().reduce((a, b) => a + b));
  const seen = [];
  await nums().forEach((x) => { seen.push(x); });
  console.log(seen);
  console.log(await nums().some((x) => x > 4), await nums().every((x) => x > 4));
  console.log(await nums().find((x) => x > 2));
  console.log(await nums().flatMap((x) => [x, -x]).take(4).toArray());
  console.log(await nums().map(async (x) => { await null; return x + 1; }, { concurrency: 2 }).toArray());
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (err) {
    console.log(err.code, err.message);
  }
})();
