// A .ts file without ESM syntax runs as CommonJS (require, module, __filename exist).
const legacy: { answer: number } = require('./fixtures/legacy.cts');
interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
console.log(typeof require, typeof module, __filename.endsWith('commonjs.ts'), legacy.answer, p.x + p.y);
