'use strict';
// Node's error objects from fs: message, errno, code, syscall, path, dest; sync and
// callback forms; validation errors.
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join('/tmp', 'gonode-fs-err-'));
process.chdir(tmp);

const clean = (s) => (s === undefined ? s : String(s).split(tmp).join('<tmp>'));
function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, clean(err.message));
    console.log('  ', JSON.stringify({ errno: err.errno, code: err.code, syscall: err.syscall, path: clean(err.path), dest: err.dest }));
    console.log('  keys', Object.keys(err));
  }
}

fs.writeFileSync('file.txt', 'x');
fs.mkdirSync('dir');
fs.writeFileSync('dir/inner.txt', 'y');

show('open', () => fs.readFileSync('missing.txt'));
show('open utf8', () => fs.readFileSync('missing.txt', 'utf8'));
show('open dir', () => fs.readFileSync('dir'));
show('open wx', () => fs.openSync('file.txt', 'wx'));
show('enotdir', () => fs.readFileSync('file.txt/sub'));
show('stat', () => fs.statSync('missing'));
show('lstat', () => fs.lstatSync('missing'));
show('readdir', () => fs.readdirSync('missing'));
show('readdir file', () => fs.readdirSync('file.txt'));
show('mkdir exists', () => fs.mkdirSync('dir'));
show('mkdir parent', () => fs.mkdirSync('a/b'));
show('mkdir recursive file', () => fs.mkdirSync('file.txt/b', { recursive: true }));
show('rmdir notempty', () => fs.rmdirSync('dir'));
show('rmdir missing', () => fs.rmdirSync('missing'));
show('unlink missing', () => fs.unlinkSync('missing'));
show('unlink dir', () => fs.unlinkSync('dir'));
show('rename', () => fs.renameSync('missing', 'other'));
show('copyFile', () => fs.copyFileSync('missing', 'other'));
show('copyFile excl', () => fs.copyFileSync('file.txt', 'dir/inner.txt', fs.constants.COPYFILE_EXCL));
show('rm dir', () => fs.rmSync('dir'));
show('rm missing', () => fs.rmSync('missing'));
show('access', () => fs.accessSync('missing'));
show('readlink', () => fs.readlinkSync('file.txt'));
show('symlink exists', () => fs.symlinkSync('x', 'file.txt'));
show('link', () => fs.linkSync('missing', 'l2'));
show('realpath', () => fs.realpathSync('missing/x'));
show('realpath native', () => fs.realpathSync.native('missing'));
show('chmod', () => fs.chmodSync('missing', 0o644));
show('truncate', () => fs.truncateSync('missing'));
show('utimes', () => fs.utimesSync('missing', 1, 1));
show('close bad fd', () => fs.closeSync(99999));
show('fstat bad fd', () => fs.fstatSync(99999));
show('read bad fd', () => fs.readSync(99999, Buffer.alloc(1), 0, 1, 0));
show('write bad fd', () => fs.writeSync(99999, 'x'));

// validation
show('path type', () => fs.readFileSync(123n));
show('path null bytes', () => fs.readFileSync('a\u0000b'));
show('bad flag', () => fs.openSync('file.txt', 'rwx'));
show('bad encoding', () => fs.readFileSync('file.txt', 'nope'));
show('bad fd', () => fs.closeSync(-1));
show('bad fd type', () => fs.fstatSync('1'));
show('bad mode', () => fs.chmodSync('file.txt', 'abc'));
show('cb missing', () => fs.readFile('file.txt'));
show('cb not fn', () => fs.stat('file.txt', {}, 'nope'));
show('data type', () => fs.writeFileSync('file.txt', 42));
show('mkdir recursive type', () => fs.mkdirSync('q', { recursive: 'yes' }));
show('read length', () => fs.readSync(0, Buffer.alloc(2), 0, 5, 0));
show('rm options', () => fs.rmSync('file.txt', { recursive: 1 }));

// callback errors (printed through inspect)
fs.readFile('missing.txt', (err, data) => {
  console.log('cb readFile', err, data);
  fs.stat('missing', (err2) => {
    console.log('cb stat', err2.message, err2.code);
    fs.rename('missing', 'other', (err3) => {
      console.log('cb rename', err3.message, err3.dest);
      fs.mkdir('dir', (err4) => {
        console.log('cb mkdir', err4);
        fs.rm('dir', (err5) => {
          console.log('cb rm', err5.name, err5.code, err5.message);
          fs.rm('missing', (err6) => {
            console.log('cb rm missing', err6.code, err6.syscall);
            fs.rm('missing', { force: true }, (err7) => {
              console.log('cb rm force', err7);
              process.chdir('/');
              fs.rmSync(tmp, { recursive: true, force: true });
              console.log('cleaned', fs.existsSync(tmp));
            });
          });
        });
      });
    });
  });
});
