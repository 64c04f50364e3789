'use strict';
// fs.createReadStream / createWriteStream.
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream');

const tmp = fs.mkdtempSync(path.join('/tmp', 'gonode-fs-st-'));
process.chdir(tmp);

function step(fn) {
  return new Promise((resolve) => fn(resolve));
}

(async () => {
  await step((done) => {
    const ws = fs.createWriteStream('out.txt');
    const events = [];
    ws.on('open', (fd) => events.push(`open ${typeof fd}`));
    ws.on('ready', () => events.push('ready'));
    ws.on('finish', () => events.push('finish'));
    ws.on('close', () => {
      events.push('close');
      console.log(events, ws.bytesWritten, ws.path, ws.pending);
      done();
    });
    console.log('pending', ws.pending, ws.writable);
    ws.write('line 1\n');
    ws.write(Buffer.from('line 2\n'));
    ws.end('end\n');
  });

  await step((done) => {
    const rs = fs.createReadStream('out.txt', { encoding: 'utf8', highWaterMark: 4 });
    const chunks = [];
    rs.on('open', () => chunks.push('<open>'));
    rs.on('data', (c) => chunks.push(c));
    rs.on('end', () => chunks.push('<end>'));
    rs.on('close', () => {
      console.log(chunks.join('|'), rs.bytesRead);
      done();
    });
  });

  await step((done) => {
    const rs = fs.createReadStream('out.txt', { start: 2, end: 9 });
    let s = '';
    rs.on('data', (c) => { s += c; });
    rs.on('end', () => {
      console.log(JSON.stringify(s));
      done();
    });
  });

  await step((done) => {
    const big = Buffer.alloc(200 * 1024, 'ab');
    fs.writeFileSync('big.bin', big);
    pipeline(fs.createReadStream('big.bin'), fs.createWriteStream('big.copy'), (err) => {
      console.log('pipeline', err, fs.readFileSync('big.copy').equals(big));
      done();
    });
  });

  await step((done) => {
    const ws = fs.createWriteStream('app.txt', { flags: 'a' });
    ws.end('x', () => {
      const ws2 = fs.createWriteStream('app.txt', { flags: 'a' });
      ws2.end('y', () => {
        console.log('append', fs.readFileSync('app.txt', 'utf8'));
        done();
      });
    });
  });

  await step((done) => {
    const rs = fs.createReadStream('missing.txt');
    rs.on('error', (err) => {
      console.log('read error', err.message, err.code);
    });
    rs.on('close', () => {
      console.log('closed after error', rs.destroyed);
      done();
    });
  });

  await step((done) => {
    const ws = fs.createWriteStream('nodir/out.txt');
    ws.on('error', (err) => {
      console.log('write error', err.message);
      done();
    });
  });

  await step((done) => {
    const fd = fs.openSync('out.txt', 'r');
    const rs = fs.createReadStream(null, { fd, encoding: 'utf8' });
    let s = '';
    rs.on('data', (c) => { s += c; });
    rs.on('close', () => {
      console.log('from fd', s.length);
      done();
    });
  });

  await step(async (done) => {
    const rs = fs.createReadStream('out.txt', { encoding: 'utf8', highWaterMark: 8 });
    const it = rs[Symbol.asyncIterator]();
    const parts = [];
    for (;;) {
      const { value, done: end } = await it.next();
      if (end) break;
      parts.push(value);
    }
    console.log('async iter', parts.length, parts.join('').length);
    done();
  });

  process.chdir('/');
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log('cleaned', fs.existsSync(tmp));
})();
