package jslib

import "testing"

// The expected outputs were recorded by running each case under Node v26.10.0.

// TestNavigator covers internal/navigator (the navigator global).
func TestNavigator(t *testing.T) {
	const prelude = "const { navigator, Navigator } = require('internal/navigator');\nprocess.version = 'v26.10.0';\nprocess.arch = 'x64';\nprocess.env = { LANG: 'C.UTF-8' };\n"
	runCases(t, []jsCase{
		{"values", prelude + `log(navigator.userAgent, navigator.platform, navigator.language, JSON.stringify(navigator.languages), Object.isFrozen(navigator.languages));
log(typeof navigator.hardwareConcurrency, navigator.hardwareConcurrency >= 1, navigator instanceof Navigator);
log(JSON.stringify(Object.keys(navigator)), JSON.stringify(Object.keys(Navigator.prototype).filter((k) => k !== 'locks')));
try {
  new Navigator();
} catch (err) {
  log(err.name, err.code, err.message);
}`, "Node.js/26 Linux x86_64 en-US [\"en-US\"] true\nnumber true true\n[] [\"hardwareConcurrency\",\"language\",\"languages\",\"userAgent\",\"platform\"]\nTypeError ERR_ILLEGAL_CONSTRUCTOR Illegal constructor"},
	})
}
