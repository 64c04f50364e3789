'use strict';
// Node's `diagnostics_channel` module, after Node.js v26 lib/diagnostics_channel.js
// (MIT License, Copyright Node.js contributors and Joyent, Inc.).
//
// Differences from Node: goja has no WeakRef, so channels are held strongly (a channel
// object stays the same for a name for the life of the env, which Node only guarantees
// while it has subscribers); no `using`/DisposableStack, so store scopes are entered
// with try/finally (stores need run(); withScope() is used by withStoreScope() when
// the store has it).

const {
  lazyCodes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateFunction,
} = require('internal/validators');

const ReflectApply = Reflect.apply;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const SymbolDispose = Symbol.dispose;
const kEmptyObject = Object.freeze({ __proto__: null });

function triggerUncaughtException(err) {
  process.nextTick(() => {
    throw err;
  });
}

const channels = new Map();

function markActive(channel) {
  // eslint-disable-next-line no-use-before-define
  ObjectSetPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new Map();
}

function maybeMarkInactive(channel) {
  // When there are no more active subscribers or bound, restore to fast prototype.
  if (!channel._subscribers.length && !channel._stores.size) {
    // eslint-disable-next-line no-use-before-define
    ObjectSetPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
  }
}

// Runs next() inside every store bound to the channel (outermost first), after
// publishing data, like Node's RunStoresScope.
function runStoresThen(activeChannel, data, next) {
  let run = () => {
    activeChannel.publish(data);
    return next();
  };
  if (activeChannel._stores) {
    for (const { 0: store, 1: transform } of activeChannel._stores.entries()) {
      const inner = run;
      run = () => {
        let newContext = data;
        if (transform) {
          try {
            newContext = transform(data);
          } catch (err) {
            triggerUncaughtException(err);
            return inner();
          }
        }
        return store.run(newContext, inner);
      };
    }
  }
  return run();
}

class RunStoresScope {
  #scopes = [];

  constructor(activeChannel, data) {
    if (activeChannel._stores) {
      for (const { 0: store, 1: transform } of activeChannel._stores.entries()) {
        let newContext = data;
        if (transform) {
          try {
            newContext = transform(data);
          } catch (err) {
            triggerUncaughtException(err);
            continue;
          }
        }
        if (typeof store.withScope === 'function') {
          this.#scopes.push(store.withScope(newContext));
        } else if (typeof store.enterWith === 'function') {
          const previous = store.getStore();
          store.enterWith(newContext);
          this.#scopes.push({ [SymbolDispose]() { store.enterWith(previous); } });
        }
      }
    }

    activeChannel.publish(data);
  }

  [SymbolDispose]() {
    const scopes = this.#scopes;
    this.#scopes = [];
    for (let i = scopes.length - 1; i >= 0; i--) {
      scopes[i][SymbolDispose]();
    }
  }
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = this._subscribers.slice();
    this._subscribers.push(subscription);
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;

    const before = this._subscribers.slice(0, index);
    const after = this._subscribers.slice(index + 1);
    this._subscribers = before;
    this._subscribers.push(...after);

    maybeMarkInactive(this);

    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) {
      return false;
    }

    this._stores.delete(store);

    maybeMarkInactive(this);

    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < (subscribers?.length || 0); i++) {
      try {
        const onMessage = subscribers[i];
        onMessage(data, this.name);
      } catch (err) {
        triggerUncaughtException(err);
      }
    }
  }

  withStoreScope(data) {
    return new RunStoresScope(this, data);
  }

  runStores(data, fn, thisArg, ...args) {
    return runStoresThen(this, data, () => ReflectApply(fn, thisArg, args));
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    this._index = undefined;

    channels.set(name, this);
  }

  static [Symbol.hasInstance](instance) {
    const prototype = ObjectGetPrototypeOf(instance);
    return prototype === Channel.prototype ||
           prototype === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    markActive(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    markActive(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return ReflectApply(fn, thisArg, args);
  }

  withStoreScope() {
    // Return no-op disposable for inactive channels
    return {
      [SymbolDispose]() {},
    };
  }
}

function channel(name) {
  const channel = channels.get(name);
  if (channel) return channel;

  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }

  return new Channel(name);
}

