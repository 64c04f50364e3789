'use strict';
// node:console and the global console for gonode: a port of Node v26's
// lib/internal/console/constructor.js + global.js + lib/internal/cli_table.js.
// The global console writes to globalThis.process.stdout / .stderr, looked up on first
// use (like Node's lazy stream binding) so the runtime may install process later.

// util (165 KB of source) loads on first need, not with the console: printing strings,
// the common case, never needs it, and every process and worker env pays for loading.
let utilInternals;
function lazyUtil() {
  if (utilInternals === undefined) {
    const util = require('util');
    utilInternals = { ...internalBinding('util').internals, types: util.types };
  }
  return utilInternals;
}
const inspect = (...args) => lazyUtil().inspect(...args);
const formatWithOptions = (...args) => lazyUtil().formatWithOptions(...args);
const getStringWidth = (...args) => lazyUtil().getStringWidth(...args);
const shouldColorize = (...args) => lazyUtil().shouldColorize(...args);
const previewEntries = (...args) => lazyUtil().previewEntries(...args);
const isTypedArray = (v) => lazyUtil().types.isTypedArray(v);
const isSet = (v) => lazyUtil().types.isSet(v);
const isMap = (v) => lazyUtil().types.isMap(v);
const isSetIterator = (v) => lazyUtil().types.isSetIterator(v);
const isMapIterator = (v) => lazyUtil().types.isMapIterator(v);

// allStrings reports whether format(...args) is just args joined by spaces: only
// strings, and no format specifier in the first.
function allStrings(args) {
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') return false;
  }
  return args.length > 0 && !args[0].includes('%');
}

const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ObjectPrototypeHasOwnProperty = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ReflectOwnKeys = Reflect.ownKeys;
const ArrayIsArray = Array.isArray;

const kCounts = Symbol('counts');
const kMaxGroupIndentation = 1000;

// Track amount of indentation required via `console.group()`.
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kFormatForStderr = Symbol('kFormatForStderr');
const kFormatForStdout = Symbol('kFormatForStdout');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kWriteToConsole = Symbol('kWriteToConsole');
const kBindProperties = Symbol('kBindProperties');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');
const kGroupIndentationString = Symbol('kGroupIndentationString');

let lazyErrors;
function codes() {
  lazyErrors ??= require('internal/errors');
  return lazyErrors.codes;
}
let lazyValidators;
function validators() {
  lazyValidators ??= require('internal/validators');
  return lazyValidators;
}

function emitWarning(...args) {
  const p = globalThis.process;
  if (p && typeof p.emitWarning === 'function') p.emitWarning(...args);
}

const optionsMap = new WeakMap();
function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // We have to test new.target here to see if this function is called
  // with new, because we need to define a custom instanceof to accommodate
  // the global console.
  if (new.target === undefined) {
    return ReflectConstruct(Console, arguments);
  }

  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stderr');
  }

  validators().validateOneOf(colorMode, 'colorMode', ['auto', true, false]);

  if (groupIndentation !== undefined) {
    validators().validateInteger(groupIndentation, 'groupIndentation',
                                 0, kMaxGroupIndentation);
  }

  if (inspectOptions !== undefined) {
    validators().validateObject(inspectOptions, 'options.inspectOptions');

    const inspectOptionsMap = isMap(inspectOptions) ?
      inspectOptions : new Map([
        [stdout, inspectOptions],
        [stderr, inspectOptions],
      ]);

    for (const inspectOptions of inspectOptionsMap.values()) {
      if (inspectOptions.colors !== undefined &&
          options.colorMode !== undefined) {
        throw new (codes().ERR_INCOMPATIBLE_OPTION_PAIR)(
          'options.inspectOptions.color', 'colorMode');
      }
    }
    optionsMap.set(this, inspectOptionsMap);
  }

  // Bind the prototype functions to this Console instance
  ObjectKeys(Console.prototype).forEach((key) => {
    // We have to bind the methods grabbed from the instance instead of from
    // the prototype so that users extending the Console can override them
    // from the prototype chain of the subclass.
    this[key] = this[key].bind(this);
    ObjectDefineProperty(this[key], 'name', {
      __proto__: null,
      value: key,
    });
  });

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

