// The worker_threads module for one env, over the Go binding. Evaluated once per env as
//   (function (binding, EventEmitter, errors, ports, module) { ... })
// Node's reference: lib/worker_threads.js and lib/internal/worker.js (MIT).
'use strict';
// lazyCodes: the error table is built only when an error is thrown (otherwise every worker
// would pay for it: jslib's BenchmarkErrorTable).
const {
  lazyCodes: {
    ERR_WORKER_PATH, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS,
    ERR_WORKER_INVALID_EXEC_ARGV, ERR_INVALID_URL_SCHEME, ERR_METHOD_NOT_IMPLEMENTED,
  },
} = errors;
const { MessagePort, MessageChannel, BroadcastChannel, receiveMessageOnPort } = ports;

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kHandle = Symbol('kHandle');
const kPublicPort = Symbol('kPublicPort');
const kThreadId = Symbol('kThreadId');
const kName = Symbol('kName');
const kLimits = Symbol('kLimits');
const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');

// Flags a worker's execArgv may carry (those gonode implements, W5).
const knownExecArgv = new Set([
  '--no-warnings', '--expose-gc', '--expose_gc', '--enable-source-maps', '--no-deprecation',
  '--trace-warnings', '--trace-uncaught', '--trace-deprecation', '--experimental-strip-types',
  '--experimental-require-module', '--experimental-detect-module', '--preserve-symlinks',
  '--stack-size', '--stack_size', '--max-old-space-size', '--max-semi-space-size', '--input-type',
  '--unhandled-rejections', '--conditions', '-C', '--experimental-vm-modules', '--experimental-worker',
  '--experimental-transform-types', '--require', '-r', '--import',
]);

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string';
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    let file;
    if (options.eval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval, 'must be false when \'filename\' is not a string');
      }
      file = filename;
    } else if (isURL(filename) || (typeof filename === 'string' && filename.startsWith('file:'))) {
      const url = isURL(filename) ? filename : new URL(filename);
      if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME(['file', 'data']);
      file = binding.requireBuiltin('url').fileURLToPath(url);
    } else if (typeof filename === 'string') {
      if (!filename.startsWith('/') && !/^\.\.?[\\/]/.test(filename)) {
        throw new ERR_WORKER_PATH(filename);
      }
      file = binding.requireBuiltin('path').resolve(filename);
    } else {
      throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    }

    let argv;
    if (options.argv !== undefined) {
      if (!Array.isArray(options.argv)) throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
      argv = options.argv.map(String);
    }
    let env;
    let shareEnv = false;
    if (typeof options.env === 'object' && options.env !== null) {
      env = { __proto__: null };
      for (const [k, v] of Object.entries(options.env)) env[k] = `${v}`;
    } else if (options.env === SHARE_ENV) {
      shareEnv = true;
    } else if (options.env != null) {
      throw new ERR_INVALID_ARG_TYPE('options.env', ['Object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], options.env);
    }
    let execArgv;
    if (options.execArgv !== undefined) {
      if (!Array.isArray(options.execArgv)) throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', options.execArgv);
      const invalid = options.execArgv.filter((a) => !knownExecArgv.has(String(a).split('=')[0]) && String(a).startsWith('-'));
      if (invalid.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(invalid);
      execArgv = options.execArgv.map(String);
    }
    let name = '';
    if (options.name !== undefined) {
      if (typeof options.name !== 'string') throw new ERR_INVALID_ARG_TYPE('options.name', 'string', options.name);
      name = options.name;
    }
    let resourceLimits;
    if (options.resourceLimits !== undefined) {
      if (options.resourceLimits === null || typeof options.resourceLimits !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('options.resourceLimits', 'Object', options.resourceLimits);
      }
      resourceLimits = {};
      for (const k of ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb']) {
        if (typeof options.resourceLimits[k] === 'number') resourceLimits[k] = options.resourceLimits[k];
      }
    }
    const transferList = options.transferList;
    if (transferList !== undefined && !Array.isArray(transferList)) {
      throw new ERR_INVALID_ARG_TYPE('options.transferList', 'Array', transferList);
    }
    const res = binding.spawn(this, {
      filename: file, eval: Boolean(options.eval), argv, env, shareEnv, execArgv,
      name: name || 'WorkerThread', resourceLimits, stdout: Boolean(options.stdout), stderr: Boolean(options.stderr),
      stdin: Boolean(options.stdin),
    }, options.workerData, transferList);
    this[kHandle] = res.handle;
    this[kThreadId] = res.threadId;
    this[kName] = name || 'WorkerThread';
    this[kLimits] = res.resourceLimits;
    const port = res.port;
    this[kPublicPort] = port;
    // Messages from the worker go straight to this.emit('message') and
    // this.emit('messageerror'): the port itself needs no listeners.
    binding.forward(port, this, emitMessage, emitMessageError);
    port.unref();
    this.stdin = null;
    if (options.stdin) {
      const handle = res.handle;
      this.stdin = new (require_stream().Writable)({
        write(chunk, encoding, cb) { binding.stdinWrite(handle, chunk); cb(); },
        final(cb) { binding.stdinEnd(handle); cb(); },
      });
    }
    // W6: worker.stdout/stderr are Readables of the worker's output. With stdout: true
    // the output goes only there; otherwise it is piped to the parent's stream, and the
    // Readable (made on first access, to keep spawning cheap) receives a copy.
    if (options.stdout) this[kStdout] = new (require_stream().Readable)({ read() {} });
    if (options.stderr) this[kStderr] = new (require_stream().Readable)({ read() {} });
    const worker = this;
    this.performance = {
      eventLoopUtilization(util1, util2) { return workerLoopUtilization(worker, util1, util2); },
    };
  }

  postMessage(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kPublicPort] === null) return;
    this[kPublicPort].postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.', 'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return Promise.resolve();
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    this.once('exit', (code) => resolve(code));
    binding.terminate(this[kHandle]);
    return promise;
  }

  ref() { if (this[kHandle]) binding.ref(this[kHandle], true); }
  unref() { if (this[kHandle]) binding.ref(this[kHandle], false); }
  get stdout() { return this[kStdout] ??= stdioReadable(this, 'stdout'); }
  get stderr() { return this[kStderr] ??= stdioReadable(this, 'stderr'); }
  get threadId() { return this[kThreadId]; }
  get threadName() { return this[kHandle] === null ? null : this[kName]; }
  get resourceLimits() { return this[kHandle] === null ? {} : this[kLimits]; }
  getHeapSnapshot() { return Promise.reject(ERR_METHOD_NOT_IMPLEMENTED('worker.getHeapSnapshot()')); }
}

