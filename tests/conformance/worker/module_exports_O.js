// O1-O3: module members in main and in a worker.
const wt = require('node:worker_threads');
const names = ['isMainThread', 'isInternalThread', 'threadId', 'threadName', 'resourceLimits', 'workerData', 'parentPort',
  'SHARE_ENV', 'markAsUntransferable', 'isMarkedAsUntransferable', 'markAsUncloneable', 'receiveMessageOnPort',
  'postMessageToThread', 'getEnvironmentData', 'setEnvironmentData', 'BroadcastChannel', 'MessageChannel',
  'MessagePort', 'Worker', 'moveMessagePortToContext'];
console.log(names.map((n) => `${n}:${typeof wt[n]}`).join(' '));
console.log(wt.isMainThread, wt.isInternalThread, wt.threadId, JSON.stringify(wt.threadName), JSON.stringify(wt.resourceLimits), wt.workerData, wt.parentPort);
console.log(typeof Worker, typeof MessageChannel, typeof MessagePort, typeof BroadcastChannel, typeof structuredClone);
console.log(String(wt.SHARE_ENV));
try { wt.moveMessagePortToContext(new wt.MessageChannel().port1, {}); } catch (e) { console.log(e.code); }
const w = new wt.Worker(`
  const wt = require('node:worker_threads');
  wt.parentPort.postMessage([wt.isMainThread, wt.isInternalThread, wt.threadId, wt.threadName,
    typeof wt.parentPort.postMessage, wt.workerData, JSON.stringify(wt.resourceLimits)]);
`, { eval: true, workerData: 'wd', name: 'named' });
w.on('message', (m) => console.log(JSON.stringify(m)));
console.log(w.threadId, w.threadName, JSON.stringify(w.resourceLimits));
