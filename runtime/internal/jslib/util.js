'use strict';
// node:util for gonode. util.inspect / util.format are a port of Node v26's
// lib/internal/util/inspect.js (MIT, Node.js contributors) onto goja: V8 internals are
// reached through internalBinding('util') (util_binding.go). Keep the algorithms in
// step with Node's so that output matches byte for byte.

const binding = internalBinding('util');
const {
  typeTag,
  getProxyDetails,
  getPromiseDetails,
  previewEntries,
  getConstructorName: internalGetConstructorName,
  getOwnNonIndexKeys,
  arrayBufferHex,
  strEscape: nativeStrEscape,
  getStringWidth: nativeStringWidth,
} = binding;
const {
  kPending,
  kRejected,
  ALL_PROPERTIES,
  ONLY_ENUMERABLE,
  SKIP_SYMBOLS,
} = binding.constants;

// ---------------------------------------------------------------------------------
// Primordials (captured once so that user monkey-patching does not change output).

const FunctionPrototype = Function.prototype;
const FunctionPrototypeCall = FunctionPrototype.call;
const uncurryThis = (fn) => FunctionPrototypeCall.bind(fn);
const getterOf = (proto, key) => uncurryThis(Object.getOwnPropertyDescriptor(proto, key).get);

const {
  keys: ObjectKeys,
  getOwnPropertyNames: ObjectGetOwnPropertyNames,
  getOwnPropertySymbols: ObjectGetOwnPropertySymbols,
  getOwnPropertyDescriptor: ObjectGetOwnPropertyDescriptor,
  getOwnPropertyDescriptors: ObjectGetOwnPropertyDescriptors,
  getPrototypeOf: ObjectGetPrototypeOf,
  setPrototypeOf: ObjectSetPrototypeOf,
  defineProperty: ObjectDefineProperty,
  defineProperties: ObjectDefineProperties,
  is: ObjectIs,
  assign: ObjectAssign,
  freeze: ObjectFreeze,
  seal: ObjectSeal,
  values: ObjectValues,
} = Object;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ReflectOwnKeys = Reflect.ownKeys;
const ArrayIsArray = Array.isArray;
const JSONStringify = JSON.stringify;
const NumberIsNaN = Number.isNaN;
const NumberIsFinite = Number.isFinite;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const { floor: MathFloor, max: MathMax, min: MathMin, round: MathRound, sqrt: MathSqrt, trunc: MathTrunc } = Math;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolToPrimitive = Symbol.toPrimitive;

const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
const ObjectPrototypePropertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const ObjectPrototypeToString = uncurryThis(Object.prototype.toString);
const FunctionPrototypeToString = uncurryThis(Function.prototype.toString);
const FunctionPrototypeSymbolHasInstance = uncurryThis(Function.prototype[Symbol.hasInstance]);
const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
const DatePrototypeToISOString = uncurryThis(Date.prototype.toISOString);
const DatePrototypeToString = uncurryThis(Date.prototype.toString);
const ErrorPrototypeToString = uncurryThis(Error.prototype.toString);
const RegExpPrototypeToString = uncurryThis(RegExp.prototype.toString);
const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);
const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
const MapPrototypeGetSize = getterOf(Map.prototype, 'size');
const SetPrototypeGetSize = getterOf(Set.prototype, 'size');
const MapPrototypeEntries = uncurryThis(Map.prototype.entries);
const SetPrototypeValues = uncurryThis(Set.prototype.values);
const TypedArray = ObjectGetPrototypeOf(Uint8Array);
const TypedArrayPrototype = TypedArray.prototype;
const TypedArrayPrototypeGetLength = getterOf(TypedArrayPrototype, 'length');
const TypedArrayPrototypeGetSymbolToStringTag = getterOf(TypedArrayPrototype, SymbolToStringTag);
const ArrayBufferIsView = ArrayBuffer.isView;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

// Type tags of internalBinding('util').typeTag (util_binding.go).
const {
  kTagMap,
  kTagSet,
  kTagMapIterator,
  kTagSetIterator,
  kTagWeakMap,
  kTagWeakSet,
  kTagDate,
  kTagRegExp,
  kTagError,
  kTagPromise,
  kTagProxy,
  kTagArrayBuffer,
  kTagDataView,
  kTagTypedArray,
  kTagArguments,
  kTagGeneratorObject,
  kTagAsyncFunction,
  kTagGeneratorFunction,
  kTagNumberObject,
  kTagStringObject,
  kTagBooleanObject,
  kTagBigIntObject,
  kTagSymbolObject,
} = internalBinding('util').typeTags;

// ---------------------------------------------------------------------------------
// Errors and validators (internal/errors, internal/validators) are loaded lazily: they
// are only needed on error paths and loading them would slow down env start-up.

let lazyErrors;
function errorCodes() {
  lazyErrors ??= require('internal/errors');
  return lazyErrors.codes;
}
let lazyValidators;
function validators() {
  lazyValidators ??= require('internal/validators');
  return lazyValidators;
}
function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  return new (errorCodes().ERR_INVALID_ARG_TYPE)(name, expected, actual);
}
function validateString(value, name) {
  if (typeof value !== 'string') validators().validateString(value, name);
}
function validateFunction(value, name) {
  if (typeof value !== 'function') validators().validateFunction(value, name);
}
function validateObject(value, name, allowArray = false) {
  if (value === null || typeof value !== 'object' || (!allowArray && ArrayIsArray(value))) {
    const v = validators();
    v.validateObject(value, name, allowArray ? v.kValidateObjectAllowArray : v.kValidateObjectNone);
  }
}

// ---------------------------------------------------------------------------------
// util.types

function isDataView(value) { return typeTag(value) === kTagDataView; }
function isTypedArray(value) { return TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined; }
const typedArrayCheck = (name) => {
  const fn = (value) => TypedArrayPrototypeGetSymbolToStringTag(value) === name;
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: `is${name}` });
  return fn;
};
// The checks V8 provides (internalBinding('types')) are anonymous native functions;
// functions passed as arguments or returned get no inferred name.
const anonymous = (fn) => fn;
const tagCheck = (tag) => (value) => typeTag(value) === tag;
const isMap = tagCheck(kTagMap);
const isSet = tagCheck(kTagSet);
const isMapIterator = tagCheck(kTagMapIterator);
const isSetIterator = tagCheck(kTagSetIterator);
const isWeakMap = tagCheck(kTagWeakMap);
const isWeakSet = tagCheck(kTagWeakSet);
const isDate = tagCheck(kTagDate);
const isRegExp = tagCheck(kTagRegExp);
const isNativeError = tagCheck(kTagError);
const isPromise = tagCheck(kTagPromise);
const isProxy = tagCheck(kTagProxy);
const isArrayBuffer = tagCheck(kTagArrayBuffer);
const isArgumentsObject = tagCheck(kTagArguments);
const isGeneratorObject = tagCheck(kTagGeneratorObject);
const isAsyncFunction = tagCheck(kTagAsyncFunction);
const isGeneratorFunction = tagCheck(kTagGeneratorFunction);
const isNumberObject = tagCheck(kTagNumberObject);
const isStringObject = tagCheck(kTagStringObject);
const isBooleanObject = tagCheck(kTagBooleanObject);
const isBigIntObject = tagCheck(kTagBigIntObject);
const isSymbolObject = tagCheck(kTagSymbolObject);
const isAnyArrayBuffer = tagCheck(kTagArrayBuffer);
const isSharedArrayBuffer = anonymous((value) => false);
const isBoxedPrimitive = anonymous((value) => {
  const t = typeTag(value);
  return t >= kTagNumberObject && t <= kTagSymbolObject;
});
const isExternal = anonymous((value) => false);
const ObjectIsExtensible = Object.isExtensible;
const isModuleNamespaceObject = anonymous((value) =>
  value !== null && typeof value === 'object' && ObjectGetPrototypeOf(value) === null &&
    ObjectPrototypeHasOwnProperty(value, SymbolToStringTag) && value[SymbolToStringTag] === 'Module' &&
    !ObjectIsExtensible(value));

const types = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDate,
  isExternal,
  isGeneratorFunction,
  isGeneratorObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView: ArrayBufferIsView,
  isDataView,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat16Array: typedArrayCheck('Float16Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
};
ObjectDefineProperties(types, {
  isKeyObject: {
    __proto__: null, configurable: false, enumerable: true, writable: true,
    value: function isKeyObject(obj) {
      const crypto = globalThis.process?.versions?.openssl ? tryRequire('crypto') : undefined;
      return !!(crypto && crypto.KeyObject && obj instanceof crypto.KeyObject);
    },
  },
  isCryptoKey: {
    __proto__: null, configurable: false, enumerable: true, writable: true,
    value: function isCryptoKey(obj) {
      const CryptoKey = globalThis.CryptoKey;
      return typeof CryptoKey === 'function' && obj instanceof CryptoKey;
    },
  },
});

function tryRequire(id) {
  try {
    return require(id);
  } catch {
    return undefined;
  }
}

function isError(e) {
  return isNativeError(e) || FunctionPrototypeSymbolHasInstance(Error, e);
}

// Node's internalBinding('util').getOwnNonIndexProperties: own keys that are not
// array indices; filter is ALL_PROPERTIES or a mask of ONLY_ENUMERABLE / SKIP_SYMBOLS.
function getOwnNonIndexProperties(value, filter) {
  let keys = getOwnNonIndexKeys(value);
  if (keys === undefined) {
    keys = [];
    const all = ReflectOwnKeys(value);
    for (let i = 0; i < all.length; i++) {
      const key = all[i];
      if (typeof key === 'string' && isArrayIndexKey(key)) continue;
      keys.push(key);
    }
  }
  if (filter !== ALL_PROPERTIES) {
    const out = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if ((filter & SKIP_SYMBOLS) !== 0 && typeof key === 'symbol') continue;
      if ((filter & ONLY_ENUMERABLE) !== 0 && !ObjectPrototypePropertyIsEnumerable(value, key)) continue;
      out.push(key);
    }
    return out;
  }
  return keys;
}

function isArrayIndexKey(key) {
  if (key.length === 0 || key.length > 10) return false;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return +key < 4294967295;
}

// ---------------------------------------------------------------------------------
// inspect

// Names of the JavaScript builtins of a fresh V8 context (Node computes this from
// globalThis at bootstrap, before any Node global exists).
let builtInObjectsSet;
function builtInObjects() {
  builtInObjectsSet ??= new Set([
    'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean', 'String', 'Symbol',
    'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
    'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
    'ArrayBuffer', 'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array',
    'Uint32Array', 'Int32Array', 'BigUint64Array', 'BigInt64Array', 'Uint8ClampedArray',
    'Float32Array', 'Float64Array', 'Float16Array', 'DataView', 'Map', 'BigInt', 'Set',
    'Iterator', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
    'Temporal', 'SuppressedError', 'DisposableStack', 'AsyncDisposableStack',
    'SharedArrayBuffer', 'WebAssembly',
  ]);
  return builtInObjectsSet;
}

// https://tc39.es/ecma262/#sec-IsHTMLDDA-internal-slot
const isUndetectableObject = (v) => typeof v === 'undefined' && v !== undefined;

const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const numberRegExp = /^(0|[1-9][0-9]*)$/;
const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const colorRegExp = /\u001b\[\d\d?m/g; // eslint-disable-line no-control-regex

const kMinLineLength = 16;

const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

let ansiRegExp;
function ansi() {
  ansiRegExp ??= new RegExp(
    '(?:\\u001B\\][\\s\\S]*?(?:\\u0007|\\u001B\\u005C|\\u009C))' +
    '|[\\u001B\\u009B][[\\]()#;?]*' +
    '(?:\\d{1,4}(?:[;:]\\d{0,4})*)?' +
    '[\\dA-PR-TZcf-nq-uy=><~]', 'g');
  return ansiRegExp;
}

function removeColors(str) {
  return str.replace(colorRegExp, '');
}

function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };

  if (isCrossContext) {
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') &&
          ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Continue regardless of error.
      }
      if (typeof stylized !== 'string') return value;
      return stylized;
    }, null);
  }
  return ret;
}

/**
 * Echos the value of any input. Tries to print the value out
 * in the best way possible given the different types.
 * @param {any} value The value to print out.
 * @param {object} opts Optional options object that alters the output.
 */
/* Legacy: value, showHidden, depth, colors */
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy...
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) {
        ctx.depth = arguments[2];
      }
      if (arguments.length > 3 && arguments[3] !== undefined) {
        ctx.colors = arguments[3];
      }
    }
    // Set user-specified options
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const optKeys = ObjectKeys(opts);
      for (let i = 0; i < optKeys.length; ++i) {
        const key = optKeys[i];
        if (
          ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) ||
          key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // This is required to pass through the actual user input.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, 'options');
    return ObjectAssign(inspectDefaultOptions, options);
  },
});

// Set Graphics Rendition https://en.wikipedia.org/wiki/ANSI_escape_code#graphics
const defaultFG = 39;
const defaultBG = 49;
inspect.colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22], // Alias: faint
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27], // Alias: swapcolors, swapColors
  hidden: [8, 28], // Alias: conceal
  strikethrough: [9, 29], // Alias: strikeThrough, crossedout, crossedOut
  doubleunderline: [21, 24], // Alias: doubleUnderline
  black: [30, defaultFG],
  red: [31, defaultFG],
  green: [32, defaultFG],
  yellow: [33, defaultFG],
  blue: [34, defaultFG],
  magenta: [35, defaultFG],
  cyan: [36, defaultFG],
  white: [37, defaultFG],
  bgBlack: [40, defaultBG],
  bgRed: [41, defaultBG],
  bgGreen: [42, defaultBG],
  bgYellow: [43, defaultBG],
  bgBlue: [44, defaultBG],
  bgMagenta: [45, defaultBG],
  bgCyan: [46, defaultBG],
  bgWhite: [47, defaultBG],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, defaultFG], // Alias: grey, blackBright
  redBright: [91, defaultFG],
  greenBright: [92, defaultFG],
  yellowBright: [93, defaultFG],
  blueBright: [94, defaultFG],
  magentaBright: [95, defaultFG],
  cyanBright: [96, defaultFG],
  whiteBright: [97, defaultFG],
  bgGray: [100, defaultBG], // Alias: bgGrey, bgBlackBright
  bgRedBright: [101, defaultBG],
  bgGreenBright: [102, defaultBG],
  bgYellowBright: [103, defaultBG],
  bgBlueBright: [104, defaultBG],
  bgMagentaBright: [105, defaultBG],
  bgCyanBright: [106, defaultBG],
  bgWhiteBright: [107, defaultBG],
};

function defineColorAlias(target, alias) {
  ObjectDefineProperty(inspect.colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

// Don't use 'blue' not visible on cmd.exe
inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  // "name": intentionally not styling
  regexp: highlightRegExp,
  module: 'underline',
});

// Define the palette for RegExp group depth highlighting. Can be changed by users.
inspect.styles.regexp.colors = ['green', 'red', 'yellow', 'cyan', 'magenta'];

const highlightRegExpColors = inspect.styles.regexp.colors.slice();

/**
 * Colorize a JavaScript RegExp pattern per ECMAScript grammar.
 * @param {string} regexpString
 * @returns {string}
 */
