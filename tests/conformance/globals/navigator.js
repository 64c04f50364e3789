'use strict';
// navigator: the Navigator class, its getters and their values.
const log = console.log;
const os = require('os');

log(typeof navigator, navigator instanceof Navigator, Object.getPrototypeOf(navigator) === Navigator.prototype);
log(navigator.userAgent, navigator.platform, navigator.language, navigator.languages,
    Object.isFrozen(navigator.languages), navigator.languages === navigator.languages);
log(navigator.hardwareConcurrency === os.availableParallelism(), Number.isInteger(navigator.hardwareConcurrency));
log(navigator.userAgent === `Node.js/${process.versions.node.split('.')[0]}`);
log(Object.keys(navigator), Object.keys(Navigator.prototype).filter((k) => k !== 'locks'));
for (const k of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  const desc = Object.getOwnPropertyDescriptor(Navigator.prototype, k);
  log(k, typeof desc.get, desc.set, desc.enumerable, desc.configurable);
}
try {
  new Navigator();
} catch (err) {
  log(err.name, err.code, err.message);
}
log(navigator);
