'use strict';
// Node's `os` module, after Node.js v26 lib/os.js (MIT License, Copyright Joyent, Inc.
// and other Node contributors). The system calls are in Go (internalBinding('os'),
// os_binding.go), computed like libuv on Linux.

const {
  lazyCodes: {
    ERR_SYSTEM_ERROR,
  },
  getUvErrorMap,
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

const {
  getAvailableParallelism: _getAvailableParallelism,
  getCPUs,
  getFreeMem: _getFreeMem,
  getHomeDirectory: _getHomeDirectory,
  getHostname: _getHostname,
  getInterfaceAddresses: _getInterfaceAddresses,
  getLoadAvg,
  getPriority: _getPriority,
  getOSInformation: _getOSInformation,
  getTotalMem: _getTotalMem,
  getUserInfo,
  getUptime: _getUptime,
  setPriority: _setPriority,
} = internalBinding('os');

const isWindows = process.platform === 'win32';
const SymbolToPrimitive = Symbol.toPrimitive;

// The context a failed binding call filled ({ errno, syscall }) completed with the
// libuv error name and message, in Node's key order.
function systemError(ctx) {
  const [code, message] = getUvErrorMap().get(ctx.errno) ?? ['UNKNOWN', 'unknown error'];
  return new ERR_SYSTEM_ERROR({ errno: ctx.errno, code, message, syscall: ctx.syscall });
}

function getCheckedFunction(fn) {
  return function checkError() {
    const ctx = {};
    const ret = fn(ctx);
    if (ret === undefined) {
      throw systemError(ctx);
    }
    return ret;
  };
}

const {
  0: type,
  1: version,
  2: release,
  3: machine,
} = _getOSInformation();

const getPasswdHomeDirectory = getCheckedFunction(_getHomeDirectory);
// uv_os_homedir: $HOME when set (gonode's process.env is the env's environment),
// else the passwd entry of the effective user.
function getHomeDirectory() {
  const home = process.env.HOME;
  if (home !== undefined) return home;
  return getPasswdHomeDirectory();
}
const getHostname = getCheckedFunction(_getHostname);
const getInterfaceAddresses = getCheckedFunction(_getInterfaceAddresses);
const getUptime = getCheckedFunction(_getUptime);

/** @returns {string} */
const getOSRelease = () => release;
/** @returns {string} */
const getOSType = () => type;
/** @returns {string} */
const getOSVersion = () => version;
/** @returns {string} */
const getMachine = () => machine;

function getAvailableParallelism() {
  return _getAvailableParallelism();
}
function getFreeMem() {
  return _getFreeMem();
}
function getTotalMem() {
  return _getTotalMem();
}

getAvailableParallelism[SymbolToPrimitive] = () => getAvailableParallelism();
getFreeMem[SymbolToPrimitive] = () => getFreeMem();
getHostname[SymbolToPrimitive] = () => getHostname();
getOSVersion[SymbolToPrimitive] = () => getOSVersion();
getOSType[SymbolToPrimitive] = () => getOSType();
getOSRelease[SymbolToPrimitive] = () => getOSRelease();
getMachine[SymbolToPrimitive] = () => getMachine();
getHomeDirectory[SymbolToPrimitive] = () => getHomeDirectory();
getTotalMem[SymbolToPrimitive] = () => getTotalMem();
getUptime[SymbolToPrimitive] = () => getUptime();

const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

/** @returns {[number, number, number]} */
function loadavg() {
  const avg = getLoadAvg();
  return [avg[0], avg[1], avg[2]];
}

/**
 * Returns an array of objects containing information about each
 * logical CPU core.
 * @returns {Array<{model: string, speed: number, times: object}>}
 */
function cpus() {
  const data = getCPUs() || [];
  const result = [];
  let i = 0;
  while (i < data.length) {
    result.push({
      model: data[i++],
      speed: data[i++],
      times: {
        user: data[i++],
        nice: data[i++],
        sys: data[i++],
        idle: data[i++],
        irq: data[i++],
      },
    });
  }
  return result;
}

/** @returns {string} */
function arch() {
  return process.arch;
}
arch[SymbolToPrimitive] = () => process.arch;

/** @returns {string} */
function platform() {
  return process.platform;
}
platform[SymbolToPrimitive] = () => process.platform;

// Node's credentials.getTempDir(): TMPDIR, TMP or TEMP, without a trailing slash.
function getTempDir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP;
  if (!path) return undefined;
  if (path.length > 1 && path.endsWith('/'))
    path = path.slice(0, -1);
  return path;
}

/** @returns {string} */
function tmpdir() {
  if (isWindows) {
    let path = process.env.TEMP ||
           process.env.TMP ||
           (process.env.SystemRoot || process.env.windir) + '\\temp';
    if (path.length > 1 && path.endsWith('\\') &&
        !path.endsWith(':\\'))
      path = path.slice(0, -1);

    return path;
  }

  return getTempDir() || '/tmp';
}
tmpdir[SymbolToPrimitive] = () => tmpdir();