function highlightRegExp(regexpString) {
  let out = '';
  let i = 0;
  let depth = 0;
  let inClass = false;

  const paletteNames = highlightRegExp.colors?.length > 0 ?
    highlightRegExp.colors :
    highlightRegExpColors;

  const palette = paletteNames.reduce((acc, name) => {
    const color = inspect.colors[name];
    if (color) acc.push([`\u001b[${color[0]}m`, `\u001b[${color[1]}m`]);
    return acc;
  }, []);

  function writeGroup(start, end, decreaseDepth = 1) {
    let seq = '';
    i++;
    while (i < regexpString.length && regexpString[i] !== end) {
      seq += regexpString[i++];
    }
    if (i < regexpString.length) {
      depth -= decreaseDepth;
      write(start);
      writeDepth(seq, 1, 1);
      write(end);
      depth += decreaseDepth;
    } else {
      writeDepth(start, 1, -seq.length);
    }
  }

  const write = (str) => {
    const idx = depth % palette.length;
    const color = palette[idx] ?? palette[0];
    out += color[0] + str + color[1];
    return idx;
  };

  function writeDepth(str, incDepth, incI) {
    depth += incDepth;
    write(str);
    depth -= incDepth;
    i += incI;
  }

  write('/');
  depth++;
  i = 1;

  while (i < regexpString.length) {
    const ch = regexpString[i];

    if (inClass) {
      if (ch === '\\') {
        let seq = '\\';
        i++;
        if (i < regexpString.length) {
          seq += regexpString[i++];
          const next = seq[1];
          if (next === 'u' && regexpString[i] === '{') {
            writeGroup(`${seq}{`, '}', 0);
            continue;
          } else if ((next === 'p' || next === 'P') && regexpString[i] === '{') {
            writeGroup(`${seq}{`, '}', 0);
            continue;
          } else if (seq[1] === 'x') {
            seq += regexpString.slice(i, i + 2);
            i += 2;
          }
        }
        write(seq);
      } else if (ch === ']') {
        depth--;
        write(']');
        i++;
        inClass = false;
      } else if (ch === '-' && regexpString[i - 1] !== '[' &&
                 i + 1 < regexpString.length && regexpString[i + 1] !== ']') {
        writeDepth('-', 1, 1);
      } else {
        write(ch);
        i++;
      }
    } else if (ch === '[') {
      write('[');
      depth++;
      i++;
      inClass = true;
    } else if (ch === '(') {
      write('(');
      depth++;
      i++;
      if (i < regexpString.length && regexpString[i] === '?') {
        i++;
        const a = i < regexpString.length ? regexpString[i] : '';
        if (a === ':' || a === '=' || a === '!') {
          writeDepth(`?${a}`, -1, 1);
        } else {
          const b = i + 1 < regexpString.length ? regexpString[i + 1] : '';
          if (a === '<' && (b === '=' || b === '!')) {
            writeDepth(`?<${b}`, -1, 2);
          } else if (a === '<') {
            i++;
            const start = i;
            while (i < regexpString.length && regexpString[i] !== '>') {
              i++;
            }
            const name = regexpString.slice(start, i);
            if (i < regexpString.length && regexpString[i] === '>') {
              depth--;
              write('?<');
              writeDepth(name, 1, 0);
              write('>');
              depth++;
              i++;
            } else {
              writeDepth('?<', -1, 0);
              write(name);
            }
          } else {
            write('?');
          }
        }
      }
    } else if (ch === ')') {
      depth--;
      write(')');
      i++;
    } else if (ch === '\\') {
      let seq = '\\';
      i++;
      if (i < regexpString.length) {
        seq += regexpString[i++];
        const next = seq[1];
        if (i < regexpString.length) {
          if (next === 'u' && regexpString[i] === '{') {
            writeGroup(`${seq}{`, '}', 0);
            continue;
          } else if (next === 'x') {
            seq += regexpString.slice(i, i + 2);
            i += 2;
          } else if (next >= '0' && next <= '9') {
            while (i < regexpString.length && regexpString[i] >= '0' && regexpString[i] <= '9') {
              seq += regexpString[i++];
            }
          } else if (next === 'k' && regexpString[i] === '<') {
            writeGroup(`${seq}<`, '>');
            continue;
          } else if ((next === 'p' || next === 'P') && regexpString[i] === '{') {
            writeGroup(`${seq}{`, '}', 0);
            continue;
          }
        }
      }
      writeDepth(seq, 1, 0);
    } else if (ch === '|' || ch === '+' || ch === '*' || ch === '?' || ch === ',' || ch === '^' || ch === '$') {
      writeDepth(ch, 3, 1);
    } else if (ch === '{') {
      i++;
      let digits = '';
      while (i < regexpString.length && regexpString[i] >= '0' && regexpString[i] <= '9') {
        digits += regexpString[i++];
      }
      if (digits) {
        write('{');
        depth++;
        writeDepth(digits, 1, 0);
      }
      if (i < regexpString.length) {
        if (regexpString[i] === ',') {
          if (!digits) {
            write('{');
            depth++;
          }
          write(',');
          i++;
        } else if (!digits) {
          depth += 1;
          write('{');
          depth -= 1;
          continue;
        }
      }
      let digits2 = '';
      while (i < regexpString.length && regexpString[i] >= '0' && regexpString[i] <= '9') {
        digits2 += regexpString[i++];
      }
      if (digits2) {
        writeDepth(digits2, 1, 0);
      }
      if (i < regexpString.length && regexpString[i] === '}') {
        depth--;
        write('}');
        i++;
      }
      if (i < regexpString.length && regexpString[i] === '?') {
        writeDepth('?', 3, 1);
      }
    } else if (ch === '.') {
      writeDepth(ch, 2, 1);
    } else if (ch === '/') {
      break;
    } else {
      writeDepth(ch, 1, 1);
    }
  }

  writeDepth('/', -1, 1);
  if (i < regexpString.length) {
    write(regexpString.slice(i));
  }
  return out;
}

// Quote and escape a string (see util_binding.go strEscape).
function strEscape(str) {
  return nativeStrEscape(str);
}

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) {
      return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
    if (typeof style === 'function') {
      return style(str);
    }
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

function getEmptyFormatArray() {
  return [];
}

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

// Special-case for some builtin prototypes in case their `constructor` property has been tampered.
let wellKnownPrototypesMap;
function wellKnownPrototypes() {
  if (wellKnownPrototypesMap === undefined) {
    const m = new Map();
    const add = (C, name = C.name) => m.set(C.prototype, { name, constructor: C });
    add(Array); add(ArrayBuffer); add(Function); add(Map); add(Set); add(Object);
    add(TypedArray, 'TypedArray'); add(RegExp); add(Date); add(DataView);
    add(Error); add(AggregateError); add(RangeError); add(TypeError);
    add(Boolean); add(Number); add(String); add(Promise); add(WeakMap); add(WeakSet);
    wellKnownPrototypesMap = m;
  }
  return wellKnownPrototypesMap;
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  const wellKnown = wellKnownPrototypes();
  while (obj || isUndetectableObject(obj)) {
    const wellKnownPrototypeNameAndConstructor = wellKnown.get(obj);
    if (wellKnownPrototypeNameAndConstructor !== undefined) {
      const { name, constructor } = wellKnownPrototypeNameAndConstructor;
      if (FunctionPrototypeSymbolHasInstance(constructor, tmp)) {
        if (protoProps !== undefined && firstProto !== obj) {
          addPrototypeProperties(
            ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return name;
      }
    }
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
         (firstProto !== obj ||
         !builtInObjects().has(descriptor.value.name))) {
        addPrototypeProperties(
          ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }

    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) {
      firstProto = obj;
    }
  }

  if (firstProto === null) {
    return null;
  }

  const res = internalGetConstructorName(tmp);

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${res} <Complex prototype>`;
  }

  const protoConstr = getConstructorName(
    firstProto, ctx, recurseTimes + 1, protoProps);

  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }

  return `${res} <${protoConstr}>`;
}

// This function has the side effect of adding prototype properties to the
// `output` argument (which is an array). This is intended to highlight user
// defined prototype properties.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      // Stop as soon as a null prototype is encountered.
      if (obj === null) {
        return;
      }
      // Stop as soon as a built-in object type is detected.
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects().has(descriptor.value.name)) {
        return;
      }
    }

    if (depth === 0) {
      keySet = new Set();
    } else {
      keys.forEach((key) => keySet.add(key));
    }
    // Get all own property names and symbols.
    keys = ReflectOwnKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      // Ignore the `constructor` property and keys that exist on layers above.
      if (key === 'constructor' ||
          ObjectPrototypeHasOwnProperty(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') {
        continue;
      }
      const value = formatProperty(
        ctx, obj, recurseTimes, key, kObjectType, desc, main);
      if (ctx.colors) {
        // Faint!
        output.push(`\u001b[2m${value}\u001b[22m`);
      } else {
        output.push(value);
      }
    }
    ctx.seen.pop();
  // Limit the inspection to up to three prototype layers.
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }

  if (tag !== '') {
    const dot = tag.lastIndexOf('.');
    if (constructor === (dot >= 1 ? tag.slice(dot + 1) : tag)) {
      return `${tag}${size} `;
    }
    return `${constructor}${size} [${tag}] `;
  }

  return `${constructor}${size} `;
}

// Look up the keys of the object.
function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    // goja lists a function's own keys as prototype, length, name; V8 as length,
    // name, prototype.
    if (typeof value === 'function' && keys[0] === 'prototype' &&
        keys[1] === 'length' && keys[2] === 'name') {
      keys[0] = 'length';
      keys[1] = 'name';
      keys[2] = 'prototype';
    }
    if (symbols.length !== 0)
      keys.push(...symbols);
  } else {
    keys = ObjectKeys(value);
    if (symbols.length !== 0) {
      const filter = (key) => ObjectPrototypePropertyIsEnumerable(value, key);
      keys.push(...symbols.filter(filter));
    }
  }
  return keys;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalGetConstructorName(value);
    if (fallback === tag) {
      fallback = 'Object';
    }
  }
  return getPrefix(constructor, tag, fallback);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(
    ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// Note: using `formatValue` directly requires the indentation level to be
// corrected by setting `ctx.indentationLvL += diff` and then to decrease the
// value afterwards again.
function formatValue(ctx, value, recurseTimes, typedArray) {
  // Primitive types cannot have properties.
  if (typeof value !== 'object' &&
      typeof value !== 'function' &&
      !isUndetectableObject(value)) {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  // Memorize the context for custom inspection on proxies.
  const context = value;
  let proxies = 0;
  // Always check for proxies to prevent side effects and to prevent triggering
  // any proxy handlers.
  let proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (ctx.showProxy) {
      if (proxy[0] === null) {
        return ctx.stylize('<Revoked Proxy>', 'special');
      }
      return formatProxy(ctx, proxy, recurseTimes);
    }
    do {
      if (proxy === null) {
        let formatted = ctx.stylize('<Revoked Proxy>', 'special');
        for (let i = 0; i < proxies; i++) {
          formatted = `${ctx.stylize('Proxy(', 'special')}${formatted}${ctx.stylize(')', 'special')}`;
        }
        return formatted;
      }
      value = proxy;
      proxy = getProxyDetails(value, false);
      proxies += 1;
    } while (proxy !== undefined);
  }

  // Provide a hook for user-specified inspect functions.
  // Check that value is an object with an inspect function on it.
  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        // Filter out the util module, its inspect function is special.
        maybeCustom !== inspect &&
        // Also filter out any prototype objects using the circular check.
        ObjectGetOwnPropertyDescriptor(value, 'constructor')?.value?.prototype !== value) {
      // This makes sure the recurseTimes are reported as before while using
      // a counter internally.
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext =
        proxies !== 0 || !FunctionPrototypeSymbolHasInstance(Object, context);
      const ret = FunctionPrototypeCall.call(
        maybeCustom,
        context,
        depth,
        getUserOptions(ctx, isCrossContext),
        inspect,
      );
      // If the custom inspection method returned `this`, don't go into
      // infinite recursion.
      if (ret !== context) {
        if (typeof ret !== 'string') {
          return formatValue(ctx, ret, recurseTimes);
        }
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  // Using an array here is actually better for the average case than using
  // a Set. `seen` will only check for the depth and will never grow too large.
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  let formatted = formatRaw(ctx, value, recurseTimes, typedArray);

  if (proxies !== 0) {
    for (let i = 0; i < proxies; i++) {
      formatted = `${ctx.stylize('Proxy(', 'special')}${formatted}${ctx.stylize(')', 'special')}`;
    }
  }

  return formatted;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  // Reset the variable to check for this later on.
  if (protoProps !== undefined && protoProps.length === 0) {
    protoProps = undefined;
  }

  let tag = '';

  try {
    tag = value[SymbolToStringTag];
  } catch {
    // Ignore error.
  }

  // Only list the tag in case it's non-enumerable / not an own property.
  // Otherwise we'd print this twice.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
      (ctx.showHidden ?
        ObjectPrototypeHasOwnProperty :
        ObjectPrototypePropertyIsEnumerable)(
        value, SymbolToStringTag,
      ))) {
    tag = '';
  }
  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let i = 0;
  const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;

  let extrasType = kObjectType;
  let extraKeys;

  const vtag = typeTag(value);

  // Iterators and the rest are split to reduce checks.
  // We have to check all values in case the constructor is set to null.
  // Otherwise it would not possible to identify all types properly.
  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      // Only set the constructor for non ordinary ("Array [...]") arrays.
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) :
        '';
      keys = getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined)
        return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (vtag === kTagSet) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = constructor !== null ?
        formatSet.bind(null, value) :
        formatSet.bind(null, SetPrototypeValues(value));
      if (size === 0 && keys.length === 0 && protoProps === undefined)
        return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (vtag === kTagMap) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = constructor !== null ?
        formatMap.bind(null, value) :
        formatMap.bind(null, MapPrototypeEntries(value));
      if (size === 0 && keys.length === 0 && protoProps === undefined)
        return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (vtag === kTagTypedArray) {
      keys = getOwnNonIndexProperties(value, filter);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        // Reconstruct the array information.
        bound = new globalThis[fallback](value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden)
        return `${braces[0]}]`;
      // Special handle the value. The original value is required below. The
      // bound function is required to reconstruct missing information.
      formatter = formatTypedArray.bind(null, bound, size);
      extrasType = kArrayExtrasType;

      if (ctx.showHidden) {
        extraKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
        typedArray = true;
      }
    } else if (vtag === kTagMapIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      // Add braces to the formatter parameters.
      formatter = formatIterator.bind(null, braces);
    } else if (vtag === kTagSetIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      // Add braces to the formatter parameters.
      formatter = formatIterator.bind(null, braces);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined)
        return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (vtag === kTagArguments) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}}`;
      }
    } else if (vtag === kTagRegExp) {
      // Make RegExps say that they are RegExps
      base = RegExpPrototypeToString(
        constructor !== null ? value : new RegExp(value),
      );
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ')
        base = `${prefix}${base}`;
      base = ctx.stylize(base, 'regexp');
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return base;
      }
    } else if (vtag === kTagDate) {
      // Make dates with properties first say the date
      base = NumberIsNaN(DatePrototypeGetTime(value)) ?
        DatePrototypeToString(value) :
        DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ')
        base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'date');
      }
    } else if (vtag === kTagError || FunctionPrototypeSymbolHasInstance(Error, value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined)
        return base;
    } else if (vtag === kTagArrayBuffer) {
      // Fast path for ArrayBuffer and SharedArrayBuffer.
      // Can't do the same for DataView because it has a non-primitive
      // .buffer property that we need to recurse for.
      const arrayType = 'ArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix +
              `{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      extraKeys = ['byteLength'];
    } else if (vtag === kTagDataView) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      // .buffer goes last, it's not a primitive like the others.
      extraKeys = ['byteLength', 'byteOffset', 'buffer'];
    } else if (vtag === kTagPromise) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (vtag === kTagWeakSet) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (vtag === kTagWeakMap) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      // Special handle keys for namespace objects.
      formatter = formatNamespaceObject.bind(null, keys);
    } else if (vtag >= kTagNumberObject && vtag <= kTagSymbolObject) {
      base = getBoxedBase(value, ctx, keys, constructor, tag, vtag);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getCtxStyle(value, constructor, tag)}{}`;
      }
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null)
      constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    if (extraKeys !== undefined) {
      for (i = 0; i < extraKeys.length; i++) {
        let formatted;
        try {
          formatted = formatExtraProperties(ctx, value, recurseTimes, extraKeys[i], typedArray);
        } catch {
          const tempValue = { [extraKeys[i]]: value.buffer[extraKeys[i]] };
          formatted = formatExtraProperties(ctx, tempValue, recurseTimes, extraKeys[i], typedArray);
        }
        output.push(formatted);
      }
    }
    for (i = 0; i < keys.length; i++) {
      output.push(
        formatProperty(ctx, value, recurseTimes, keys[i], extrasType),
      );
    }
    if (protoProps !== undefined) {
      output.push(...protoProps);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    return handleMaxCallStackSize(ctx, err, constructorName, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      // Add reference always to the very beginning of the output.
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(
    ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // If any indentationLvl exceeds this limit, limit further inspecting to the
  // minimum.
  if (newLength > 2 ** 27) {
    ctx.depth = -1;
  }
  return res;
}

function isStackOverflowError(err) {
  return err instanceof RangeError && typeof err.message === 'string' &&
    err.message.includes('call stack size');
}

function isURL(value) {
  const URL = globalThis.URL;
  return typeof value.href === 'string' && typeof URL === 'function' && isInstanceof(value, URL);
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '')
      tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag, vtag) {
  let fn;
  let type;
  if (vtag === kTagNumberObject) {
    fn = NumberPrototypeValueOf;
    type = 'Number';
  } else if (vtag === kTagStringObject) {
    fn = StringPrototypeValueOf;
    type = 'String';
    // For boxed Strings, we have to remove the 0-n indexed entries,
    // since they just noisy up the output and are redundant
    // Make boxed primitive Strings look like such
    keys.splice(0, value.length);
  } else if (vtag === kTagBooleanObject) {
    fn = BooleanPrototypeValueOf;
    type = 'Boolean';
  } else if (vtag === kTagBigIntObject) {
    fn = BigIntPrototypeValueOf;
    type = 'BigInt';
  } else {
    fn = SymbolPrototypeValueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) {
      base += ' (null prototype)';
    } else {
      base += ` (${constructor})`;
    }
  }
  base += `: ${formatPrimitive(stylizeNoColor, fn(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) {
    base += ` [${tag}]`;
  }
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor)
    return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const hasName = ObjectPrototypeHasOwnProperty(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) {
    base += ` [${constructor}]`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) {
      base += ` extends ${superName}`;
    }
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(ctx, value, constructor, tag) {
  const stringified = FunctionPrototypeToString(value);
  if (stringified.startsWith('class') && stringified[stringified.length - 1] === '}') {
    const slice = stringified.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    if (bracketIndex !== -1 &&
        (!slice.slice(0, bracketIndex).includes('(') ||
        // Slow path to guarantee that it's indeed a class.
        classRegExp.exec(slice.replace(stripCommentsRegExp, '')) !== null)
    ) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  const vtag = typeTag(value);
  if (vtag === kTagGeneratorFunction) {
    type = `Generator${type}`;
  }
  if (vtag === kTagAsyncFunction) {
    type = `Async${type}`;
  }
  let base = `[${type}`;
  if (constructor === null) {
    base += ' (null prototype)';
  }
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name)}`;
  }
  base += ']';
  // goja gives async methods (`async m() {}`) Function.prototype instead of
  // AsyncFunction.prototype as [[Prototype]]; print them as V8 does.
  if (constructor === 'Function' && type !== 'Function' &&
      ObjectGetPrototypeOf(value) === FunctionPrototype) {
    constructor = type;
  }
  if (constructor !== type && constructor !== null) {
    base += ` ${constructor}`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  return base;
}

function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    // Find the first entry of b that matches the current entry of a.
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        // Count the number of consecutive entries.
        while (maxLen > len && a[i + len] === b[pos + len]) {
          len++;
        }
        if (len > 3) {
          return [len, i];
        }
      }
    }
  }

  return [0, 0];
}

