package jslib

import "testing"

// The expected outputs were recorded by running each case under Node v26.10.0.

// TestPerfHooks covers perf_hooks: user timing, the timeline, observers, timerify and
// the HdrHistogram port (whose statistics must equal Node's).
func TestPerfHooks(t *testing.T) {
	const prelude = ""
	runCases(t, []jsCase{
		{"mark and measure", prelude + `const { performance, PerformanceMark, PerformanceEntry } = require('perf_hooks');
const m = performance.mark('b', { startTime: 5, detail: { x: [1, 2] } });
log(m.constructor.name, m.name, m.entryType, m.startTime, m.duration, JSON.stringify(m), m instanceof PerformanceEntry);
log(JSON.stringify(performance.measure('opts', { start: 1, end: 3, detail: 'd' })));
log(JSON.stringify(performance.measure('start-dur', { start: 2, duration: 3 })));
log(JSON.stringify(performance.measure('end-dur', { end: 10, duration: 4 })));
performance.mark('c', { startTime: 1 });
log(JSON.stringify(performance.measure('marks', 'c', 'b')));
log(performance.getEntries().map((e) => e.name).join(), performance.getEntriesByType('mark').map((e) => e.name).join());
log(performance.getEntriesByName('b', 'mark').length, performance.getEntriesByName('b', 'measure').length);
performance.clearMarks('b');
log(performance.getEntriesByType('mark').map((e) => e.name).join());
performance.clearMarks();
performance.clearMeasures();
log(performance.getEntries().length, new PerformanceMark('direct', { startTime: 7 }).startTime, performance.getEntries().length);
for (const fn of [
  () => performance.mark(),
  () => performance.mark('nodeStart'),
  () => performance.mark('x', { startTime: -1 }),
  () => performance.measure(1),
  () => performance.measure('x', 'missing'),
  () => performance.measure('x', { start: 1 }, 'b'),
  () => performance.getEntriesByType(),
  () => new PerformanceEntry(),
]) {
  try {
    log('ok', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}`, "PerformanceMark b mark 5 0 {\"name\":\"b\",\"entryType\":\"mark\",\"startTime\":5,\"duration\":0,\"detail\":{\"x\":[1,2]}} true\n{\"name\":\"opts\",\"entryType\":\"measure\",\"startTime\":1,\"duration\":2,\"detail\":\"d\"}\n{\"name\":\"start-dur\",\"entryType\":\"measure\",\"startTime\":2,\"duration\":3,\"detail\":null}\n{\"name\":\"end-dur\",\"entryType\":\"measure\",\"startTime\":6,\"duration\":4,\"detail\":null}\n{\"name\":\"marks\",\"entryType\":\"measure\",\"startTime\":1,\"duration\":4,\"detail\":null}\nc,opts,marks,start-dur,b,end-dur c,b\n1 0\nc\n0 7 0\nTypeError ERR_MISSING_ARGS The \"name\" argument must be specified\nTypeError ERR_INVALID_ARG_VALUE The argument 'name' is invalid. Received 'nodeStart'\nTypeError ERR_PERFORMANCE_INVALID_TIMESTAMP -1 is not a valid timestamp\nTypeError ERR_INVALID_ARG_TYPE The \"name\" argument must be of type string. Received type number (1)\nSyntaxError 12 The \"missing\" performance mark has not been set\nTypeError ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS endMark must not be specified\nTypeError ERR_MISSING_ARGS The \"type\" argument must be specified\nTypeError ERR_ILLEGAL_CONSTRUCTOR Illegal constructor"},
		{"observer", prelude + `const { performance, PerformanceObserver } = require('perf_hooks');
log(JSON.stringify(PerformanceObserver.supportedEntryTypes));
const obs = new PerformanceObserver((list, o) => {
  log('entries', list.getEntries().map((e) => e.name + '/' + e.entryType).join(), o === obs);
  log(list.getEntriesByName('m1').length, list.getEntriesByType('measure').length);
  obs.disconnect();
  const buffered = new PerformanceObserver((l) => {
    log('buffered', l.getEntries().map((e) => e.name).join());
    buffered.disconnect();
  });
  buffered.observe({ type: 'mark', buffered: true });
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m2', { startTime: 20 });
performance.mark('m1', { startTime: 10 });
performance.measure('ms', { start: 5, end: 30 });
for (const fn of [
  () => new PerformanceObserver(),
  () => new PerformanceObserver(() => {}).observe({}),
  () => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' }),
  () => new PerformanceObserver(() => {}).observe({ entryTypes: ['mark'], type: 'mark' }),
]) {
  try {
    log('ok', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}`, "[\"dns\",\"function\",\"gc\",\"http\",\"http2\",\"mark\",\"measure\",\"net\",\"quic\",\"resource\"]\nTypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received undefined\nTypeError ERR_MISSING_ARGS The \"options.entryTypes\" and \"options.type\" arguments must be specified\nTypeError ERR_INVALID_ARG_TYPE The \"options.entryTypes\" property must be string[]. Received type string ('mark')\nTypeError ERR_INVALID_ARG_VALUE The property 'options.entryTypes' options.entryTypes can not set with options.type together. Received [ 'mark' ]\nentries ms/measure,m1/mark,m2/mark true\n1 1\nbuffered m1,m2"},
		{"timerify", prelude + `const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');
function add(a, b) { return a + b; }
const timed = performance.timerify(add);
log(timed.name, timed.length, timed === add);
const h = createHistogram();
const withH = performance.timerify(add, { histogram: h });
withH(1, 2);
log(h.count);
const obs = new PerformanceObserver((list) => {
  const [e] = list.getEntries();
  log(e.name, e.entryType, JSON.stringify(e.detail), e[0], e[1], e.duration >= 0);
  obs.disconnect();
});
obs.observe({ type: 'function' });
log(timed(2, 3));
try {
  performance.timerify(1);
} catch (err) {
  log(err.name, err.code, err.message);
}`, "timerified add 2 false\n1\n5\nTypeError ERR_INVALID_ARG_TYPE The \"fn\" argument must be of type function. Received type number (1)\nadd function [2,3] 2 3 true"},
		{"histogram", prelude + `const { createHistogram } = require('perf_hooks');
const e = createHistogram();
log(e.count, e.min, e.max, e.mean, e.stddev, e.exceeds, JSON.stringify([...e.percentiles]), String(e.minBigInt));
const h = createHistogram();
for (const v of [1, 2, 3, 4, 100, 1000, 12345]) h.record(v);
log(h.count, h.min, h.max, h.mean, h.stddev, h.percentile(50), h.percentile(99), String(h.percentileBigInt(90)));
log(JSON.stringify([...h.percentiles]), JSON.stringify(h.toJSON()));
const big = createHistogram();
for (let i = 1; i < 5000; i += 7) big.record(i * 1234567);
log(big.count, big.min, big.max, big.mean, big.stddev);
log(JSON.stringify([...big.percentiles]), big.percentile(33.3), big.toJSON().skewness, big.toJSON().kurtosis);
const small = createHistogram({ lowest: 10, highest: 1000, figures: 2 });
for (const v of [5, 10, 11, 999, 1000, 5000]) small.record(v);
log(small.count, small.exceeds, small.min, small.max, JSON.stringify([...small.percentiles]));
const a = createHistogram();
const b = createHistogram();
a.record(5);
b.record(7);
a.add(b);
log(a.count, a.max);
a.reset();
log(a.count, a.max);
for (const fn of [() => h.record(0), () => h.record(1.5), () => h.percentile(0), () => createHistogram({ lowest: 5, highest: 6 }), () => createHistogram({ figures: 6 })]) {
  try {
    log('ok', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}`, "0 9223372036854776000 0 NaN NaN 0 [[100,0]] 9223372036854775807\n7 1 12351 1922.5714285714287 4269.646484434141 4 12351 1000\n[[0,1],[50,4],[75,1000],[87.5,12344],[100,12344]] {\"count\":7,\"min\":1,\"max\":12351,\"mean\":1922.5714285714287,\"exceeds\":0,\"stddev\":4269.646484434141,\"skewness\":2.0152135671468905,\"kurtosis\":2.106626758148834,\"ewmaMean\":0,\"ewmaStddev\":0,\"ewmaErrorRate\":0,\"percentiles\":{\"0\":1,\"50\":4,\"75\":1000,\"100\":12344,\"87.5\":12344}}\n715 1233920 6174015487 3086426629.7286716 1783739134.8078873\n[[0,1233920],[50,3084910592],[75,4630511616],[87.5,5402263552],[93.75,5788139520],[96.875,5981077504],[98.4375,6073352192],[99.21875,6127878144],[99.609375,6153043968],[99.8046875,6161432576],[99.90234375,6169821184],[100,6169821184]] 2049966079 0.000026018697055704025 -1.1999820400809118\n5 1 0 1007 [[0,0],[50,8],[75,992],[87.5,1000],[100,1000]]\n2 7\n0 0\nRangeError ERR_OUT_OF_RANGE The value of \"val\" is out of range. It must be >= 1 && <= 9007199254740991. Received 0\nRangeError ERR_OUT_OF_RANGE The value of \"val\" is out of range. It must be an integer. Received 1.5\nRangeError ERR_OUT_OF_RANGE The value of \"percentile\" is out of range. It must be > 0 && <= 100. Received 0\nRangeError ERR_OUT_OF_RANGE The value of \"options.highest\" is out of range. It must be >= 2 * options.lowest (10n). Received 6\nRangeError ERR_OUT_OF_RANGE The value of \"options.figures\" is out of range. It must be >= 1 && <= 5. Received 6"},
	})
}
