'use strict';
// Blob and File (node:buffer), and the blob: URL registry behind URL.createObjectURL /
// URL.revokeObjectURL / buffer.resolveObjectURL. A Blob keeps its bytes in one private
// Uint8Array (Node keeps a C++ handle; the observable API is the same). stream() and
// textStream() need web streams (require('stream/web')).

const {
  lazyCodes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');

const MathMax = Math.max;
const MathMin = Math.min;
const MathTrunc = Math.trunc;
const ObjectDefineProperties = Object.defineProperties;
const PromiseReject = (e) => Promise.reject(e);
const SymbolIterator = Symbol.iterator;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const disallowedTypeCharacters = /[^\u{0020}-\u{007E}]/u;

let bufferBinding;
function lazyBinding() {
  if (bufferBinding === undefined) bufferBinding = internalBinding('buffer');
  return bufferBinding;
}

function isAnyArrayBuffer(v) {
  return lazyBinding().isAnyArrayBuffer(v);
}

// utf8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does).
function encodeUtf8(s) {
  return new Uint8Array(lazyBinding().fromString(s, 1 /* utf8 */));
}

let lazyUtilInspect;
function inspect(v, opts) {
  if (lazyUtilInspect === undefined) lazyUtilInspect = require('util').inspect;
  return lazyUtilInspect(v, opts);
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

// A BlobPart's bytes, copied.
function getSource(source, endings) {
  if (isBlob(source)) return bytesOf(source);
  if (isAnyArrayBuffer(source)) return new Uint8Array(source.slice(0));
  if (ArrayBuffer.isView(source)) {
    const { buffer, byteOffset, byteLength } = source;
    return new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength));
  }
  source = `${source}`;
  if (endings === 'native') source = source.replace(/\n|\r\n/g, '\n');
  return encodeUtf8(source);
}

const kCreate = Symbol('kCreate');

class Blob {
  #bytes;
  #type;

  /**
   * @param {Iterable<string | ArrayBuffer | ArrayBufferView | Blob>} [sources]
   * @param {{ type?: string, endings?: string }} [options]
   */
  constructor(sources = [], options) {
    if (sources === kCreate) {
      this.#bytes = options.bytes;
      this.#type = options.type;
      return;
    }
    if (sources === null ||
        typeof sources[SymbolIterator] !== 'function' ||
        typeof sources === 'string') {
      const err = new TypeError('Value cannot be converted to sequence.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    validateDictionary(options, 'options');
    let {
      type = '',
      endings = 'transparent',
    } = options ?? kEmptyObject;

    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native')
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);

    let length = 0;
    const parts = [];
    for (const source of sources) {
      const bytes = getSource(source, endings);
      length += bytes.length;
      parts.push(bytes);
    }
    if (length > 0xFFFFFFFF) throw new ERR_BUFFER_TOO_LARGE(0xFFFFFFFF);
    let bytes;
    if (parts.length === 1) {
      bytes = parts[0];
    } else {
      bytes = new Uint8Array(length);
      let pos = 0;
      for (let i = 0; i < parts.length; i++) {
        bytes.set(parts[i], pos);
        pos += parts[i].length;
      }
    }
    this.#bytes = bytes;
    this.#type = normalizeType(type);
  }

  static isBlob(v) {
    return v !== null && typeof v === 'object' && #bytes in v;
  }

  static bytesOf(blob) {
    return blob.#bytes;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0)
      return this;

    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };

    return `Blob ${inspect({
      size: this.size,
      type: this.type,
    }, opts)}`;
  }

