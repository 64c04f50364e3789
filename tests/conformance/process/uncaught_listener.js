// An 'uncaughtException' listener keeps the process going: later callbacks still run.
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  setImmediate(() => console.log('immediate still runs'));
  throw new TypeError('from timer');
}, 1);
throw new Error('top level');