function getDuplicateErrorFrameRanges(frames) {
  const result = [];
  const lineToPositions = new Map();

  for (let i = 0; i < frames.length; i++) {
    const positions = lineToPositions.get(frames[i]);
    if (positions === undefined) {
      lineToPositions.set(frames[i], [i]);
    } else {
      positions[positions.length] = i;
    }
  }

  const minimumDuplicateRange = 3;
  // Not enough duplicate lines to consider collapsing
  if (frames.length - lineToPositions.size <= minimumDuplicateRange) {
    return result;
  }

  for (let i = 0; i < frames.length - minimumDuplicateRange; i++) {
    const positions = lineToPositions.get(frames[i]);
    // Find the next occurrence of the same line after i, if any
    if (positions.length === 1 || positions[positions.length - 1] === i) {
      continue;
    }

    const current = positions.indexOf(i) + 1;
    if (current === positions.length) {
      continue;
    }

    // Theoretical maximum range, adjusted while iterating
    let range = positions[positions.length - 1] - i;
    if (range < minimumDuplicateRange) {
      continue;
    }
    let extraSteps;
    if (current + 1 < positions.length) {
      let gcdRange = 0;
      for (let j = current; j < positions.length; j++) {
        let distance = positions[j] - i;
        while (distance !== 0) {
          const remainder = gcdRange % distance;
          if (gcdRange !== 0) {
            extraSteps ??= new Set();
            extraSteps.add(gcdRange);
          }
          gcdRange = distance;
          distance = remainder;
        }
        if (gcdRange === 1) break;
      }
      range = gcdRange;
      if (extraSteps) {
        extraSteps.delete(range);
        extraSteps = [...extraSteps];
      }
    }
    let maxRange = range;
    let maxDuplicates = 0;

    let duplicateRanges = 0;

    for (let nextStart = i + range; /* ignored */ ; nextStart += range) {
      let equalFrames = 0;
      for (let j = 0; j < range; j++) {
        if (frames[i + j] !== frames[nextStart + j]) {
          break;
        }
        equalFrames++;
      }
      // Adjust the range to match different type of ranges.
      if (equalFrames !== range) {
        if (!extraSteps?.length) {
          break;
        }
        // Memorize former range in case the smaller one would hide less.
        if (duplicateRanges !== 0 && maxRange * maxDuplicates < range * duplicateRanges) {
          maxRange = range;
          maxDuplicates = duplicateRanges;
        }
        range = extraSteps.pop();
        nextStart = i;
        duplicateRanges = 0;
        continue;
      }
      duplicateRanges++;
    }

    if (maxDuplicates !== 0 && maxRange * maxDuplicates >= range * duplicateRanges) {
      range = maxRange;
      duplicateRanges = maxDuplicates;
    }

    if (duplicateRanges * range >= 3) {
      result.push(i + range, range, duplicateRanges);
      // Skip over the collapsed portion to avoid overlapping matches.
      i += range * (duplicateRanges + 1) - 1;
    }
  }

  return result;
}

// goja renders stack frames as "\n\tat f (file:1:2(3))" with a trailing newline;
// show them the way V8 lays them out.
function normalizeStack(stack) {
  if (stack.includes('\n\tat ')) {
    stack = stack.replaceAll('\n\tat ', '\n    at ');
    if (stack[stack.length - 1] === '\n') stack = stack.slice(0, -1);
  }
  return stack;
}

function getStackString(ctx, error) {
  let stack;
  try {
    stack = error.stack;
  } catch {
    // If stack is getter that throws, we ignore the error.
  }
  if (stack) {
    if (typeof stack === 'string') {
      return normalizeStack(stack);
    }
    ctx.seen.push(error);
    ctx.indentationLvl += 4;
    const result = formatValue(ctx, stack);
    ctx.indentationLvl -= 4;
    ctx.seen.pop();
    return `${ErrorPrototypeToString(error)}\n    ${result}`;
  }
  return ErrorPrototypeToString(error);
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');

  let cause;
  try {
    ({ cause } = err);
  } catch {
    // If 'cause' is a getter that throws, ignore it.
  }

  // Remove stack frames identical to frames in cause.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { 0: len, 1: offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }

  // Remove recursive repetitive stack frames in long stacks
  if (frames.length > 10) {
    const ranges = getDuplicateErrorFrameRanges(frames);

    for (let i = ranges.length - 3; i >= 0; i -= 3) {
      const offset = ranges[i];
      const length = ranges[i + 1];
      const duplicateRanges = ranges[i + 2];

      const msg = `    ... collapsed ${length * duplicateRanges} duplicate lines ` +
        'matching above ' +
        (duplicateRanges > 1 ?
          `${length} lines ${duplicateRanges} times...` :
          'lines ...');
      frames.splice(offset, length * duplicateRanges, ctx.stylize(msg, 'undefined'));
    }
  }

  return frames;
}

function improveStack(stack, constructor, name, tag) {
  // A stack trace may contain arbitrary data. Only manipulate the output
  // for "regular errors" (errors that "look normal") for now.
  let len = name.length;

  if (typeof name !== 'string') {
    stack = stack.replace(
      `${name}`,
      `${name} [${getPrefix(constructor, tag, 'Error').slice(0, -1)}]`,
    );
  }

  if (constructor === null ||
      (typeof name === 'string' && name.endsWith('Error') &&
      stack.startsWith(name) &&
      (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start?.[1]) || '';
      len = fallback.length;
      fallback ||= 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${stack.slice(len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function markNodeModules(ctx, line) {
  let tempLine = '';
  let lastPos = 0;
  let searchFrom = 0;

  while (true) {
    const nodeModulePosition = line.indexOf('node_modules', searchFrom);
    if (nodeModulePosition === -1) {
      break;
    }

    // Ensure it's a path segment: must have a path separator before and after
    const separator = line[nodeModulePosition - 1];
    const after = line[nodeModulePosition + 12]; // 'node_modules'.length === 12

    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = nodeModulePosition + 1;
      continue;
    }

    const moduleStart = nodeModulePosition + 13; // Include trailing separator

    tempLine += line.slice(lastPos, moduleStart);

    let moduleEnd = line.indexOf(separator, moduleStart);
    if (moduleEnd === -1) {
      moduleEnd = line.length;
    } else if (line[moduleStart] === '@') {
      moduleEnd = line.indexOf(separator, moduleEnd + 1);
      if (moduleEnd === -1) {
        moduleEnd = line.length;
      }
    }

    const nodeModule = line.slice(moduleStart, moduleEnd);
    tempLine += ctx.stylize(nodeModule, 'module');

    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }

  if (lastPos !== 0) {
    line = tempLine + line.slice(lastPos);
  }
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  let tempLine = '';
  let cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
    const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
    const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    const cwdSlice = line.slice(start, workingDirectoryEndPos);

    tempLine += line.slice(0, start);
    tempLine += ctx.stylize(cwdSlice, 'undefined');
    tempLine += line.slice(workingDirectoryEndPos, end);
    if (end === -1) {
      tempLine += ctx.stylize(')', 'undefined');
    }
  } else {
    tempLine += line;
  }
  return tempLine;
}

function safeGetCWD() {
  let workingDirectory;
  try {
    workingDirectory = globalThis.process.cwd();
  } catch {
    return;
  }
  return workingDirectory;
}

function pathToFileUrlHref(filepath) {
  return 'file://' + encodeURI(filepath).replaceAll('?', '%3F').replaceAll('#', '%23');
}

function formatError(err, constructor, tag, ctx, keys) {
  let message, name, stack;
  try {
    stack = getStackString(ctx, err);
  } catch {
    return ObjectPrototypeToString(err);
  }

  let messageIsGetterThatThrows = false;
  try {
    message = err.message;
  } catch {
    messageIsGetterThatThrows = true;
  }
  let nameIsGetterThatThrows = false;
  try {
    name = err.name;
  } catch {
    nameIsGetterThatThrows = true;
  }

  if (!ctx.showHidden && keys.length !== 0) {
    const index = keys.indexOf('stack');
    if (index !== -1) {
      keys.splice(index, 1);
    }

    if (!messageIsGetterThatThrows) {
      const index = keys.indexOf('message');
      // Only hide the property if it's a string and if it's part of the original stack
      if (index !== -1 && (typeof message !== 'string' || stack.includes(message))) {
        keys.splice(index, 1);
      }
    }

    if (!nameIsGetterThatThrows) {
      const index = keys.indexOf('name');
      // Only hide the property if it's a string and if it's part of the original stack
      if (index !== -1 && (typeof name !== 'string' || stack.includes(name))) {
        keys.splice(index, 1);
      }
    }
  }
  name ??= 'Error';

  if (ObjectPrototypeHasOwnProperty(err, 'cause') &&
      (keys.length === 0 || !keys.includes('cause'))) {
    keys.push('cause');
  }

  // Print errors aggregated into AggregateError
  try {
    const errors = err.errors;
    if (ArrayIsArray(errors) && ObjectPrototypeHasOwnProperty(err, 'errors') &&
      (keys.length === 0 || !keys.includes('errors'))) {
      keys.push('errors');
    }
  } catch {
    // If errors is a getter that throws, we ignore the error.
  }

  stack = improveStack(stack, constructor, name, tag);

  // Ignore the error message if it's contained in the stack.
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1)
    pos += message.length;
  // Wrap the error in brackets in case it has no stack trace.
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const stackFramePart = stack.slice(stackStart + 1);
    const lines = getStackFrames(ctx, err, stackFramePart);
    if (ctx.colors) {
      // Highlight userland code and node modules.
      const workingDirectory = safeGetCWD();
      let esmWorkingDirectory;
      for (let line of lines) {
        const core = coreModuleRegExp.exec(line);
        if (core !== null) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';

          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) {
              esmWorkingDirectory ??= pathToFileUrlHref(workingDirectory);
              newLine = markCwd(ctx, line, esmWorkingDirectory);
            }
            line = newLine;
          }

          newStack += line;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  // The message and the stack have to be indented as well!
  if (ctx.indentationLvl !== 0) {
    const indentation = ' '.repeat(ctx.indentationLvl);
    stack = stack.replaceAll('\n', `\n${indentation}`);
  }
  return stack;
}

function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // This makes sure the "... n more items" part is not taken into account.
    outputLength--;
  }
  const separatorSpace = 2; // Add 1 for the space and 1 for the separator.
  const dataLen = new Array(outputLength);
  // Calculate the total length of all output entries and the individual max
  // entries length of all output entries. We have to remove colors first,
  // otherwise the length would not be calculated properly.
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len)
      maxLength = len;
  }
  // Add two to `maxLength` as we add a single whitespace character plus a comma
  // in-between two entries.
  const actualMax = maxLength + separatorSpace;
  // Check if at least three entries fit next to each other and prevent grouping
  // of arrays that contains entries of very different length (i.e., if a single
  // entry is longer than 1/5 of all other entries combined). Otherwise the
  // space in-between small entries would be enormous.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {

    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    // Dynamically check how many columns seem possible.
    const columns = MathMin(
      // Ideally a square should be drawn. We expect a character to be about 2.5
      // times as high as wide. This is the area formula to calculate a square
      // which contains n rectangles of size `actualMax * approxCharHeights`.
      // Divide that by `actualMax` to receive the correct number of columns.
      // The added bias increases the columns for short entries.
      MathRound(
        MathSqrt(
          approxCharHeights * biasedMax * outputLength,
        ) / biasedMax,
      ),
      // Do not exceed the breakLength.
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      // Limit array grouping for small `compact` modes as the user requested
      // minimal grouping.
      ctx.compact * 4,
      // Limit the columns to a maximum of fifteen.
      15,
    );
    // Return with the original output if no grouping should happen.
    if (columns <= 1) {
      return output;
    }
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineMaxLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineMaxLength)
          lineMaxLength = dataLen[j];
      }
      lineMaxLength += separatorSpace;
      maxLineLength[i] = lineMaxLength;
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    // Each iteration creates a single line of grouped entries.
    for (let i = 0; i < outputLength; i += columns) {
      // The last lines may contain less entries than columns.
      const max = MathMin(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        // Calculate extra color padding in case it's active. This has to be
        // done line by line as some lines might contain more colors than
        // others.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ?
          `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] +
                        output[j].length -
                        dataLen[j] -
                        separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) {
      tmp.push(output[outputLength]);
    }
    output = tmp;
  }
  return output;
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  ctx.seen.pop();
  ctx.indentationLvl = indentationLvl;
  return ctx.stylize(
    `[${constructorName}: Inspection interrupted ` +
      'prematurely. Maximum call stack size exceeded.]',
    'special',
  );
}

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ?
    integerString :
    `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(integerString) {
  let result = '';
  let i = 0;
  for (; i < integerString.length - 3; i += 3) {
    result += `${integerString.slice(i, i + 3)}_`;
  }
  return i === 0 ?
    integerString :
    `${result}${integerString.slice(i)}`;
}

const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

function formatNumber(fn, number, numericSeparator) {
  // Format -0 as '-0'.
  if (ObjectIs(number, -0)) {
    return fn('-0', 'number');
  }
  if (!numericSeparator) {
    return fn(`${number}`, 'number');
  }

  const numberString = String(number);
  const integer = MathTrunc(number);

  if (integer === number) {
    if (!NumberIsFinite(number) || numberString.includes('e')) {
      return fn(numberString, 'number');
    }
    return fn(addNumericSeparator(numberString), 'number');
  }
  if (NumberIsNaN(number) || numberString.includes('e')) {
    return fn(numberString, 'number');
  }

  const decimalIndex = numberString.indexOf('.');
  const integerPart = numberString.slice(0, decimalIndex);
  const fractionalPart = numberString.slice(decimalIndex + 1);

  return fn(`${
    addNumericSeparator(integerPart)
  }.${
    addNumericSeparatorEnd(fractionalPart)
  }`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) {
    return fn(`${string}n`, 'bigint');
  }
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

// value.split(/(?<=\n)/) without a lookbehind.
function splitLinesKeepNewline(value) {
  const parts = value.split('\n');
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    if (i < parts.length - 1) {
      out.push(`${parts[i]}\n`);
    } else if (parts[i] !== '' || parts.length === 1) {
      out.push(parts[i]);
    }
  }
  return out;
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true &&
        // We do not support handling unicode characters width with
        // the readline getStringWidth function as there are
        // performance implications.
        value.length > kMinLineLength &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      return splitLinesKeepNewline(value)
        .map((line) => fn(strEscape(line), 'string'))
        .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number')
    return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint')
    return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean')
    return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined')
    return fn('undefined', 'undefined');
  // es6 symbol primitive
  return fn(SymbolPrototypeToString(value), 'symbol');
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i],
                                 kObjectType);
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) +
                  ctx.stylize('<uninitialized>', 'special');
    }
  }
  // Reset the keys to an empty array. This prevents duplicated inspection.
  keys.length = 0;
  return output;
}

