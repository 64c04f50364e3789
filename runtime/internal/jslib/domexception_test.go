package jslib

import "testing"

// The expected outputs were recorded by running each case under Node v26.10.0.

// TestDOMException covers internal/domexception (the DOMException global): construction
// forms, the legacy code table, prototype shape and brand checks.
func TestDOMException(t *testing.T) {
	// The global in Node (checkWithNode); the module in this package's test runtime.
	const prelude = "const DOMException = globalThis.DOMException ?? require('internal/domexception').DOMException;\n"
	runCases(t, []jsCase{
		{"basics", prelude + `const e = new DOMException('boom', 'AbortError');
log(e.name, e.message, e.code, e instanceof DOMException, e instanceof Error);
log(String(e), Object.prototype.toString.call(e), JSON.stringify(Object.keys(e)), JSON.stringify(Object.getOwnPropertyNames(e)));
log(e.stack.split('\n')[0]);
log(Object.getPrototypeOf(DOMException) === Function.prototype, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
const d = new DOMException();
log(JSON.stringify([d.name, d.message, d.code]));`, "AbortError boom 20 true true\nAbortError: boom [object DOMException] [] [\"stack\"]\nAbortError: boom\ntrue true\n[\"Error\",\"\",0]"},
		{"options", prelude + `const e = new DOMException('x', { name: 'DataCloneError', cause: 42 });
log(e.name, e.code, e.cause, JSON.stringify(Object.getOwnPropertyDescriptor(e, 'cause')));
const f = new DOMException('y', { name: 'SyntaxError' });
log(f.code, 'cause' in f);
log(new DOMException(1, 2).name, new DOMException(undefined, undefined).name, new DOMException(null, null).message);`, "DataCloneError 25 42 {\"value\":42,\"writable\":true,\"enumerable\":false,\"configurable\":true}\n12 false\n2 Error null"},
		{"codes", prelude + "const names = ['IndexSizeError', 'HierarchyRequestError', 'WrongDocumentError', 'InvalidCharacterError',\n  'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError', 'InUseAttributeError',\n  'InvalidStateError', 'SyntaxError', 'InvalidModificationError', 'NamespaceError',\n  'InvalidAccessError', 'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError',\n  'URLMismatchError', 'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError',\n  'DataCloneError', 'DOMStringSizeError', 'NoDataAllowedError', 'ValidationError',\n  'EncodingError', 'OperationError', 'Error', ''];\nlog(names.map((n) => `${n}=${new DOMException('', n).code}`).join(' '));\nconst constants = Object.getOwnPropertyNames(DOMException).filter((k) => /^[A-Z_]+$/.test(k));\nlog(constants.length, constants.map((k) => DOMException[k]).join(','), DOMException.prototype.ABORT_ERR);\nlog(JSON.stringify(Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR')));", "IndexSizeError=1 HierarchyRequestError=3 WrongDocumentError=4 InvalidCharacterError=5 NoModificationAllowedError=7 NotFoundError=8 NotSupportedError=9 InUseAttributeError=10 InvalidStateError=11 SyntaxError=12 InvalidModificationError=13 NamespaceError=14 InvalidAccessError=15 TypeMismatchError=17 SecurityError=18 NetworkError=19 AbortError=20 URLMismatchError=21 QuotaExceededError=22 TimeoutError=23 InvalidNodeTypeError=24 DataCloneError=25 DOMStringSizeError=0 NoDataAllowedError=0 ValidationError=0 EncodingError=0 OperationError=0 Error=0 =0\n25 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25 20\n{\"value\":20,\"writable\":false,\"enumerable\":true,\"configurable\":false}"},
		{"accessors", prelude + `for (const k of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, k);
  log(k, typeof desc.get, desc.set, desc.enumerable, desc.configurable);
  try {
    Reflect.get(DOMException.prototype, k, {});
  } catch (err) {
    log(err.name, err.code, err.message, String(err));
  }
}
log(JSON.stringify(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag)));`, "name function undefined true true\nTypeError ERR_INVALID_THIS Value of \"this\" must be of DOMException TypeError [ERR_INVALID_THIS]: Value of \"this\" must be of DOMException\nmessage function undefined true true\nTypeError ERR_INVALID_THIS Value of \"this\" must be of DOMException TypeError [ERR_INVALID_THIS]: Value of \"this\" must be of DOMException\ncode function undefined true true\nTypeError ERR_INVALID_THIS Value of \"this\" must be of DOMException TypeError [ERR_INVALID_THIS]: Value of \"this\" must be of DOMException\n{\"value\":\"DOMException\",\"writable\":false,\"enumerable\":false,\"configurable\":true}"},
		{"subclass", prelude + `class MyError extends DOMException {
  constructor() {
    super('sub', 'NotFoundError');
  }
}
const m = new MyError();
log(m instanceof MyError, m instanceof DOMException, m instanceof Error, m.name, m.message, m.code);
try {
  DOMException('no new');
} catch (err) {
  log(err.name);
}
try {
  throw new DOMException('thrown', 'TimeoutError');
} catch (err) {
  log(err.name, err.message, err.code);
}`, "true true true NotFoundError sub 8\nTypeError\nTimeoutError thrown 23"},
	})
}
