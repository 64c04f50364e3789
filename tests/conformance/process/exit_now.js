process.on('exit', (code) => console.log('exit listener', code));
setTimeout(() => console.log('timer: never'), 0);
Promise.resolve().then(() => console.log('promise: never'));
console.log('before exit');
process.exit(42);
console.log('after exit: never');