const consolePropAttributes = {
  writable: true,
  enumerable: false,
  configurable: true,
};

// Fixup global.console instanceof global.console.Console
ObjectDefineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value: function(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function named(name, fn) {
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name });
  return fn;
}

ObjectDefineProperties(Console.prototype, {
  [kBindStreamsEager]: {
    __proto__: null,
    ...consolePropAttributes,
    // Eager version for the Console constructor
    value: named('[kBindStreamsEager]', function(stdout, stderr) {
      ObjectDefineProperties(this, {
        '_stdout': { __proto__: null, ...consolePropAttributes, value: stdout },
        '_stderr': { __proto__: null, ...consolePropAttributes, value: stderr },
      });
    }),
  },
  [kBindStreamsLazy]: {
    __proto__: null,
    ...consolePropAttributes,
    // Lazily load the stdout and stderr from an object so we don't
    // create the stdio streams when they are not even accessed
    value: named('[kBindStreamsLazy]', function(getObject) {
      let stdout;
      let stderr;
      ObjectDefineProperties(this, {
        '_stdout': {
          __proto__: null,
          enumerable: false,
          configurable: true,
          get() {
            return stdout ||= getObject().stdout;
          },
          set(value) { stdout = value; },
        },
        '_stderr': {
          __proto__: null,
          enumerable: false,
          configurable: true,
          get() {
            return stderr ||= getObject().stderr;
          },
          set(value) { stderr = value; },
        },
      });
    }),
  },
  [kBindProperties]: {
    __proto__: null,
    ...consolePropAttributes,
    value: named('[kBindProperties]', function(ignoreErrors, colorMode, groupIndentation = 2) {
      ObjectDefineProperties(this, {
        '_stdoutErrorHandler': {
          __proto__: null,
          ...consolePropAttributes,
          value: createWriteErrorHandler(this, kUseStdout),
        },
        '_stderrErrorHandler': {
          ...consolePropAttributes,
          __proto__: null,
          value: createWriteErrorHandler(this, kUseStderr),
        },
        '_ignoreErrors': {
          __proto__: null,
          ...consolePropAttributes,
          value: Boolean(ignoreErrors),
        },
        '_times': { __proto__: null, ...consolePropAttributes, value: new Map() },
        // Corresponds to https://console.spec.whatwg.org/#count-map
        [kCounts]: { __proto__: null, ...consolePropAttributes, value: new Map() },
        [kColorMode]: { __proto__: null, ...consolePropAttributes, value: colorMode },
        [kIsConsole]: { __proto__: null, ...consolePropAttributes, value: true },
        [kGroupIndentationWidth]: {
          __proto__: null,
          ...consolePropAttributes,
          value: groupIndentation,
        },
        [kGroupIndentationString]: {
          __proto__: null,
          ...consolePropAttributes,
          value: '',
        },
        [Symbol.toStringTag]: {
          __proto__: null,
          writable: false,
          enumerable: false,
          configurable: true,
          value: 'console',
        },
      });
    }),
  },
  [kWriteToConsole]: {
    __proto__: null,
    ...consolePropAttributes,
    value: named('[kWriteToConsole]', function(streamSymbol, string) {
      const ignoreErrors = this._ignoreErrors;
      const groupIndent = this[kGroupIndentationString];

      const useStdout = streamSymbol === kUseStdout;
      const stream = useStdout ? this._stdout : this._stderr;
      const errorHandler = useStdout ?
        this._stdoutErrorHandler : this._stderrErrorHandler;

      if (groupIndent.length !== 0) {
        if (string.includes('\n')) {
          string = string.replace(/\n/g, `\n${groupIndent}`);
        }
        string = groupIndent + string;
      }
      string += '\n';

      if (ignoreErrors === false) return stream.write(string);

      // There may be an error occurring synchronously (e.g. for files or TTYs
      // on POSIX systems) or asynchronously (e.g. pipes on POSIX systems), so
      // handle both situations.
      const emitter = typeof stream.listenerCount === 'function' &&
        typeof stream.once === 'function' && typeof stream.removeListener === 'function';
      try {
        // Add and later remove a noop error handler to catch synchronous
        // errors.
        if (emitter && stream.listenerCount('error') === 0)
          stream.once('error', noop);

        stream.write(string, errorHandler);
      } catch (e) {
        // Console is a debugging utility, so it swallowing errors is not
        // desirable even in edge cases such as low stack space.
        if (e instanceof RangeError && /call stack/.test(e.message))
          throw e;
        // Sorry, there's no proper way to pass along the error here.
      } finally {
        if (emitter) stream.removeListener('error', noop);
      }
    }),
  },
  [kGetInspectOptions]: {
    __proto__: null,
    ...consolePropAttributes,
    value: named('[kGetInspectOptions]', function(stream) {
      let color = this[kColorMode];
      if (color === 'auto') {
        color = shouldColorize(stream);
      }

      const inspectOptionsMap = optionsMap.get(this);
      const options = inspectOptionsMap ? inspectOptionsMap.get(stream) : undefined;
      if (options) {
        if (options.colors === undefined) {
          options.colors = color;
        }
        return options;
      }

      return color ? kColorInspectOptions : kNoColorInspectOptions;
    }),
  },
  [kFormatForStdout]: {
    __proto__: null,
    ...consolePropAttributes,
    value: named('[kFormatForStdout]', function(args) {
      if (args.length === 1) {
        // Fast path: single string, don't call format.
        const a0 = args[0];
        if (typeof a0 === 'string') {
          return a0;
        }
      } else if (allStrings(args)) {
        return args.join(' ');
      }
      const opts = this[kGetInspectOptions](this._stdout);
      args.unshift(opts);
      return ReflectApply(formatWithOptions, null, args);
    }),
  },
  [kFormatForStderr]: {
    __proto__: null,
    ...consolePropAttributes,
    value: named('[kFormatForStderr]', function(args) {
      if (args.length === 1) {
        const a0 = args[0];
        if (typeof a0 === 'string') {
          return a0;
        }
      } else if (allStrings(args)) {
        return args.join(' ');
      }
      const opts = this[kGetInspectOptions](this._stderr);
      args.unshift(opts);
      return ReflectApply(formatWithOptions, null, args);
    }),
  },
});