// The array is sparse and/or has extra keys
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    // Arrays can only have up to 2^32 - 1 entries
    if (tmp > 2 ** 32 - 2) {
      break;
    }
    if (`${index}` !== key) {
      if (numberRegExp.exec(key) === null) {
        break;
      }
      const emptyItems = tmp - index;
      const ending = emptyItems > 1 ? 's' : '';
      const message = `<${emptyItems} empty item${ending}>`;
      output.push(ctx.stylize(message, 'undefined'));
      index = tmp;
      if (output.length === maxLength) {
        break;
      }
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      const ending = remaining > 1 ? 's' : '';
      const message = `<${remaining} empty item${ending}>`;
      output.push(ctx.stylize(message, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  if (binding.isArrayBufferDetached(value)) {
    return [ctx.stylize('(detached)', 'special')];
  }
  const length = value.byteLength;
  let str = arrayBufferHex(value, MathMin(ctx.maxArrayLength, length));
  const remaining = length - ctx.maxArrayLength;
  if (remaining > 0)
    str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);

  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    const desc = ObjectGetOwnPropertyDescriptor(value, i);
    if (desc === undefined) {
      // Special handle sparse arrays.
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType, desc));
  }
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ?
    formatNumber :
    formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) {
    output[maxLength] = remainingText(remaining);
  }
  return output;
}

function formatSet(value, ctx, ignored, recurseTimes) {
  const length = value.size;
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of value) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(value, ctx, ignored, recurseTimes) {
  const length = value.size;
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of value) {
    if (i >= maxLength) break;
    output.push(
      `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`,
    );
    i++;
  }
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) {
    // Sort all entries to have a halfway reliable output (if more entries than
    // retrieved ones exist, we can not reliably return the same output) if the
    // output is not sorted anyway.
    output.sort();
  }
  const remaining = entries.length - maxLength;
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  // Entries exist as [key1, val1, key2, val2, ...]
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  let i = 0;
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (; i < maxLength; i++) {
      const pos = i * 2;
      output[i] =
        `${formatValue(ctx, entries[pos], recurseTimes)} => ${formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    // Sort all entries to have a halfway reliable output (if more entries than
    // retrieved ones exist, we can not reliably return the same output) if the
    // output is not sorted anyway.
    if (!ctx.sorted)
      output.sort();
  } else {
    for (; i < maxLength; i++) {
      const pos = i * 2;
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(
        ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const entries = previewEntries(value) || [];
  return formatSetIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const entries = previewEntries(value) || [];
  return formatMapIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const { 0: entries, 1: isKeyValue } = previewEntries(value, true) || [[], false];
  if (isKeyValue) {
    // Mark entry iterators as such.
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }

  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  let output;
  const { 0: state, 1: result } = getPromiseDetails(value);
  if (state === kPending) {
    output = [ctx.stylize('<pending>', 'special')];
  } else {
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, result, recurseTimes);
    ctx.indentationLvl -= 2;
    output = [
      state === kRejected ?
        `${ctx.stylize('<rejected>', 'special')} ${str}` :
        str,
    ];
  }
  return output;
}

function formatExtraProperties(ctx, value, recurseTimes, key, typedArray) {
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, value[key], recurseTimes, typedArray);
  ctx.indentationLvl -= 2;

  // These entries are mainly getters. Should they be formatted like getters?
  const name = ctx.stylize(`[${key}]`, 'string');
  return `${name}: ${str}`;
}

// Escapes like strEscape, single quotes included, without adding quotes (symbol keys).
function escapeSymbol(str) {
  return nativeStrEscape(str, true);
}

function formatProperty(ctx, value, recurseTimes, key, type, desc,
                        original = value) {
  let name, str;
  let extra = ' ';
  desc ??= ObjectGetOwnPropertyDescriptor(value, key);
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      ctx.indentationLvl += 2;
      try {
        const tmp = FunctionPrototypeCall.call(desc.get, original);
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object' || typeof tmp === 'function') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
      } catch (err) {
        const message = `<Inspection threw (${formatValue(ctx, err, recurseTimes)})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
      ctx.indentationLvl -= 2;
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) {
    return str;
  }
  if (typeof key === 'symbol') {
    name = ctx.stylize(escapeSymbol(SymbolPrototypeToString(key)), 'symbol');
  } else if (isIdentifierKey(key)) {
    name = key === '__proto__' ? "['__proto__']" : ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }

  if (desc.enumerable === false) {
    name = `[${name}]`;
  }
  return `${name}:${extra}${str}`;
}

// keyStrRegExp.exec(key) !== null, without the regexp machinery (hot path).
function isIdentifierKey(key) {
  const len = key.length;
  if (len === 0) return false;
  for (let i = 0; i < len; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (i !== 0 && c >= 48 && c <= 57))) {
      return false;
    }
  }
  return true;
}

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry is separated by at least a comma. Thus, we start with a total
  // length of at least `output.length`. In addition, some cases have a
  // whitespace in-between each other that is added to the total as well.
  if (ctx.breakLength === Infinity) {
    if (base !== '' && base.includes('\n')) return false;
    for (let i = 0; i < output.length; i++) {
      if (typeof output[i] === 'string' && output[i].includes('\n')) return false;
    }
    return true;
  }
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength)
    return false;
  for (let i = 0; i < output.length; i++) {
    if (ctx.colors) {
      totalLength += removeColors(output[i]).length;
    } else {
      totalLength += output[i].length;
    }
    if (totalLength > ctx.breakLength) {
      return false;
    }
  }
  // Do not line up properties on the same line if `base` contains line breaks.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(
  ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      // Memorize the original output length. In case the output is grouped,
      // prevent lining up the entries on a single line.
      const entries = output.length;
      // Group array elements together if the array contains at least six
      // separate entries.
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // `ctx.currentDepth` is set to the most inner depth of the currently
      // inspected object part while `recurseTimes` is the actual current depth
      // that is inspected.
      //
      // Consolidate all entries of the local most inner depth up to
      // `ctx.compact`, as long as the properties are smaller than
      // `ctx.breakLength`.
      if (ctx.currentDepth - recurseTimes < ctx.compact &&
          entries === output.length) {
        // Line up all entries on a single line in case the entries do not
        // exceed `breakLength`. Add 10 as constant to start next to all other
        // factors that may reduce `breakLength`.
        const start = output.length + ctx.indentationLvl +
                      braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = output.join(', ');
          if (!joinedOutput.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput}` +
              ` ${braces[1]}`;
          }
        }
      }
    }
    // Line up each entry on an individual line.
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` +
      `${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // Line up all entries on a single line in case the entries do not exceed
  // `breakLength`.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ` +
      braces[1];
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // If the opening "brace" is too large, like in the case of "Set {",
  // we need to force the first item to be on the next line or the
  // items will not line up correctly.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  // Line up each entry on an individual line.
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

function hasBuiltInToString(value) {
  // Prevent triggering proxy traps.
  const proxyTarget = getProxyDetails(value, false);
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) {
      return true;
    }
    return hasBuiltInToString(proxyTarget);
  }

  let hasOwnToString = ObjectPrototypeHasOwnProperty;
  let hasOwnToPrimitive = ObjectPrototypeHasOwnProperty;

  // Count objects without `toString` and `Symbol.toPrimitive` function as built-in.
  if (typeof value.toString !== 'function') {
    if (typeof value[SymbolToPrimitive] !== 'function') {
      return true;
    } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
      return false;
    }
    hasOwnToString = returnFalse;
  } else if (ObjectPrototypeHasOwnProperty(value, 'toString')) {
    return false;
  } else if (typeof value[SymbolToPrimitive] !== 'function') {
    hasOwnToPrimitive = returnFalse;
  } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
    return false;
  }

  // Find the object that has the `toString` property or `Symbol.toPrimitive` property
  // as own property in the prototype chain.
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!hasOwnToString(pointer, 'toString') &&
    !hasOwnToPrimitive(pointer, SymbolToPrimitive));

  // Check closer if the object is a built-in.
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects().has(descriptor.value.name);
}

function returnFalse() {
  return false;
}

const firstErrorLine = (error) => error.message.split('\n', 1)[0];
let CIRCULAR_ERROR_MESSAGE;
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    // Populate the circular error message lazily
    if (!CIRCULAR_ERROR_MESSAGE) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        CIRCULAR_ERROR_MESSAGE = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' &&
        firstErrorLine(err) === CIRCULAR_ERROR_MESSAGE) {
      return '[Circular]';
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', true);
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatNumberNoColor(number, options) {
  return formatNumber(
    stylizeNoColor,
    number,
    options?.numericSeparator ?? inspectDefaultOptions.numericSeparator,
  );
}

function formatBigIntNoColor(bigint, options) {
  return formatBigInt(
    stylizeNoColor,
    bigint,
    options?.numericSeparator ?? inspectDefaultOptions.numericSeparator,
  );
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) {
      return first;
    }
    let tempStr;
    let lastPos = 0;

    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) { // '%'
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') {
                tempStr = formatNumberNoColor(tempArg, inspectOptions);
              } else if (typeof tempArg === 'bigint') {
                tempStr = formatBigIntNoColor(tempArg, inspectOptions);
              } else if (typeof tempArg !== 'object' ||
                         tempArg === null ||
                         !hasBuiltInToString(tempArg)) {
                tempStr = String(tempArg);
              } else {
                tempStr = inspect(tempArg, {
                  ...inspectOptions,
                  compact: 3,
                  colors: false,
                  depth: 0,
                });
              }
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const tempNum = args[++a];
              if (typeof tempNum === 'bigint') {
                tempStr = formatBigIntNoColor(tempNum, inspectOptions);
              } else if (typeof tempNum === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(Number(tempNum), inspectOptions);
              }
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], {
                ...inspectOptions,
                showHidden: true,
                showProxy: true,
                depth: 4,
              });
              break;
            case 105: { // 'i'
              const tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') {
                tempStr = formatBigIntNoColor(tempInteger, inspectOptions);
              } else if (typeof tempInteger === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(
                  NumberParseInt(tempInteger), inspectOptions);
              }
              break;
            }
            case 102: { // 'f'
              const tempFloat = args[++a];
              if (typeof tempFloat === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(
                  NumberParseFloat(tempFloat), inspectOptions);
              }
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default: // Any other character is not a correct placeholder
              continue;
          }
          if (lastPos !== i - 1) {
            str += first.slice(lastPos, i - 1);
          }
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) {
        str += first.slice(lastPos);
      }
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F || // C0 control codes
    (code >= 0x7F && code <= 0x9F) || // C1 control codes
    (code >= 0x300 && code <= 0x36F) || // Combining Diacritical Marks
    (code >= 0x200B && code <= 0x200F) || // Modifying Invisible Characters
    // Combining Diacritical Marks for Symbols
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) || // Variation Selectors
    (code >= 0xFE20 && code <= 0xFE2F) || // Combining Half Marks
    (code >= 0xE0100 && code <= 0xE01EF); // Variation Selectors
}

/**
 * Number of terminal columns needed to display str (ICU semantics, as in Node
 * builds with Intl).
 * @param {string} str
 * @param {boolean} [removeControlChars]
 * @returns {number}
 */
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) {
    str = stripVTControlCharacters(str);
  }
  return nativeStringWidth(str);
}

/**
 * Remove all VT control characters. Use to estimate displayed string width.
 * @param {string} str
 * @returns {string}
 */
function stripVTControlCharacters(str) {
  validateString(str, 'str');
  if (!str.includes('\u001B') && !str.includes('\u009B'))
    return str;
  return str.replace(ansi(), '');
}

// ---------------------------------------------------------------------------------
// util.styleText

const kEscape = '\u001b[';
const kEscapeEnd = 'm';
const kHexCloseSeq = kEscape + '39' + kEscapeEnd;
const hexColorRegExp = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

function codesToStyle(codes) {
  const openNum = codes[0];
  return {
    openSeq: kEscape + openNum + kEscapeEnd,
    closeSeq: kEscape + codes[1] + kEscapeEnd,
    keepClose: openNum === 2 || openNum === 1,
  };
}

