// A first gonode program: timers, the event loop and a worker-free Node API tour.
const path = require('node:path');
const { setTimeout: sleep } = require('node:timers/promises');

console.log('hello from gonode', process.version, 'on', process.platform);
console.log('this file is', path.basename(__filename));

(async () => {
  await sleep(10);
  console.log('10 ms later:', { loop: 'still alive', values: [1, 2, 3] });
})();
