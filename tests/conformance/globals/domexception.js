'use strict';
// DOMException: constructor forms, the WebIDL legacy code table, prototype shape,
// Error-ness, toString/toStringTag and brand checks of the accessors.
const log = console.log;

const e = new DOMException('boom', 'AbortError');
log(e.name, e.message, e.code, e instanceof DOMException, e instanceof Error);
log(String(e), Object.prototype.toString.call(e), Object.keys(e), Object.getOwnPropertyNames(e));
log(typeof e.stack, e.stack.split('\n')[0]);
log(Object.getPrototypeOf(DOMException) === Function.prototype,
    Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
log(DOMException.name, DOMException.length);

const d = new DOMException();
log(JSON.stringify([d.name, d.message, d.code]));
const withOptions = new DOMException('x', { name: 'DataCloneError', cause: 42 });
log(withOptions.name, withOptions.code, withOptions.cause, Object.getOwnPropertyDescriptor(withOptions, 'cause'));
const noCause = new DOMException('y', { name: 'SyntaxError' });
log(noCause.code, 'cause' in noCause);
log(new DOMException(1, 2).name, new DOMException(undefined, undefined).name, new DOMException(null, null).message);

// Legacy codes: names with a code, disused ones, unknown ones.
for (const name of ['IndexSizeError', 'HierarchyRequestError', 'InvalidCharacterError',
  'NotFoundError', 'NotSupportedError', 'InvalidStateError', 'SyntaxError',
  'NamespaceError', 'InvalidAccessError', 'TypeMismatchError', 'SecurityError',
  'NetworkError', 'AbortError', 'URLMismatchError', 'QuotaExceededError', 'TimeoutError',
  'InvalidNodeTypeError', 'DataCloneError', 'DOMStringSizeError', 'NoDataAllowedError',
  'ValidationError', 'EncodingError', 'NotReadableError', 'OperationError', 'Error']) {
  log(name, new DOMException('', name).code);
}

const constants = Object.getOwnPropertyNames(DOMException).filter((k) => /^[A-Z_]+$/.test(k));
log(constants.length, constants.map((k) => `${k}=${DOMException[k]}`).join(' '));
log(DOMException.prototype.ABORT_ERR, e.TIMEOUT_ERR, Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR'));
log(Object.getOwnPropertyNames(DOMException.prototype).slice(0, 4));
for (const k of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, k);
  log(k, typeof desc.get, desc.set, desc.enumerable, desc.configurable);
}
log(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag));

// Accessors on a non-DOMException.
for (const k of ['name', 'message', 'code']) {
  try {
    Reflect.get(DOMException.prototype, k, {});
  } catch (err) {
    log(k, err.name, err.code, err.message, String(err));
  }
}
try {
  DOMException('no new');
} catch (err) {
  log(err.name);
}

// Subclassing and throwing.
class MyError extends DOMException {
  constructor() {
    super('sub', 'NotFoundError');
  }
}
const m = new MyError();
log(m instanceof MyError, m instanceof DOMException, m.name, m.code);
try {
  throw new DOMException('thrown', 'TimeoutError');
} catch (err) {
  log(err.name, err.message, err.code);
}
log(require('util').inspect(new DOMException('msg', 'NotFoundError')).split('\n')[0]);
log(require('util').inspect({ nested: new DOMException('n', 'TimeoutError') }).split('\n')[0]);