function replaceCloseCode(str, closeSeq, openSeq, keepClose) {
  const closeLen = closeSeq.length;
  let index = str.indexOf(closeSeq);
  if (index === -1) return str;

  let result = '';
  let lastIndex = 0;
  const replacement = keepClose ? closeSeq + openSeq : openSeq;

  do {
    const afterClose = index + closeLen;
    if (afterClose < str.length) {
      result += str.slice(lastIndex, index) + replacement;
      lastIndex = afterClose;
    } else {
      break;
    }
    index = str.indexOf(closeSeq, lastIndex);
  } while (index !== -1);

  return result + str.slice(lastIndex);
}

function hexToRgb(hex) {
  const h = hex.length === 4 ?
    hex[1] + hex[1] + hex[2] + hex[2] + hex[3] + hex[3] :
    hex.slice(1);
  return [NumberParseInt(h.slice(0, 2), 16), NumberParseInt(h.slice(2, 4), 16), NumberParseInt(h.slice(4, 6), 16)];
}

function shouldColorize(stream) {
  const env = globalThis.process?.env;
  if (env && env.FORCE_COLOR !== undefined) {
    const v = env.FORCE_COLOR;
    return v === '' || v === '1' || v === 'true' || v === '2' || v === '3';
  }
  return !!(stream?.isTTY && (
    typeof stream.getColorDepth === 'function' ?
      stream.getColorDepth() > 2 : true));
}

function styleText(format, text, { validateStream = true, stream = globalThis.process?.stdout } = {}) {
  validateString(text, 'text');
  if (typeof validateStream !== 'boolean') {
    validators().validateBoolean(validateStream, 'options.validateStream');
  }
  let skipColorize;
  if (validateStream) {
    if (stream === null || typeof stream !== 'object' ||
        (typeof stream.write !== 'function' && typeof stream.getReader !== 'function' &&
         typeof stream.pipe !== 'function')) {
      throw ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }

  const formatArray = ArrayIsArray(format) ? format : [format];
  const colors = inspect.colors;

  let openCodes = '';
  let closeCodes = '';
  let processedText = text;

  for (const key of formatArray) {
    if (key === 'none') continue;

    if (typeof key === 'string' && key[0] === '#') {
      if (hexColorRegExp.exec(key) === null) {
        throw new (errorCodes().ERR_INVALID_ARG_VALUE)('format', key,
                                                        'must be a valid hex color (#RGB or #RRGGBB)');
      }
      if (skipColorize) continue;
      const { 0: r, 1: g, 2: b } = hexToRgb(key);
      const hexOpenSeq = `${kEscape}38;2;${r};${g};${b}${kEscapeEnd}`;
      openCodes += hexOpenSeq;
      closeCodes = kHexCloseSeq + closeCodes;
      processedText = replaceCloseCode(processedText, kHexCloseSeq, hexOpenSeq, false);
      continue;
    }

    const codes = colors[key];
    if (!codes) {
      validators().validateOneOf(key, 'format', ObjectGetOwnPropertyNames(colors));
    }
    const { openSeq, closeSeq, keepClose } = codesToStyle(codes);
    openCodes += openSeq;
    closeCodes = closeSeq + closeCodes;
    processedText = replaceCloseCode(processedText, closeSeq, openSeq, keepClose);
  }

  if (skipColorize) return text;

  return `${openCodes}${processedText}${closeCodes}`;
}

// ---------------------------------------------------------------------------------
// util.isDeepStrictEqual (port of lib/internal/util/comparisons.js; also exposes the
// loose and partial modes for node:assert through util[kComparisons]).

const kStrict = 2;
const kStrictWithoutPrototypes = 3;
const kLoose = 0;
const kPartial = 1;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

let wellKnownConstructorsSet;
function wellKnownConstructors() {
  if (wellKnownConstructorsSet === undefined) {
    wellKnownConstructorsSet = new Set([
      Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, Boolean, DataView, Date,
      Error, Float32Array, Float64Array, Function, Int16Array, Int32Array, Int8Array, Map,
      Number, Object, Promise, RegExp, Set, String, Symbol, Uint16Array, Uint32Array,
      Uint8Array, Uint8ClampedArray, WeakMap, WeakSet,
    ]);
    if (typeof globalThis.Float16Array === 'function') wellKnownConstructorsSet.add(globalThis.Float16Array);
    if (typeof globalThis.Buffer === 'function') wellKnownConstructorsSet.add(globalThis.Buffer);
  }
  return wellKnownConstructorsSet;
}

const hasOwn = ObjectPrototypeHasOwnProperty;
const hasEnumerable = ObjectPrototypePropertyIsEnumerable;
const getOwnSymbols = ObjectGetOwnPropertySymbols;

function areSimilarRegExps(a, b) {
  return a.source === b.source &&
         a.flags === b.flags &&
         a.lastIndex === b.lastIndex;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function compareBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function isPartialUint8Array(a, b) {
  const lenA = a.byteLength;
  const lenB = b.byteLength;
  if (lenA < lenB) {
    return false;
  }
  let offsetA = 0;
  for (let offsetB = 0; offsetB < lenB; offsetB++) {
    while (a[offsetA] !== b[offsetB]) {
      offsetA++;
      if (offsetA > lenA - lenB + offsetB) {
        return false;
      }
    }
    offsetA++;
  }
  return true;
}

function isPartialArrayBufferView(a, b) {
  if (a.byteLength < b.byteLength) {
    return false;
  }
  return isPartialUint8Array(bytesOf(a), bytesOf(b));
}

function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) {
    return false;
  }
  for (let offset = 0; offset < a.length; offset++) {
    if (a[offset] !== b[offset]) {
      return false;
    }
  }
  return true;
}

function areSimilarTypedArrays(a, b) {
  return a.byteLength === b.byteLength && compareBytes(bytesOf(a), bytesOf(b));
}

function areEqualArrayBuffers(buf1, buf2) {
  return buf1.byteLength === buf2.byteLength &&
    compareBytes(new Uint8Array(buf1), new Uint8Array(buf2));
}

function isEqualBoxedPrimitive(val1, val2) {
  if (isNumberObject(val1)) {
    return isNumberObject(val2) &&
           ObjectIs(NumberPrototypeValueOf(val1),
                    NumberPrototypeValueOf(val2));
  }
  if (isStringObject(val1)) {
    return isStringObject(val2) &&
           StringPrototypeValueOf(val1) === StringPrototypeValueOf(val2);
  }
  if (isBooleanObject(val1)) {
    return isBooleanObject(val2) &&
           BooleanPrototypeValueOf(val1) === BooleanPrototypeValueOf(val2);
  }
  if (isBigIntObject(val1)) {
    return isBigIntObject(val2) &&
           BigIntPrototypeValueOf(val1) === BigIntPrototypeValueOf(val2);
  }
  if (isSymbolObject(val1)) {
    return isSymbolObject(val2) &&
          SymbolPrototypeValueOf(val1) === SymbolPrototypeValueOf(val2);
  }
  return false;
}

function isEnumerableOrIdentical(val1, val2, prop, mode, memos) {
  return hasEnumerable(val2, prop) || // This is handled by Object.keys()
      (mode === kPartial && (val2[prop] === undefined || (prop === 'message' && val2[prop] === ''))) ||
      innerDeepEqual(val1[prop], val2[prop], mode, memos);
}

function innerDeepEqual(val1, val2, mode, memos) {
  // All identical values are equivalent, as determined by ===.
  if (val1 === val2) {
    return val1 !== 0 || ObjectIs(val1, val2) || mode === kLoose;
  }

  // Check more closely if val1 and val2 are equal.
  if (mode !== kLoose) {
    if (typeof val1 === 'number') {
      // eslint-disable-next-line no-self-compare
      return val1 !== val1 && val2 !== val2;
    }
    if (typeof val2 !== 'object' ||
        typeof val1 !== 'object' ||
        val1 === null ||
        val2 === null) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      return (val2 === null || typeof val2 !== 'object') &&
             // eslint-disable-next-line eqeqeq, no-self-compare
             (val1 == val2 || (val1 !== val1 && val2 !== val2));
    }
    if (val2 === null || typeof val2 !== 'object') {
      return false;
    }
  }
  return objectComparisonStart(val1, val2, mode, memos);
}

function hasUnequalTag(val1, val2) {
  return val1[SymbolToStringTag] !== val2[SymbolToStringTag];
}

function slowHasUnequalTag(val1Tag, val1, val2) {
  if (val1[SymbolToStringTag] !== undefined && val2[SymbolToStringTag] !== undefined) {
    return val1[SymbolToStringTag] !== val2[SymbolToStringTag];
  }
  return val1Tag !== ObjectPrototypeToString(val2);
}

function objectComparisonStart(val1, val2, mode, memos) {
  if (mode === kStrict) {
    if (wellKnownConstructors().has(val1.constructor) ||
        (val1.constructor !== undefined && !hasOwn(val1, 'constructor'))) {
      if (val1.constructor !== val2.constructor) {
        return false;
      }
    } else if (ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) {
      return false;
    }
  }

  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) ||
        (val1.length !== val2.length && (mode !== kPartial || val1.length < val2.length)) ||
        hasUnequalTag(val1, val2)) {
      return false;
    }

    const keys2 = nonIndexKeysForCompare(val2, mode);
    if (mode !== kPartial &&
        keys2.length !== nonIndexKeysForCompare(val1, mode).length) {
      return false;
    }
    return keyCheck(val1, val2, mode, memos, kIsArray, keys2);
  }

  let val1Tag;
  if (val1[SymbolToStringTag] === undefined &&
      (val1Tag = ObjectPrototypeToString(val1)) === '[object Object]') {
    if (slowHasUnequalTag(val1Tag, val1, val2)) {
      return false;
    }
    return keyCheck(val1, val2, mode, memos, kNoIterator);
  } else if (isSet(val1)) {
    if (!isSet(val2) ||
        (val1.size !== val2.size && (mode !== kPartial || val1.size < val2.size)) ||
        hasUnequalTag(val1, val2)) {
      return false;
    }
    return keyCheck(val1, val2, mode, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) ||
        (val1.size !== val2.size && (mode !== kPartial || val1.size < val2.size)) ||
        hasUnequalTag(val1, val2)) {
      return false;
    }
    return keyCheck(val1, val2, mode, memos, kIsMap);
  } else if (ArrayBufferIsView(val1)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(val1) !==
        TypedArrayPrototypeGetSymbolToStringTag(val2)) {
      return false;
    }
    if (!ArrayBufferIsView(val2)) {
      return false;
    }
    if (mode === kPartial && val1.byteLength !== val2.byteLength) {
      if (!isPartialArrayBufferView(val1, val2)) {
        return false;
      }
    } else if (mode === kLoose &&
               (types.isFloat32Array(val1) || types.isFloat64Array(val1) || types.isFloat16Array(val1))) {
      if (!areSimilarFloatArrays(val1, val2)) {
        return false;
      }
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    const keys2 = nonIndexKeysForCompare(val2, mode);
    if (mode !== kPartial &&
        keys2.length !== nonIndexKeysForCompare(val1, mode).length) {
      return false;
    }
    return keyCheck(val1, val2, mode, memos, kNoIterator, keys2);
  } else if (isDate(val1)) {
    if (!isDate(val2) || hasUnequalTag(val1, val2)) {
      return false;
    }
    const time1 = DatePrototypeGetTime(val1);
    const time2 = DatePrototypeGetTime(val2);
    // eslint-disable-next-line no-self-compare
    if (time1 !== time2 && (time1 === time1 || time2 === time2)) {
      return false;
    }
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !areSimilarRegExps(val1, val2) || hasUnequalTag(val1, val2)) {
      return false;
    }
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || hasUnequalTag(val1, val2)) {
      return false;
    }
    if (mode !== kPartial || val1.byteLength === val2.byteLength) {
      if (!areEqualArrayBuffers(val1, val2)) {
        return false;
      }
    } else if (!isPartialUint8Array(new Uint8Array(val1), new Uint8Array(val2))) {
      return false;
    }
  } else if (slowHasUnequalTag(val1Tag ?? ObjectPrototypeToString(val1), val1, val2) ||
            ArrayIsArray(val2) ||
            ArrayBufferIsView(val2) ||
            isSet(val2) ||
            isMap(val2) ||
            isDate(val2) ||
            isRegExp(val2) ||
            isAnyArrayBuffer(val2)) {
    return false;
  } else if (isError(val1)) {
    // Do not compare the stack as it might differ even though the error itself
    // is otherwise identical.
    if (!isError(val2) ||
        !isEnumerableOrIdentical(val1, val2, 'message', mode, memos) ||
        !isEnumerableOrIdentical(val1, val2, 'name', mode, memos) ||
        !isEnumerableOrIdentical(val1, val2, 'cause', mode, memos) ||
        !isEnumerableOrIdentical(val1, val2, 'errors', mode, memos)) {
      return false;
    }
    const hasOwnVal2Cause = hasOwn(val2, 'cause');
    if ((hasOwnVal2Cause !== hasOwn(val1, 'cause') && (mode !== kPartial || hasOwnVal2Cause))) {
      return false;
    }
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) {
      return false;
    }
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) {
      return false;
    }
  } else if (isBoxedPrimitive(val2) ||
      isNativeError(val2) ||
      val2 instanceof Error ||
      isWeakMap(val1) ||
      isWeakSet(val1) ||
      isPromise(val1)) {
    return false;
  }

  return keyCheck(val1, val2, mode, memos, kNoIterator);
}

function nonIndexKeysForCompare(value, mode) {
  const keys = getOwnNonIndexProperties(value, ONLY_ENUMERABLE);
  if (mode !== kLoose) return keys;
  return keys.filter((k) => typeof k !== 'symbol');
}

function partialSymbolEquiv(val1, val2, keys2) {
  const symbolKeys = getOwnSymbols(val2);
  if (symbolKeys.length !== 0) {
    for (const key of symbolKeys) {
      if (hasEnumerable(val2, key)) {
        keys2.push(key);
      }
    }
  }
  return true;
}

function keyCheck(val1, val2, mode, memos, iterationType, keys2) {
  const isArrayLikeObject = keys2 !== undefined;

  if (keys2 === undefined) {
    keys2 = ObjectKeys(val2);
  }
  let keys1;

  if (!isArrayLikeObject) {
    // The pair must have the same number of owned properties.
    if (mode === kPartial) {
      if (!partialSymbolEquiv(val1, val2, keys2)) {
        return false;
      }
    } else if (keys2.length !== (keys1 = ObjectKeys(val1)).length) {
      return false;
    } else if (mode === kStrict || mode === kStrictWithoutPrototypes) {
      for (const key of getOwnSymbols(val1)) {
        if (hasEnumerable(val1, key)) {
          keys1.push(key);
        }
      }
      for (const key of getOwnSymbols(val2)) {
        if (hasEnumerable(val2, key)) {
          keys2.push(key);
        }
      }
      if (keys1.length !== keys2.length) {
        return false;
      }
    }
  }

  if (keys2.length === 0 &&
      (iterationType === kNoIterator ||
        (iterationType === kIsArray && val2.length === 0) ||
        val2.size === 0)) {
    return true;
  }

  return handleCycles(val1, val2, mode, keys1, keys2, memos, iterationType);
}

function handleCycles(val1, val2, mode, keys1, keys2, memos, iterationType) {
  // Use memos to handle cycles.
  if (memos === undefined) {
    memos = {
      set: undefined,
      a: val1,
      b: val2,
      c: undefined,
      d: undefined,
      deep: false,
    };
    return objEquiv(val1, val2, mode, keys1, keys2, memos, iterationType);
  }

  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1) {
        return memos.b === val2;
      }
      if (memos.b === val2) {
        return false;
      }
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, mode, keys1, keys2, memos, iterationType);
      memos.deep = false;
      if (memos.set !== undefined) {
        memos.set.delete(memos.c);
        memos.set.delete(memos.d);
      }
      return result;
    }
    memos.set = new Set();
    memos.set.add(memos.a);
    memos.set.add(memos.b);
    memos.set.add(memos.c);
    memos.set.add(memos.d);
  }

  const { set } = memos;

  const originalSize = set.size;
  set.add(val1);
  set.add(val2);
  if (originalSize !== set.size - 2) {
    return originalSize === set.size;
  }

  const areEq = objEquiv(val1, val2, mode, keys1, keys2, memos, iterationType);

  set.delete(val1);
  set.delete(val2);

  return areEq;
}