function subscribe(name, subscription) {
  return channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const channel = channels.get(name);
  if (!channel) return false;

  return channel.hasSubscribers;
}

function assertChannel(value, name) {
  if (!(value instanceof Channel)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Channel'], value);
  }
}

function channelFromMap(nameOrChannels, name, className) {
  if (typeof nameOrChannels === 'string') {
    return channel(`tracing:${nameOrChannels}:${name}`);
  }

  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const channel = nameOrChannels[name];
    assertChannel(channel, `nameOrChannels.${name}`);
    return channel;
  }

  throw new ERR_INVALID_ARG_TYPE('nameOrChannels',
                                 ['string', 'object', className],
                                 nameOrChannels);
}

// ---- BoundedChannel (start/end pair) -----------------------------------------------

const boundedEvents = ['start', 'end'];

class BoundedChannelScope {
  #context;
  #end;
  #scope;

  constructor(boundedChannel, context) {
    // Only proceed if there are subscribers
    if (!boundedChannel.hasSubscribers) {
      return;
    }

    const { start, end } = boundedChannel;
    this.#context = context;
    this.#end = end;

    this.#scope = new RunStoresScope(start, context);
  }

  [SymbolDispose]() {
    if (!this.#scope) {
      return;
    }

    this.#end.publish(this.#context);

    this.#scope[SymbolDispose]();
    this.#scope = undefined;
  }
}

// Runs fn between the start and end events of a bounded channel (Node's
// `using scope = bounded.withScope(context)`), inside the stores bound to start.
function inBoundedScope(bounded, context, fn) {
  if (!bounded.hasSubscribers) return fn();
  const { start, end } = bounded;
  return runStoresThen(start, context, () => {
    try {
      return fn();
    } finally {
      end.publish(context);
    }
  });
}

class BoundedChannel {
  constructor(nameOrChannels) {
    for (let i = 0; i < boundedEvents.length; ++i) {
      const eventName = boundedEvents[i];
      ObjectDefineProperty(this, eventName, {
        __proto__: null,
        value: channelFromMap(nameOrChannels, eventName, 'BoundedChannel'),
      });
    }
  }

  get hasSubscribers() {
    return this.start?.hasSubscribers ||
      this.end?.hasSubscribers;
  }

  subscribe(handlers) {
    for (let i = 0; i < boundedEvents.length; ++i) {
      const name = boundedEvents[i];
      if (!handlers[name]) continue;

      this[name]?.subscribe(handlers[name]);
    }
  }

  unsubscribe(handlers) {
    let done = true;

    for (let i = 0; i < boundedEvents.length; ++i) {
      const name = boundedEvents[i];
      if (!handlers[name]) continue;

      if (!this[name]?.unsubscribe(handlers[name])) {
        done = false;
      }
    }

    return done;
  }

  withScope(context = kEmptyObject) {
    return new BoundedChannelScope(this, context);
  }

  run(context, fn, thisArg, ...args) {
    context ??= {};
    return inBoundedScope(this, context, () => ReflectApply(fn, thisArg, args));
  }
}

function boundedChannel(nameOrChannels) {
  return new BoundedChannel(nameOrChannels);
}

// ---- TracingChannel --------------------------------------------------------------

function emitNonThenableWarning(fn) {
  process.emitWarning(`tracePromise was called with the function '${fn.name || '<anonymous>'}', ` +
                      'which returned a non-thenable.');
}

function isNativePromise(value) {
  return value instanceof Promise && ObjectGetPrototypeOf(value) === Promise.prototype;
}