// Make a function that can serve as the callback passed to `stream.write()`.
function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    // This conditional evaluates to true if and only if there was an error
    // that was not already emitted (which happens when the _write callback
    // is invoked asynchronously).
    const stream = streamSymbol === kUseStdout ?
      instance._stdout : instance._stderr;
    if (err != null && !stream._writableState?.errorEmitted) {
      // If there was an error, it will be emitted on `stream` as
      // an `error` event. Adding a `once` listener will keep that error
      // from becoming an uncaught exception, but since the handler is
      // removed after the event, non-console.* writes won't be affected.
      // we are only adding noop if there is no one else listening for 'error'
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    }
  };
}

// console.time / timeEnd / timeLog (lib/internal/util/debuglog.js).
function now() {
  const p = globalThis.process;
  if (p && typeof p.hrtime === 'function') {
    if (typeof p.hrtime.bigint === 'function') {
      return Number(p.hrtime.bigint()) / 1e6;
    }
    const t = p.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
  }
  if (typeof globalThis.performance?.now === 'function') return globalThis.performance.now();
  return Date.now();
}

function pad(value) {
  return `${value}`.padStart(2, '0');
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;

  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }

  if (hours !== 0 || minutes !== 0) {
    ({ 0: seconds, 1: ms } = seconds.toFixed(3).split('.', 2));
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }

  if (seconds !== 0) {
    return `${seconds.toFixed(3)}s`;
  }

  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(consoleRef, label, formatted, args) {
  if (args === undefined) {
    consoleRef.log('%s: %s', label, formatted);
  } else {
    consoleRef.log('%s: %s', label, formatted, ...args);
  }
}

