#!/usr/bin/env node
// A hashbang line is allowed at the top of a CommonJS script.
console.log("cjs with hashbang", typeof require, __filename.endsWith("hashbang.cjs"));
