// An unref'd timer does not keep the loop alive; beforeExit may schedule more work once.
let rounds = 0;
setTimeout(() => console.log('unref timer: never'), 10000).unref();
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('scheduled from beforeExit', rounds), 1);
});
process.on('exit', (code) => console.log('exit', code));
