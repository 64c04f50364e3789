// P8: transferring ports: errors, inert original, queued messages travel along.
const { MessageChannel, Worker } = require('node:worker_threads');
const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();
const tryPost = (label, fn) => { try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.message); } };
tryPost('source port', () => port1.postMessage(port1, [port1]));
tryPost('duplicate', () => port1.postMessage(null, [other.port1, other.port1]));
tryPost('not listed', () => port1.postMessage({ p: other.port1 }));
other.port1.postMessage('travels with the port');
const moved = new MessageChannel();
moved.port2.close();
tryPost('closed port', () => port1.postMessage(null, [moved.port2]));
port1.postMessage({ port: other.port2 }, [other.port2]);
tryPost('already moved', () => port1.postMessage(null, [other.port2]));
port2.once('message', ({ port }) => {
  console.log('received a port', port.constructor.name);
  port.on('message', (m) => {
    console.log('moved port got', m);
    port.close();
    port1.close();
    viaWorker();
  });
});
// Then a port travels to a worker and the worker answers over it.
function viaWorker() {
const w = new Worker(`
  const { parentPort } = require('node:worker_threads');
  parentPort.once('message', ({ port }) => {
    port.postMessage('hello from worker over a transferred port');
    port.close();
  });
`, { eval: true });
const ch = new MessageChannel();
ch.port1.on('message', (m) => console.log('main got', m));
ch.port1.on('close', () => console.log('worker side closed'));
w.postMessage({ port: ch.port2 }, [ch.port2]);
}