function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // Only pass in null as object!
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // Loose equal entries exist only if the string is possible to convert to
      // a regular number and not NaN.
      // Fall through
    case 'number':
      // eslint-disable-next-line no-self-compare
      if (prim !== prim) {
        return false;
      }
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null)
    return altValue;

  return !b.has(altValue) && a.has(altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item2, memo) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) {
    return altValue;
  }
  const item1 = a.get(altValue);
  if ((item1 === undefined && !a.has(altValue)) ||
      !innerDeepEqual(item1, item2, kLoose, memo)) {
    return false;
  }
  return !b.has(altValue) && innerDeepEqual(item1, item2, kLoose, memo);
}

function partialObjectSetEquiv(array, a, b, mode, memo) {
  let aPos = 0;
  let direction = 1;
  let start = 0;
  let end = array.length - 1;
  for (const val1 of a) {
    aPos++;
    if (!b.has(val1)) {
      let innerStart = start;
      if (direction === 1) {
        if (innerDeepEqual(val1, array[start], mode, memo)) {
          if (start === end) {
            return true;
          }
          start += 1;
          continue;
        }
        if (start === end) {
          continue;
        }
        direction = -1;
        innerStart += 1;
      }
      let matched = true;
      if (!innerDeepEqual(val1, array[end], mode, memo)) {
        direction = 1;
        matched = arrayHasEqualElement(array, val1, mode, memo, innerDeepEqual, innerStart, end);
      }
      if (matched) {
        if (start === end) {
          return true;
        }
        end -= 1;
      }
    }
    if (a.size - aPos <= end - start) {
      return false;
    }
  }
  return false;
}

function arrayHasEqualElement(array, val1, mode, memo, comparator, start, end) {
  for (let i = end - 1; i >= start; i--) {
    if (comparator(val1, array[i], mode, memo)) {
      // Move the matching element to make sure we do not check that again.
      array[i] = array[end];
      return true;
    }
  }
  return false;
}

function setObjectEquiv(array, a, b, mode, memo) {
  let direction = 1;
  let start = 0;
  let end = array.length - 1;
  const comparator = mode !== kLoose ? objectComparisonStart : innerDeepEqual;
  const extraChecks = mode === kLoose || array.length !== a.size;
  for (const val1 of a) {
    if (typeof val1 !== 'object' || val1 === null) {
      if (b.has(val1)) {
        continue;
      }
      if (mode !== kLoose) {
        return false;
      }
    } else if (extraChecks && b.has(val1)) {
      continue;
    }

    let innerStart = start;
    if (direction === 1) {
      if (comparator(val1, array[start], mode, memo)) {
        start += 1;
        continue;
      }
      if (start === end) {
        return false;
      }
      direction = -1;
      innerStart += 1;
    }
    if (!comparator(val1, array[end], mode, memo)) {
      direction = 1;
      if (!arrayHasEqualElement(array, val1, mode, memo, comparator, innerStart, end)) {
        return false;
      }
    }
    end -= 1;
  }
  return true;
}

function compareSmallSets(a, b, val, iteratorB, mode, memo) {
  const iteratorA = a.values();
  const firstA = iteratorA.next().value;
  const first = innerDeepEqual(firstA, val, mode, memo);
  if (first) {
    if (b.size === 1) { // Partial mode && a.size === 1 || b.size === 1
      return true;
    }
    const secondA = iteratorA.next().value;
    return b.has(secondA) || innerDeepEqual(secondA, iteratorB.next().value, mode, memo);
  }
  return a.size !== 1 && innerDeepEqual(iteratorA.next().value, val, mode, memo) && (
    b.size === 1 || // Partial mode
    b.has(firstA) || // Primitive or reference equal
    innerDeepEqual(firstA, iteratorB.next().value, mode, memo)
  );
}

function setEquiv(a, b, mode, memo) {
  let array;

  const iteratorB = b.values();
  for (const val of iteratorB) {
    if (!a.has(val)) {
      if ((typeof val !== 'object' || val === null) &&
          (mode !== kLoose || !setMightHaveLoosePrim(a, b, val))) {
        return false;
      }

      if (array === undefined) {
        if (a.size < 3) {
          return compareSmallSets(a, b, val, iteratorB, mode, memo);
        }
        array = [];
      }
      array.push(val);
    }
  }

  if (array === undefined) {
    return true;
  }
  if (mode === kPartial) {
    return partialObjectSetEquiv(array, a, b, mode, memo);
  }
  return setObjectEquiv(array, a, b, mode, memo);
}

function partialObjectMapEquiv(array, a, b, mode, memo) {
  let aPos = 0;
  let direction = 1;
  let start = 0;
  let end = array.length - 1;
  for (const { 0: key1, 1: item1 } of a) {
    aPos++;
    if (typeof key1 === 'object' && key1 !== null) {
      let innerStart = start;
      if (direction === 1) {
        const key2 = array[start];
        if (objectComparisonStart(key1, key2, mode, memo) && innerDeepEqual(item1, b.get(key2), mode, memo)) {
          if (start === end) {
            return true;
          }
          start += 1;
          continue;
        }
        if (start === end) {
          continue;
        }
        direction = -1;
        innerStart += 1;
      }
      let matched = true;
      const key2 = array[end];
      if (!objectComparisonStart(key1, key2, mode, memo) || !innerDeepEqual(item1, b.get(key2), mode, memo)) {
        direction = 1;
        matched = arrayHasEqualMapElement(array, key1, item1, b, mode, memo, objectComparisonStart, innerStart, end);
      }
      if (matched) {
        if (start === end) {
          return true;
        }
        end -= 1;
      }
    }
    if (a.size - aPos <= end - start) {
      return false;
    }
  }
  return false;
}

function arrayHasEqualMapElement(array, key1, item1, b, mode, memo, comparator, start, end) {
  for (let i = end - 1; i >= start; i--) {
    const key2 = array[i];
    if (comparator(key1, key2, mode, memo) &&
        innerDeepEqual(item1, b.get(key2), mode, memo)) {
      array[i] = array[end];
      return true;
    }
  }
  return false;
}

function mapObjectEquiv(array, a, b, mode, memo) {
  let direction = 1;
  let start = 0;
  let end = array.length - 1;
  const comparator = mode !== kLoose ? objectComparisonStart : innerDeepEqual;

  for (const { 0: key1, 1: item1 } of a) {
    if (typeof key1 !== 'object' || key1 === null) {
      if (b.has(key1)) {
        if (mode !== kLoose || innerDeepEqual(item1, b.get(key1), mode, memo)) {
          continue;
        }
      } else if (mode !== kLoose) {
        return false;
      }
    }

    let innerStart = start;
    if (direction === 1) {
      const key2 = array[start];
      if (comparator(key1, key2, mode, memo) && innerDeepEqual(item1, b.get(key2), mode, memo)) {
        start += 1;
        continue;
      }
      if (start === end) {
        return false;
      }
      direction = -1;
      innerStart += 1;
    }
    const key2 = array[end];
    if ((!comparator(key1, key2, mode, memo) || !innerDeepEqual(item1, b.get(key2), mode, memo))) {
      direction = 1;
      if (!arrayHasEqualMapElement(array, key1, item1, b, mode, memo, comparator, innerStart, end)) {
        return false;
      }
    }
    end -= 1;
  }
  return true;
}

function mapEquiv(a, b, mode, memo) {
  let array;

  for (const { 0: key2, 1: item2 } of b) {
    if (typeof key2 === 'object' && key2 !== null) {
      if (array === undefined) {
        if (a.size === 1) {
          const { 0: key1, 1: item1 } = a.entries().next().value;
          return innerDeepEqual(key1, key2, mode, memo) &&
                  innerDeepEqual(item1, item2, mode, memo);
        }
        array = [];
      }
      array.push(key2);
    } else {
      const item1 = a.get(key2);
      if (((item1 === undefined && !a.has(key2)) ||
          !innerDeepEqual(item1, item2, mode, memo))) {
        if (mode !== kLoose)
          return false;
        if (!mapMightHaveLoosePrim(a, b, key2, item2, memo))
          return false;
        if (array === undefined) {
          array = [];
        }
        array.push(key2);
      }
    }
  }

  if (array === undefined) {
    return true;
  }

  if (mode === kPartial) {
    return partialObjectMapEquiv(array, a, b, mode, memo);
  }

  return mapObjectEquiv(array, a, b, mode, memo);
}

function partialSparseArrayEquiv(a, b, mode, memos, startA, startB) {
  let aPos = startA;
  const keysA = ObjectKeys(a);
  const keysB = ObjectKeys(b);
  const lenA = keysA.length - startA;
  const lenB = keysB.length - startB;
  if (lenA < lenB) {
    return false;
  }
  for (let i = 0; i < lenB; i++) {
    const keyB = keysB[startB + i];
    while (!innerDeepEqual(a[keysA[aPos]], b[keyB], mode, memos)) {
      aPos++;
      if (aPos > keysA.length - lenB + i) {
        return false;
      }
    }
    aPos++;
  }
  return true;
}

function partialArrayEquiv(a, b, mode, memos) {
  let aPos = 0;
  for (let i = 0; i < b.length; i++) {
    let isSparse = b[i] === undefined && !hasOwn(b, i);
    if (isSparse) {
      return partialSparseArrayEquiv(a, b, mode, memos, aPos, i);
    }
    while (!(isSparse = a[aPos] === undefined && !hasOwn(a, aPos)) &&
           !innerDeepEqual(a[aPos], b[i], mode, memos)) {
      aPos++;
      if (aPos > a.length - b.length + i) {
        return false;
      }
    }
    if (isSparse) {
      return partialSparseArrayEquiv(a, b, mode, memos, aPos, i);
    }
    aPos++;
  }
  return true;
}

function sparseArrayEquiv(a, b, mode, memos, i) {
  const keysA = ObjectKeys(a);
  const keysB = ObjectKeys(b);
  if (keysA.length !== keysB.length) {
    return false;
  }
  for (; i < keysB.length; i++) {
    const key = keysB[i];
    if ((a[key] === undefined && !hasOwn(a, key)) || !innerDeepEqual(a[key], b[key], mode, memos)) {
      return false;
    }
  }
  return true;
}

function objEquiv(a, b, mode, keys1, keys2, memos, iterationType) {
  // The pair must have equivalent values for every corresponding key.
  if (keys2.length > 0) {
    let i = 0;
    // Ordered keys
    if (keys1 !== undefined) {
      for (; i < keys2.length; i++) {
        const key = keys2[i];
        if (keys1[i] !== key) {
          break;
        }
        if (!innerDeepEqual(a[key], b[key], mode, memos)) {
          return false;
        }
      }
    }
    // Unordered keys
    for (; i < keys2.length; i++) {
      const key = keys2[i];
      const descriptor = ObjectGetOwnPropertyDescriptor(a, key);
      if (descriptor === undefined || descriptor.enumerable !== true) {
        return false;
      }
      const value = descriptor.writable !== undefined ? descriptor.value : a[key];
      if (!innerDeepEqual(value, b[key], mode, memos)) {
        return false;
      }
    }
  }

  if (iterationType === kIsArray) {
    if (mode === kPartial) {
      return partialArrayEquiv(a, b, mode, memos);
    }
    for (let i = 0; i < a.length; i++) {
      if (b[i] === undefined) {
        if (!hasOwn(b, i))
          return sparseArrayEquiv(a, b, mode, memos, i);
        if ((a[i] !== undefined || !hasOwn(a, i)) && (mode !== kLoose || a[i] !== null))
          return false;
      } else if ((a[i] === undefined || !innerDeepEqual(a[i], b[i], mode, memos)) &&
                 (mode !== kLoose || b[i] !== null)) {
        return false;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, mode, memos)) {
      return false;
    }
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, mode, memos)) {
      return false;
    }
  }

  return true;
}

// goja cannot catch a stack overflow, so cycles are always tracked (Node first tries
// without and retries with memos after a RangeError).
const comparisons = {
  isDeepEqual(val1, val2) {
    return innerDeepEqual(val1, val2, kLoose, undefined);
  },
  isDeepStrictEqual(val1, val2, skipPrototype) {
    return innerDeepEqual(val1, val2, skipPrototype ? kStrictWithoutPrototypes : kStrict, undefined);
  },
  isPartialStrictEqual(val1, val2) {
    return innerDeepEqual(val1, val2, kPartial, undefined);
  },
};

// ---------------------------------------------------------------------------------
// Other util exports

/**
 * Inherit the prototype methods from one constructor into another.
 * @param {Function} ctor Constructor function which needs to inherit the prototype.
 * @param {Function} superCtor Constructor function to inherit prototype from.
 */
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null)
    throw ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);

  if (superCtor === undefined || superCtor === null)
    throw ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);

  if (superCtor.prototype === undefined) {
    throw ERR_INVALID_ARG_TYPE('superCtor.prototype',
                               'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', {
    __proto__: null,
    value: superCtor,
    writable: true,
    configurable: true,
  });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  // Don't do anything if source isn't an object
  if (source === null || typeof source !== 'object') return target;

  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) {
    target[keys[i]] = source[keys[i]];
  }
  return target;
}

function nextTick(fn, ...args) {
  const p = globalThis.process;
  if (p && typeof p.nextTick === 'function') {
    p.nextTick(fn, ...args);
  } else {
    Promise.resolve().then(() => fn(...args));
  }
}

const callbackifyOnRejected = (reason, cb) => {
  // `!reason` guard inspired by bluebird (Ref: https://goo.gl/t5IS6M).
  // Because `null` is a special error value in callbacks which means "no error
  // occurred", we error-wrap so the callback consumer can distinguish between
  // "the promise rejected with null" or "the promise fulfilled with undefined".
  if (!reason) {
    reason = new (errorCodes().ERR_FALSY_VALUE_REJECTION)(reason);
  }
  return cb(reason);
};

/**
 * Converts a Promise-returning function to callback style
 * @param {Function} original
 * @returns {Function}
 */
function callbackify(original) {
  validateFunction(original, 'original');

  // We DO NOT return the promise as it gives the user a false sense that
  // the promise is actually somehow related to the callback's execution
  // and that the callback throwing will reject the promise.
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // In true node style we process the callback on `nextTick` with all the
    // implications (stack, `uncaughtException`, `async_hooks`)
    ReflectApply(original, this, args)
      .then((ret) => nextTick(cb, null, ret),
            (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  // It is possible to manipulate a functions `length` or `name` property. This
  // guards against the manipulation.
  if (typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  const propertiesValues = ObjectValues(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) {
    ObjectSetPrototypeOf(propertiesValues[i], null);
  }
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

function emitWarning(...args) {
  const p = globalThis.process;
  if (p && typeof p.emitWarning === 'function') {
    p.emitWarning(...args);
  }
}

function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];

    validateFunction(fn, 'util.promisify.custom');

    return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null,
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  // Names to create an object from in case the callback receives multiple
  // arguments, e.g. ['bytesRead', 'buffer'] for fs.read.
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) {
          return reject(err);
        }
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++)
            obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      if (isPromise(ReflectApply(original, this, args))) {
        emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
                    'DeprecationWarning', 'DEP0174');
      }
    });
  }

  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));

  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn, enumerable: false, writable: false, configurable: true,
  });

  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  const propertiesValues = ObjectValues(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) {
    // We want to use null-prototype objects to not rely on globally mutable
    // %Object.prototype%.
    ObjectSetPrototypeOf(propertiesValues[i], null);
  }
  return ObjectDefineProperties(fn, descriptors);
}

