'use strict';
// Runs once per env before any user code: builds `process` and the Node globals.
// Globals whose modules are costly load lazily on first access (see defineLazy).

// Well-known symbols goja lacks; builtins look them up (`for await` itself is not
// available in goja, but iterators keyed by Symbol.asyncIterator can be driven by hand).
for (const name of ['asyncIterator', 'dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`), writable: false, enumerable: false, configurable: false });
  }
}
// goja's native Error.prototype.toString recurses in Go without a depth limit, so
// `e.message = e; String(e)` would exhaust the host's Go stack and kill the process.
// This spec-equivalent JS version recurses in JS instead, where the env's call-depth
// limit stops it with a RangeError.
Object.defineProperty(Error.prototype, 'toString', {
  value: function toString() {
    if (this === null || (typeof this !== 'object' && typeof this !== 'function')) {
      throw new TypeError('Error.prototype.toString requires that \'this\' be an Object');
    }
    const name = this.name === undefined ? 'Error' : `${this.name}`;
    const msg = this.message === undefined ? '' : `${this.message}`;
    if (name === '') return msg;
    if (msg === '') return name;
    return `${name}: ${msg}`;
  },
  writable: true, enumerable: false, configurable: true,
});

const binding = internalBinding('process');
const EventEmitter = require('events');
// internal/errors loads when an error is thrown (see events.js).
let errorsModule;
const codes = new Proxy({}, {
  get(_, name) { return (errorsModule ??= require('internal/errors')).lazyCodes[name]; },
});

const process = binding.process;
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: function process() {}, writable: true, configurable: true },
});
Object.setPrototypeOf(process, processProto);
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: false, enumerable: false, configurable: true });
EventEmitter.call(process);

let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true, configurable: false,
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      if (!Number.isInteger(value)) throw codes.ERR_INVALID_ARG_TYPE('code', 'integer', code);
    }
    exitCode = code;
  },
});

process.nextTick = function nextTick(callback, ...args) {
  if (typeof callback !== 'function') throw codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  binding.nextTick(callback, ...args);
};
process._rawDebug = function _rawDebug(...args) {
  binding.writeStderr(require('util').format(...args) + '\n');
};

process._exiting = false;
process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  binding.reallyExit(process.exitCode || 0);
};
process.reallyExit = binding.reallyExit;
process.abort = function abort() { binding.reallyExit(134); };
process.cwd = binding.cwd;
process.chdir = function chdir(directory) {
  if (!binding.isMainThread) {
    throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION('process.chdir()');
  }
  if (typeof directory !== 'string') throw codes.ERR_INVALID_ARG_TYPE('directory', 'string', directory);
  binding.chdir(directory);
};
process.umask = function umask(mask) {
  if (mask === undefined) return binding.umask(undefined);
  if (!binding.isMainThread) throw codes.ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
  if (typeof mask === 'string') mask = parseInt(mask, 8);
  return binding.umask(mask);
};
process.uptime = binding.uptime;
process.hrtime = function hrtime(time) {
  const [s, ns] = binding.hrtime();
  if (time !== undefined) {
    if (!Array.isArray(time)) throw codes.ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) throw codes.ERR_OUT_OF_RANGE('time', '2', time.length);
    let ds = s - time[0];
    let dn = ns - time[1];
    if (dn < 0) { ds -= 1; dn += 1e9; }
    return [ds, dn];
  }
  return [s, ns];
};
process.hrtime.bigint = binding.hrtimeBigint;
process.memoryUsage = binding.memoryUsage;
process.memoryUsage.rss = binding.rss;
process.kill = function kill(pid, sig = 'SIGTERM') {
  const signals = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGUSR1: 10, SIGUSR2: 12, SIGTERM: 15, SIGCONT: 18, SIGSTOP: 19 };
  if (pid != (pid | 0)) throw codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  const num = typeof sig === 'number' ? sig : signals[sig];
  if (num === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  const err = binding.kill(pid, num);
  if (err) { const e = new Error(`kill ${err}`); e.code = 'ESRCH'; e.syscall = 'kill'; throw e; }
  return true;
};
process.getuid = () => 0;
process.config = { target_defaults: {}, variables: {} };
process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true, tls: true, cached_builtins: true, require_module: true, typescript: 'strip' };
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ({ type, code } = type);
  }
  if (typeof warning === 'string') {
    warning = new Error(warning);
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
  } else if (!(warning instanceof Error)) {
    throw codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(() => {
    process.emit('warning', warning);
  });
};
process.on('warning', function defaultWarningHandler(warning) {
  if (binding.noWarnings || process.noProcessWarnings) return;
  if (process.listenerCount('warning') > 1) return;
  const prefix = `(node:${process.pid}) `;
  const codePart = warning.code ? `[${warning.code}] ` : '';
  let msg = `${prefix}${codePart}${warning.name}: ${warning.message}\n`;
  if (!defaultWarningHandler.hinted) {
    defaultWarningHandler.hinted = true;
    msg += '(Use `node --trace-warnings ...` to show where the warning was created)\n';
  }
  binding.writeStderr(msg);
});

