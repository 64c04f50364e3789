'use strict';

// The ChildProcess class and helpers of Node.js v26 lib/internal/child_process.js for
// gonode (MIT license, Copyright Node.js contributors and Joyent, Inc.), on
// internalBinding('child_process') (child_process_binding.go) instead of process_wrap /
// pipe_wrap / spawn_sync. The stdio pipes are stream.Readable / stream.Writable
// subclasses rather than net.Sockets. IPC channels ('ipc' stdio, setupChannel: send(),
// 'message', disconnect()) are Node's code over the binding's channel objects
// (child_process_ipc.go), in both serializations. Not ported: sending handles
// over a channel (gonode has no net module), passing handles and sockets as stdio,
// diagnostics_channel events.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeReduce,
  ArrayPrototypeSlice,
  FunctionPrototypeCall,
  NumberParseInt,
  ObjectSetPrototypeOf,
  ReflectApply,
  StringPrototypeSlice,
  StringPrototypeToUpperCase,
  SymbolDispose,
} = require('internal/streams/primordials');

const {
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_MISSING_ARGS,
    ERR_UNKNOWN_SIGNAL,
  },
  inspect,
} = require('internal/errors');
const {
  validateArray,
  validateObject,
  validateOneOf,
  validateString,
  signals,
} = require('internal/validators');
const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const { isArrayBufferView } = require('internal/streams/shim');
const { Buffer } = require('buffer');

const binding = internalBinding('child_process');
binding.setup((arrayBuffer) => Buffer.from(arrayBuffer));

// libuv error numbers (Linux).
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EINVAL = -22;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ENOSYS = -38;
const UV_ESRCH = -3;

const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');
const kChannelHandle = Symbol('kChannelHandle');
const kPendingMessages = Symbol('kPendingMessages');

let signalNames;
function signalName(signo) {
  if (signalNames === undefined) {
    signalNames = { __proto__: null };
    for (const name of Object.keys(signals)) signalNames[signals[name]] = name;
  }
  return signalNames[signo] ?? `${signo}`;
}

