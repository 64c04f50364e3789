'use strict';
// cluster in the primary process: properties, settings, setupPrimary and its 'setup'
// event, disconnect without workers and the Worker class.
const cluster = require('cluster');
const EventEmitter = require('events');
const log = console.log;

log(Object.keys(cluster), cluster instanceof EventEmitter, cluster.constructor.name);
log(cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.workers, cluster.settings);
log(cluster.schedulingPolicy, cluster.SCHED_NONE, cluster.SCHED_RR, cluster.setupMaster === cluster.setupPrimary);
log(Object.getOwnPropertyNames(cluster.Worker.prototype), cluster.Worker.prototype instanceof EventEmitter);

cluster.on('setup', (settings) => log('setup event', settings.exec, settings.silent, settings.args, settings.execArgv));
cluster.setupPrimary({ exec: 'worker.js', args: ['--x'] });
log(cluster.settings.exec, cluster.settings.args, cluster.settings.silent);
cluster.setupPrimary({ silent: true });
log(cluster.settings.exec, cluster.settings.silent);
cluster.disconnect(() => log('disconnect callback'));

const w = new cluster.Worker({ id: 3, state: 'online' });
log(w.id, w.state, w.exitedAfterDisconnect, w instanceof EventEmitter, w instanceof cluster.Worker);
const w2 = cluster.Worker();
log(w2.id, w2.state, cluster.Worker(null).state);
