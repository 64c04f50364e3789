'use strict';
// Node's `cluster` module in the primary role, after Node.js v26 lib/cluster.js and
// lib/internal/cluster/{primary,worker}.js (MIT License, Copyright Joyent, Inc. and
// other Node contributors).
//
// gonode cannot start cluster workers: cluster.fork() validates the settings like Node
// and then throws ERR_METHOD_NOT_IMPLEMENTED. Everything else (settings, setupPrimary,
// the 'setup' event, disconnect, the Worker class) behaves as in a Node primary with no
// workers. NODE_UNIQUE_ID (the worker role) is not supported.

const EventEmitter = require('events');
const {
  codes: {
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');

const kEmptyObject = Object.freeze({ __proto__: null });
const SCHED_NONE = 1;
const SCHED_RR = 2;

// ---- Worker (lib/internal/cluster/worker.js + the primary's methods) --------------

function Worker(options) {
  if (!(this instanceof Worker))
    return new Worker(options);

  Reflect.apply(EventEmitter, this, []);

  if (options === null || typeof options !== 'object')
    options = kEmptyObject;

  this.exitedAfterDisconnect = undefined;

  this.state = options.state || 'none';
  this.id = options.id | 0;

  if (options.process) {
    this.process = options.process;
    this.process.on('error', (code, signal) =>
      this.emit('error', code, signal),
    );
    this.process.on('message', (message, handle) =>
      this.emit('message', message, handle),
    );
  }
}

Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

Worker.prototype.kill = function() {
  Reflect.apply(this.destroy, this, arguments);
};

Worker.prototype.send = function() {
  return Reflect.apply(this.process.send, this.process, arguments);
};

Worker.prototype.isDead = function() {
  return this.process.exitCode != null || this.process.signalCode != null;
};

Worker.prototype.isConnected = function() {
  return this.process.connected;
};

Worker.prototype.disconnect = function() {
  this.exitedAfterDisconnect = true;
  if (this.process?.connected) this.process.disconnect();
  return this;
};

Worker.prototype.destroy = function(signo) {
  const proc = this.process;
  signo = signo || 'SIGTERM';
  if (proc && !this.isDead()) proc.kill(signo);
};

// ---- primary (lib/internal/cluster/primary.js) --------------------------------------

const cluster = new EventEmitter();
const intercom = new EventEmitter();

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;  // Leave it to the operating system.
cluster.SCHED_RR = SCHED_RR;      // Primary distributes connections.

let initialized = false;
let schedulingPolicy = process.env.NODE_CLUSTER_SCHED_POLICY;
if (schedulingPolicy === 'rr')
  schedulingPolicy = SCHED_RR;
else if (schedulingPolicy === 'none')
  schedulingPolicy = SCHED_NONE;
else if (process.platform === 'win32')
  schedulingPolicy = SCHED_NONE;
else
  schedulingPolicy = SCHED_RR;

cluster.schedulingPolicy = schedulingPolicy;

function setupSettingsNT(settings) {
  cluster.emit('setup', settings);
}

cluster.setupPrimary = function(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };

  cluster.settings = settings;

  if (initialized === true)
    return process.nextTick(setupSettingsNT, settings);

  initialized = true;
  schedulingPolicy = cluster.schedulingPolicy;  // Freeze policy.
  process.nextTick(setupSettingsNT, settings);
};

// Deprecated alias must be same as cluster.setupPrimary
cluster.setupMaster = cluster.setupPrimary;

cluster.fork = function(env) {
  cluster.setupPrimary();
  void env;
  throw new ERR_METHOD_NOT_IMPLEMENTED('cluster.fork()');
};

cluster.disconnect = function(cb) {
  const workers = Object.keys(cluster.workers);

  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const key of workers) {
      const worker = cluster.workers[key];

      if (worker.isConnected()) {
        worker.disconnect();
      }
    }
  }

  if (typeof cb === 'function')
    intercom.once('disconnect', cb);
};

module.exports = cluster;
