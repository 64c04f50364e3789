'use strict';
// Node's `module` module: the Module class with builtinModules, isBuiltin,
// createRequire and the legacy statics, after Node.js v26 lib/internal/modules/cjs/
// loader.js (MIT License, Copyright Node.js contributors and Joyent, Inc.).
//
// gonode's CommonJS loader is in Go (runtime/require.go); this module reaches it through
// internalBinding('modules').createRequire(filename), which returns the `require` of a
// new module at filename. Module._cache and Module._extensions are that loader's
// require.cache and require.extensions. Loader hooks (register, registerHooks), the
// compile cache and source maps are accepted but have no effect (see each function).

const path = require('path');
const {
  lazyCodes: {
    ERR_INVALID_ARG_VALUE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');

let lazyBinding;
function modulesBinding() {
  lazyBinding ??= internalBinding('modules');
  return lazyBinding;
}

// require('module').builtinModules of Node v26 (Linux), in Node's order (builtins_list.go).
const builtinModules = Object.freeze(internalBinding('builtins').builtinModules);

const schemelessBuiltins = new Set();
const schemeOnlyBuiltins = new Set();
for (const id of builtinModules) {
  if (id.startsWith('node:')) schemeOnlyBuiltins.add(id.slice(5));
  else schemelessBuiltins.add(id);
}

/**
 * @param {string} moduleName
 * @returns {boolean}
 */
function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  if (moduleName.startsWith('node:')) {
    const id = moduleName.slice(5);
    return schemelessBuiltins.has(id) || schemeOnlyBuiltins.has(id);
  }
  return schemelessBuiltins.has(moduleName);
}


function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', {
    __proto__: null, value: {}, writable: true, enumerable: true, configurable: true,
  });
  Object.defineProperty(this, 'parent', {
    __proto__: null, value: parent, writable: true, enumerable: false, configurable: true,
  });
  if (parent && Array.isArray(parent.children) && !parent.children.includes(this)) {
    parent.children.push(this);
  }
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') {
    throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return makeRequire(this.filename ?? path.join(process.cwd(), '[module]'))(id);
};

Module.prototype._compile = function _compile() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('Module.prototype._compile()');
};

Module.prototype.load = function load() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('Module.prototype.load()');
};

function makeRequire(filename) {
  return modulesBinding().createRequire(filename);
}

let anyRequire;
function someRequire() {
  anyRequire ??= makeRequire(path.join(process.cwd(), '[module]'));
  return anyRequire;
}

const createRequireError = 'must be a file URL object, file URL string, or ' +
                           'absolute path string';

function isURL(value) {
  return value !== null && typeof value === 'object' &&
         typeof value.href === 'string' && typeof value.protocol === 'string' &&
         value.auth === undefined && value.path === undefined;
}

/**
 * @param {string | URL} filename
 * @returns {Function}
 */
function createRequire(filename) {
  let filepath;
  if (isURL(filename) ||
      (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      const { fileURLToPath } = require('url');
      filepath = fileURLToPath(filename);
    } catch {
      throw new ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
    }
    if (`${filename.href ?? filename}`.endsWith('/') && !filepath.endsWith('/'))
      filepath += '/';
  } else if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  return makeRequire(proxyPath);
}

/**
 * The node_modules lookup paths of a directory, from the directory up to the root.
 * @param {string} from
 * @returns {string[]}
 */
function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/')
    return ['/node_modules'];

  const paths = [];
  for (let i = from.length - 1, p = 0, last = from.length; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === 47 /* / */) {
      if (p !== 'node_modules'.length)
        paths.push(from.slice(0, last) + '/node_modules');
      last = i;
      p = 0;
    } else if (p !== -1) {
      if ('node_modules'.charCodeAt('node_modules'.length - 1 - p) === code) {
        ++p;
      } else {
        p = -1;
      }
    }
  }
  paths.push('/node_modules');
  return paths;
}

function _resolveFilename(request, parent) {
  if (isBuiltin(request)) return request;
  const from = parent?.filename ?? path.join(process.cwd(), '[module]');
  return makeRequire(from).resolve(request);
}

function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  const from = parent?.filename ?? path.join(process.cwd(), '[module]');
  return makeRequire(from).resolve.paths(request);
}

function _load(request, parent) {
  const from = parent?.filename ?? path.join(process.cwd(), '[module]');
  return makeRequire(from)(request);
}

function _findPath(request, paths) {
  for (const dir of paths ?? []) {
    try {
      return makeRequire(path.join(dir, '[module]')).resolve(
        path.isAbsolute(request) ? request : path.join(dir, request));
    } catch {
      // try the next one
    }
  }
  return false;
}

const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];

function wrap(script) {
  return `${wrapper[0]}${script}${wrapper[1]}`;
}

