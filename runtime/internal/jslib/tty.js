'use strict';
// Node's `tty` module, after Node.js v26 lib/tty.js and the cursor helpers of
// lib/internal/readline/callbacks.js (MIT License, Copyright Joyent, Inc. and other
// Node contributors). The terminal calls are Go (internalBinding('tty'), tty_binding.go).
//
// Differences from Node: the streams are not net.Sockets. WriteStream is a Writable
// whose writes go synchronously to the fd; ReadStream is a Readable that never
// produces data (gonode has no asynchronous terminal reader yet) but setRawMode()
// does switch the terminal mode. No 'resize' events (no SIGWINCH handling);
// _refreshSize() re-reads the size on demand.

const binding = internalBinding('tty');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CURSOR_POS,
    ERR_INVALID_FD,
    ERR_TTY_INIT_FAILED,
  },
  ErrnoException,
  getUvErrorMap,
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { getColorDepth, hasColors } = require('internal/tty');

// stream is loaded (and the prototypes linked) when the first stream is made:
// require('tty') for isatty() alone is common and must stay cheap.
let Readable;
let Writable;
function linkPrototypes() {
  if (Readable !== undefined) return;
  ({ Readable, Writable } = require('stream'));
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 &&
         binding.isTTY(fd);
}

function initTTY(fd) {
  if (fd >> 0 !== fd || fd < 0)
    throw new ERR_INVALID_FD(fd);
  if (!binding.isTTY(fd)) {
    const errno = -22;
    const [code, message] = getUvErrorMap().get(errno) ?? ['EINVAL', 'invalid argument'];
    throw new ERR_TTY_INIT_FAILED({ errno, code, message, syscall: 'uv_tty_init' });
  }
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream))
    return new ReadStream(fd, options);
  initTTY(fd);
  linkPrototypes();
  Readable.call(this, { highWaterMark: 0, ...options });
  this.fd = fd;
  this.isRaw = false;
  this.isTTY = true;
}

function WriteStream(fd) {
  if (!(this instanceof WriteStream))
    return new WriteStream(fd);
  initTTY(fd);
  linkPrototypes();
  Writable.call(this, { decodeStrings: false });
  this.fd = fd;
  this._type = 'tty';

  const winSize = [0, 0];
  if (binding.getWindowSize(fd, winSize)) {
    this.columns = winSize[0];
    this.rows = winSize[1];
  }
}


ReadStream.prototype.setRawMode = function(flag) {
  flag = !!flag;
  const err = binding.setRawMode(this.fd, flag);
  if (err) {
    this.emit('error', new ErrnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

ReadStream.prototype._read = function _read() {};

WriteStream.prototype.isTTY = true;

WriteStream.prototype.getColorDepth = getColorDepth;

WriteStream.prototype.hasColors = hasColors;

WriteStream.prototype._refreshSize = function() {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const winSize = [0, 0];
  if (!binding.getWindowSize(this.fd, winSize)) {
    this.emit('error', new ErrnoException(-22, 'getWindowSize'));
    return;
  }
  const { 0: newCols, 1: newRows } = winSize;
  if (oldCols !== newCols || oldRows !== newRows) {
    this.columns = newCols;
    this.rows = newRows;
    this.emit('resize');
  }
};

// Backwards-compat
WriteStream.prototype.cursorTo = function(x, y, callback) {
  return cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function(dx, dy, callback) {
  return moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function(dir, callback) {
  return clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function(callback) {
  return clearScreenDown(this, callback);
};
WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};

WriteStream.prototype._write = function _write(chunk, encoding, cb) {
  if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
    chunk = require('buffer').Buffer.from(chunk, encoding);
  }
  const err = binding.write(this.fd, chunk);
  cb(err ? new ErrnoException(err, 'write') : null);
};

// ---- cursor helpers (lib/internal/readline/callbacks.js) --------------------------

const kEscape = '\x1b';
const kClearToLineBeginning = `${kEscape}[1K`;
const kClearToLineEnd = `${kEscape}[0K`;
const kClearLine = `${kEscape}[2K`;
const kClearScreenDown = `${kEscape}[0J`;

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
  }

  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }

  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);

  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();

  const data = typeof y !== 'number' ? `${kEscape}[${x + 1}G` : `${kEscape}[${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
  }

  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  let data = '';

  if (dx < 0) {
    data += `${kEscape}[${-dx}D`;
  } else if (dx > 0) {
    data += `${kEscape}[${dx}C`;
  }

  if (dy < 0) {
    data += `${kEscape}[${-dy}A`;
  } else if (dy > 0) {
    data += `${kEscape}[${dy}B`;
  }

  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
  }

  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  const type =
    dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
  }

  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  isatty,
  ReadStream,
  WriteStream,
};
