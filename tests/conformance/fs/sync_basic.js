'use strict';
// Synchronous fs API in a temp directory (cwd changed to it; only relative paths printed).
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join('/tmp', 'gonode-fs-sync-'));
process.chdir(tmp);
try {
  fs.writeFileSync('a.txt', 'hello');
  console.log(fs.readFileSync('a.txt', 'utf8'), fs.readFileSync('a.txt').toString('hex'));
  console.log(fs.readFileSync('a.txt', { encoding: 'base64' }), fs.readFileSync('a.txt', 'latin1'));
  fs.appendFileSync('a.txt', ' world');
  fs.writeFileSync('a.txt', '!', { flag: 'a' });
  console.log(JSON.stringify(fs.readFileSync('a.txt', 'utf8')));
  fs.writeFileSync('bin.dat', Buffer.from([0, 1, 2, 255]));
  console.log(fs.readFileSync('bin.dat'));
  fs.writeFileSync('u16.txt', 'hé', 'utf16le');
  console.log(fs.readFileSync('u16.txt').length, fs.readFileSync('u16.txt', 'utf16le'));
  fs.writeFileSync('arr.txt', new Uint8Array([104, 105]));
  console.log(fs.readFileSync('arr.txt', 'utf8'));
  console.log(fs.existsSync('a.txt'), fs.existsSync('missing'), fs.existsSync(''));

  // stat
  const st = fs.statSync('a.txt');
  console.log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, st.nlink);
  console.log(typeof st.dev, typeof st.ino, typeof st.mode, typeof st.uid, typeof st.blksize, typeof st.blocks);
  console.log(st.mtime instanceof Date, typeof st.mtimeMs, st.atime instanceof Date, st.birthtime instanceof Date);
  console.log(Object.keys(st));
  console.log(st.constructor.name, st instanceof fs.Stats);
  fs.chmodSync('a.txt', 0o640);
  console.log((fs.statSync('a.txt').mode & 0o777).toString(8));
  fs.utimesSync('a.txt', 1000, new Date(2000000));
  const st2 = fs.statSync('a.txt');
  console.log(st2.atimeMs, st2.mtimeMs, st2.mtime.toISOString());
  const big = fs.statSync('a.txt', { bigint: true });
  console.log(typeof big.size, big.size, big.mtimeMs, big.mtimeNs, big.isFile());
  console.log(fs.statSync('missing', { throwIfNoEntry: false }));
  console.log(fs.lstatSync('missing', { throwIfNoEntry: false }));

  // directories
  console.log(fs.mkdirSync('d1'));
  console.log(fs.mkdirSync('d2/x/y', { recursive: true }));
  console.log(fs.mkdirSync('d2/x/y', { recursive: true }));
  console.log(fs.mkdirSync('./d2/z/', { recursive: true }));
  fs.writeFileSync('d2/x/f.txt', '1');
  console.log(fs.readdirSync('.'));
  console.log(fs.readdirSync('d2', { recursive: true }).sort());
  const ents = fs.readdirSync('d2/x', { withFileTypes: true });
  for (const e of ents) {
    console.log(e.name, e.parentPath, e.isFile(), e.isDirectory(), e.isSymbolicLink(), e.constructor.name);
  }
  console.log(fs.readdirSync('d2', { withFileTypes: true, recursive: true }).map((e) => `${e.parentPath}/${e.name}`).sort());
  console.log(fs.readdirSync('.', { encoding: 'buffer' })[0]);
  console.log(fs.statSync('d1').isDirectory());
  fs.rmdirSync('d1');
  console.log(fs.existsSync('d1'));

  // rename, copy, unlink, truncate
  fs.renameSync('arr.txt', 'renamed.txt');
  console.log(fs.existsSync('arr.txt'), fs.readFileSync('renamed.txt', 'utf8'));
  fs.copyFileSync('renamed.txt', 'copy.txt');
  console.log(fs.readFileSync('copy.txt', 'utf8'));
  fs.truncateSync('copy.txt', 1);
  console.log(JSON.stringify(fs.readFileSync('copy.txt', 'utf8')));
  fs.truncateSync('copy.txt', 4);
  console.log(fs.readFileSync('copy.txt'));
  fs.unlinkSync('copy.txt');
  console.log(fs.existsSync('copy.txt'));

  // links
  fs.symlinkSync('a.txt', 'link.txt');
  console.log(fs.readlinkSync('link.txt'), fs.lstatSync('link.txt').isSymbolicLink(), fs.statSync('link.txt').isFile());
  console.log(path.basename(fs.realpathSync('link.txt')), fs.realpathSync('.') === fs.realpathSync(tmp));
  console.log(path.basename(fs.realpathSync.native('link.txt')));
  fs.linkSync('a.txt', 'hard.txt');
  console.log(fs.statSync('a.txt').nlink, fs.readFileSync('hard.txt', 'utf8').length);
  const ents2 = fs.readdirSync('.', { withFileTypes: true }).filter((e) => e.name === 'link.txt');
  console.log(ents2[0].isSymbolicLink(), ents2[0].isFile());

  // access
  const { F_OK, R_OK, W_OK, X_OK } = fs.constants;
  console.log(F_OK, R_OK, W_OK, X_OK, fs.F_OK, fs.R_OK);
  console.log(fs.accessSync('a.txt'), fs.accessSync('a.txt', R_OK | W_OK));

  // fds
  const fd = fs.openSync('fd.txt', 'w+');
  console.log(typeof fd, fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, Buffer.from('XY'), 0, 2, 1));
  const buf = Buffer.alloc(10);
  console.log(fs.readSync(fd, buf, 0, 10, 0), buf.toString('utf8', 0, 6));
  console.log(fs.readSync(fd, buf, { position: 4 }), buf.toString('utf8', 0, 2));
  console.log(fs.fstatSync(fd).size);
  fs.ftruncateSync(fd, 3);
  console.log(fs.fstatSync(fd).size);
  fs.writeSync(fd, 'Z', 10, 'utf8');
  console.log(fs.fstatSync(fd).size);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  fs.closeSync(fd);
  console.log(JSON.stringify(fs.readFileSync('fd.txt', 'latin1')));
  const afd = fs.openSync('fd.txt', 'a');
  fs.writeSync(afd, 'END');
  fs.closeSync(afd);
  console.log(fs.readFileSync('fd.txt').length);
  const rfd = fs.openSync('a.txt');
  console.log(fs.readFileSync(rfd, 'utf8'));
  fs.closeSync(rfd);

  // mkdtemp
  const t = fs.mkdtempSync('pre-');
  console.log(t.startsWith('pre-'), t.length, fs.statSync(t).isDirectory());

  // rm
  fs.rmSync('d2', { recursive: true });
  console.log(fs.existsSync('d2'));
  fs.rmSync('nothing', { force: true });
  fs.rmSync('renamed.txt');
  console.log(fs.existsSync('renamed.txt'));
} finally {
  process.chdir('/');
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log('cleaned', fs.existsSync(tmp));
}
