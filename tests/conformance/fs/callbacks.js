'use strict';
// Callback API: results, argument counts, ordering against nextTick/promises.
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join('/tmp', 'gonode-fs-cb-'));
process.chdir(tmp);

function step(fn) {
  return new Promise((resolve) => fn(resolve));
}

(async () => {
  await step((done) => {
    fs.writeFile('a.txt', 'abc', (...args) => {
      console.log('writeFile args', args);
      fs.readFile('a.txt', (err, data) => {
        console.log('readFile', err, data);
        fs.readFile('a.txt', { encoding: 'hex' }, (err, s) => {
          console.log('readFile hex', s);
          done();
        });
      });
    });
  });

  await step((done) => {
    const order = [];
    fs.stat('a.txt', (err, st) => {
      order.push(`stat ${st.size} ${st.isFile()}`);
      console.log(order);
      done();
    });
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('micro'));
    order.push('sync');
  });

  await step((done) => {
    fs.appendFile('a.txt', 'def', (err) => {
      fs.readFile('a.txt', 'utf8', (err, s) => {
        console.log('append', err, s);
        done();
      });
    });
  });

  await step((done) => {
    fs.mkdir('x/y', { recursive: true }, (err, first) => {
      console.log('mkdir', err, first);
      fs.readdir('.', (err, names) => {
        console.log('readdir', names);
        fs.readdir('x', { withFileTypes: true }, (err, ents) => {
          console.log('dirents', ents.map((e) => [e.name, e.isDirectory()]));
          fs.readdir('.', { recursive: true }, (err, all) => {
            console.log('recursive', all.sort());
            done();
          });
        });
      });
    });
  });

  await step((done) => {
    fs.open('fd.txt', 'w+', (err, fd) => {
      console.log('open', err, typeof fd);
      fs.write(fd, Buffer.from('hello'), 0, 5, null, (err, written, buf) => {
        console.log('write', err, written, buf.toString());
        fs.write(fd, 'world', 5, 'utf8', (err, written2, str) => {
          console.log('write string', err, written2, str);
          const b = Buffer.alloc(10);
          fs.read(fd, b, 0, 10, 0, (err, n, bb) => {
            console.log('read', err, n, bb === b, b.toString());
            fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, (err, n2, b2) => {
              console.log('read opts', n2, b2.toString());
              fs.fstat(fd, (err, st) => {
                console.log('fstat', st.size);
                fs.ftruncate(fd, 2, (err) => {
                  fs.close(fd, (...args) => {
                    console.log('close', args, fs.readFileSync('fd.txt', 'utf8'));
                    done();
                  });
                });
              });
            });
          });
        });
      });
    });
  });

  await step((done) => {
    fs.rename('fd.txt', 'moved.txt', (err) => {
      fs.copyFile('moved.txt', 'copied.txt', (err) => {
        fs.access('copied.txt', fs.constants.R_OK, (err) => {
          console.log('access', err);
          fs.exists('copied.txt', (e1) => {
            fs.exists('nope.txt', (e2) => {
              console.log('exists', e1, e2);
              fs.unlink('copied.txt', (err) => {
                fs.symlink('moved.txt', 'ln', (err) => {
                  fs.readlink('ln', (err, target) => {
                    fs.lstat('ln', (err, st) => {
                      fs.realpath('ln', (err, real) => {
                        console.log('links', target, st.isSymbolicLink(), path.basename(real));
                        done();
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });

  await step((done) => {
    fs.mkdtemp('tmp-', (err, dir) => {
      console.log('mkdtemp', err, dir.length);
      fs.chmod('moved.txt', 0o600, (err) => {
        fs.utimes('moved.txt', 5, 6, (err) => {
          fs.stat('moved.txt', { bigint: true }, (err, st) => {
            console.log('chmod/utimes', (st.mode & 0o777n).toString(8), st.atimeMs, st.mtimeMs);
            fs.truncate('moved.txt', (err) => {
              fs.rm('x', { recursive: true }, (err) => {
                console.log('rm', err, fs.existsSync('x'));
                fs.rmdir(dir, (err) => {
                  console.log('rmdir', err);
                  done();
                });
              });
            });
          });
        });
      });
    });
  });

  const util = require('util');
  const stat = util.promisify(fs.stat);
  console.log('promisified', (await stat('moved.txt')).size);
  console.log('exists promisified', await util.promisify(fs.exists)('moved.txt'));
  const fd = fs.openSync('moved.txt', 'r+');
  console.log('write promisified', await util.promisify(fs.write)(fd, Buffer.from('xy')));
  const r = await util.promisify(fs.read)(fd, Buffer.alloc(2), 0, 2, 0);
  console.log('read promisified', r.bytesRead, r.buffer.toString());
  fs.closeSync(fd);

  process.chdir('/');
  fs.rm(tmp, { recursive: true, force: true }, (err) => {
    console.log('cleaned', err, fs.existsSync(tmp));
  });
})();
