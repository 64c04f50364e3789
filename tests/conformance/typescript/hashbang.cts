#!/usr/bin/env node
// A hashbang line is allowed at the top of a CommonJS TypeScript file.
const m: string = typeof module;
console.log("cts with hashbang", m, typeof require);
