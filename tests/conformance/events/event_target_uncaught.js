'use strict';
// An exception thrown by an EventTarget listener does not interrupt dispatchEvent but
// is reported as an uncaught exception on the next tick, which ends the process.
const et = new EventTarget();
process.on('exit', (code) => console.log('exit event', code));
et.addEventListener('x', () => { throw new Error('from listener'); });
et.addEventListener('x', () => console.log('second listener'));
console.log('dispatch returned', et.dispatchEvent(new Event('x')));
Promise.resolve().then(() => console.log('microtask after dispatch'));
console.log('end of script');
