process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('r1'));
Promise.reject('plain');
const late = Promise.reject(new Error('handled in time'));
late.catch(() => console.log('caught late'));
