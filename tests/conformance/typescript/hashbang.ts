#!/usr/bin/env node
// A hashbang line is allowed at the top of a TypeScript file.
const n: number = 7;
console.log("typescript with hashbang", n * 6);
