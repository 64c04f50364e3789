// W6: with stdout: true the worker's output goes only to worker.stdout.
const { Worker } = require('node:worker_threads');
const w = new Worker(`console.log('to stdout'); process.stdout.write('partial'); console.log(' line');`, { eval: true, stdout: true });
let got = '';
w.stdout.setEncoding('utf8');
w.stdout.on('data', (d) => { got += d; });
w.stdout.on('end', () => console.log('captured', JSON.stringify(got)));
w.on('exit', (c) => console.log('exit', c, w.stderr === null, w.stdin === null));
