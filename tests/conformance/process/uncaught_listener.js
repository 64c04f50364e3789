process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new TypeError('from timer'); }, 1);
setImmediate(() => console.log('immediate still runs'));
throw new Error('top level');