  /**
   * @type {string}
   */
  get type() {
    if (!isBlob(this))
      throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  /**
   * @type {number}
   */
  get size() {
    if (!isBlob(this))
      throw new ERR_INVALID_THIS('Blob');
    return this.#bytes.length;
  }

  /**
   * @param {number} [start]
   * @param {number} [end]
   * @param {string} [contentType]
   * @returns {Blob}
   */
  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this))
      throw new ERR_INVALID_THIS('Blob');
    const length = this.#bytes.length;
    if (end === undefined) end = length;
    if (start < 0) {
      start = MathMax(length + start, 0);
    } else {
      start = MathMin(start, length);
    }

    if (end < 0) {
      end = MathMax(length + end, 0);
    } else {
      end = MathMin(end, length);
    }

    contentType = normalizeType(contentType);

    const span = MathTrunc(MathMax(end - start, 0)) || 0;
    start = MathTrunc(start) || 0;
    return new Blob(kCreate, { bytes: this.#bytes.slice(start, start + span), type: contentType });
  }

  /**
   * @returns {Promise<ArrayBuffer>}
   */
  arrayBuffer() {
    if (!isBlob(this))
      return PromiseReject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    return Promise.resolve().then(() => bytes.slice().buffer);
  }

  /**
   * @returns {Promise<string>}
   */
  async text() {
    if (!isBlob(this))
      throw new ERR_INVALID_THIS('Blob');
    const buffer = await this.arrayBuffer();
    let s = lazyBinding().slice(new Uint8Array(buffer), 0, buffer.byteLength, 1 /* utf8 */);
    if (s.charCodeAt(0) === 0xFEFF) s = s.slice(1);
    return s;
  }

  /**
   * @returns {Promise<Uint8Array>}
   */
  bytes() {
    if (!isBlob(this))
      return PromiseReject(new ERR_INVALID_THIS('Blob'));
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  /**
   * @returns {ReadableStream}
   */
  stream() {
    if (!isBlob(this))
      throw new ERR_INVALID_THIS('Blob');
    const { ReadableStream } = require('stream/web');
    const bytes = this.#bytes;
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }

  /**
   * @returns {ReadableStream}
   */
  textStream() {
    if (!isBlob(this))
      throw new ERR_INVALID_THIS('Blob');
    const { TextDecoderStream } = require('stream/web');
    return this.stream().pipeThrough(new TextDecoderStream());
  }
}

const isBlob = Blob.isBlob;
delete Blob.isBlob;
const bytesOf = Blob.bytesOf;
delete Blob.bytesOf;

const kEnumerableProperty = { __proto__: null, enumerable: true };
ObjectDefineProperties(Blob.prototype, {
  size: kEnumerableProperty,
  type: kEnumerableProperty,
  slice: kEnumerableProperty,
  stream: kEnumerableProperty,
  text: kEnumerableProperty,
  arrayBuffer: kEnumerableProperty,
  bytes: kEnumerableProperty,
  textStream: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'Blob',
  },
});

function toUSVString(s) {
  s = `${s}`;
  // Replace lone surrogates with U+FFFD.
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

class File extends Blob {
  /** @type {string} */
  #name;

  /** @type {number} */
  #lastModified;

  constructor(fileBits, fileName, options = kEmptyObject) {
    if (arguments.length < 2) {
      throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    }

    super(fileBits, options);

    let { lastModified } = options ?? kEmptyObject;

    if (lastModified !== undefined) {
      // Using Number(...) will not throw an error for bigints.
      lastModified = +lastModified;

      if (Number.isNaN(lastModified)) {
        lastModified = 0;
      }
    } else {
      lastModified = Date.now();
    }

    this.#name = toUSVString(fileName);
    this.#lastModified = lastModified;
  }

  get name() {
    if (this == null || typeof this !== 'object' || !(#name in this))
      throw new ERR_INVALID_THIS('File');

    return this.#name;
  }

  get lastModified() {
    if (this == null || typeof this !== 'object' || !(#name in this))
      throw new ERR_INVALID_THIS('File');

    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) {
      return this;
    }

    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };

    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

ObjectDefineProperties(File.prototype, {
  name: kEnumerableProperty,
  lastModified: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'File',
  },
});

// ---- blob: URLs ----------------------------------------------------------------

const objectURLs = new Map(); // id -> { bytes, type }

function randomUUID() {
  const hex = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      s += '-';
    } else if (i === 14) {
      s += '4';
    } else if (i === 19) {
      s += hex[8 + ((Math.random() * 4) | 0)];
    } else {
      s += hex[(Math.random() * 16) | 0];
    }
  }
  return s;
}

function createObjectURL(obj) {
  if (!isBlob(obj))
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = randomUUID();
  objectURLs.set(id, { bytes: bytesOf(obj), type: obj.type });
  return `blob:nodedata:${id}`;
}

function idOf(url) {
  // blob:nodedata:<id>, possibly with a fragment or query (ignored).
  url = `${url}`;
  if (!url.startsWith('blob:')) return undefined;
  let path = url.slice(5);
  const hash = path.indexOf('#');
  if (hash !== -1) path = path.slice(0, hash);
  const query = path.indexOf('?');
  if (query !== -1) path = path.slice(0, query);
  const split = path.split(':');
  if (split.length !== 2 || split[0] !== 'nodedata') return undefined;
  return split[1];
}

function revokeObjectURL(url) {
  const id = idOf(url);
  if (id !== undefined) objectURLs.delete(id);
}

function resolveObjectURL(url) {
  const id = idOf(url);
  if (id === undefined) return undefined;
  const entry = objectURLs.get(id);
  if (entry === undefined) return undefined;
  return new Blob(kCreate, { bytes: entry.bytes, type: entry.type });
}

module.exports = {
  Blob,
  File,
  isBlob,
  createObjectURL,
  revokeObjectURL,
  resolveObjectURL,
};
