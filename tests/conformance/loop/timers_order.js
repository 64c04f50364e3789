// Timers fire in due order; equal delays fire in insertion order; each callback's
// ticks and promise jobs run before the next timer.
const log = (s) => console.log(s);
setTimeout(() => log('t20'), 20);
setTimeout(() => {
  log('t5a');
  process.nextTick(() => log('tick after t5a'));
  Promise.resolve().then(() => log('promise after t5a'));
}, 5);
setTimeout(() => log('t5b'), 5);
setTimeout((a, b) => log(`t10 args ${a} ${b}`), 10, 'x', 'y');
const cleared = setTimeout(() => log('cleared: never'), 1);
clearTimeout(cleared);
let n = 0;
const iv = setInterval(() => {
  n++;
  log(`interval ${n}`);
  if (n === 3) clearInterval(iv);
}, 30);
setTimeout(function () { log(`this is Timeout: ${this.constructor.name}`); }, 300);
