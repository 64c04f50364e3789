process.on('exit', (code) => {
  console.log('exit event', code, process.exitCode);
  setTimeout(() => console.log('timer in exit: never'), 0);
});
process.exitCode = 7;
console.log('exitCode set', process.exitCode);
try { process.exitCode = 'abc'; } catch (e) { console.log(e.name, e.code); }
