'use strict';
// fs.opendir / opendirSync / fsPromises.opendir and Dir.
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join('/tmp', 'gonode-fs-dir-'));
process.chdir(tmp);
for (const n of ['b.txt', 'a.txt', 'c.txt']) fs.writeFileSync(n, n);
fs.mkdirSync('sub/deep', { recursive: true });
fs.writeFileSync('sub/deep/x.txt', 'x');

(async () => {
  const d = fs.opendirSync('.');
  console.log(d.constructor.name, d.path);
  const names = [];
  let e;
  while ((e = d.readSync()) !== null) names.push(`${e.name}:${e.isDirectory()}:${e.parentPath}`);
  console.log(names.sort());
  d.closeSync();
  try {
    d.closeSync();
  } catch (err) {
    console.log(err.code, err.message);
  }

  const d2 = await fs.promises.opendir('sub');
  const all = [];
  const it = d2[Symbol.asyncIterator]();
  for (;;) {
    const { value, done } = await it.next();
    if (done) break;
    all.push(value.name);
  }
  console.log('async iterated', all);
  try {
    await d2.close();
  } catch (err) {
    console.log('already closed by iterator', err.code);
  }

  fs.opendir('.', { recursive: true }, (err, d3) => {
    const found = [];
    const next = () => d3.read((err, ent) => {
      if (ent === null) {
        console.log('recursive', found.sort());
        d3.close((err) => {
          console.log('closed', err);
          try {
            fs.opendirSync('missing');
          } catch (err) {
            console.log(err.message, err.code, err.syscall);
          }
          try {
            fs.opendirSync('a.txt');
          } catch (err) {
            console.log(err.message, err.code);
          }
          process.chdir('/');
          fs.rmSync(tmp, { recursive: true });
          console.log('cleaned', fs.existsSync(tmp));
        });
        return;
      }
      found.push(path.join(path.relative('.', ent.parentPath), ent.name));
      next();
    });
    next();
  });
})();