// process.stdout and process.stderr start as minimal synchronous writers, because loading
// the stream modules would cost every script that logs; as soon as internal/streams/writable
// loads (anything that can pipe loads it), they become real Writables (upgradeStdio), as
// Node's SyncWriteStream: writes stay synchronous and end() does not close the fd.
let WritableClass = null;
function makeStdio(fd, write) {
  const stream = makeMinimalStdio(fd, write);
  if (WritableClass !== null) toWritable(stream, write);
  return stream;
}
const kStdioMethods = ['write', 'end', 'cork', 'uncork'];
function toWritable(stream, write) {
  for (const name of kStdioMethods) delete stream[name];
  Object.setPrototypeOf(stream, SyncWriteStream().prototype);
  WritableClass.call(stream);
  stream._write = function _write(chunk, encoding, cb) {
    write(chunk);
    cb();
  };
  stream._destroy = dummyDestroy;
  stream.destroySoon = stream.destroy;
}
let SyncWriteStreamClass;
function SyncWriteStream() {
  SyncWriteStreamClass ??= class SyncWriteStream extends WritableClass {};
  return SyncWriteStreamClass;
}
// As Node's stdio: destroy() (also the auto-destroy after end()) leaves the stream usable.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => { this.emit('close'); });
  }
}
function upgradeStdio(Writable) {
  if (WritableClass !== null) return;
  WritableClass = Writable;
  if (stdout) toWritable(stdout, binding.writeStdout);
  if (stderr) toWritable(stderr, binding.writeStderr);
}
function makeMinimalStdio(fd, write) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.isTTY = binding.isTTY(fd) || undefined;
  stream.writable = true;
  stream._isStdio = true;
  stream.write = function (chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    write(chunk);
    if (typeof cb === 'function') {
      // As Writable's afterWrite: callbacks of consecutive writes share one tick.
      if (afterWrite !== null && afterWrite.cb === cb) {
        afterWrite.count++;
      } else {
        afterWrite = { cb, count: 1 };
        process.nextTick(afterWriteTick, afterWrite);
      }
    }
    return true;
  };
  let afterWrite = null;
  function afterWriteTick(info) {
    if (afterWrite === info) afterWrite = null;
    for (let i = 0; i < info.count; i++) info.cb(null);
  }
  stream.end = function (chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return stream;
  };
  stream.cork = stream.uncork = function () {};
  stream.getColorDepth = () => 1;
  stream.hasColors = () => false;
  if (stream.isTTY) stream.columns = 80;
  return stream;
}
let stdout, stderr;
Object.defineProperty(process, 'stdout', {
  configurable: true, enumerable: false,
  get() { return stdout || (stdout = makeStdio(1, binding.writeStdout)); },
});
Object.defineProperty(process, 'stderr', {
  configurable: true, enumerable: false,
  get() { return stderr || (stderr = makeStdio(2, binding.writeStderr)); },
});
// process.stdin: a Readable over the env's stdin (Config.Stdin), created on first
// access. The env reads only while the stream wants data (a pending read keeps the loop
// alive, as Node's stdin handle does while flowing).
let stdin;
Object.defineProperty(process, 'stdin', {
  configurable: true, enumerable: false,
  get() {
    if (stdin) return stdin;
    const { Readable } = require('stream');
    stdin = new Readable({
      highWaterMark: 64 * 1024,
      read() { binding.stdinRead(); },
    });
    stdin.fd = 0;
    stdin.isTTY = binding.isTTY(0) || undefined;
    binding.stdinSetup((chunk) => {
      if (chunk === null) stdin.push(null);
      else stdin.push(require('buffer').Buffer.from(chunk));
    });
    return stdin;
  },
});

// ---- globals ----
const g = globalThis;
// global, the timers and queueMicrotask: enumerable, as in Node.
function defineValue(name, value) {
  Object.defineProperty(g, name, { value, writable: true, enumerable: true, configurable: true });
}
defineValue('global', g);
Object.defineProperty(g, 'process', { value: process, writable: true, enumerable: false, configurable: true });

const timers = require('timers');
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  defineValue(name, timers[name]);
}
// Made on first use: Promise.resolve() builds goja's Promise constructor.
let resolved;
function runMicrotask() {
  this.runInAsyncScope(() => {
    const callback = this.callback;
    try {
      callback();
    } catch (err) {
      binding.triggerUncaught(err);
    } finally {
      this.emitDestroy();
    }
  });
}
const microtaskResourceOpts = { requireManualDestroy: true };
defineValue('queueMicrotask', function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  // As Node: a Microtask resource only when AsyncLocalStorage or hooks are in use.
  if (binding.asyncContextInUse()) {
    const { AsyncResource } = require('async_hooks');
    const resource = new AsyncResource('Microtask', microtaskResourceOpts);
    resource.callback = callback;
    const run = runMicrotask.bind(resource);
    (resolved ??= Promise.resolve()).then(() => run());
    return;
  }
  (resolved ??= Promise.resolve()).then(() => {
    try { callback(); } catch (err) { binding.triggerUncaught(err); }
  });
});
// Globals that load a module on first read: console, crypto, Buffer, URL, performance...
// (the table is in Go: runtime's builtinGlobals).
binding.defineLazyGlobals();

require('internal/stdio_hook').upgrade = upgradeStdio;

module.exports = { process };