function logTime(consoleRef, implementation, label, args) {
  const time = consoleRef._times.get(label);
  if (time === undefined) {
    emitWarning(`No such label '${label}' for ${implementation}`);
    return false;
  }
  timeLogImpl(consoleRef, label, formatTime(now() - time), args);
  return true;
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  info(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  debug(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  error(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    // Coerces everything other than Symbol to a string
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    logTime(this, 'console.timeEnd()', label);
    this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    logTime(this, 'console.timeLog()', label, data);
  },

  trace: function trace(...args) {
    const message = this[kFormatForStderr](args);
    let frames = '';
    const stack = new Error().stack;
    if (typeof stack === 'string') {
      // Drop the "Error" line and the frame of trace itself; show goja frames the
      // way V8 lays them out.
      const lines = stack.replace(/\n$/, '').split('\n');
      const out = [];
      for (let i = 2; i < lines.length; i++) {
        out.push(lines[i].replace(/^\s*at /, '    at '));
      }
      if (out.length !== 0) frames = `\n${out.join('\n')}`;
    }
    this.error(`Trace${message === '' ? '' : `: ${message}`}${frames}`);
  },

  // Defined by: https://console.spec.whatwg.org/#assert
  assert(expression, ...args) {
    if (!expression) {
      if (args.length && typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        args.unshift('Assertion failed');
      }
      // The arguments will be formatted in warn() again
      ReflectApply(this.warn, this, args);
    }
  },

  // Defined by: https://console.spec.whatwg.org/#clear
  clear() {
    // It only makes sense to clear if _stdout is a TTY.
    // Otherwise, do nothing.
    if (this._stdout.isTTY && globalThis.process?.env?.TERM !== 'dumb') {
      this._stdout.write('\u001b[1;1H\u001b[0J');
    }
  },

  // Defined by: https://console.spec.whatwg.org/#count
  count(label = 'default') {
    // Ensures that label is a string, and only things that can be
    // coerced to strings. e.g. Symbol is not allowed
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined)
      count = 1;
    else
      count++;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  // Defined by: https://console.spec.whatwg.org/#countreset
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) {
      ReflectApply(this.log, this, data);
    }
    this[kGroupIndentationString] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    const currentIndentation = this[kGroupIndentationString];
    this[kGroupIndentationString] = currentIndentation.slice(
      0,
      currentIndentation.length - this[kGroupIndentationWidth],
    );
  },

  // https://console.spec.whatwg.org/#table
  table(tabularData, properties) {
    if (properties !== undefined)
      validators().validateArray(properties, 'properties');

    if (tabularData === null || typeof tabularData !== 'object')
      return this.log(tabularData);

    const final = (k, v) => this.log(cliTable(k, v));

    const _inspect = (v) => {
      const depth = v !== null &&
                    typeof v === 'object' &&
                    !isArray(v) &&
                    ObjectKeys(v).length > 2 ? -1 : 0;
      const opt = {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from(
      { length }, (_, i) => _inspect(i));

    const mapIter = isMapIterator(tabularData);
    let isKeyValue = false;
    let i = 0;
    if (mapIter) {
      const res = previewEntries(tabularData, true);
      tabularData = res[0];
      isKeyValue = res[1];
    }

    if (isKeyValue || isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (; i < tabularData.length / 2; ++i) {
          keys.push(_inspect(tabularData[i * 2]));
          values.push(_inspect(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        for (const { 0: k, 1: v } of tabularData) {
          keys.push(_inspect(k));
          values.push(_inspect(v));
          length++;
        }
      }
      return final([
        iterKey, keyKey, valuesKey,
      ], [
        getIndexArray(length),
        keys,
        values,
      ]);
    }

    const setIter = isSetIterator(tabularData);
    if (setIter)
      tabularData = previewEntries(tabularData);

    const setlike = setIter || mapIter || isSet(tabularData);
    if (setlike) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = ObjectKeys(tabularData);

    for (; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null ||
          (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || ObjectKeys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) ||
               !ObjectPrototypeHasOwnProperty(item, key))
            map[key][i] = '';
          else
            map[key][i] = _inspect(item[key]);
        }
      }
    }

    const keys = ObjectKeys(map);
    const values = ObjectValues(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);

    return final(keys, values);
  },
};

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

const isArray = (v) => ArrayIsArray(v) || isTypedArray(v) ||
  (typeof globalThis.Buffer === 'function' && typeof globalThis.Buffer.isBuffer === 'function' &&
   globalThis.Buffer.isBuffer(v));

function noop() {}

for (const method of ReflectOwnKeys(consoleMethods))
  Console.prototype[method] = consoleMethods[method];

Console.prototype.dirxml = Console.prototype.log;
Console.prototype.groupCollapsed = Console.prototype.group;

// lib/internal/cli_table.js
const tableChars = {
  middleMiddle: '\u2500',
  rowMiddle: '\u253c',
  topRight: '\u2510',
  topLeft: '\u250c',
  leftMiddle: '\u251c',
  topMiddle: '\u252c',
  bottomRight: '\u2518',
  bottomLeft: '\u2514',
  bottomMiddle: '\u2534',
  rightMiddle: '\u2524',
  left: '\u2502 ',
  right: ' \u2502',
  middle: ' \u2502 ',
};

const renderRow = (row, columnWidths) => {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const len = getStringWidth(cell);
    const needed = (columnWidths[i] - len);
    // round(needed) + ceil(needed) will always add up to the amount
    // of spaces we need while also left justifying the output.
    out += cell + ' '.repeat(Math.ceil(needed));
    if (i !== row.length - 1)
      out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
};

function cliTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));

  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined)
        rows[j] = [];
      const value = rows[j][i] =
        ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
      const width = columnWidths[i] || 0;
      const counted = getStringWidth(value);
      columnWidths[i] = Math.max(width, counted);
    }
  }

  const divider = columnWidths.map((i) =>
    tableChars.middleMiddle.repeat(i + 2));

  const lines = [
    tableChars.topLeft + divider.join(tableChars.topMiddle) + tableChars.topRight,
    renderRow(head, columnWidths),
    tableChars.leftMiddle + divider.join(tableChars.rowMiddle) + tableChars.rightMiddle,
  ];
  for (let i = 0; i < rows.length; i++) {
    lines.push(renderRow(rows[i], columnWidths));
  }
  lines.push(tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) + tableChars.bottomRight);
  return lines.join('\n');
}

