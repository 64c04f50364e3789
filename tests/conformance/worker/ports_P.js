// P1-P5, P9, P10: MessageChannel queueing, implicit starts, close ordering, hasRef.
const { MessageChannel, receiveMessageOnPort } = require('node:worker_threads');
const log = (...a) => console.log(...a);
{
  const { port1, port2 } = new MessageChannel();
  log('fresh hasRef', port1.hasRef(), port2.hasRef());
  port1.postMessage('queued 1');
  port1.postMessage('queued 2');
  log('receive', JSON.stringify(receiveMessageOnPort(port2)));
  port2.on('message', (m) => log('on message', m));
  log('after listener hasRef', port2.hasRef());
  port2.unref();
  log('after unref', port2.hasRef());
  port2.ref();
  setTimeout(() => port2.close(), 100);
  port2.on('close', () => log('port2 close'));
  port1.on('close', () => log('port1 close'));
}
{
  const { port1, port2 } = new MessageChannel();
  port2.addEventListener('message', (e) => log('event', e.constructor.name, e.data, JSON.stringify(e.ports), e.origin === '', e.lastEventId === '', e.source));
  port1.postMessage('via EventTarget', { transfer: [] });
  setTimeout(() => port1.close(), 100);
}
{
  const { port1, port2 } = new MessageChannel();
  port2.onmessage = (e) => { log('onmessage', e.data); port2.close(); };
  port1.postMessage({ nested: [1, { a: 2 }] }, { notTransfer: true });
}
{
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('before close');
  port1.close();
  port1.postMessage('after close: dropped');
  port2.on('message', (m) => log('p2', m));
  port2.on('close', () => log('p2 close after msg'));
}
try { receiveMessageOnPort({}); } catch (e) { log(e.name, e.code); }
try { new MessageChannel().port1.postMessage(); } catch (e) { log(e.name, e.code); }
try { new MessageChannel().port1.postMessage(() => {}); } catch (e) { log(e.name, e.message, e.code); }
