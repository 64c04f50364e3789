package worker

import "testing"

// Issue "SharedArrayBuffer, Atomics and Web Locks" tests, run under -race by CI. JS
// accesses to shared cells are all atomic, so the race detector must stay quiet.

func TestS1_CounterAcrossWorkersExactSum(t *testing.T) {
	out, code := run(t, `
		const { Worker } = require('node:worker_threads');
		const sab = new SharedArrayBuffer(4);
		const counter = new Int32Array(sab);
		const src = 'const { workerData } = require("node:worker_threads");' +
			'const c = new Int32Array(workerData); for (let i = 0; i < 100000; i++) Atomics.add(c, 0, 1);';
		let left = 3;
		for (let i = 0; i < 3; i++) {
			new Worker(src, { eval: true, workerData: sab }).on('exit', () => {
				if (--left === 0) process.stdout.write(String(Atomics.load(counter, 0)));
			});
		}
	`)
	if code != 0 || out != "300000" {
		t.Fatalf("code %d output %q", code, out)
	}
}

func TestS2_WaitNotifyPingPongBetweenWorkers(t *testing.T) {
	out, code := run(t, `
		const { Worker } = require('node:worker_threads');
		const sab = new SharedArrayBuffer(8);
		// cell 0: whose turn (0 = A, 1 = B); cell 1: rounds done
		const src = (me, other) => 'const { workerData } = require("node:worker_threads");' +
			'const a = new Int32Array(workerData);' +
			'for (let i = 0; i < 1000; i++) {' +
			'  while (Atomics.load(a, 0) !== ' + me + ') Atomics.wait(a, 0, ' + other + ');' +
			'  Atomics.add(a, 1, 1); Atomics.store(a, 0, ' + other + '); Atomics.notify(a, 0);' +
			'}';
		let left = 2;
		for (const [me, other] of [[0, 1], [1, 0]]) {
			new Worker(src(me, other), { eval: true, workerData: sab }).on('exit', (c) => {
				if (--left === 0) process.stdout.write(Atomics.load(new Int32Array(sab), 1) + ' ' + c);
			});
		}
	`)
	if code != 0 || out != "2000 0" {
		t.Fatalf("code %d output %q", code, out)
	}
}

func TestS3_WaitAsyncOnMainWokenByWorker(t *testing.T) {
	out, code := run(t, `
		const { Worker } = require('node:worker_threads');
		const sab = new SharedArrayBuffer(4);
		const a = new Int32Array(sab);
		const r = Atomics.waitAsync(a, 0, 0);
		process.stdout.write(r.async + ' ');
		r.value.then((v) => process.stdout.write(v + ' ' + Atomics.load(a, 0)));
		new Worker('const a = new Int32Array(require("node:worker_threads").workerData);' +
			'Atomics.store(a, 0, 7); Atomics.notify(a, 0);', { eval: true, workerData: sab });
	`)
	if code != 0 || out != "true ok 7" {
		t.Fatalf("code %d output %q", code, out)
	}
}

// S2 on the main thread and S4: main blocks in Atomics.wait while a worker (started
// meanwhile) wakes it; a worker blocked in Atomics.wait is still terminated.
func TestS2_S4_MainWaitsAndBlockedWorkerTerminates(t *testing.T) {
	out, code := run(t, `
		const { Worker } = require('node:worker_threads');
		const sab = new SharedArrayBuffer(8);
		const a = new Int32Array(sab);
		new Worker('const a = new Int32Array(require("node:worker_threads").workerData);' +
			'Atomics.store(a, 0, 1); Atomics.notify(a, 0);', { eval: true, workerData: sab });
		const r = Atomics.wait(a, 0, 0, 10000);
		const blocked = new Worker('const a = new Int32Array(require("node:worker_threads").workerData);' +
			'Atomics.store(a, 1, 1); Atomics.notify(a, 1); Atomics.wait(a, 1, 1);', { eval: true, workerData: sab });
		Atomics.wait(a, 1, 0, 10000);
		blocked.terminate().then((c) => process.stdout.write((r === 'ok' || r === 'not-equal') + ' ' + c));
	`)
	if code != 0 || out != "true 1" {
		t.Fatalf("code %d output %q", code, out)
	}
}

// K2/K7: lock contention across workers is granted in FIFO order.
func TestK7_LockContentionAcrossWorkersFIFO(t *testing.T) {
	out, code := run(t, `
		const { Worker, locks } = require('node:worker_threads');
		const order = [];
		locks.request('L', async () => {
			const ws = [];
			for (let i = 1; i <= 3; i++) {
				const w = new Worker(
					'const { locks, parentPort, workerData } = require("node:worker_threads");' +
					'const keep = setInterval(() => {}, 1000);' + // a pending request alone does not keep a thread alive (K9)
					'parentPort.postMessage("queued");' +
					'locks.request("L", () => { parentPort.postMessage("got " + workerData); clearInterval(keep); });', { eval: true, workerData: i });
				await new Promise((r) => w.once('message', r));
				// The request is made right after "queued"; give it time to enter the queue.
				await new Promise((r) => setTimeout(r, 20));
				w.on('message', (m) => order.push(m));
				ws.push(new Promise((r) => w.on('exit', r)));
			}
			Promise.all(ws).then(() => process.stdout.write(order.join(',')));
		});
	`)
	if code != 0 || out != "got 1,got 2,got 3" {
		t.Fatalf("code %d output %q", code, out)
	}
}

// Messaging guarantee (issue "structured clone ..." item 5): with many envs posting at
// once to a busy receiver, every message arrives exactly once and each sender's
// messages arrive in order.
func TestConcurrentPostersFIFOExactlyOnce(t *testing.T) {
	out, code := run(t, `
		const { Worker, MessageChannel } = require('node:worker_threads');
		const N = 4, M = 3000;
		const next = new Array(N).fill(0);
		let bad = 0, total = 0;
		const { port1, port2 } = new MessageChannel();
		port1.on('message', ({ w, seq }) => {
			if (seq !== next[w]) bad++;
			next[w] = seq + 1;
			total++;
			if (total % 500 === 0) { const t = Date.now(); while (Date.now() - t < 2) {} } // a busy receiver
		});
		let closed = 0;
		const finish = () => {
			// Every relayed message is already queued on port1 (posting is synchronous):
			// wait until the receiver has taken them all.
			if (total < N * M) return setImmediate(finish);
			process.stdout.write(total + ' ' + bad);
			port1.close();
		};
		for (let w = 0; w < N; w++) {
			const { port1: mine, port2: theirs } = new MessageChannel();
			mine.on('message', (m) => port2.postMessage(m));
			// 'close' comes after every message the worker posted before closing (P5).
			mine.on('close', () => { if (++closed === N) finish(); });
			new Worker(
				'const { workerData: { port, w, M } } = require("node:worker_threads");' +
				'for (let seq = 0; seq < M; seq++) port.postMessage({ w, seq }); port.close();',
				{ eval: true, workerData: { port: theirs, w, M }, transferList: [theirs] });
		}
	`)
	if code != 0 || out != "12000 0" {
		t.Fatalf("code %d output %q", code, out)
	}
}
