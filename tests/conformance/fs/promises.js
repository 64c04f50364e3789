'use strict';
// fs/promises and FileHandle.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

console.log(fs.promises === fsp, require('node:fs/promises') === fsp, typeof fsp.constants.O_RDONLY);

(async () => {
  const tmp = await fsp.mkdtemp(path.join('/tmp', 'gonode-fs-p-'));
  process.chdir(tmp);
  try {
    await fsp.writeFile('a.txt', 'one\ntwo\n');
    console.log(await fsp.readFile('a.txt', 'utf8'));
    console.log(await fsp.readFile('a.txt'));
    await fsp.appendFile('a.txt', 'three');
    console.log(JSON.stringify(await fsp.readFile('a.txt', { encoding: 'utf8' })));
    const st = await fsp.stat('a.txt');
    console.log(st.size, st.isFile(), (await fsp.lstat('.')).isDirectory());
    console.log(await fsp.mkdir('d/e/f', { recursive: true }));
    console.log(await fsp.mkdir('g'));
    console.log(await fsp.readdir('.'));
    console.log((await fsp.readdir('d', { withFileTypes: true })).map((e) => `${e.name}:${e.isDirectory()}:${e.parentPath}`));
    console.log((await fsp.readdir('d', { recursive: true })).sort());
    await fsp.rename('a.txt', 'b.txt');
    await fsp.copyFile('b.txt', 'c.txt');
    console.log(await fsp.access('c.txt'), await fsp.readFile('c.txt', 'utf8') === await fsp.readFile('b.txt', 'utf8'));
    await fsp.symlink('b.txt', 'ln');
    console.log(await fsp.readlink('ln'), path.basename(await fsp.realpath('ln')));
    await fsp.chmod('c.txt', 0o600);
    await fsp.utimes('c.txt', 100, 200);
    const st2 = await fsp.stat('c.txt');
    console.log((st2.mode & 0o777).toString(8), st2.mtimeMs);
    await fsp.truncate('c.txt', 3);
    console.log(await fsp.readFile('c.txt', 'utf8'));
    await fsp.unlink('c.txt');
    await fsp.rm('d', { recursive: true });
    await fsp.rmdir('g');
    console.log(await fsp.readdir('.'));

    // errors
    for (const [label, p] of [
      ['readFile', () => fsp.readFile('missing')],
      ['stat', () => fsp.stat('missing')],
      ['mkdir', () => fsp.mkdir('ln')],
      ['rm', () => fsp.rm('missing')],
      ['open', () => fsp.open('missing')],
      ['rename', () => fsp.rename('missing', 'x')],
    ]) {
      try {
        await p();
      } catch (err) {
        console.log(label, err.message, err.code, err.errno, err.syscall, err.path, err.dest);
      }
    }
    try {
      await fsp.readFile(42);
    } catch (err) {
      console.log('readFile fd', err.code, err.message);
    }

    // FileHandle
    const fh = await fsp.open('h.txt', 'w+');
    console.log(fh.constructor.name, typeof fh.fd);
    console.log(await fh.write('hello'));
    const w = await fh.write(Buffer.from(' world'), 0, 6, 5);
    console.log(w.bytesWritten, w.buffer.toString());
    const buf = Buffer.alloc(11);
    const r = await fh.read(buf, 0, 11, 0);
    console.log(r.bytesRead, r.buffer.toString());
    const r2 = await fh.read({ buffer: Buffer.alloc(5), position: 6 });
    console.log(r2.bytesRead, r2.buffer.toString());
    console.log((await fh.stat()).size);
    await fh.truncate(5);
    console.log(await fh.readFile('utf8'));
    await fh.writeFile('replaced');
    await fh.sync();
    await fh.datasync();
    await fh.close();
    console.log(fh.fd, await fsp.readFile('h.txt', 'utf8'));
    await fh.close();
    try {
      await fh.stat();
    } catch (err) {
      console.log('closed', err.code, err.message, err.syscall);
    }
    const fh2 = await fsp.open('h.txt');
    console.log(await fh2.readFile({ encoding: 'utf8' }));
    await fh2.close();
    const fh3 = await fsp.open('h.txt', 'a');
    await fh3.appendFile('!');
    await fh3.close();
    console.log(await fsp.readFile('h.txt', 'utf8'));
    await fsp.writeFile('iter.txt', ['a', 'b', Buffer.from('c')]);
    console.log(await fsp.readFile('iter.txt', 'utf8'));
  } finally {
    process.chdir('/');
    await fsp.rm(tmp, { recursive: true, force: true });
    console.log('cleaned', fs.existsSync(tmp));
  }
})();
