// import fs, { readFileSync } from 'node:fs' — default and named imports of a builtin
// are the same functions; subpath builtins work too.
import fs, { readFileSync, existsSync } from 'node:fs';
import * as fsNs from 'fs';
import { readFile } from 'node:fs/promises';
console.log(typeof fs.readFileSync, fs.readFileSync === readFileSync, fsNs.readFileSync === readFileSync);
console.log(fsNs.default === fs, typeof readFile, typeof existsSync, Object.keys(fsNs).includes('default'));