/** @returns {'BE' | 'LE'} */
function endianness() {
  return kEndianness;
}
endianness[SymbolToPrimitive] = () => kEndianness;

// Returns the number of ones in the binary representation of the decimal
// number.
function countBinaryOnes(n) {
  // Count the number of bits set in parallel, which is faster than looping
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return ((n + (n >>> 4) & 0xF0F0F0F) * 0x1010101) >>> 24;
}

function getCIDR(address, netmask, family) {
  let ones = 0;
  let split = '.';
  let range = 10;
  let groupLength = 8;
  let hasZeros = false;
  let lastPos = 0;

  if (family === 'IPv6') {
    split = ':';
    range = 16;
    groupLength = 16;
  }

  for (let i = 0; i < netmask.length; i++) {
    if (netmask[i] !== split) {
      if (i + 1 < netmask.length) {
        continue;
      }
      i++;
    }
    const part = netmask.slice(lastPos, i);
    lastPos = i + 1;
    if (part !== '') {
      if (hasZeros) {
        if (part !== '0') {
          return null;
        }
      } else {
        const binary = Number.parseInt(part, range);
        const binaryOnes = countBinaryOnes(binary);
        ones += binaryOnes;
        if (binaryOnes !== groupLength) {
          if ((binary & 1) !== 0) {
            return null;
          }
          hasZeros = true;
        }
      }
    }
  }

  return `${address}/${ones}`;
}

/**
 * @returns {Record<string, Array<object>>}
 */
function networkInterfaces() {
  const data = getInterfaceAddresses();
  const result = {};

  if (data === undefined)
    return result;
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3]),
    };
    const scopeid = data[i + 6];
    if (scopeid !== -1)
      entry.scopeid = scopeid;

    const existing = result[name];
    if (existing !== undefined)
      existing.push(entry);
    else
      result[name] = [entry];
  }

  return result;
}

/**
 * @param {number} [pid=0]
 * @param {number} priority
 * @returns {void}
 */
function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }

  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);

  const ctx = {};

  if (_setPriority(pid, priority, ctx) !== 0)
    throw systemError(ctx);
}

/**
 * @param {number} [pid=0]
 * @returns {number}
 */
function getPriority(pid) {
  if (pid === undefined)
    pid = 0;
  else
    validateInt32(pid, 'pid');

  const ctx = {};
  const priority = _getPriority(pid, ctx);

  if (priority === undefined)
    throw systemError(ctx);

  return priority;
}

/**
 * @param {{ encoding?: string }} [options=utf8] If `encoding` is set to
 * `'buffer'`, the `username`, `shell`, and `homedir` values will
 * be `Buffer` instances.
 * @returns {{uid: number, gid: number, username: string, homedir: string, shell: string | null}}
 */
function userInfo(options) {
  if (typeof options !== 'object')
    options = null;

  const ctx = {};
  const info = getUserInfo(ctx);

  if (info === undefined)
    throw systemError(ctx);

  const user = { __proto__: null, uid: info.uid, gid: info.gid };
  let encode = (s) => s;
  const encoding = options?.encoding;
  if (encoding === 'buffer') {
    const { Buffer } = require('buffer');
    encode = (s) => Buffer.from(s);
  } else if (encoding !== undefined && encoding !== null && encoding !== 'utf8' && encoding !== 'utf-8') {
    const { Buffer } = require('buffer');
    if (Buffer.isEncoding(encoding)) encode = (s) => Buffer.from(s).toString(encoding);
  }
  user.username = encode(info.username);
  user.homedir = encode(info.homedir);
  user.shell = encode(info.shell);
  return user;
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

// os.constants (Linux): internalBinding('constants').os in Node.
const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: {
    __proto__: null,
    RTLD_LAZY: 1,
    RTLD_NOW: 2,
    RTLD_GLOBAL: 256,
    RTLD_LOCAL: 0,
    RTLD_DEEPBIND: 8,
  },
  errno: {
    __proto__: null,
    E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
    EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
    ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89,
    EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
    EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21,
    ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
    ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61,
    ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
    ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107,
    ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
    EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
    EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
    ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
  },
  signals: Object.freeze({
    __proto__: null,
    SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
    SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13,
    SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19,
    SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25,
    SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
  }),
  priority: {
    __proto__: null,
    PRIORITY_LOW: 19,
    PRIORITY_BELOW_NORMAL: 10,
    PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20,
  },
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },

  EOL: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: false,
    value: isWindows ? '\r\n' : '\n',
  },

  devNull: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: false,
    value: isWindows ? '\\\\.\\nul' : '/dev/null',
  },
});
