'use strict';
// Node's internal/async_hooks over the loop's async state (internalBinding('async_wrap'),
// runtime/internal/jslib/async_state.go). The loop creates the ids of its own resources (timers,
// immediates, ticks, fs requests), enters their scopes and calls the hook runners
// installed here; ids and hook counts live in `fields`, a Float64Array shared with the
// loop, so executionAsyncId() and the hook checks read them without a call into Go.
// Scopes entered from JS (AsyncResource.runInAsyncScope) go on the loop's scope stack
// through pushScope/popScope.
const binding = internalBinding('async_wrap');
const { fields } = binding;

// Indices into fields, as in async_state.go.
const kExecutionAsyncId = 0;
const kTriggerAsyncId = 1;
const kAsyncIdCounter = 2;
const kDefaultTriggerAsyncId = 3;
const kInit = 4;
const kBefore = 5;
const kAfter = 6;
const kDestroy = 7;
const kPromiseResolve = 8;
const kTotals = 9;

const { async_id_symbol, trigger_async_id_symbol } = binding;
const init_symbol = Symbol('init');
const before_symbol = Symbol('before');
const after_symbol = Symbol('after');
const destroy_symbol = Symbol('destroy');
const promise_resolve_symbol = Symbol('promiseResolve');

// The enabled AsyncHook instances. Replaced, never mutated, so that enable()/disable()
// inside a hook do not change the set of hooks being called.
let activeHooks = [];

function newAsyncId() {
  return ++fields[kAsyncIdCounter];
}

function getDefaultTriggerAsyncId() {
  const defaultId = fields[kDefaultTriggerAsyncId];
  return defaultId < 0 ? fields[kExecutionAsyncId] : defaultId;
}

function defaultTriggerAsyncIdScope(triggerAsyncId, block, ...args) {
  if (triggerAsyncId === undefined) return block(...args);
  const oldDefault = fields[kDefaultTriggerAsyncId];
  fields[kDefaultTriggerAsyncId] = triggerAsyncId;
  try {
    return block(...args);
  } finally {
    fields[kDefaultTriggerAsyncId] = oldDefault;
  }
}

function initHooksExist() { return fields[kInit] > 0; }
function afterHooksExist() { return fields[kAfter] > 0; }
function destroyHooksExist() { return fields[kDestroy] > 0; }
function enabledHooksExist() { return fields[kTotals] > 0; }

// A throwing hook is fatal, as in Node: print the stack and exit with code 1.
function fatalError(e) {
  if (typeof e?.stack === 'string') {
    process._rawDebug(e.stack);
  } else {
    const o = { message: e };
    Error.captureStackTrace(o, fatalError);
    process._rawDebug(o.stack);
  }
  process.exit(1);
}

function emitHook(symbol, asyncId) {
  const hooks = activeHooks;
  try {
    for (let i = 0; i < hooks.length; i++) {
      const fn = hooks[i][symbol];
      if (typeof fn === 'function') hooks[i][symbol](asyncId);
    }
  } catch (e) {
    fatalError(e);
  }
}

function emitInitNative(asyncId, type, triggerAsyncId, resource) {
  const hooks = activeHooks;
  try {
    for (let i = 0; i < hooks.length; i++) {
      if (typeof hooks[i][init_symbol] === 'function') {
        hooks[i][init_symbol](asyncId, type, triggerAsyncId, resource);
      }
    }
  } catch (e) {
    fatalError(e);
  }
}

const emitBeforeNative = (asyncId) => emitHook(before_symbol, asyncId);
const emitAfterNative = (asyncId) => emitHook(after_symbol, asyncId);
const emitDestroyNative = (asyncId) => emitHook(destroy_symbol, asyncId);
const emitPromiseResolveNative = (asyncId) => emitHook(promise_resolve_symbol, asyncId);

function emitInitScript(asyncId, type, triggerAsyncId, resource) {
  if (!initHooksExist()) return;
  if (triggerAsyncId === null) triggerAsyncId = getDefaultTriggerAsyncId();
  emitInitNative(asyncId, type, triggerAsyncId, resource);
}

function emitBeforeScript(asyncId, triggerAsyncId, resource) {
  binding.pushScope(asyncId, triggerAsyncId, resource);
  if (fields[kBefore] > 0) emitBeforeNative(asyncId);
}

function emitAfterScript(asyncId) {
  if (afterHooksExist()) emitAfterNative(asyncId);
  popAsyncContext(asyncId);
}

function emitDestroyScript(asyncId) {
  // Return early if there are no destroy callbacks, or invalid asyncId.
  if (!destroyHooksExist() || asyncId <= 0) return;
  binding.queueDestroy(asyncId);
}

function popAsyncContext(asyncId) {
  if (binding.stackLength() === 0) return false;
  if (!binding.popScope(asyncId)) {
    // Node treats a corrupted stack as fatal.
    process._rawDebug('Error: async hook stack has become corrupted (actual: ' +
      fields[kExecutionAsyncId] + ', expected: ' + asyncId + ')');
    process.exit(1);
  }
  return true;
}

function executionAsyncId() { return fields[kExecutionAsyncId]; }
function triggerAsyncId() { return fields[kTriggerAsyncId]; }
function executionAsyncResource() { return binding.executionAsyncResource(); }
function clearAsyncIdStack() { binding.clearStack(); }

let runnersInstalled = false;
function updateCounts(hook, sign) {
  let total = 0;
  for (const [sym, idx] of [[init_symbol, kInit], [before_symbol, kBefore], [after_symbol, kAfter],
    [destroy_symbol, kDestroy], [promise_resolve_symbol, kPromiseResolve]]) {
    fields[idx] += sign * +!!hook[sym];
    total += fields[idx];
  }
  fields[kTotals] = total;
  if (!runnersInstalled && total > 0) {
    runnersInstalled = true;
    binding.setHookRunners(emitBeforeNative, emitAfterNative, emitDestroyNative, emitInitNative);
  }
}

function enableHook(hook) {
  if (activeHooks.includes(hook)) return;
  activeHooks = [...activeHooks, hook];
  updateCounts(hook, 1);
}

function disableHook(hook) {
  const index = activeHooks.indexOf(hook);
  if (index === -1) return;
  activeHooks = activeHooks.filter((h) => h !== hook);
  updateCounts(hook, -1);
}

module.exports = {
  fields,
  async_id_symbol,
  trigger_async_id_symbol,
  init_symbol,
  before_symbol,
  after_symbol,
  destroy_symbol,
  promise_resolve_symbol,
  newAsyncId,
  getDefaultTriggerAsyncId,
  defaultTriggerAsyncIdScope,
  initHooksExist,
  afterHooksExist,
  destroyHooksExist,
  enabledHooksExist,
  emitInit: emitInitScript,
  emitBefore: emitBeforeScript,
  emitAfter: emitAfterScript,
  emitDestroy: emitDestroyScript,
  emitPromiseResolve: emitPromiseResolveNative,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  clearAsyncIdStack,
  enableHook,
  disableHook,
  getFrame: binding.getFrame,
  setFrame: binding.setFrame,
  constants: { kInit, kBefore, kAfter, kDestroy, kPromiseResolve, kTotals, kExecutionAsyncId,
    kTriggerAsyncId, kAsyncIdCounter, kDefaultTriggerAsyncId },
};
