'use strict';

// Ported from Node.js v26 lib/stream/consumers.js for gonode (MIT license, Copyright
// Node.js contributors): `for await` loops run through internal/streams/shim's forAwait.

const { forAwait, getStringDecoder } = require('internal/streams/shim');
const { Buffer } = require('buffer');

let TextDecoder;
function lazyTextDecoder() {
  if (TextDecoder === undefined) {
    try {
      TextDecoder = require('internal/encoding').TextDecoder;
    } catch {
      TextDecoder = null;
    }
  }
  return TextDecoder;
}

/**
 * @param {AsyncIterable|ReadableStream|Readable} stream
 * @returns {Promise<Blob>}
 */
async function blob(stream) {
  const chunks = [];
  await forAwait(stream, (chunk) => {
    chunks.push(chunk);
  });
  return new (require('buffer').Blob)(chunks);
}

/**
 * @param {AsyncIterable|ReadableStream|Readable} stream
 * @returns {Promise<ArrayBuffer>}
 */
async function arrayBuffer(stream) {
  const ret = await blob(stream);
  return ret.arrayBuffer();
}

/**
 * @param {AsyncIterable|ReadableStream|Readable} stream
 * @returns {Promise<Buffer>}
 */
async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

/**
 * @param {AsyncIterable|ReadableStream|Readable} stream
 * @returns {Promise<Uint8Array>}
 */
async function bytes(stream) {
  return new Uint8Array(await arrayBuffer(stream));
}

/**
 * @param {AsyncIterable|ReadableStream|Readable} stream
 * @returns {Promise<string>}
 */
async function text(stream) {
  const TD = lazyTextDecoder();
  const dec = TD ? new TD() : new (getStringDecoder())('utf8');
  const decode = TD ? (chunk) => dec.decode(chunk, { stream: true }) : (chunk) => dec.write(chunk);
  let str = '';
  await forAwait(stream, (chunk) => {
    if (typeof chunk === 'string')
      str += chunk;
    else
      str += decode(chunk);
  });
  // Flush the streaming decoder so that any pending
  // incomplete multibyte characters are handled.
  str += TD ? dec.decode(undefined, { stream: false }) : dec.end();
  return str;
}

/**
 * @param {AsyncIterable|ReadableStream|Readable} stream
 * @returns {Promise<any>}
 */
async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  bytes,
  text,
  json,
};
