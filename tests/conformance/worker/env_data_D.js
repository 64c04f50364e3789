// D1-D3: environment data is cloned to each worker at construction; nesting inherits.
const { Worker, isMainThread, setEnvironmentData, getEnvironmentData, parentPort } = require('node:worker_threads');
if (isMainThread) {
  const obj = { a: 1 };
  setEnvironmentData('obj', obj);
  setEnvironmentData('gone', 1);
  setEnvironmentData('gone', undefined);
  console.log('same object', getEnvironmentData('obj') === obj, getEnvironmentData('gone'), getEnvironmentData('missing'));
  const w = new Worker(__filename, { workerData: 1 });
  setEnvironmentData('late', 'after construction');
  w.on('message', (m) => console.log(JSON.stringify(m)));
  w.on('exit', () => {
    setEnvironmentData('bad', () => {});
    try { new Worker(__filename); } catch (e) { console.log(e.name, e.message); }
  });
} else {
  const level = require('node:worker_threads').workerData;
  const report = { level, obj: getEnvironmentData('obj'), late: getEnvironmentData('late'), own: getEnvironmentData('own') };
  if (level === 1) {
    setEnvironmentData('own', 'set-by-level1');
    const w = new Worker(__filename, { workerData: 2 });
    w.on('message', (m) => parentPort.postMessage(m));
  }
  parentPort.postMessage(report);
}
