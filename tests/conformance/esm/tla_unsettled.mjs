// A top-level await that never settles: Node exits with code 13 once the loop is empty.
console.log('start');
process.on('exit', (code) => console.log('exit event', code));
await new Promise(() => {});
console.log('not printed');
