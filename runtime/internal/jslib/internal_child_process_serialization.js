'use strict';

// Node.js v26 lib/internal/child_process/serialization.js for gonode (MIT license,
// Copyright Node.js contributors and Joyent, Inc.): how IPC messages are framed on a
// channel (child_process_ipc.go). Both modes are Node's wire formats byte for byte, so
// gonode and node processes can talk to each other:
// - 'json': newline-delimited JSON;
// - 'advanced': V8-serialized values (v8.js) prefixed with their length as a big-endian
//   uint32. Node serializes with internalBinding('ipc_serdes'); this is the
//   ChildProcessSerializer of earlier Node versions, which writes the same bytes (a uint32
//   tag before each host object: 0 for an ArrayBufferView, 1 for any other).

const {
  ArrayBufferIsView,
  ArrayPrototypePush,
  JSONParse,
  JSONStringify,
  StringPrototypeSplit,
  TypedArrayPrototypeSubarray,
} = require('internal/streams/primordials');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');

const kMessageBuffer = Symbol('kMessageBuffer');
const kMessageBufferSize = Symbol('kMessageBufferSize');
const kJSONBuffer = Symbol('kJSONBuffer');
const kStringDecoder = Symbol('kStringDecoder');

const kArrayBufferViewTag = 0;
const kNotArrayBufferViewTag = 1;

let serdes;
function getSerdes() {
  if (serdes !== undefined) return serdes;
  const v8 = require('v8');

  class ChildProcessSerializer extends v8.DefaultSerializer {
    _writeHostObject(object) {
      if (ArrayBufferIsView(object)) {
        this.writeUint32(kArrayBufferViewTag);
        return super._writeHostObject(object);
      }
      this.writeUint32(kNotArrayBufferViewTag);
      this.writeValue({ ...object });
    }
  }

  class ChildProcessDeserializer extends v8.DefaultDeserializer {
    _readHostObject() {
      const tag = this.readUint32();
      if (tag === kArrayBufferViewTag)
        return super._readHostObject();
      return this.readValue();
    }
  }

  serdes = {
    serialize(value) {
      const ser = new ChildProcessSerializer();
      ser.writeHeader();
      ser.writeValue(value);
      return ser.releaseBuffer();
    },
    deserialize(buffer) {
      const des = new ChildProcessDeserializer(buffer);
      des.readHeader();
      return des.readValue();
    },
  };
  return serdes;
}

// Messages are parsed in either of the following formats:
// - Newline-delimited JSON, or
// - V8-serialized buffers, prefixed with their length as a big endian uint32
//   (aka 'advanced')
const advanced = {
  initMessageChannel(channel) {
    channel[kMessageBuffer] = [];
    channel[kMessageBufferSize] = 0;
    channel.buffering = false;
  },

  *parseChannelMessages(channel, readData) {
    if (readData.length === 0) return;

    if (channel[kMessageBufferSize] && channel[kMessageBuffer][0].length < 4) {
      // Message length split into two buffers, so let's concatenate it.
      channel[kMessageBuffer][0] = Buffer.concat([channel[kMessageBuffer][0], readData]);
    } else {
      ArrayPrototypePush(channel[kMessageBuffer], readData);
    }
    channel[kMessageBufferSize] += readData.length;

    // Index 0 should always be present because we just pushed data into it.
    let messageBufferHead = channel[kMessageBuffer][0];
    while (messageBufferHead.length >= 4) {
      // We call `readUInt32BE` manually here, because this is faster than first converting
      // it to a buffer and using `readUInt32BE` on that.
      const fullMessageSize = ((
        messageBufferHead[0] << 24 |
        messageBufferHead[1] << 16 |
        messageBufferHead[2] << 8 |
        messageBufferHead[3]
      ) >>> 0) + 4;

      if (channel[kMessageBufferSize] < fullMessageSize) break;

      const concatenatedBuffer = channel[kMessageBuffer].length === 1 ?
        channel[kMessageBuffer][0] :
        Buffer.concat(
          channel[kMessageBuffer],
          channel[kMessageBufferSize],
        );

      const serializedMessage =
        TypedArrayPrototypeSubarray(concatenatedBuffer, 4, fullMessageSize);

      messageBufferHead = TypedArrayPrototypeSubarray(concatenatedBuffer, fullMessageSize);
      channel[kMessageBufferSize] = messageBufferHead.length;
      channel[kMessageBuffer] =
        channel[kMessageBufferSize] !== 0 ? [messageBufferHead] : [];

      yield getSerdes().deserialize(serializedMessage);
    }

    channel.buffering = channel[kMessageBufferSize] > 0;
  },

  // gonode: returns 0 or a negative errno, and sets req.async when the write was queued
  // (Node: streamBaseState[kLastWriteWasAsync]).
  writeChannelMessage(channel, req, message, handle) {
    const serializedMessage = getSerdes().serialize(message);
    const sizeBuffer = Buffer.allocUnsafe(4);
    sizeBuffer.writeUInt32BE(serializedMessage.length);
    return channel.writeBuffer(req, Buffer.concat([sizeBuffer, serializedMessage]), handle);
  },
};

const json = {
  initMessageChannel(channel) {
    channel[kJSONBuffer] = '';
    channel[kStringDecoder] = undefined;
  },

  *parseChannelMessages(channel, readData) {
    if (readData.length === 0) return;

    if (channel[kStringDecoder] === undefined)
      channel[kStringDecoder] = new StringDecoder('utf8');
    const chunks =
      StringPrototypeSplit(channel[kStringDecoder].write(readData), '\n');
    const numCompleteChunks = chunks.length - 1;
    // Last line does not have trailing linebreak
    const incompleteChunk = chunks[numCompleteChunks];
    if (numCompleteChunks === 0) {
      channel[kJSONBuffer] += incompleteChunk;
    } else {
      chunks[0] = channel[kJSONBuffer] + chunks[0];
      for (let i = 0; i < numCompleteChunks; i++)
        yield JSONParse(chunks[i]);
      channel[kJSONBuffer] = incompleteChunk;
    }
    channel.buffering = channel[kJSONBuffer].length !== 0;
  },

  // gonode: as advanced.writeChannelMessage.
  writeChannelMessage(channel, req, message, handle) {
    const string = JSONStringify(message) + '\n';
    return channel.writeUtf8String(req, string, handle);
  },
};

module.exports = { advanced, json };
