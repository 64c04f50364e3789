// P1-P5, P9, P10: MessageChannel queueing, implicit starts, close ordering, hasRef.
// Steps run one after another (each waits for the previous one's events), so the output
// does not depend on timing.
const { MessageChannel, receiveMessageOnPort } = require('node:worker_threads');
const log = (...a) => console.log(...a);
const once = (port, name) => new Promise((resolve) => port.once(name, resolve));

// Close events alone do not keep a thread alive (in Node either): hold it open meanwhile.
const keepAlive = setInterval(() => {}, 1000);
(async () => {
  {
    const { port1, port2 } = new MessageChannel();
    log('fresh hasRef', port1.hasRef(), port2.hasRef());
    port1.postMessage('queued 1');
    port1.postMessage('queued 2');
    log('receive', JSON.stringify(receiveMessageOnPort(port2)));
    const closed = Promise.all([once(port1, 'close'), once(port2, 'close')]);
    const got = new Promise((resolve) => port2.on('message', (m) => { log('on message', m); resolve(); }));
    log('after listener hasRef', port2.hasRef());
    port2.unref();
    log('after unref', port2.hasRef());
    port2.ref();
    await got;
    port2.close();
    await closed;
    log('both closed');
  }
  {
    const { port1, port2 } = new MessageChannel();
    const got = new Promise((resolve) => port2.addEventListener('message', (e) => {
      log('event', e.constructor.name, e.data, JSON.stringify(e.ports), e.origin === '', e.lastEventId === '', e.source);
      resolve();
    }));
    port1.postMessage('via EventTarget', { transfer: [] });
    await got;
    port1.close();
  }
  {
    const { port1, port2 } = new MessageChannel();
    const got = new Promise((resolve) => { port2.onmessage = (e) => { log('onmessage', e.data); port2.close(); resolve(); }; });
    port1.postMessage({ nested: [1, { a: 2 }] }, { notTransfer: true });
    await got;
  }
  {
    const { port1, port2 } = new MessageChannel();
    port1.postMessage('before close');
    port1.close();
    port1.postMessage('after close: dropped');
    port2.on('message', (m) => log('p2', m));
    await once(port2, 'close');
    log('p2 close after msg');
  }
  try { receiveMessageOnPort({}); } catch (e) { log(e.name, e.code); }
  try { new MessageChannel().port1.postMessage(); } catch (e) { log(e.name, e.code); }
  try { new MessageChannel().port1.postMessage(() => {}); } catch (e) { log(e.name, e.message, e.code); }
  clearInterval(keepAlive);
})();
