'use strict';
// The module module: Module itself, builtinModules, isBuiltin, createRequire (paths,
// file URLs, directories), wrap/wrapper and the legacy statics.
const Module = require('module');
const path = require('path');
const url = require('url');
const log = console.log;

log(typeof Module, Module.name, Module === require('node:module'), Module.Module === Module);
log(Object.keys(Module));
log(Module.builtinModules.length, Object.isFrozen(Module.builtinModules));
log(JSON.stringify(Module.builtinModules));

for (const id of ['fs', 'node:fs', 'fs/promises', 'node:test', 'test', 'node:sea', 'sea',
  'node:sqlite', 'sqlite', 'node:test/reporters', 'internal/errors', 'node:internal/errors',
  '_http_agent', 'node:_http_agent', 'sys', 'wasi', 'string_decoder', 'perf_hooks', '',
  'node:', 'FS', 'fs/', 'timers_promises', 1, undefined, null, {}]) {
  log(JSON.stringify(id) ?? String(id), Module.isBuiltin(id));
}

const req = Module.createRequire(__filename);
log(typeof req, typeof req.resolve, typeof req.resolve.paths, req('os') === require('os'),
    req.resolve('os'), req.resolve('node:path'), req.cache === require.cache);
log(path.relative(__dirname, req.resolve('./module.js')));
const fromDir = Module.createRequire(`${__dirname}/`);
log(path.relative(__dirname, fromDir.resolve('./module.js')), fromDir.resolve.paths('x')[0] === path.join(__dirname, 'node_modules'));
const fromUrl = Module.createRequire(url.pathToFileURL(__filename));
log(path.relative(__dirname, fromUrl.resolve('./module.js')));
const fromUrlString = Module.createRequire(url.pathToFileURL(__filename).href);
log(path.relative(__dirname, fromUrlString.resolve('./module.js')));
log(Module.createRequire('/tmp/some/dir/x.js').resolve.paths('x').slice(0, 3));
try {
  req('./does-not-exist');
} catch (err) {
  log(err.code, err.message.split('\n')[0].replace(__dirname, '<dir>'));
}

for (const bad of [1, 'relative/x.js', null, undefined, {}, 'http://example.com/x.js']) {
  try {
    Module.createRequire(bad);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}

log(Module.wrap('body'), Module.wrapper.length, Module.wrapper[0]);
log(Module._nodeModulePaths('/a/b/node_modules/c'), Module._nodeModulePaths('/'));
log(Module._resolveFilename('os'), Module._resolveFilename('node:os'), Module._cache === require.cache);
log(Object.keys(Module._extensions), Array.isArray(Module.globalPaths), typeof Module._load('path').join);
log(Module.constants, typeof Module.register, typeof Module.registerHooks, typeof Module.findPackageJSON);
const m = new Module('/virtual/file.js');
log(m.id, m.path, m.exports, m.filename, m.loaded, m.children, m instanceof Module);
