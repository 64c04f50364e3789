process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code));
process.emitWarning('something odd', 'CustomWarning', 'CODE1');
process.emitWarning(new Error('an error as warning'));
console.log('sync');
