package jslib

import "testing"

// The expected outputs were recorded by running each case under Node v26.10.0.

// TestAbortController covers internal/abort_controller (AbortController, AbortSignal):
// abort reasons, events, AbortSignal.abort/any/timeout and argument errors.
func TestAbortController(t *testing.T) {
	const prelude = "const { AbortController, AbortSignal, aborted } = require('internal/abort_controller');\n"
	runCases(t, []jsCase{
		{"abort", prelude + `const ac = new AbortController();
const { signal } = ac;
log(signal === ac.signal, signal.aborted, signal.reason, Object.prototype.toString.call(signal));
let events = 0;
signal.addEventListener('abort', (ev) => {
  events++;
  log('listener', ev.type, ev.isTrusted, ev.target === signal, signal.aborted);
});
signal.onabort = (ev) => log('onabort', ev.type);
ac.abort();
ac.abort('again');
log(events, signal.reason.name, signal.reason.message, signal.reason.code, signal.reason instanceof Error);
try {
  signal.throwIfAborted();
} catch (err) {
  log('thrown is reason', err === signal.reason);
}
const ac2 = new AbortController();
ac2.abort(42);
log(ac2.signal.reason);
const ac3 = new AbortController();
ac3.abort(null);
log(ac3.signal.reason);
new AbortController().signal.throwIfAborted();
log('no throw');`, "true false undefined [object AbortSignal]\nlistener abort true true true\nonabort abort\n1 AbortError This operation was aborted 20 true\nthrown is reason true\n42\nnull\nno throw"},
		{"static abort and any", prelude + `const a = AbortSignal.abort();
log(a.aborted, a.reason.name, AbortSignal.abort('why').reason);
const x = new AbortController();
const y = new AbortController();
const any = AbortSignal.any([x.signal, y.signal]);
any.onabort = () => log('any aborted', any.reason);
y.abort('y');
x.abort('x');
log(any.aborted, any.reason);
log(AbortSignal.any([]).aborted, AbortSignal.any([AbortSignal.abort('pre')]).reason);
const z = new AbortController();
const outer = AbortSignal.any([AbortSignal.any([z.signal]), AbortSignal.any([])]);
z.abort('deep');
log(outer.aborted, outer.reason);`, "true AbortError why\nany aborted y\ntrue y\nfalse pre\ntrue deep"},
		{"timeout", prelude + `const t = AbortSignal.timeout(5);
t.addEventListener('abort', () => log('timed out', t.reason.name, t.reason.message, t.reason.code));
setTimeout(() => log('later', t.aborted), 50);
const unreffed = AbortSignal.timeout(1000);
unreffed.onabort = () => log('never: the timer does not keep the loop alive');`, "timed out TimeoutError The operation was aborted due to timeout 23\nlater true"},
		{"aborted helper", prelude + `const ac = new AbortController();
aborted(ac.signal, {}).then(() => log('resolved', ac.signal.aborted));
setTimeout(() => ac.abort(), 1);
aborted(AbortSignal.abort(), {}).then((v) => log('already', v));`, "already undefined\nresolved true"},
		{"errors", prelude + `const ac = new AbortController();
for (const fn of [
  () => new AbortSignal(),
  () => AbortSignal.timeout(-1),
  () => AbortSignal.timeout('1'),
  () => AbortSignal.timeout(2 ** 32),
  () => AbortSignal.any(1),
  () => AbortSignal.any([1]),
  () => AbortSignal.any([ac.signal, {}]),
  () => Reflect.get(AbortSignal.prototype, 'aborted', {}),
  () => AbortSignal.prototype.throwIfAborted.call({}),
]) {
  try {
    fn();
    log('no error');
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}`, "TypeError ERR_ILLEGAL_CONSTRUCTOR Illegal constructor\nRangeError ERR_OUT_OF_RANGE The value of \"delay\" is out of range. It must be >= 0 && <= 4294967295. Received -1\nTypeError ERR_INVALID_ARG_TYPE The \"delay\" argument must be of type number. Received type string ('1')\nRangeError ERR_OUT_OF_RANGE The value of \"delay\" is out of range. It must be >= 0 && <= 4294967295. Received 4294967296\nTypeError ERR_INVALID_ARG_TYPE signals cannot be converted to sequence.\nTypeError ERR_INVALID_ARG_TYPE signals[0] is not of type AbortSignal.\nTypeError ERR_INVALID_ARG_TYPE signals[1] is not of type AbortSignal.\nTypeError ERR_INVALID_THIS Value of \"this\" must be of type AbortSignal\nTypeError ERR_INVALID_THIS Value of \"this\" must be of type AbortSignal"},
		{"inspect", prelude + `const ac = new AbortController();
log(ac, ac.signal);
ac.abort();
log(ac.signal, [AbortSignal.abort()]);
log(Object.getOwnPropertyNames(AbortSignal.prototype).join(), Object.getOwnPropertyNames(AbortController.prototype).join());`, "AbortController { signal: AbortSignal { aborted: false } } AbortSignal { aborted: false }\nAbortSignal { aborted: true } [ AbortSignal { aborted: true } ]\nconstructor,aborted,reason,throwIfAborted,onabort constructor,signal,abort"},
	})
}
