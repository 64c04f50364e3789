'use strict';
// os functions given bad input, and system errors (SystemError ERR_SYSTEM_ERROR).
const os = require('os');
const log = console.log;

function attempt(label, fn) {
  try {
    log(label, 'ok', fn());
  } catch (err) {
    log(label, err.name, err.code, err.message);
    if (err.info) log('  info', err.info, err.errno, err.syscall);
  }
}

attempt('getPriority string', () => os.getPriority('1'));
attempt('getPriority float', () => os.getPriority(1.5));
attempt('getPriority big', () => os.getPriority(2 ** 31));
attempt('getPriority null', () => os.getPriority(null));
attempt('getPriority no such process', () => os.getPriority(2 ** 31 - 1));
attempt('setPriority string', () => os.setPriority('x'));
attempt('setPriority low', () => os.setPriority(0, -21));
attempt('setPriority high', () => os.setPriority(20));
attempt('setPriority float', () => os.setPriority(0, 1.5));
attempt('setPriority pid string', () => os.setPriority('0', 1));
attempt('setPriority no such process', () => os.setPriority(2 ** 31 - 1, 0));
attempt('setPriority same', () => os.setPriority(os.getPriority()));

const old = process.env.TMPDIR;
for (const value of ['/foo/', '/foo//', '/', '/bar']) {
  process.env.TMPDIR = value;
  log('tmpdir', JSON.stringify(value), os.tmpdir());
}
delete process.env.TMPDIR;
process.env.TMP = '/from-tmp/';
log('tmpdir TMP', os.tmpdir());
delete process.env.TMP;
process.env.TEMP = '/from-temp';
log('tmpdir TEMP', os.tmpdir());
delete process.env.TEMP;
log('tmpdir default', os.tmpdir());
if (old !== undefined) process.env.TMPDIR = old;

const home = process.env.HOME;
process.env.HOME = '/custom/home';
log('homedir', os.homedir());
process.env.HOME = home;