// lib/internal/console/global.js: the global console is a namespace object whose
// prototype is an empty object, with the Console.prototype methods bound to it.
const globalConsole = { __proto__: {} };

for (const prop of ReflectOwnKeys(Console.prototype)) {
  if (prop === 'constructor') { continue; }
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
  if (typeof desc.value === 'function') { // fix the receiver
    // Node wraps the methods for the inspector and names each after its key
    // (so console.groupCollapsed.name is 'groupCollapsed').
    const name = typeof prop === 'string' ? prop : desc.value.name;
    desc.value = desc.value.bind(globalConsole);
    Reflect.defineProperty(desc.value, 'name', { __proto__: null, value: name });
  }
  Reflect.defineProperty(globalConsole, prop, desc);
}

globalConsole[kBindProperties](true, 'auto');

// This is a legacy feature - the Console constructor is exposed on
// the global console instance.
globalConsole.Console = Console;

// Methods V8's inspector console adds to the global console in Node.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  const fn = { [name]() {} }[name];
  globalConsole[name] = fn;
}
globalConsole.context = function context(name) {
  const ctx = {};
  for (const key of ObjectKeys(globalConsole)) {
    if (key === 'Console' || key === 'context' || key === 'createTask') continue;
    ctx[key] = globalConsole[key];
  }
  return ctx;
};
globalConsole.createTask = function createTask(name) {
  if (arguments.length === 0) {
    throw new TypeError('First argument must be a non-empty string.');
  }
  return { run(fn) { return fn(); } };
};

globalConsole[kBindStreamsLazy](() => globalThis.process);

module.exports = globalConsole;
