'use strict';
// The os module: exported names, the shapes and invariants of the system information
// (no machine-specific values are printed) and os.constants.
const os = require('os');
const log = console.log;

log(Object.keys(os));
log(os.EOL === '\n', JSON.stringify(os.EOL), os.devNull, os.platform(), os.type(), os.arch(), os.endianness());
log(`${os.platform}`, `${os.arch}`, `${os.endianness}`, `${os.type}`, String(os.machine) === os.machine());
log(os.platform === os.platform, os.arch() === process.arch, os.platform() === process.platform);

const cpus = os.cpus();
log(Array.isArray(cpus), cpus.length > 0, cpus.length === os.availableParallelism() || cpus.length >= os.availableParallelism());
log(Object.keys(cpus[0]), Object.keys(cpus[0].times));
log(cpus.every((c) => typeof c.model === 'string' && Number.isInteger(c.speed) && c.speed >= 0 &&
  Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0)));
log(Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);

const total = os.totalmem();
const free = os.freemem();
log(typeof total, typeof free, Number.isInteger(total), total > 0, free > 0, total > free);
log(+os.totalmem > 0, +os.freemem > 0);

const load = os.loadavg();
log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));
const up = os.uptime();
log(typeof up, up > 0, +os.uptime > 0);

log(typeof os.hostname(), os.hostname().length > 0, `${os.hostname}` === os.hostname());
log(typeof os.release(), os.release().length > 0, typeof os.version(), os.version().length > 0);
log(typeof os.machine(), os.machine().length > 0, `${os.release}` === os.release(), `${os.version}` === os.version());
log(os.homedir() === process.env.HOME, `${os.homedir}` === os.homedir());
log(os.tmpdir(), `${os.tmpdir}`);

const info = os.userInfo();
log(Object.getPrototypeOf(info), Object.keys(info));
log(info.uid === process.getuid(), Number.isInteger(info.gid), typeof info.username, typeof info.homedir, typeof info.shell);
const binfo = os.userInfo({ encoding: 'buffer' });
log(Buffer.isBuffer(binfo.username), binfo.username.toString() === info.username,
    Buffer.isBuffer(binfo.homedir), Buffer.isBuffer(binfo.shell));
log(JSON.stringify(os.userInfo(5)) === JSON.stringify(info), JSON.stringify(os.userInfo(null)) === JSON.stringify(info));

const ifaces = os.networkInterfaces();
log(typeof ifaces, Object.getPrototypeOf(ifaces) === Object.prototype);
const entries = Object.values(ifaces).flat();
log(entries.length > 0, entries.every((e) =>
  typeof e.address === 'string' && typeof e.netmask === 'string' &&
  (e.family === 'IPv4' || e.family === 'IPv6') && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac) &&
  typeof e.internal === 'boolean' && (e.cidr === null || e.cidr.startsWith(`${e.address}/`)) &&
  (e.family === 'IPv6' ? Number.isInteger(e.scopeid) : !('scopeid' in e))));
const lo = entries.find((e) => e.internal && e.family === 'IPv4');
log(lo && lo.address, lo && lo.netmask, lo && lo.cidr, lo && lo.mac, lo && Object.keys(lo));
const lo6 = entries.find((e) => e.internal && e.family === 'IPv6');
log(lo6 === undefined || (lo6.address === '::1' && lo6.cidr === '::1/128' && lo6.scopeid === 0));

log(Number.isInteger(os.getPriority()), os.getPriority() === os.getPriority(0), os.getPriority() === os.getPriority(process.pid));
log(os.constants.priority);
log(Object.keys(os.constants), os.constants.UV_UDP_REUSEADDR, os.constants.dlopen);
log(Object.isFrozen(os.constants.signals), Object.isFrozen(os.constants), Object.getPrototypeOf(os.constants) === null);
log(JSON.stringify(os.constants.signals));
log(JSON.stringify(os.constants.errno));
for (const k of ['constants', 'EOL', 'devNull']) {
  const d = Object.getOwnPropertyDescriptor(os, k);
  log(k, d.writable, d.enumerable, d.configurable);
}
