// EventTarget and MessagePort argument checks: Node's errors, also now that event_target
// loads internal/validators only when a check fails.
const et = new EventTarget();
const tryIt = (label, fn) => { try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); } };
tryIt('opts null', () => et.addEventListener('x', () => {}, null));
tryIt('opts number', () => et.addEventListener('x', () => {}, 5));
tryIt('opts fn', () => et.addEventListener('x', () => {}, () => {}));
tryIt('opts array', () => et.addEventListener('x', () => {}, []));
tryIt('signal bad', () => et.addEventListener('x', () => {}, { signal: 1 }));
tryIt('signal null', () => et.addEventListener('x', () => {}, { signal: null }));
tryIt('event opts', () => new Event('x', 5));
tryIt('event opts arr', () => new Event('x', []));
tryIt('event opts fn', () => new Event('x', () => {}));
const { port1 } = new MessageChannel();
tryIt('emit type', () => port1.emit(5));
tryIt('emit ok', () => port1.emit('foo'));
tryIt('this field', () => Object.getOwnPropertyDescriptor(EventTarget.prototype, 'addEventListener').value.call({}, 'x', () => {}));
tryIt('onmessage this', () => Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage').get.call({}));
port1.close();
