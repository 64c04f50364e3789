'use strict';

// Ported from Node.js v26 lib/internal/streams/operators.js for gonode (MIT license, Copyright Node.js
// contributors and Joyent, Inc.): primordials come from internal/streams/primordials,
// Node internals from internal/streams/shim.

const {
  ArrayPrototypePush,
  Boolean,
  MathFloor,
  Number,
  NumberIsNaN,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  Symbol,
} = require('internal/streams/primordials');

const { asyncGen, AWAIT, forAwait, getAsyncIterator, lazyAbortController } = require('internal/streams/shim');
// AbortSignal.any([signal]) with at most one signal.
function anySignal(signal) {
  return signal ?? new (lazyAbortController())().signal;
}

// Note (gonode): the async generators of Node's file are written as asyncGen(function*)
// with `yield AWAIT(p)` for `await p`, and `for await` as explicit iterator loops.

const {
  AbortError,
  codes: {
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
  validateFunction,
} = require('internal/validators');
const { kWeakHandler, kResistStopPropagation } = require('internal/event_target');
const { finished } = require('internal/streams/end-of-stream');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function map(fn, options) {
  validateFunction(fn, 'fn');
  if (options != null) {
    validateObject(options, 'options');
  }
  if (options?.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }

  let concurrency = 1;
  if (options?.concurrency != null) {
    concurrency = MathFloor(options.concurrency);
  }

  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) {
    highWaterMark = MathFloor(options.highWaterMark);
  }

  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);

  highWaterMark += concurrency;

  return asyncGen(function* map() {
    const signal = anySignal(options?.signal);
    const stream = this;
    const queue = [];
    const signalOpt = { signal };

    let next;
    let resume;
    let done = false;
    let cnt = 0;

    function onCatch() {
      done = true;
      afterItemProcessed();
    }

    function afterItemProcessed() {
      cnt -= 1;
      maybeResume();
    }

    function maybeResume() {
      if (
        resume &&
        !done &&
        cnt < concurrency &&
        queue.length < highWaterMark
      ) {
        resume();
        resume = null;
      }
    }

    async function pump() {
      try {
        let stopped = false;
        await forAwait(stream, (val) => {
          if (done) {
            stopped = true;
            return forAwait.BREAK;
          }

          if (signal.aborted) {
            throw new AbortError();
          }

          try {
            val = fn(val, signalOpt);

            if (val === kEmpty) {
              return;
            }

            val = PromiseResolve(val);
          } catch (err) {
            val = PromiseReject(err);
          }

          cnt += 1;

          PromisePrototypeThen(val, afterItemProcessed, onCatch);

          queue.push(val);
          if (next) {
            next();
            next = null;
          }

          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            return new Promise((resolve) => {
              resume = resolve;
            });
          }
        });
        if (stopped) return;
        queue.push(kEof);
      } catch (err) {
        const val = PromiseReject(err);
        PromisePrototypeThen(val, afterItemProcessed, onCatch);
        queue.push(val);
      } finally {
        done = true;
        if (next) {
          next();
          next = null;
        }
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = yield AWAIT(queue[0]);

          if (val === kEof) {
            return;
          }

          if (signal.aborted) {
            throw new AbortError();
          }

          if (val !== kEmpty) {
            yield val;
          }

          queue.shift();
          maybeResume();
        }

        yield AWAIT(new Promise((resolve) => {
          next = resolve;
        }));
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
    }
  }).call(this);
}

async function some(fn, options = undefined) {
  let found = false;
  await forAwait(filter.call(this, fn, options), () => {
    found = true;
    return forAwait.BREAK;
  });
  return found;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  // https://en.wikipedia.org/wiki/De_Morgan%27s_laws
  return !(await some.call(this, async (...args) => {
    return !(await fn(...args));
  }, options));
}