function globalPaths() {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = process.env.NODE_PATH;
  if (nodePath) {
    paths.unshift(...nodePath.split(path.delimiter).filter((p) => !!p));
  }
  return paths;
}

// register(specifier[, parentURL][, options]) starts Node's module-customization
// hooks thread for the module: it loads there, on an internal thread
// (worker_threads.isInternalThread === true). gonode does not apply resolve/load hooks
// the module exports: it says so on stderr instead of ignoring them silently.
function register(specifier, parentURL = 'data:', options) {
  if (parentURL !== null && typeof parentURL === 'object' && !(typeof parentURL.href === 'string')) {
    options = parentURL;
    parentURL = options.parentURL ?? 'data:';
  }
  const spec = typeof specifier === 'object' && specifier !== null && typeof specifier.href === 'string' ? specifier.href : `${specifier}`;
  const parent = typeof parentURL === 'object' && parentURL !== null ? parentURL.href : `${parentURL}`;
  internalBinding('modules').register(spec, parent);
}
// Accepted for compatibility; gonode has no in-thread hooks, compile cache or source maps.
function registerHooks() {
  return { deregister() {} };
}
function syncBuiltinESMExports() {}
function enableCompileCache() {
  return { status: constants.compileCacheStatus.DISABLED, message: 'Disabled by gonode' };
}
function flushCompileCache() {}
function getCompileCacheDir() {
  return undefined;
}
function findSourceMap() {
  return undefined;
}
class SourceMap {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('SourceMap');
  }
}
function getSourceMapsSupport() {
  return { __proto__: null, enabled: false, nodeModules: false, generatedCode: false };
}
function setSourceMapsSupport() {}
function stripTypeScriptTypes() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('stripTypeScriptTypes()');
}
function findPackageJSON(specifier, base) {
  const fs = require('fs');
  let dir;
  if (specifier instanceof URL || `${specifier}`.startsWith('file:')) {
    dir = path.dirname(require('url').fileURLToPath(specifier));
  } else if (path.isAbsolute(`${specifier}`)) {
    dir = path.dirname(`${specifier}`);
  } else {
    const from = base === undefined ? path.join(process.cwd(), '[module]') :
      `${base}`.startsWith('file:') ? require('url').fileURLToPath(base) : `${base}`;
    dir = path.dirname(makeRequire(from).resolve(`${specifier}`));
  }
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
function runMain() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('Module.runMain()');
}
function _initPaths() {
  Module.globalPaths = globalPaths();
}
function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  for (const request of requests) _load(request, null);
}

const constants = Object.freeze({
  __proto__: null,
  compileCacheStatus: Object.freeze({
    __proto__: null,
    FAILED: 0,
    ENABLED: 1,
    ALREADY_ENABLED: 2,
    DISABLED: 3,
  }),
});

Object.defineProperties(Module, {
  _cache: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return someRequire().cache; },
    set(v) { Object.defineProperty(Module, '_cache', { __proto__: null, value: v, writable: true, enumerable: true, configurable: true }); },
  },
  _pathCache: { __proto__: null, value: { __proto__: null }, writable: true, enumerable: true, configurable: true },
  _extensions: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return someRequire().extensions; },
    set(v) { Object.defineProperty(Module, '_extensions', { __proto__: null, value: v, writable: true, enumerable: true, configurable: true }); },
  },
  globalPaths: {
    __proto__: null, enumerable: true, configurable: true,
    get() { const v = globalPaths(); Object.defineProperty(Module, 'globalPaths', { __proto__: null, value: v, writable: true, enumerable: true, configurable: true }); return v; },
    set(v) { Object.defineProperty(Module, 'globalPaths', { __proto__: null, value: v, writable: true, enumerable: true, configurable: true }); },
  },
  wrap: {
    __proto__: null, enumerable: false, configurable: true,
    get() { return wrap; },
    set(v) { Object.defineProperty(Module, 'wrap', { __proto__: null, value: v, writable: true, enumerable: false, configurable: true }); },
  },
  wrapper: {
    __proto__: null, enumerable: false, configurable: true,
    get() { return wrapper; },
    set(v) { Object.defineProperty(Module, 'wrapper', { __proto__: null, value: v, writable: true, enumerable: false, configurable: true }); },
  },
});

Object.assign(Module, {
  isBuiltin,
  _findPath,
  _nodeModulePaths,
  _resolveLookupPaths,
  _load,
  _resolveFilename,
  createRequire,
  _initPaths,
  _preloadModules,
  syncBuiltinESMExports,
  Module,
  registerHooks,
  builtinModules,
  runMain,
  register,
  constants,
  enableCompileCache,
  findPackageJSON,
  flushCompileCache,
  getCompileCacheDir,
  stripTypeScriptTypes,
  findSourceMap,
  SourceMap,
  getSourceMapsSupport,
  setSourceMapsSupport,
});

module.exports = Module;
