console.log('before');
process.on('exit', (code) => console.log('exit event', code));
await Promise.reject(new Error('rejected at top level'));
console.log('not printed');