async function find(fn, options) {
  let found;
  await forAwait(filter.call(this, fn, options), (result) => {
    found = result;
    return forAwait.BREAK;
  });
  return found;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, options) {
    await fn(value, options);
    return kEmpty;
  }
  await forAwait(map.call(this, forEachFn, options), () => {});
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, options) {
    if (await fn(value, options)) {
      return value;
    }
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

// Specific to provide better error to reduce since the argument is only
// missing if the stream has no items in it - but the code is still appropriate
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  if (options != null) {
    validateObject(options, 'options');
  }
  if (options?.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }

  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {}); // The error is already propagated
    await finished(this.destroy(err));
    throw err;
  }
  const ac = new (lazyAbortController())();
  const signal = ac.signal;
  if (options?.signal) {
    const opts = { once: true, [kWeakHandler]: this, [kResistStopPropagation]: true };
    options.signal.addEventListener('abort', () => ac.abort(), opts);
  }
  let gotAnyItemFromStream = false;
  try {
    await forAwait(this, async (value) => {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) {
        throw new AbortError();
      }
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    });
    if (!gotAnyItemFromStream && !hasInitialValue) {
      throw new ReduceAwareErrMissingArgs();
    }
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  if (options != null) {
    validateObject(options, 'options');
  }
  if (options?.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }

  const result = [];
  await forAwait(this, (val) => {
    if (options?.signal?.aborted) {
      throw new AbortError(undefined, { cause: options.signal.reason });
    }
    ArrayPrototypePush(result, val);
  });
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return asyncGen(function* flatMap() {
    const outer = getAsyncIterator(values);
    let ok = false;
    try {
      for (;;) {
        const r = yield AWAIT(outer.next());
        if (r.done) break;
        const inner = getAsyncIterator(r.value);
        let innerOk = false;
        try {
          for (;;) {
            const ir = yield AWAIT(inner.next());
            if (ir.done) break;
            yield ir.value;
          }
          innerOk = true;
        } finally {
          if (!innerOk && typeof inner.return === 'function') yield AWAIT(inner.return());
        }
      }
      ok = true;
    } finally {
      if (!ok && typeof outer.return === 'function') yield AWAIT(outer.return());
    }
  }).call(this);
}

function toIntegerOrInfinity(number) {
  // We coerce here to align with the spec
  // https://github.com/tc39/proposal-iterator-helpers/issues/169
  number = Number(number);
  if (NumberIsNaN(number)) {
    return 0;
  }
  if (number < 0) {
    throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  }
  return number;
}

function drop(number, options = undefined) {
  if (options != null) {
    validateObject(options, 'options');
  }
  if (options?.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }

  number = toIntegerOrInfinity(number);
  return asyncGen(function* drop() {
    if (options?.signal?.aborted) {
      throw new AbortError();
    }
    const it = getAsyncIterator(this);
    let ok = false;
    try {
      for (;;) {
        const r = yield AWAIT(it.next());
        if (r.done) break;
        if (options?.signal?.aborted) {
          throw new AbortError();
        }
        if (number-- <= 0) {
          yield r.value;
        }
      }
      ok = true;
    } finally {
      if (!ok && typeof it.return === 'function') yield AWAIT(it.return());
    }
  }).call(this);
}

function take(number, options = undefined) {
  if (options != null) {
    validateObject(options, 'options');
  }
  if (options?.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }

  number = toIntegerOrInfinity(number);
  return asyncGen(function* take() {
    if (options?.signal?.aborted) {
      throw new AbortError();
    }
    const it = getAsyncIterator(this);
    let exhausted = false;
    try {
      for (;;) {
        const r = yield AWAIT(it.next());
        if (r.done) {
          exhausted = true;
          break;
        }
        if (options?.signal?.aborted) {
          throw new AbortError();
        }
        if (number-- > 0) {
          yield r.value;
        }

        // Don't get another item from iterator in case we reached the end
        if (number <= 0) {
          return;
        }
      }
    } finally {
      if (!exhausted && typeof it.return === 'function') yield AWAIT(it.return());
    }
  }).call(this);
}

module.exports.streamReturningOperators = {
  drop,
  filter,
  flatMap,
  map,
  take,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};
