'use strict';
// Buffers as util.inspect / console.log print them (Buffer's own inspect.custom),
// including long buffers, extra properties, nesting and the underlying ArrayBuffer.
const { Buffer } = require('buffer');
const util = require('util');

console.log(Buffer.from('hi'), Buffer.alloc(0), Buffer.from([0, 1, 127, 128, 255]));
console.log([Buffer.from('a')], { buf: Buffer.from('xyz') });
console.log(Buffer.alloc(60));
console.log(Buffer.alloc(51, 1));
console.log(util.inspect(Buffer.from('abcdef'), { maxArrayLength: 2 }));
const withProp = Buffer.from('p');
withProp.extra = 'yes';
console.log(withProp);
console.log(util.inspect(Buffer.from('abc'), { showHidden: true }).split('\n')[0]);
console.log(Buffer.from('buffer').buffer instanceof ArrayBuffer);
console.log(util.format('%s', Buffer.from('fmt')), util.format('%o', Buffer.from('o')));
console.log(util.types.isUint8Array(Buffer.alloc(1)), util.types.isTypedArray(Buffer.alloc(1)));
console.log(new Uint8Array(Buffer.from('ab')));
console.table([Buffer.from('t')]);