// internal/util convertToValidSignal.
function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    signalName(0);
    if (signalNames[signal] !== undefined) return signal;
  }
  if (typeof signal === 'string') {
    const signo = signals[StringPrototypeToUpperCase(signal)];
    if (signo) return signo;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// Closing a pipe completes later, as libuv's uv_close callbacks do: after the
// immediates of the loop iteration, the last closed first.
let closing = null;
function runClosing() {
  const list = closing;
  closing = null;
  for (let i = list.length - 1; i >= 0; i--) list[i]();
}
function closeHandle(handle, cb) {
  handle.close();
  if (closing === null) {
    closing = [];
    setImmediate(runClosing);
  }
  ArrayPrototypePush(closing, cb);
}

// The parent's end of a child's stdout / stderr (a net.Socket in Node).
class ChildStdioReadable extends Readable {
  constructor(handle) {
    super();
    this._handle = handle;
    this._onread = (chunk, errno) => {
      if (chunk === null) {
        if (errno) {
          this.destroy(new ErrnoException(errno, 'read'));
        } else {
          this.push(null);
        }
        return;
      }
      if (!this.push(chunk) && this._handle) this._handle.readStop();
    };
    // Start reading at once, as net.Socket does for a pipe handle.
    if (handle) this.read(0);
  }

  _read() {
    if (this._handle) {
      this._handle.readStart(this._onread);
    } else {
      this.push(null);
    }
  }

  _destroy(err, cb) {
    if (this._handle) {
      const handle = this._handle;
      this._handle = null;
      closeHandle(handle, () => cb(err));
    } else {
      cb(err);
    }
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

// The parent's end of a child's stdin.
class ChildStdioWritable extends Writable {
  constructor(handle) {
    super();
    this._handle = handle;
  }

  _write(chunk, encoding, cb) {
    if (!this._handle) {
      cb(new ErrnoException(-9, 'write'));
      return;
    }
    this._handle.write(chunk, (errno) => {
      if (errno) cb(new ErrnoException(errno, 'write'));
      else cb();
    });
  }

  _final(cb) {
    if (!this._handle) {
      cb();
      return;
    }
    this._handle.shutdown((errno) => {
      if (errno) cb(new ErrnoException(errno, 'shutdown'));
      else cb();
    });
  }

  _destroy(err, cb) {
    if (this._handle) {
      const handle = this._handle;
      this._handle = null;
      closeHandle(handle, () => cb(err));
    } else {
      cb(err);
    }
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

function stdioStringToArray(stdio, channel) {
  const options = [];

  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': ArrayPrototypePush(options, stdio, stdio, stdio); break;
    case 'inherit': ArrayPrototypePush(options, 0, 1, 2); break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }

  if (channel) ArrayPrototypePush(options, channel);

  return options;
}

function ChildProcess() {
  FunctionPrototypeCall(EventEmitter, this);

  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;

  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;

  this._handle = null;
  this._onexit = (exitCode, signo) => {
    if (signo) {
      this.signalCode = signalName(signo);
    } else {
      this.exitCode = exitCode;
    }

    if (this.stdin) {
      this.stdin.destroy();
    }

    if (this._handle) this._handle.close();
    this._handle = null;

    if (exitCode < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const err = new ErrnoException(exitCode, syscall);

      if (this.spawnfile)
        err.path = this.spawnfile;

      err.spawnargs = ArrayPrototypeSlice(this.spawnargs, 1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }

    // If any of the stdio streams have not been touched,
    // then pull all the data through so that it can get the
    // eof and emit a 'close' event.
    // Do it on nextTick so that the user has one last chance
    // to consume the output, if for example they only want to
    // start reading the data once the process exits.
    process.nextTick(flushStdio, this);

    maybeClose(this);
  };
}
ObjectSetPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(ChildProcess, EventEmitter);


function flushStdio(subprocess) {
  const stdio = subprocess.stdio;

  if (stdio == null) return;

  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream[kIsUsedAsStdio]) {
      continue;
    }
    stream.resume();
  }
}

ChildProcess.prototype.spawn = function spawn(options) {
  let i = 0;

  validateObject(options, 'options');

  // If no `stdio` option was given - use default
  let stdio = options.stdio || 'pipe';

  stdio = getValidStdio(stdio, false);

  let ipc = stdio.ipc;
  const ipcFd = stdio.ipcFd;
  stdio = options.stdio = stdio.stdio;

  validateOneOf(options.serialization, 'options.serialization',
                [undefined, 'json', 'advanced']);
  const serialization = options.serialization || 'json';

  if (ipc !== undefined) {
    // Let child process know about opened IPC channel
    if (options.envPairs === undefined)
      options.envPairs = [];
    else
      validateArray(options.envPairs, 'options.envPairs');

    ArrayPrototypePush(options.envPairs, `NODE_CHANNEL_FD=${ipcFd}`);
    ArrayPrototypePush(options.envPairs,
                       `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }

  validateString(options.file, 'options.file');
  this.spawnfile = options.file;

  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  const handle = binding.spawn({
    file: options.file,
    args: options.args,
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio: ipc === undefined ? options.stdio :
      stdio.map((s) => (s.ipc ? { type: 'ipc' } : s)),
    detached: options.detached,
    uid: options.uid,
    gid: options.gid,
  }, this._onexit);
  const err = handle.err;
  if (ipc !== undefined) ipc = handle.pipes[ipcFd];
  // gonode: a channel the process will not use must not keep the loop alive.
  const dropChannel = () => { if (ipc) ipc.close(); };

  // Run-time errors should emit an error, not throw an exception.
  if (err === UV_EACCES ||
      err === UV_EAGAIN ||
      err === UV_EMFILE ||
      err === UV_ENFILE ||
      err === UV_ENOENT) {
    process.nextTick(onErrorNT, this, err);

    // There is no point in continuing when we've hit EMFILE or ENFILE
    // because we won't be able to set up the stdio file descriptors.
    if (err === UV_EMFILE || err === UV_ENFILE) {
      dropChannel();
      return err;
    }
  } else if (err) {
    dropChannel();
    throw new ErrnoException(err, 'spawn');
  } else {
    this._handle = handle;
    this.pid = handle.pid;
    process.nextTick(onSpawnNT, this);
  }

  for (i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (stream.type !== 'pipe') continue;

    if (stream.ipc) {
      this._closesNeeded++;
      continue;
    }

    const pipe = err ? null : handle.pipes[i];
    stream.socket = i === 0 ? new ChildStdioWritable(pipe) : new ChildStdioReadable(pipe);
    if (i > 0) {
      this._closesNeeded++;
      stream.socket.on('close', () => {
        maybeClose(this);
      });
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ?
    stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ?
    stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ?
    stdio[2].socket : null;

  this.stdio = [];

  for (i = 0; i < stdio.length; i++)
    ArrayPrototypePush(this.stdio,
                       stdio[i].socket === undefined ? null : stdio[i].socket);

  // Add .send() method and start listening for IPC data
  if (ipc) setupChannel(this, ipc, serialization);

  return err;
};


function onErrorNT(self, err) {
  self._onexit(err);
}


function onSpawnNT(self) {
  self.emit('spawn');
}


ChildProcess.prototype.kill = function kill(sig) {

  const signal = sig === 0 ? sig :
    convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);

  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      /* Success. */
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) {
      /* Already dead. */
    } else if (err === UV_EINVAL || err === UV_ENOSYS) {
      /* The underlying platform doesn't support this signal. */
      throw new ErrnoException(err, 'kill');
    } else {
      /* Other error, almost certainly EPERM. */
      this.emit('error', new ErrnoException(err, 'kill'));
    }
  }

  /* Kill didn't succeed. */
  return false;
};

ChildProcess.prototype[SymbolDispose] = function() {
  if (!this.killed) {
    this.kill();
  }
};


ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};


ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};


class Control extends EventEmitter {
  #channel = null;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    this[kPendingMessages] = [];
  }

  // The methods keeping track of the counter are being used to track the
  // listener count on the child process object as well as when writes are
  // in progress. Once the user has explicitly requested a certain state, these
  // methods become no-ops in order to not interfere with the user's intentions.
  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) {
      this.#channel.ref();
    }
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

let serialization;
function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;

  target._handleQueue = null;
  target._pendingMessage = null;

  if (serialization === undefined)
    serialization = require('internal/child_process/serialization');
  const {
    initMessageChannel,
    parseChannelMessages,
    writeChannelMessage,
  } = serialization[serializationMode];

  initMessageChannel(channel);
  channel.pendingHandle = null;
  channel.onread = function(buffer) {
    channel.pendingHandle = null;
    if (buffer) {
      for (const message of parseChannelMessages(channel, buffer)) {
        // gonode: no handles travel over the channel (a NODE_HANDLE from a Node
        // process arrives without its handle and is refused with a NACK).
        handleMessage(message, undefined, isInternal(message));
      }
    } else {
      this.buffering = false;
      target.disconnect();
      channel.onread = nop;
      channel.close();
      target.channel = null;
      maybeClose(target);
    }
  };

  // Object where socket lists will live
  channel.sockets = { got: {}, send: {} };

  // Handlers will go through this
  target.on('internalMessage', function(message, handle) {
    // Acknowledgements of handles: gonode never sends handles, so there is nothing
    // to retransmit or release.
    if (message.cmd === 'NODE_HANDLE_ACK' ||
        message.cmd === 'NODE_HANDLE_NACK') {
      return;
    }

    if (message.cmd !== 'NODE_HANDLE') return;

    // It is possible that the handle is not received because of some error on
    // ancillary data reception such as MSG_CTRUNC. In this case, report the
    // sender about it by sending a NODE_HANDLE_NACK message.
    // gonode: the handle is never received.
    if (!handle)
      return target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);
  });

  target.on('newListener', function() {

    process.nextTick(() => {
      if (!target.channel || !target.listenerCount('message'))
        return;

      const messages = target.channel[kPendingMessages];
      const { length } = messages;
      if (!length) return;

      for (let i = 0; i < length; i++) {
        ReflectApply(target.emit, target, messages[i]);
      }

      target.channel[kPendingMessages] = [];
    });
  });

  target.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }

    options = { swallowErrors: false, ...options };

    if (this.connected) {
      return this._send(message, handle, options, callback);
    }
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
    } else {
      process.nextTick(() => this.emit('error', ex));
    }
    return false;
  };

  target._send = function(message, handle, options, callback) {
    if (message === undefined)
      throw new ERR_MISSING_ARGS('message');

    // Non-serializable messages should not reach the remote
    // end point; as any failure in the stringification there
    // will result in error message that is weakly consumable.
    // So perform a final check on message prior to sending.
    if (typeof message !== 'string' &&
        typeof message !== 'object' &&
        typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(
        'message', ['string', 'object', 'number', 'boolean'], message);
    }

    // Support legacy function signature
    if (typeof options === 'boolean') {
      options = { swallowErrors: options };
    }

    // Package messages with a handle object
    if (handle) {
      // gonode: none of the handle types Node can send (net.Socket, net.Server,
      // dgram.Socket, native TCP / Pipe / UDP handles) exists here.
      throw new ERR_INVALID_HANDLE_TYPE();
    }

    const req = { oncomplete: null, async: false };

    const err = writeChannelMessage(channel, req, message, handle);
    const wasAsyncWrite = req.async;

    if (err === 0) {
      if (wasAsyncWrite) {
        req.oncomplete = () => {
          control.unrefCounted();
          if (typeof callback === 'function')
            callback(null);
        };
        control.refCounted();
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else if (!options.swallowErrors) {
      const ex = new ErrnoException(err, 'write');
      if (typeof callback === 'function') {
        process.nextTick(callback, ex);
      } else {
        process.nextTick(() => this.emit('error', ex));
      }
    }

    /* If the primary is > 2 read() calls behind, please stop sending. */
    return channel.writeQueueSize < (65536 * 2);
  };

  // Connected will be set to false immediately when a disconnect() is
  // requested, even though the channel might still be alive internally to
  // process queued messages. The three states are distinguished as follows:
  // - disconnect() never requested: channel is not null and connected
  //   is true
  // - disconnect() requested, messages in the queue: channel is not null
  //   and connected is false
  // - disconnect() requested, channel actually disconnected: channel is
  //   null and connected is false
  target.connected = true;

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }

    // Do not allow any new messages to be written.
    this.connected = false;

    // If there are no queued messages, disconnect immediately. Otherwise,
    // postpone the disconnect so that it happens internally after the
    // queue is flushed.
    if (!this._handleQueue)
      this._disconnect();
  };

  target._disconnect = function() {
    // This marks the fact that the channel is actually disconnected.
    this.channel = null;
    this[kChannelHandle] = null;

    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;

      channel.close();
      target.emit('disconnect');
    }

    // If a message is being read, then wait for it to complete.
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);

      return;
    }

    process.nextTick(finish);
  };

  function emit(event, message, handle) {
    if ('internalMessage' === event || target.listenerCount('message')) {
      target.emit(event, message, handle);
      return;
    }

    ArrayPrototypePush(
      target.channel[kPendingMessages],
      [event, message, handle],
    );
  }

  function handleMessage(message, handle, internal) {
    if (!target.channel)
      return;

    const eventName = (internal ? 'internalMessage' : 'message');

    process.nextTick(emit, eventName, message, handle);
  }

  channel.readStart();
  return control;
}

const INTERNAL_PREFIX = 'NODE_';
function isInternal(message) {
  return (message !== null &&
          typeof message === 'object' &&
          typeof message.cmd === 'string' &&
          message.cmd.length > INTERNAL_PREFIX.length &&
          StringPrototypeSlice(message.cmd, 0, INTERNAL_PREFIX.length) ===
            INTERNAL_PREFIX);
}

function nop() {}

// gonode: the child's end of a forking parent's channel (Node: a Pipe opened on fd).
function openChannel(fd) {
  const channel = binding.openIPC(fd);
  if (channel.err) throw new ErrnoException(channel.err, 'open');
  return channel;
}

// gonode: fork() runs process.execPath by default only in an env whose executable is
// a gonode binary: runtime.ForkSupport (installed by the gonode command line) marks the
// binding. An env embedded in another Go program has the program as execPath, which
// must not be run as a script host.
function canForkExecPath() {
  return binding.execPathIsGonode === true;
}

// Node's lib/internal/process/pre_execution.js setupChildProcessIpcChannel: the main
// thread of a forked process connects to its parent (called by runtime.ForkSupport).
function setupChildProcessIpcChannel() {
  if (process.env.NODE_CHANNEL_FD) {
    const fd = NumberParseInt(process.env.NODE_CHANNEL_FD, 10);
    if (!(fd >= 0)) return;

    // Make sure it's not accidentally inherited by child processes.
    delete process.env.NODE_CHANNEL_FD;

    const serializationMode =
      process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
    delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;

    try {
      require('child_process')._forkChild(fd, serializationMode);
    } catch (err) {
      // gonode: a descriptor that is not a socket (a stale variable) leaves the process
      // without a channel, with a warning, rather than failing to start.
      if (err?.syscall !== 'open') throw err;
      process.emitWarning(`NODE_CHANNEL_FD ${fd} is not an IPC channel (${err.code}); ` +
                          'process.send() is not available');
    }
  }
}

function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;

  // Replace shortcut with an array
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!ArrayIsArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }

  // At least 3 stdio will be created
  while (stdio.length < 3) ArrayPrototypePush(stdio, undefined);

  stdio = ArrayPrototypeReduce(stdio, (acc, stdio, i) => {
    // Defaults
    stdio ??= i < 3 ? 'pipe' : 'ignore';

    if (stdio === 'ignore') {
      ArrayPrototypePush(acc, { type: 'ignore' });
    } else if (stdio === 'pipe' || stdio === 'overlapped' ||
               (typeof stdio === 'number' && stdio < 0)) {
      ArrayPrototypePush(acc, {
        type: stdio === 'overlapped' ? 'overlapped' : 'pipe',
        readable: i === 0,
        writable: i !== 0,
      });
    } else if (stdio === 'ipc') {
      if (sync || ipc !== undefined) {
        if (!sync)
          throw new ERR_IPC_ONE_PIPE();
        else
          throw new ERR_IPC_SYNC_FORK();
      }

      ipc = true;
      ipcFd = i;

      ArrayPrototypePush(acc, {
        type: 'pipe',
        ipc: true,
      });
    } else if (stdio === 'inherit') {
      ArrayPrototypePush(acc, {
        type: 'inherit',
        fd: i,
      });
    } else if (typeof stdio === 'number' || typeof stdio.fd === 'number') {
      ArrayPrototypePush(acc, {
        type: 'fd',
        fd: typeof stdio === 'number' ? stdio : stdio.fd,
      });
    } else if (isArrayBufferView(stdio) || typeof stdio === 'string') {
      if (!sync) {
        throw new ERR_INVALID_SYNC_FORK_INPUT(inspect(stdio));
      }
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }

    return acc;
  }, []);

  return { stdio, ipc, ipcFd };
}


function maybeClose(subprocess) {
  subprocess._closesGot++;

  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function spawnSync(options) {
  const result = binding.spawnSync({
    file: options.file,
    args: options.args,
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio: options.stdio,
    detached: options.detached,
    uid: options.uid,
    gid: options.gid,
    timeout: options.timeout,
    killSignal: options.killSignal,
    maxBuffer: options.maxBuffer,
  });

  if (result.output && options.encoding && options.encoding !== 'buffer') {
    for (let i = 0; i < result.output.length; i++) {
      if (!result.output[i])
        continue;
      result.output[i] = result.output[i].toString(options.encoding);
    }
  }

  result.stdout = result.output?.[1];
  result.stderr = result.output?.[2];

  if (result.error) {
    result.error = new ErrnoException(result.error, 'spawnSync ' + options.file);
    result.error.path = options.file;
    result.error.spawnargs = ArrayPrototypeSlice(options.args, 1);
  }

  return result;
}

module.exports = {
  ChildProcess,
  kChannelHandle,
  setupChannel,
  getValidStdio,
  stdioStringToArray,
  spawnSync,
  convertToValidSignal,
  openChannel,
  canForkExecPath,
  setupChildProcessIpcChannel,
};
