'use strict';
// Node's internal/async_context_frame: the Map of AsyncLocalStorage -> store that flows
// with async work. The current frame is held by the loop (runtime/asynccontext.go), which
// carries it into promise reactions, timers, immediates and ticks.
const { getFrame, setFrame } = require('internal/async_hooks');

class AsyncContextFrame extends Map {
  constructor(store, data) {
    super(getFrame());
    this.set(store, data);
  }

  static get enabled() { return true; }

  static current() { return getFrame(); }

  static set(frame) { setFrame(frame); }

  static exchange(frame) {
    const prior = getFrame();
    setFrame(frame);
    return prior;
  }

  static disable(store) {
    getFrame()?.disable(store);
  }

  disable(store) {
    this.delete(store);
  }
}

module.exports = AsyncContextFrame;
