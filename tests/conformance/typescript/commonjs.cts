// .cts is always CommonJS.
const legacy = require('./fixtures/legacy.cts') as { answer: number; kind: string };
console.log(legacy.answer, legacy.kind, typeof module);
import('./fixtures/util.ts').then((m: { version: string }) => console.log('import() from .cts:', m.version));