promisify.custom = kCustomPromisifiedSymbol;

// Keep a list of deprecation codes that have been warned on so we only warn on
// each one once.
const codesWarned = new Set();

function getDeprecationWarningEmitter(code, msg, deprecated) {
  let warned = false;
  return function() {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
  };
}

function internalDeprecate(fn, msg, code, modifyPrototype = true) {
  if (code !== undefined)
    validateString(code, 'code');

  const emitDeprecationWarning = getDeprecationWarningEmitter(code, msg, deprecated);

  function deprecated(...args) {
    if (!globalThis.process?.noDeprecation) {
      emitDeprecationWarning();
    }
    if (new.target) {
      return ReflectConstruct(fn, args, new.target);
    }
    return ReflectApply(fn, this, args);
  }

  if (modifyPrototype) {
    // The wrapper will keep the same prototype as fn to maintain prototype chain
    ObjectSetPrototypeOf(deprecated, fn);
    if (fn.prototype) {
      // Setting this (rather than using Object.setPrototype, as above) ensures
      // that calling the unwrapped constructor gives an instanceof the wrapped
      // constructor.
      deprecated.prototype = fn.prototype;
    }

    ObjectDefineProperty(deprecated, 'length', {
      __proto__: null,
      ...ObjectGetOwnPropertyDescriptor(fn, 'length'),
    });
  }

  return deprecated;
}

// Public util.deprecate API
function deprecate(fn, msg, code, { modifyPrototype } = {}) {
  validateFunction(fn, 'fn');
  return internalDeprecate(fn, msg, code, modifyPrototype);
}

function toUSVString(input) {
  const str = `${input}`;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < str.length) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
      }
      out += `${str.slice(last, i)}\ufffd`;
      last = i + 1;
    }
  }
  return last === 0 ? str : out + str.slice(last);
}

function markPromiseAsHandled(promise) {
  if (!isPromise(promise)) {
    throw ERR_INVALID_ARG_TYPE('promise', 'Promise', promise);
  }
  Promise.prototype.then.call(promise, undefined, () => {});
}

// util.debuglog / util.debug: NODE_DEBUG=section[,section...] (wildcards allowed).
let debugEnvRegExp;
function debugEnabled(set) {
  if (debugEnvRegExp === undefined) {
    const env = globalThis.process?.env?.NODE_DEBUG;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replaceAll('*', '.*')
        .replaceAll(',', '$|^');
      debugEnvRegExp = new RegExp(`^${pattern}$`, 'i');
    } else {
      debugEnvRegExp = null;
    }
  }
  return debugEnvRegExp !== null && debugEnvRegExp.exec(set) !== null;
}

function debuglog(set, cb) {
  let fn;
  let enabled;
  const init = () => {
    set = set.toUpperCase();
    enabled = debugEnabled(set);
  };
  const logger = (...args) => {
    if (enabled === undefined) init();
    if (fn === undefined) {
      if (enabled) {
        const pid = globalThis.process?.pid;
        fn = (...a) => {
          const msg = formatWithOptions({ colors: false }, ...a);
          globalThis.process.stderr.write(`${set} ${pid}: ${msg}\n`);
        };
      } else {
        fn = () => {};
      }
      if (typeof cb === 'function') cb(fn);
    }
    ReflectApply(fn, undefined, args);
  };
  ObjectDefineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      if (enabled === undefined) init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

function convertProcessSignalToExitCode(signalCode) {
  const { validateOneOf, signals } = validators();
  validateOneOf(signalCode, 'signalCode', ObjectKeys(signals));
  // POSIX standard: exit code for signal termination is 128 + signal number.
  return 128 + signals[signalCode];
}

function validateSystemErrno(err) {
  validators().validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new (errorCodes().ERR_OUT_OF_RANGE)('err', 'a negative integer', err);
  }
}

function getSystemErrorName(err) {
  validateSystemErrno(err);
  return require('internal/errors').getSystemErrorName(err);
}

function getSystemErrorMessage(err) {
  validateSystemErrno(err);
  const entry = require('internal/errors').getUvErrorMap().get(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return require('internal/errors').getUvErrorMap();
}

function _errnoException(...args) {
  return new (require('internal/errors').ErrnoException)(...args);
}

function _exceptionWithHostPort(...args) {
  return new (require('internal/errors').ExceptionWithHostPort)(...args);
}

// util.getCallSites() from goja's stack ("\tat name (file:line:col(pc))").
const callSiteRegExp = /^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)(?:\(\d+\))?\)?$/;
function getCallSites(frameCount = 10, options) {
  if (options === undefined) {
    if (typeof frameCount === 'object') {
      options = frameCount;
      validateObject(options, 'options');
      if (options.sourceMap !== undefined) {
        validators().validateBoolean(options.sourceMap, 'options.sourceMap');
      }
      frameCount = 10;
    } else {
      options = {};
    }
  } else {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) {
      validators().validateBoolean(options.sourceMap, 'options.sourceMap');
    }
  }
  validators().validateInteger(frameCount, 'frameCount', 1, 200);
  const lines = `${new Error().stack}`.split('\n');
  const result = [];
  // lines[0] is the message, lines[1] this function.
  for (let i = 2; i < lines.length && result.length < frameCount; i++) {
    const m = callSiteRegExp.exec(lines[i]);
    if (m === null) continue;
    const column = +m[4];
    result.push({
      __proto__: null,
      functionName: m[1] === undefined || m[1] === '<anonymous>' ? '' : m[1],
      scriptId: '0',
      scriptName: m[2],
      lineNumber: +m[3],
      columnNumber: column,
      column,
    });
  }
  return result;
}

// util.parseEnv: node's Dotenv::ParseContent (src/node_dotenv.cc).
function trimSpaces(str) {
  let start = 0;
  let end = str.length;
  while (start < end && str[start] === ' ') start++;
  while (end > start && str[end - 1] === ' ') end--;
  return str.slice(start, end);
}

function parseDotenv(input) {
  const store = new Map();
  let content = trimSpaces(input.replaceAll('\r', ''));
  const skipLine = () => {
    const newline = content.indexOf('\n');
    if (newline === -1) return false;
    content = trimSpaces(content.slice(newline + 1));
    return true;
  };
  while (content.length !== 0) {
    // Skip empty lines and comments
    if (content[0] === '\n' || content[0] === '#') {
      const newline = content.indexOf('\n');
      content = newline === -1 ? '' : content.slice(newline + 1);
      continue;
    }
    const eq = content.indexOf('=');
    const nl = content.indexOf('\n');
    if (eq === -1 || (nl !== -1 && nl < eq)) {
      if (skipLine()) continue;
      break;
    }
    let key = trimSpaces(content.slice(0, eq));
    content = content.slice(eq + 1);
    if (key.length === 0) {
      if (skipLine()) continue;
      break;
    }
    if (key.startsWith('export ')) {
      key = trimSpaces(key.slice(7));
    }
    // If the value is not present (e.g. KEY=) set it to an empty string
    if (content.length === 0 || content[0] === '\n') {
      store.set(key, '');
      continue;
    }
    content = trimSpaces(content);
    if (content.length === 0) {
      store.set(key, '');
      break;
    }
    // Expand new line if \n it's inside double quotes
    if (content[0] === '"') {
      const closing = content.indexOf('"', 1);
      if (closing !== -1) {
        store.set(key, content.slice(1, closing).replaceAll('\\n', '\n'));
        const newline = content.indexOf('\n', closing + 1);
        content = newline === -1 ? '' : content.slice(newline + 1);
        continue;
      }
    }
    const q = content[0];
    if (q === "'" || q === '"' || q === '`') {
      const closing = content.indexOf(q, 1);
      if (closing === -1) {
        const newline = content.indexOf('\n');
        if (newline !== -1) {
          store.set(key, content.slice(0, newline));
          content = content.slice(newline);
        } else {
          store.set(key, content);
          break;
        }
      } else {
        store.set(key, content.slice(1, closing));
        const newline = content.indexOf('\n', closing + 1);
        content = newline === -1 ? '' : content.slice(newline + 1);
      }
    } else {
      const newline = content.indexOf('\n');
      let value = newline === -1 ? content : content.slice(0, newline);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      store.set(key, trimSpaces(value));
      content = newline === -1 ? '' : content.slice(newline + 1);
    }
    content = trimSpaces(content);
  }
  return store;
}

