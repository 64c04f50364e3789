package jslib

import "testing"

// The expected outputs were recorded by running each case under Node v26.10.0.

// TestOS covers os and its Go binding: shapes and invariants (no machine values) and errors.
func TestOS(t *testing.T) {
	const prelude = "const os = require('os');\n"
	runCases(t, []jsCase{
		{"shapes", prelude + `log(JSON.stringify(Object.keys(os)));
const cpus = os.cpus();
log(cpus.length > 0, JSON.stringify(Object.keys(cpus[0])), JSON.stringify(Object.keys(cpus[0].times)));
log(cpus.every((c) => typeof c.model === 'string' && Number.isInteger(c.speed) && Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0)));
log(os.totalmem() > os.freemem(), os.freemem() > 0, os.loadavg().length, os.uptime() > 0, Number.isInteger(os.availableParallelism()));
log(os.type(), os.endianness(), os.EOL === '\n', os.devNull, typeof os.release(), typeof os.version(), typeof os.machine(), typeof os.hostname());
const info = os.userInfo();
log(Object.getPrototypeOf(info), JSON.stringify(Object.keys(info)), typeof info.username, Number.isInteger(info.uid));
const entries = Object.values(os.networkInterfaces()).flat();
const lo = entries.find((e) => e.internal && e.family === 'IPv4');
log(lo.address, lo.netmask, lo.cidr, lo.mac, JSON.stringify(Object.keys(lo)));
log(Number.isInteger(os.getPriority()), os.getPriority() === os.getPriority(0));
log(JSON.stringify(Object.keys(os.constants)), Object.isFrozen(os.constants.signals), os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_HIGHEST);`, "[\"arch\",\"availableParallelism\",\"cpus\",\"endianness\",\"freemem\",\"getPriority\",\"homedir\",\"hostname\",\"loadavg\",\"networkInterfaces\",\"platform\",\"release\",\"setPriority\",\"tmpdir\",\"totalmem\",\"type\",\"userInfo\",\"uptime\",\"version\",\"machine\",\"constants\",\"EOL\",\"devNull\"]\ntrue [\"model\",\"speed\",\"times\"] [\"user\",\"nice\",\"sys\",\"idle\",\"irq\"]\ntrue\ntrue true 3 true true\nLinux LE true /dev/null string string string string\nnull [\"uid\",\"gid\",\"username\",\"homedir\",\"shell\"] string true\n127.0.0.1 255.0.0.0 127.0.0.1/8 00:00:00:00:00:00 [\"address\",\"netmask\",\"family\",\"mac\",\"internal\",\"cidr\"]\ntrue true\n[\"UV_UDP_REUSEADDR\",\"dlopen\",\"errno\",\"signals\",\"priority\"] true 15 2 -20"},
		{"tmpdir", prelude + `for (const v of ['/foo/', '/foo//', '/', '/bar']) {
  process.env.TMPDIR = v;
  log(JSON.stringify(v), os.tmpdir());
}
delete process.env.TMPDIR;
log(os.tmpdir());`, "\"/foo/\" /foo\n\"/foo//\" /foo/\n\"/\" /\n\"/bar\" /bar\n/tmp"},
		{"errors", prelude + `for (const fn of [
  () => os.getPriority('1'),
  () => os.getPriority(1.5),
  () => os.getPriority(2 ** 31 - 1),
  () => os.setPriority(0, -21),
  () => os.setPriority('x'),
  () => os.setPriority(2 ** 31 - 1, 0),
]) {
  try {
    log('ok', fn());
  } catch (err) {
    log(err.name, err.code, err.message, JSON.stringify(err.info));
  }
}`, "TypeError ERR_INVALID_ARG_TYPE The \"pid\" argument must be of type number. Received type string ('1') undefined\nRangeError ERR_OUT_OF_RANGE The value of \"pid\" is out of range. It must be an integer. Received 1.5 undefined\nSystemError ERR_SYSTEM_ERROR A system error occurred: uv_os_getpriority returned ESRCH (no such process) {\"errno\":-3,\"code\":\"ESRCH\",\"message\":\"no such process\",\"syscall\":\"uv_os_getpriority\"}\nRangeError ERR_OUT_OF_RANGE The value of \"priority\" is out of range. It must be >= -20 && <= 19. Received -21 undefined\nTypeError ERR_INVALID_ARG_TYPE The \"priority\" argument must be of type number. Received type string ('x') undefined\nSystemError ERR_SYSTEM_ERROR A system error occurred: uv_os_setpriority returned ESRCH (no such process) {\"errno\":-3,\"code\":\"ESRCH\",\"message\":\"no such process\",\"syscall\":\"uv_os_setpriority\"}"},
	})
}
