#!/usr/bin/env node
// A hashbang line is allowed at the top of an ES module.
const here = new URL(import.meta.url).pathname.split("/").pop();
console.log("module with hashbang", here, await Promise.resolve(42));