function parseEnv(content) {
  validateString(content, 'content');
  const store = parseDotenv(content);
  const keys = [...store.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const result = { __proto__: null };
  for (const key of keys) result[key] = store.get(key);
  return result;
}

function transferableAbortSignal(signal) {
  if (typeof globalThis.AbortSignal !== 'function' || !(signal instanceof globalThis.AbortSignal)) {
    throw ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  return new globalThis.AbortController();
}

async function aborted(signal, resource) {
  if (typeof globalThis.AbortSignal !== 'function' || !(signal instanceof globalThis.AbortSignal)) {
    throw ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return;
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function setTraceSigInt(enable) {
  validators().validateBoolean(enable, 'enable');
}

// util.parseArgs: lib/internal/util/parse_args/{utils,parse_args}.js, built on first use.
let parseArgsImpl;
function loadParseArgs() {
  if (parseArgsImpl !== undefined) return parseArgsImpl;
  const {
    validateArray,
    validateBoolean,
    validateBooleanArray,
    validateObject,
    validateString,
    validateStringArray,
    validateUnion,
  } = validators();
  const {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  } = errorCodes();
  const kEmptyObject = ObjectFreeze({ __proto__: null });
  const process = globalThis.process;
  const ArrayPrototypeFind = (a, f) => a.find(f);
  const ArrayPrototypeForEach = (a, f) => a.forEach(f);
  const ArrayPrototypeMap = (a, f) => a.map(f);
  const ArrayPrototypePush = (a, ...v) => a.push(...v);
  const ArrayPrototypePushApply = (a, v) => a.push(...v);
  const ArrayPrototypeShift = (a) => a.shift();
  const ArrayPrototypeSlice = (a, s, e) => a.slice(s, e);
  const ArrayPrototypeUnshiftApply = (a, v) => a.unshift(...v);
  const ObjectEntries = Object.entries;
  const ObjectHasOwn = ObjectPrototypeHasOwnProperty;
  const StringPrototypeCharAt = (s, i) => s.charAt(i);
  const StringPrototypeIncludes = (s, x) => s.includes(x);
  const StringPrototypeIndexOf = (s, x) => s.indexOf(x);
  const StringPrototypeSlice = (s, a, b) => s.slice(a, b);
  const StringPrototypeStartsWith = (s, x) => s.startsWith(x);



  // These are internal utilities to make the parsing logic easier to read, and
  // add lots of detail for the curious. They are in a separate file to allow
  // unit testing, although that is not essential (this could be rolled into
  // main file and just tested implicitly via API).
  //
  // These routines are for internal use, not for export to client.

  /**
   * Return the named property, but only if it is an own property.
   * @returns {any|undefined}
   */
  function objectGetOwn(obj, prop) {
    if (ObjectHasOwn(obj, prop))
      return obj[prop];
  }

  /**
   * Return the named options property, but only if it is an own property.
   * @returns {any|undefined}
   */
  function optionsGetOwn(options, longOption, prop) {
    if (ObjectHasOwn(options, longOption))
      return objectGetOwn(options[longOption], prop);
  }

  /**
   * Determines if the argument may be used as an option value.
   * @example
   * ```
   * isOptionValue('V') // returns true
   * isOptionValue('-v') // returns true (greedy)
   * isOptionValue('--foo') // returns true (greedy)
   * isOptionValue(undefined) // returns false
   * ```
   * @returns {boolean}
   */
  function isOptionValue(value) {
    if (value == null) return false;

    // Open Group Utility Conventions are that an option-argument
    // is the argument after the option, and may start with a dash.
    return true; // greedy!
  }

  /**
   * Detect whether there is possible confusion and user may have omitted
   * the option argument, like `--port --verbose` when `port` of type:string.
   * In strict mode we throw errors if value is option-like.
   * @returns {boolean}
   */
  function isOptionLikeValue(value) {
    if (value == null) return false;

    return value.length > 1 && StringPrototypeCharAt(value, 0) === '-';
  }

  /**
   * Determines if `arg` is just a short option.
   * @example '-f'
   * @returns {boolean}
   */
  function isLoneShortOption(arg) {
    return arg.length === 2 &&
      StringPrototypeCharAt(arg, 0) === '-' &&
      StringPrototypeCharAt(arg, 1) !== '-';
  }

  /**
   * Determines if `arg` is a lone long option.
   * @example
   * ```
   * isLoneLongOption('a') // returns false
   * isLoneLongOption('-a') // returns false
   * isLoneLongOption('--foo') // returns true
   * isLoneLongOption('--foo=bar') // returns false
   * ```
   * @returns {boolean}
   */
  function isLoneLongOption(arg) {
    return arg.length > 2 &&
      StringPrototypeStartsWith(arg, '--') &&
      !StringPrototypeIncludes(arg, '=', 3);
  }

  /**
   * Determines if `arg` is a long option and value in the same argument.
   * @example
   * ```
   * isLongOptionAndValue('--foo') // returns false
   * isLongOptionAndValue('--foo=bar') // returns true
   * ```
   * @returns {boolean}
   */
  function isLongOptionAndValue(arg) {
    return arg.length > 2 &&
      StringPrototypeStartsWith(arg, '--') &&
      StringPrototypeIncludes(arg, '=', 3);
  }

  /**
   * Determines if `arg` is a short option group.
   *
   * See Guideline 5 of the [Open Group Utility Conventions](https://pubs.opengroup.org/onlinepubs/9699919799/basedefs/V1_chap12.html).
   *   One or more options without option-arguments, followed by at most one
   *   option that takes an option-argument, should be accepted when grouped
   *   behind one '-' delimiter.
   * @example
   * ```
   * isShortOptionGroup('-a', {}) // returns false
   * isShortOptionGroup('-ab', {}) // returns true
   * // -fb is an option and a value, not a short option group
   * isShortOptionGroup('-fb', {
   *   options: { f: { type: 'string' } }
   * }) // returns false
   * isShortOptionGroup('-bf', {
   *   options: { f: { type: 'string' } }
   * }) // returns true
   * // -bfb is an edge case, return true and caller sorts it out
   * isShortOptionGroup('-bfb', {
   *   options: { f: { type: 'string' } }
   * }) // returns true
   * ```
   * @returns {boolean}
   */
  function isShortOptionGroup(arg, options) {
    if (arg.length <= 2) return false;
    if (StringPrototypeCharAt(arg, 0) !== '-') return false;
    if (StringPrototypeCharAt(arg, 1) === '-') return false;

    const firstShort = StringPrototypeCharAt(arg, 1);
    const longOption = findLongOptionForShort(firstShort, options);
    return optionsGetOwn(options, longOption, 'type') !== 'string';
  }

  /**
   * Determine if arg is a short string option followed by its value.
   * @example
   * ```
   * isShortOptionAndValue('-a', {}); // returns false
   * isShortOptionAndValue('-ab', {}); // returns false
   * isShortOptionAndValue('-fFILE', {
   *   options: { foo: { short: 'f', type: 'string' }}
   * }) // returns true
   * ```
   * @returns {boolean}
   */
  function isShortOptionAndValue(arg, options) {
    validateObject(options, 'options');

    if (arg.length <= 2) return false;
    if (StringPrototypeCharAt(arg, 0) !== '-') return false;
    if (StringPrototypeCharAt(arg, 1) === '-') return false;

    const shortOption = StringPrototypeCharAt(arg, 1);
    const longOption = findLongOptionForShort(shortOption, options);
    return optionsGetOwn(options, longOption, 'type') === 'string';
  }

  /**
   * Find the long option associated with a short option. Looks for a configured
   * `short` and returns the short option itself if a long option is not found.
   * @example
   * ```
   * findLongOptionForShort('a', {}) // returns 'a'
   * findLongOptionForShort('b', {
   *   options: { bar: { short: 'b' } }
   * }) // returns 'bar'
   * ```
   * @returns {boolean}
   */
  function findLongOptionForShort(shortOption, options) {
    validateObject(options, 'options');
    const longOptionEntry = ArrayPrototypeFind(
      ObjectEntries(options),
      ({ 1: optionConfig }) => objectGetOwn(optionConfig, 'short') === shortOption,
    );
    return longOptionEntry?.[0] ?? shortOption;
  }

  /**
   * Check if the given option includes a default value
   * and that option has not been set by the input args.
   * @param {string} longOption - long option name e.g. 'foo'
   * @param {object} optionConfig - the option configuration properties
   * @param {object} values - option values returned in `values` by parseArgs
   * @returns {boolean}
   */
  function useDefaultValueOption(longOption, optionConfig, values) {
    return objectGetOwn(optionConfig, 'default') !== undefined &&
      values[longOption] === undefined;
  }








  function getMainArgs() {
    // -p / --print internally sets --eval, so this works for all cases
    const evalValue = process._eval;

    if (evalValue != null && evalValue.length !== 0) {
      return ArrayPrototypeSlice(process.argv, 1);
    }

    return ArrayPrototypeSlice(process.argv, 2);
  }

  /**
   * In strict mode, throw for possible usage errors like --foo --bar
   * @param {object} token - from tokens as available from parseArgs
   */
  function checkOptionLikeValue(token) {
    if (!token.inlineValue && isOptionLikeValue(token.value)) {
      // Only show short example if user used short option.
      const example = StringPrototypeStartsWith(token.rawName, '--') ?
        `'${token.rawName}=-XYZ'` :
        `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
      const errorMessage = `Option '${token.rawName}' argument is ambiguous.
  Did you forget to specify the option argument for '${token.rawName}'?
  To specify an option argument starting with a dash use ${example}.`;
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(errorMessage);
    }
  }

  /**
   * In strict mode, throw for usage errors.
   * @param {object} config - from config passed to parseArgs
   * @param {object} token - from tokens as available from parseArgs
   */
  function checkOptionUsage(config, token) {
    let tokenName = token.name;
    if (!ObjectHasOwn(config.options, tokenName)) {
      // Check for negated boolean option.
      if (config.allowNegative && StringPrototypeStartsWith(tokenName, 'no-')) {
        tokenName = StringPrototypeSlice(tokenName, 3);
        if (!ObjectHasOwn(config.options, tokenName) || optionsGetOwn(config.options, tokenName, 'type') !== 'boolean') {
          throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(
            token.rawName, config.allowPositionals);
        }
      } else {
        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(
          token.rawName, config.allowPositionals);
      }
    }

    const short = optionsGetOwn(config.options, tokenName, 'short');
    const shortAndLong = `${short ? `-${short}, ` : ''}--${tokenName}`;
    const type = optionsGetOwn(config.options, tokenName, 'type');
    if (type === 'string' && typeof token.value !== 'string') {
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
    }
    // (Idiomatic test for undefined||null, expecting undefined.)
    if (type === 'boolean' && token.value != null) {
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
    }
  }


  /**
   * Store the option value in `values`.
   * @param {object} token - from tokens as available from parseArgs
   * @param {object} options - option configs, from parseArgs({ options })
   * @param {object} values - option values returned in `values` by parseArgs
   * @param {boolean} allowNegative - allow negative optinons if true
   */
  function storeOption(token, options, values, allowNegative) {
    let longOption = token.name;
    let optionValue = token.value;
    if (longOption === '__proto__') {
      return; // No. Just no.
    }

    if (allowNegative && StringPrototypeStartsWith(longOption, 'no-') && optionValue === undefined) {
      // Boolean option negation: --no-foo
      longOption = StringPrototypeSlice(longOption, 3);
      token.name = longOption;
      optionValue = false;
    }

    // We store based on the option value rather than option type,
    // preserving the users intent for author to deal with.
    const newValue = optionValue ?? true;
    if (optionsGetOwn(options, longOption, 'multiple')) {
      // Always store value in array, including for boolean.
      // values[longOption] starts out not present,
      // first value is added as new array [newValue],
      // subsequent values are pushed to existing array.
      // (note: values has null prototype, so simpler usage)
      if (values[longOption]) {
        ArrayPrototypePush(values[longOption], newValue);
      } else {
        values[longOption] = [newValue];
      }
    } else {
      values[longOption] = newValue;
    }
  }

  /**
   * Store the default option value in `values`.
   * @param {string} longOption - long option name e.g. 'foo'
   * @param {string
   *         | boolean
   *         | string[]
   *         | boolean[]} optionValue - default value from option config
   * @param {object} values - option values returned in `values` by parseArgs
   */
  function storeDefaultOption(longOption, optionValue, values) {
    if (longOption === '__proto__') {
      return; // No. Just no.
    }

    values[longOption] = optionValue;
  }

  /**
   * Process args and turn into identified tokens:
   * - option (along with value, if any)
   * - positional
   * - option-terminator
   * @param {string[]} args - from parseArgs({ args }) or mainArgs
   * @param {object} options - option configs, from parseArgs({ options })
   * @returns {any[]}
   */
  function argsToTokens(args, options) {
    const tokens = [];
    let index = -1;
    let groupCount = 0;

    const remainingArgs = ArrayPrototypeSlice(args);
    while (remainingArgs.length > 0) {
      const arg = ArrayPrototypeShift(remainingArgs);
      const nextArg = remainingArgs[0];
      if (groupCount > 0)
        groupCount--;
      else
        index++;

      // Check if `arg` is an options terminator.
      // Guideline 10 in https://pubs.opengroup.org/onlinepubs/9699919799/basedefs/V1_chap12.html
      if (arg === '--') {
        // Everything after a bare '--' is considered a positional argument.
        ArrayPrototypePush(tokens, { kind: 'option-terminator', index });
        ArrayPrototypePushApply(
          tokens, ArrayPrototypeMap(remainingArgs, (arg) => {
            return { kind: 'positional', index: ++index, value: arg };
          }),
        );
        break; // Finished processing args, leave while loop.
      }

      if (isLoneShortOption(arg)) {
        // e.g. '-f'
        const shortOption = StringPrototypeCharAt(arg, 1);
        const longOption = findLongOptionForShort(shortOption, options);
        let value;
        let inlineValue;
        if (optionsGetOwn(options, longOption, 'type') === 'string' &&
            isOptionValue(nextArg)) {
          // e.g. '-f', 'bar'
          value = ArrayPrototypeShift(remainingArgs);
          inlineValue = false;
        }
        ArrayPrototypePush(
          tokens,
          { kind: 'option', name: longOption, rawName: arg,
            index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }

      if (isShortOptionGroup(arg, options)) {
        // Expand -fXzy to -f -X -z -y
        const expanded = [];
        for (let index = 1; index < arg.length; index++) {
          const shortOption = StringPrototypeCharAt(arg, index);
          const longOption = findLongOptionForShort(shortOption, options);
          if (optionsGetOwn(options, longOption, 'type') !== 'string' ||
            index === arg.length - 1) {
            // Boolean option, or last short in group. Well formed.
            ArrayPrototypePush(expanded, `-${shortOption}`);
          } else {
            // String option in middle. Yuck.
            // Expand -abfFILE to -a -b -fFILE
            ArrayPrototypePush(expanded, `-${StringPrototypeSlice(arg, index)}`);
            break; // finished short group
          }
        }
        ArrayPrototypeUnshiftApply(remainingArgs, expanded);
        groupCount = expanded.length;
        continue;
      }

      if (isShortOptionAndValue(arg, options)) {
        // e.g. -fFILE
        const shortOption = StringPrototypeCharAt(arg, 1);
        const longOption = findLongOptionForShort(shortOption, options);
        const value = StringPrototypeSlice(arg, 2);
        ArrayPrototypePush(
          tokens,
          { kind: 'option', name: longOption, rawName: `-${shortOption}`,
            index, value, inlineValue: true });
        continue;
      }

      if (isLoneLongOption(arg)) {
        // e.g. '--foo'
        const longOption = StringPrototypeSlice(arg, 2);
        let value;
        let inlineValue;
        if (optionsGetOwn(options, longOption, 'type') === 'string' &&
            isOptionValue(nextArg)) {
          // e.g. '--foo', 'bar'
          value = ArrayPrototypeShift(remainingArgs);
          inlineValue = false;
        }
        ArrayPrototypePush(
          tokens,
          { kind: 'option', name: longOption, rawName: arg,
            index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }

      if (isLongOptionAndValue(arg)) {
        // e.g. --foo=bar
        const equalIndex = StringPrototypeIndexOf(arg, '=');
        const longOption = StringPrototypeSlice(arg, 2, equalIndex);
        const value = StringPrototypeSlice(arg, equalIndex + 1);
        ArrayPrototypePush(
          tokens,
          { kind: 'option', name: longOption, rawName: `--${longOption}`,
            index, value, inlineValue: true });
        continue;
      }

      ArrayPrototypePush(tokens, { kind: 'positional', index, value: arg });
    }
    return tokens;
  }

  const parseArgs = (config = kEmptyObject) => {
    const args = objectGetOwn(config, 'args') ?? getMainArgs();
    const strict = objectGetOwn(config, 'strict') ?? true;
    const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
    const returnTokens = objectGetOwn(config, 'tokens') ?? false;
    const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
    const options = objectGetOwn(config, 'options') ?? { __proto__: null };
    // Bundle these up for passing to strict-mode checks.
    const parseConfig = { args, strict, options, allowPositionals, allowNegative };

    // Validate input configuration.
    validateArray(args, 'args');
    validateBoolean(strict, 'strict');
    validateBoolean(allowPositionals, 'allowPositionals');
    validateBoolean(returnTokens, 'tokens');
    validateBoolean(allowNegative, 'allowNegative');
    validateObject(options, 'options');
    ArrayPrototypeForEach(
      ObjectEntries(options),
      ({ 0: longOption, 1: optionConfig }) => {
        validateObject(optionConfig, `options.${longOption}`);

        // type is required
        const optionType = objectGetOwn(optionConfig, 'type');
        validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);

        if (ObjectHasOwn(optionConfig, 'short')) {
          const shortOption = optionConfig.short;
          validateString(shortOption, `options.${longOption}.short`);
          if (shortOption.length !== 1) {
            throw new ERR_INVALID_ARG_VALUE(
              `options.${longOption}.short`,
              shortOption,
              'must be a single character',
            );
          }
        }

        const multipleOption = objectGetOwn(optionConfig, 'multiple');
        if (ObjectHasOwn(optionConfig, 'multiple')) {
          validateBoolean(multipleOption, `options.${longOption}.multiple`);
        }

        const defaultValue = objectGetOwn(optionConfig, 'default');
        if (defaultValue !== undefined) {
          let validator;
          switch (optionType) {
            case 'string':
              validator = multipleOption ? validateStringArray : validateString;
              break;

            case 'boolean':
              validator = multipleOption ? validateBooleanArray : validateBoolean;
              break;
          }
          validator(defaultValue, `options.${longOption}.default`);
        }
      },
    );

    // Phase 1: identify tokens
    const tokens = argsToTokens(args, options);

    // Phase 2: process tokens into parsed option values and positionals
    const result = {
      values: { __proto__: null },
      positionals: [],
    };
    if (returnTokens) {
      result.tokens = tokens;
    }
    ArrayPrototypeForEach(tokens, (token) => {
      if (token.kind === 'option') {
        if (strict) {
          checkOptionUsage(parseConfig, token);
          checkOptionLikeValue(token);
        }
        storeOption(token, options, result.values, parseConfig.allowNegative);
      } else if (token.kind === 'positional') {
        if (!allowPositionals) {
          throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
        }
        ArrayPrototypePush(result.positionals, token.value);
      }
    });

    // Phase 3: fill in default values for missing args
    ArrayPrototypeForEach(ObjectEntries(options), ({ 0: longOption,
                                                     1: optionConfig }) => {
      const mustSetDefault = useDefaultValueOption(longOption,
                                                   optionConfig,
                                                   result.values);
      if (mustSetDefault) {
        storeDefaultOption(longOption,
                           objectGetOwn(optionConfig, 'default'),
                           result.values);
      }
    });


    return result;
  };


  parseArgsImpl = parseArgs;
  return parseArgs;
}

// Lazily resolved exports (Node: defineLazyProperties): an enumerable accessor that
// replaces itself with the value on first read.
function defineLazyProperties(target, load, keys) {
  for (const key of keys) {
    let value;
    let loaded = false;
    ObjectDefineProperty(target, key, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        if (!loaded) {
          value = load(key);
          loaded = true;
        }
        return value;
      },
      set(v) {
        value = v;
        loaded = true;
      },
    });
  }
}

function fromModule(ids) {
  return (key) => {
    for (const id of ids) {
      const mod = tryRequire(id);
      if (mod != null && mod[key] !== undefined) return mod[key];
    }
    return globalThis[key];
  };
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: internalDeprecate(_extend,
                             'The `util._extend` API is deprecated. Please use Object.assign() instead.',
                             'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: internalDeprecate(ArrayIsArray,
                             'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
                             'DEP0044'),
  isDeepStrictEqual(a, b, skipPrototype) {
    return comparisons.isDeepStrictEqual(a, b, skipPrototype);
  },
  markPromiseAsHandled,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  get transferableAbortSignal() {
    return transferableAbortSignal;
  },
  get transferableAbortController() {
    return transferableAbortController;
  },
  get aborted() {
    return aborted;
  },
  types,
  parseEnv,
};

defineLazyProperties(module.exports, () => loadParseArgs(), ['parseArgs']);
defineLazyProperties(module.exports, fromModule(['internal/encoding']), ['TextDecoder', 'TextEncoder']);
defineLazyProperties(module.exports, fromModule(['internal/mime']), ['MIMEType', 'MIMEParams']);
defineLazyProperties(module.exports, fromModule(['internal/util/diff']), ['diff']);

ObjectDefineProperties(module.exports, {
  debounce: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return tryRequire('internal/util/debounce'); },
  },
  throttle: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return tryRequire('internal/util/throttle'); },
  },
});

defineLazyProperties(module.exports, () => setTraceSigInt, ['setTraceSigInt']);

// Internal helpers for other builtins (node:assert, node:buffer, console, ...). They
// hang off the per-runtime internalBinding('util') object, which user code cannot reach:
//   require('util'); const { inspect, ... } = internalBinding('util').internals;
binding.internals = ObjectFreeze({
  __proto__: null,
  inspect,
  inspectDefaultOptions,
  stylizeWithColor,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  isZeroWidthCodePoint,
  identicalSequenceRange,
  isError,
  removeColors,
  shouldColorize,
  previewEntries,
  getOwnNonIndexProperties,
  getProxyDetails,
  getPromiseDetails,
  customInspectSymbol,
  kCustomPromisifiedSymbol,
  kCustomPromisifyArgsSymbol,
  comparisons,
  internalDeprecate,
  parseDotenv,
});
