const a = require('./fixtures/a');
console.log(a.name, a.fromB);
const again = require('./fixtures/a.js');
console.log(a === again);
console.log(require('./fixtures/data.json').answer);
console.log(require('./fixtures/dir').index);
console.log(require('./fixtures/pkgmain').main);
console.log(require('dep').dep, require('dep/sub').sub);
console.log(require('cond').which);
console.log(require('node:path') === require('path'));
console.log(typeof require.resolve, require.resolve('./fixtures/a').endsWith('fixtures/a.js'));
console.log(require.resolve('path'), require.resolve('node:events'));
console.log(require.main === module, module.id, typeof module.exports);
console.log(__filename.endsWith('require_basics.js'), __dirname === process.cwd());
console.log(Object.keys(require.cache).some((k) => k.endsWith('fixtures/a.js')));
delete require.cache[require.resolve('./fixtures/a')];
console.log(require('./fixtures/a') !== a);
try { require('./fixtures/missing'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require('no-such-package-anywhere'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require('node:no-such-builtin'); } catch (e) { console.log(e.code); }
try { require(42); } catch (e) { console.log(e.name, e.code); }
try { require(''); } catch (e) { console.log(e.name, e.code); }
try { require('dep/private'); } catch (e) { console.log(e.code); }
try { require('./fixtures/throws'); } catch (e) { console.log('throws:', e.message); }
console.log(Object.keys(require.cache).some((k) => k.endsWith('throws.js')));
