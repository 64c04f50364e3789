// An uncaught exception with no listener: 'exit' still fires, exit code 1.
process.on('exit', (code) => console.log('exit', code));
console.log('before');
setTimeout(() => console.log('timer: never'), 10);
throw new Error('boom');
