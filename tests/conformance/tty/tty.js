'use strict';
// tty without a terminal (the conformance runner has no TTY on any fd): isatty,
// stream construction errors, the stream prototypes and color depth detection.
const tty = require('tty');
const log = console.log;

log(tty);
log(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(99), tty.isatty(-1), tty.isatty('1'),
    tty.isatty(1.5), tty.isatty(2 ** 31), tty.isatty());
for (const fd of [0, 1, 99, -1, 1.5, 'x']) {
  for (const Ctor of [tty.ReadStream, tty.WriteStream]) {
    try {
      new Ctor(fd);
      log('constructed');
    } catch (err) {
      log(Ctor.name, fd, err.name, err.code, err.message);
      if (err.info) log('  info', err.info);
    }
  }
}
log(Object.getOwnPropertyNames(tty.WriteStream.prototype).filter((k) => k !== '_write'));
log(Object.getOwnPropertyNames(tty.ReadStream.prototype).filter((k) => k !== '_read'));
log(tty.WriteStream.prototype.isTTY);

const { getColorDepth, hasColors } = tty.WriteStream.prototype;
for (const env of [{}, { TERM: 'dumb' }, { TERM: 'xterm-256color' }, { TERM: 'xterm' },
  { TERM: 'screen' }, { TERM: 'rxvt-unicode-24bit' }, { COLORTERM: 'truecolor' },
  { COLORTERM: 'yes' }, { TMUX: '1' }, { CI: '1' }, { CI: '1', GITHUB_ACTIONS: '1' },
  { NO_COLOR: '' }, { NODE_DISABLE_COLORS: '1', TERM: 'xterm' }, { FORCE_COLOR: '0' },
  { FORCE_COLOR: '1' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: '' },
  { NO_COLOR: '1' }, { TERM: 'xterm-truecolor' }, { TERM: 'xterm-kitty' }, { TERM: 'vt220' },
  { TF_BUILD: '1', AGENT_NAME: 'a' }, { CI: '', CIRCLECI: '1' }, { CI: '1', CI_NAME: 'codeship' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' }]) {
  log(JSON.stringify(env), getColorDepth(env), hasColors(env), hasColors(256, env), hasColors(2 ** 24, env));
}
for (const fn of [() => hasColors(1), () => hasColors('x', {}), () => hasColors(2.5, {})]) {
  try {
    log('ok', fn());
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
