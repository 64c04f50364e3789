// import.meta: url, filename, dirname, main, resolve.
const here = import.meta.dirname;
console.log(Object.keys(import.meta).join(','));
console.log(Object.getPrototypeOf(import.meta) === null);
console.log(import.meta.url === 'file://' + import.meta.filename);
console.log(import.meta.filename === here + '/import_meta.mjs');
console.log(import.meta.url.endsWith('/esm/import_meta.mjs'));
console.log(import.meta.main);
console.log(import.meta.resolve('./fixtures/counter.mjs') === 'file://' + here + '/fixtures/counter.mjs');
console.log(import.meta.resolve('./fixtures/not-there.mjs') === 'file://' + here + '/fixtures/not-there.mjs');
console.log(import.meta.resolve('node:path'), import.meta.resolve('path'));
console.log(import.meta.resolve('pkg-exports').slice(here.length + 7));
try {
  import.meta.resolve('no-such-package');
} catch (e) {
  console.log(e.code);
}
const meta = await import('./fixtures/meta_child.mjs');
console.log(meta.main, meta.isChildFile);