class TracingChannel {
  #callWindow;
  #continuationWindow;

  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      this.#callWindow = new BoundedChannel(nameOrChannels);
      this.#continuationWindow = new BoundedChannel({
        start: channel(`tracing:${nameOrChannels}:asyncStart`),
        end: channel(`tracing:${nameOrChannels}:asyncEnd`),
      });
    } else if (typeof nameOrChannels === 'object') {
      this.#callWindow = new BoundedChannel({
        start: nameOrChannels.start,
        end: nameOrChannels.end,
      });
      this.#continuationWindow = new BoundedChannel({
        start: nameOrChannels.asyncStart,
        end: nameOrChannels.asyncEnd,
      });
    }

    ObjectDefineProperty(this, 'error', {
      __proto__: null,
      value: channelFromMap(nameOrChannels, 'error', 'TracingChannel'),
    });
  }

  get start() {
    return this.#callWindow.start;
  }

  get end() {
    return this.#callWindow.end;
  }

  get asyncStart() {
    return this.#continuationWindow.start;
  }

  get asyncEnd() {
    return this.#continuationWindow.end;
  }

  get hasSubscribers() {
    return this.#callWindow.hasSubscribers ||
      this.#continuationWindow.hasSubscribers ||
      this.error?.hasSubscribers;
  }

  subscribe(handlers) {
    if (handlers.start || handlers.end) {
      this.#callWindow.subscribe({
        start: handlers.start,
        end: handlers.end,
      });
    }

    if (handlers.asyncStart || handlers.asyncEnd) {
      this.#continuationWindow.subscribe({
        start: handlers.asyncStart,
        end: handlers.asyncEnd,
      });
    }

    if (handlers.error) {
      this.error.subscribe(handlers.error);
    }
  }

  unsubscribe(handlers) {
    let done = true;

    if (handlers.start || handlers.end) {
      if (!this.#callWindow.unsubscribe({
        start: handlers.start,
        end: handlers.end,
      })) {
        done = false;
      }
    }

    if (handlers.asyncStart || handlers.asyncEnd) {
      if (!this.#continuationWindow.unsubscribe({
        start: handlers.asyncStart,
        end: handlers.asyncEnd,
      })) {
        done = false;
      }
    }

    if (handlers.error) {
      if (!this.error.unsubscribe(handlers.error)) {
        done = false;
      }
    }

    return done;
  }

  traceSync(fn, context = undefined, thisArg, ...args) {
    if (!this.hasSubscribers) {
      return ReflectApply(fn, thisArg, args);
    }

    if (context === undefined) {
      context = { __proto__: null };
    }

    const { error } = this;

    return inBoundedScope(this.#callWindow, context, () => {
      try {
        const result = ReflectApply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      }
    });
  }

  tracePromise(fn, context = undefined, thisArg, ...args) {
    if (!this.hasSubscribers) {
      const result = ReflectApply(fn, thisArg, args);
      if (typeof result?.then !== 'function') {
        emitNonThenableWarning(fn);
      }
      return result;
    }

    if (context === undefined) {
      context = { __proto__: null };
    }

    const { error } = this;
    const continuationWindow = this.#continuationWindow;

    function onReject(err) {
      context.error = err;
      error.publish(context);
      inBoundedScope(continuationWindow, context, () => {});
    }

    function onRejectWithRethrow(err) {
      onReject(err);
      throw err;
    }

    function onResolve(result) {
      context.result = result;
      inBoundedScope(continuationWindow, context, () => {});
      return result;
    }

    return inBoundedScope(this.#callWindow, context, () => {
      try {
        const result = ReflectApply(fn, thisArg, args);
        if (typeof result?.then !== 'function') {
          emitNonThenableWarning(fn);
          context.result = result;
          return result;
        }
        if (isNativePromise(result)) {
          return result.then(onResolve, onRejectWithRethrow);
        }
        result.then(onResolve, onReject);
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      }
    });
  }

  traceCallback(fn, position = -1, context = kEmptyObject, thisArg, ...args) {
    if (!this.hasSubscribers) {
      return ReflectApply(fn, thisArg, args);
    }

    const { error } = this;
    const continuationWindow = this.#continuationWindow;

    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }

      const self = this;
      const cbArgs = arguments;
      return inBoundedScope(continuationWindow, context, () => ReflectApply(callback, self, cbArgs));
    }

    const callback = args.at(position);
    validateFunction(callback, 'callback');
    args.splice(position, 1, wrappedCallback);

    return inBoundedScope(this.#callWindow, context, () => {
      try {
        return ReflectApply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  boundedChannel,
  Channel,
  BoundedChannel,
};
