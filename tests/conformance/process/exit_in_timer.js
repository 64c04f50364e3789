setTimeout(() => {
  console.log('in timer');
  process.exitCode = 3;
  process.exit();
}, 5);
process.on('exit', (code) => console.log('exit', code));
