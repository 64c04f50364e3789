// Errors as Node reports them: ERR_MODULE_NOT_FOUND (with the importing file),
// ERR_UNSUPPORTED_DIR_IMPORT, package errors, SyntaxError for a missing export and for
// bad syntax, and module evaluation errors (cached: importing again rethrows).
const dir = import.meta.dirname;
const clean = (s) => s.split(dir).join('<dir>');
async function attempt(spec) {
  try {
    await import(spec);
    console.log(spec, 'loaded');
  } catch (e) {
    console.log(spec, '->', e.name, e.code, clean(e.message));
  }
}
await attempt('./fixtures/not-there.mjs');
await attempt('./fixtures/counter');
await attempt('./fixtures/a_directory');
await attempt('./fixtures/imports_missing.mjs');
await attempt('no-such-package');
await attempt('pkg-exports/not-exported');
await attempt('pkg-exports/private/x.mjs');
await attempt('node:no-such-builtin');
await attempt('#no-such-import');
await attempt('./fixtures/missing_export.mjs');
await attempt('./fixtures/missing_cjs_export.mjs');
await attempt('./fixtures/ambiguous_a.mjs');
await attempt('./fixtures/syntax_error.mjs');
await attempt('./fixtures/imports_throws.mjs');
let first;
try { await import('./fixtures/throws.mjs'); } catch (e) { first = e; }
try { await import('./fixtures/throws.mjs'); } catch (e) { console.log('same error object:', e === first); }
