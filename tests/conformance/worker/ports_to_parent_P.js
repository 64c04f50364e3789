// P8 and X1 through the Worker object: ports the worker transfers to its parent arrive
// in 'message' as working MessagePorts, in order with the worker's plain messages.
const { Worker, MessagePort } = require('node:worker_threads');
const w = new Worker(`
  const { parentPort, MessageChannel } = require('node:worker_threads');
  parentPort.postMessage('before');
  const a = new MessageChannel();
  const b = new MessageChannel();
  parentPort.postMessage({ port: a.port1, nested: { list: [b.port1] } }, [a.port1, b.port1]);
  parentPort.postMessage('after');
  a.port2.on('message', (m) => {
    a.port2.postMessage('a echoes ' + m);
    a.port2.close();
  });
  b.port2.on('message', (m) => {
    b.port2.postMessage('b echoes ' + m);
    b.port2.close();
  });
`, { eval: true });
const seen = [];
w.on('message', (m) => {
  if (typeof m === 'string') {
    seen.push(m);
    console.log('message', m);
    return;
  }
  seen.push('ports');
  const { port } = m;
  const [inner] = m.nested.list;
  console.log('ports', port instanceof MessagePort, inner instanceof MessagePort, Object.keys(m));
  let open = 2;
  for (const [p, name] of [[port, 'a'], [inner, 'b']]) {
    p.on('message', (echo) => {
      console.log(echo);
      p.close();
      if (--open === 0) console.log('order', seen.join(' '));
    });
    p.postMessage('hello ' + name);
  }
});
w.on('exit', (code) => console.log('exit', code));