let streamModule;
function require_stream() {
  streamModule ??= binding.requireBuiltin('stream');
  return streamModule;
}

function stdioReadable(worker, name) {
  const r = new (require_stream().Readable)({ read() {} });
  if (worker[kHandle] === null) r.push(null);
  else binding.tee(worker[kHandle], name);
  return r;
}

function onStdio(name, chunk) {
  const s = name === 'stdout' ? this[kStdout] : this[kStderr];
  if (s) s.push(chunk);
}

function emitMessage(data) { this.emit('message', data); }
function emitMessageError(err) { this.emit('messageerror', err); }
function onOnline() { this.emit('online'); }

// worker.performance.eventLoopUtilization(): as performance.eventLoopUtilization(), over
// the worker's loop (zeros before it starts and after it exits).
function workerLoopUtilization(worker, util1, util2) {
  const t = worker[kHandle] ? binding.loopTiming(worker[kHandle]) : undefined;
  if (t === undefined) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const [idle, active] = t;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

function onExit(code, error) {
  const port = this[kPublicPort];
  if (port !== null) {
    // X1: everything the worker posted arrives before 'exit'.
    let m;
    while ((m = binding.receive(port)) !== undefined) this.emit('message', m.message);
  }
  if (this[kStdout]) this[kStdout].push(null);
  if (this[kStderr]) this[kStderr].push(null);
  this[kHandle] = null;
  this[kThreadId] = -1;
  this[kPublicPort] = null;
  if (port !== null) port.close();
  if (error !== undefined) this.emit('error', error);
  this.emit('exit', code);
}

// Environment data: this thread's map, initialised from the creator's at spawn (D1, D2).
const environmentData = binding.environmentData() ?? new Map();
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}
function getEnvironmentData(key) { return environmentData.get(key); }

function postMessageToThread(threadId, value, transferList, timeout) {
  if (typeof transferList === 'number' && timeout === undefined) {
    timeout = transferList;
    transferList = undefined;
  }
  if (typeof threadId !== 'number') throw new ERR_INVALID_ARG_TYPE('threadId', 'number', threadId);
  if (timeout !== undefined && typeof timeout !== 'number') throw new ERR_INVALID_ARG_TYPE('timeout', 'number', timeout);
  return new Promise((resolve, reject) => {
    binding.postMessageToThread(threadId, value, transferList, timeout, resolve, reject);
  });
}

// P11: gonode has no vm contexts, so no object can be a contextified sandbox: the
// argument check Node makes first rejects every call, as it does in Node for a
// non-context. ERR_METHOD_NOT_IMPLEMENTED would be unreachable.
function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!(port instanceof MessagePort)) throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  const err = new TypeError('Invalid context argument');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

const isMainThread = binding.isMainThread;
module.exports = {
  isInternalThread: binding.isInternalThread,
  isMainThread,
  MessagePort,
  MessageChannel,
  markAsUncloneable: binding.markAsUncloneable,
  markAsUntransferable: binding.markAsUntransferable,
  isMarkedAsUntransferable: binding.isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: binding.resourceLimits,
  postMessageToThread,
  threadId: binding.threadId,
  threadName: binding.threadName,
  SHARE_ENV,
  Worker,
  parentPort: isMainThread ? null : binding.parentPort(),
  workerData: binding.workerData(),
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
  __internals: { onOnline, onExit, onStdio, environmentData },
};
