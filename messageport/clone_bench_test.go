package messageport

// Benchmarks. The large graph is shared/bench/js/clone_large.js's payload (6,500 records with strings,
// numbers, booleans, a small array and a nested object: about 1 MB as JSON); Node v26 needs ~15 ms per such
// message post-to-ack including a worker hop (shared/bench/baseline-node-v26.jsonl).

import (
	"testing"

	"github.com/dop251/goja"
)

const largeGraphSrc = `(function () {
	const items = [];
	for (let i = 0; i < 6500; i++) {
		items.push({
			id: i,
			name: 'record-' + i,
			active: i % 3 === 0,
			score: i * 1.25,
			ratio: i / 7,
			tags: ['alpha', 'beta', 'tag' + (i % 10)],
			pos: { x: i % 97, y: (i * 7) % 101, label: 'p' + (i % 1000) },
		});
	}
	return { kind: 'batch', version: 3, items, meta: { count: 6500, note: 'n'.repeat(200) } };
})()`

func benchValue(b *testing.B, src string) (*goja.Runtime, goja.Value) {
	vm := goja.New()
	v, err := vm.RunString(src)
	if err != nil {
		b.Fatal(err)
	}
	return vm, v
}

// BenchmarkCloneLargeGraph: Serialize in one runtime + Deserialize in another, per op.
func BenchmarkCloneLargeGraph(b *testing.B) {
	src, v := benchValue(b, largeGraphSrc)
	dst := goja.New()
	b.SetBytes(1_000_000)
	b.ReportAllocs()
	for b.Loop() {
		m, err := Serialize(src, v, nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := m.Deserialize(dst, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCloneLargeGraphSerialize and ...Deserialize split the cost (the other half runs untimed).
func BenchmarkCloneLargeGraphSerialize(b *testing.B) {
	src, v := benchValue(b, largeGraphSrc)
	dst := goja.New()
	b.ReportAllocs()
	for b.Loop() {
		m, err := Serialize(src, v, nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if _, err := m.Deserialize(dst, nil); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

func BenchmarkCloneLargeGraphDeserialize(b *testing.B) {
	src, v := benchValue(b, largeGraphSrc)
	dst := goja.New()
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		m, err := Serialize(src, v, nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := m.Deserialize(dst, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCloneSmall: the ping-pong message {seq, payload: 'x'}.
func BenchmarkCloneSmall(b *testing.B) {
	src, v := benchValue(b, `({seq: 12345, payload: 'x'})`)
	dst := goja.New()
	b.ReportAllocs()
	for b.Loop() {
		m, err := Serialize(src, v, nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := m.Deserialize(dst, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTransferArrayBuffer16MiB: {buf} with buf in the transfer list, bounced between two runtimes
// (Node: transfer_hop_us in shared/bench); no byte is copied.
func BenchmarkTransferArrayBuffer16MiB(b *testing.B) {
	benchBounce(b, true)
}

// BenchmarkCloneArrayBuffer16MiB: the same without transfer: the bytes are copied once per hop.
func BenchmarkCloneArrayBuffer16MiB(b *testing.B) {
	benchBounce(b, false)
}

func benchBounce(b *testing.B, transfer bool) {
	vms := [2]*goja.Runtime{goja.New(), goja.New()}
	buf := vms[0].ToValue(vms[0].NewArrayBuffer(make([]byte, 16<<20))).(*goja.Object)
	msgObj := vms[0].NewObject()
	msgObj.Set("buf", buf)
	cur := goja.Value(msgObj)
	b.SetBytes(16 << 20)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		from, to := vms[i%2], vms[(i+1)%2]
		var list []goja.Value
		if transfer {
			list = []goja.Value{cur.(*goja.Object).Get("buf")}
		}
		m, err := Serialize(from, cur, list, nil)
		if err != nil {
			b.Fatal(err)
		}
		if cur, err = m.Deserialize(to, nil); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
