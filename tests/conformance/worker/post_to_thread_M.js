// M1/M2: postMessageToThread between threads and its errors.
const { Worker, isMainThread, postMessageToThread, threadId, workerData, parentPort } = require('node:worker_threads');
if (isMainThread) {
  process.on('workerMessage', (value, source) => console.log('main got', JSON.stringify(value), 'from', source));
  const w = new Worker(__filename, { workerData: 'child' });
  // The worker's reports race with the promises below: print them at the end.
  const reports = [];
  w.on('exit', () => console.log(reports.join('\n')));
  w.on('message', async (m) => {
    if (m !== 'ready') { reports.push(m); return; }
    const show = (p) => p.then(() => 'resolved', (e) => `${e.code}`);
    console.log('to worker', await show(postMessageToThread(w.threadId, { hi: 1 })));
    console.log('to self', await show(postMessageToThread(threadId, 1)));
    console.log('to missing', await show(postMessageToThread(999, 1)));
    console.log('listener throws', await show(postMessageToThread(w.threadId, 'throw')));
    console.log('uncloneable', await show(postMessageToThread(w.threadId, () => {})));
    w.postMessage('done');
  });
} else {
  process.on('workerMessage', (value, source) => {
    if (value === 'throw') throw new Error('listener failed');
    parentPort.postMessage(`worker got ${JSON.stringify(value)} from ${source}`);
  });
  postMessageToThread(0, 'hello main').then(() => parentPort.postMessage('ready'));
  parentPort.once('message', () => process.exit(0));
}
