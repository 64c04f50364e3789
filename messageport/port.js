// MessagePort, MessageChannel, MessageEvent and BroadcastChannel for one env, over the
// Go port binding. Evaluated once per env as
//   (function (binding, et, errors, module) { ... })
// Node's reference: lib/internal/worker/io.js (MIT).
'use strict';
const {
  EventTarget, NodeEventTarget, initNodeEventTarget, kNewListener, kRemoveListener, kCreateEvent,
  defineEventHandler, Event,
} = et;
// lazyCodes: building the whole error table at load would cost every worker
// (jslib's BenchmarkErrorTable).
const { lazyCodes: { ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_CONSTRUCT_CALL_INVALID } } = errors;
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kOnMessage = Symbol('kOnMessage');
const kOnMessageError = Symbol('kOnMessageError');
const kOnClose = Symbol('kOnClose');
const kCurrentlyReceivingPorts = Symbol('kCurrentlyReceivingPorts');

class MessageEvent extends Event {
  #data; #origin; #lastEventId; #source; #ports;
  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = options ?? {};
    this.#data = data; this.#origin = `${origin}`; this.#lastEventId = `${lastEventId}`;
    this.#source = source; this.#ports = [...ports];
  }
  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, { value: 'MessageEvent', configurable: true });

function transferListOf(transfer) {
  if (transfer === undefined || transfer === null) return undefined;
  if (Array.isArray(transfer)) return transfer;
  if (typeof transfer !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('transfer', ['Array', 'Object'], transfer);
  }
  if (typeof transfer[Symbol.iterator] === 'function') return [...transfer];
  const list = transfer.transfer;
  if (list === undefined || list === null) return undefined;
  if (typeof list !== 'object') throw new ERR_INVALID_ARG_TYPE('options.transfer', 'Array', list);
  return [...list];
}

class MessagePort extends NodeEventTarget {
  constructor() {
    // eslint-disable-next-line constructor-super
    throw new TypeError('Illegal constructor');
  }
  postMessage(message, transfer) {
    if (!(this instanceof MessagePort)) throw new ERR_INVALID_THIS('MessagePort');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    binding.post(this, message, transferListOf(transfer));
  }
  start() { if (!(this instanceof MessagePort)) throw new ERR_INVALID_THIS('MessagePort'); binding.start(this); }
  close() { if (!(this instanceof MessagePort)) throw new ERR_INVALID_THIS('MessagePort'); binding.close(this); }
  ref() { binding.ref(this, true); return this; }
  unref() { binding.ref(this, false); return this; }
  hasRef() { return binding.hasRef(this); }
  [kNewListener](size, type, ...args) {
    if (type === 'message' && size === 1) binding.start(this);
    return super[kNewListener](size, type, ...args);
  }
  [kRemoveListener](size, type, ...args) {
    if (type === 'message' && size === 0) binding.stop(this);
    return super[kRemoveListener](size, type, ...args);
  }
  [kCreateEvent](data, type) {
    if (type !== 'message' && type !== 'messageerror') return new Event(type);
    const ports = this[kCurrentlyReceivingPorts];
    this[kCurrentlyReceivingPorts] = undefined;
    return new MessageEvent(type, { data, ports });
  }
  [kOnMessage](data, ports) {
    this[kCurrentlyReceivingPorts] = ports;
    this[kHybridDispatch](data, 'message', undefined);
  }
  [kOnMessageError](error) {
    this[kHybridDispatch](error, 'messageerror', undefined);
  }
  [kOnClose]() {
    this[kHybridDispatch](undefined, 'close', undefined);
  }
}
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, { value: 'MessagePort', configurable: true });
// `onmessage = fn` starts the port like a listener does (P1): defineEventHandler adds the
// listener through addEventListener, which reaches kNewListener.

function createPort() {
  const port = Object.create(MessagePort.prototype);
  initNodeEventTarget(port);
  port[kCurrentlyReceivingPorts] = undefined;
  return port;
}

class MessageChannel {
  #port1; #port2;
  constructor() {
    const [a, b] = binding.channel();
    this.#port1 = a;
    this.#port2 = b;
  }
  get port1() { return this.#port1; }
  get port2() { return this.#port2; }
}
Object.defineProperty(MessageChannel.prototype, Symbol.toStringTag, { value: 'MessageChannel', configurable: true });

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  return binding.receive(port);
}

class BroadcastChannel extends EventTarget {
  #handle;
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#handle = binding.bcOpen(this, `${name}`);
  }
  get name() { return binding.bcName(this.#handle); }
  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    binding.bcPost(this.#handle, message);
  }
  close() { binding.bcClose(this.#handle); }
  ref() { binding.bcRef(this.#handle, true); return this; }
  unref() { binding.bcRef(this.#handle, false); return this; }
  [kOnMessage](data) { this.dispatchEvent(new MessageEvent('message', { data })); }
  [kOnMessageError](error) { this.dispatchEvent(new MessageEvent('messageerror', { data: error })); }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
Object.defineProperty(BroadcastChannel.prototype, Symbol.toStringTag, { value: 'BroadcastChannel', configurable: true });

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument');
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    if (options.transfer !== undefined && options.transfer !== null) transfer = [...options.transfer];
  }
  return binding.clone(value, transfer);
}

module.exports = {
  MessagePort, MessageChannel, MessageEvent, BroadcastChannel, receiveMessageOnPort, createPort,
  structuredClone, kOnMessage, kOnMessageError, kOnClose,
};
