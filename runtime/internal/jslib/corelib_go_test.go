package jslib

import (
	goruntime "runtime"
	"testing"
)

// Go-level checks of the core-library bindings (encoding labels and tables, the os
// probes); the JavaScript behaviour is covered by the *_test.go files of each module.

func TestEncodingLabels(t *testing.T) {
	for label, want := range map[string]string{
		"utf8":           "utf-8",
		" UTF-8\n":       "utf-8",
		"\tLatin1 ":      "windows-1252",
		"ascii":          "windows-1252",
		"ISO-8859-1":     "windows-1252",
		"utf-16":         "utf-16le",
		"unicodefffe":    "utf-16be",
		"sjis":           "shift_jis",
		"iso-2022-kr":    "replacement",
		"utf\u00a08":     "",
		"utf-32":         "",
		"x-user-defined": "x-user-defined",
	} {
		if got := teEncodingFromLabel(label); got != want {
			t.Errorf("teEncodingFromLabel(%q) = %q, want %q", label, got, want)
		}
	}
	if newTEDecoder("replacement", false, false) != nil {
		t.Error("the replacement encoding must have no decoder")
	}
}

func TestSingleByteTables(t *testing.T) {
	// WHATWG maps the C1 bytes x/text leaves undefined; real holes stay holes.
	checks := []struct {
		enc  string
		b    byte
		want uint16
	}{
		{"windows-1252", 0x80, 0x20ac},
		{"windows-1252", 0x81, 0x0081},
		{"iso-8859-2", 0x80, 0x0080},
		{"windows-1253", 0xaa, 0},
		{"windows-874", 0xdb, 0},
		{"x-user-defined", 0xff, 0xf7ff},
	}
	for _, c := range checks {
		if got := teSingleByteTables[c.enc][c.b-0x80]; got != c.want {
			t.Errorf("%s byte %#x = %#x, want %#x", c.enc, c.b, got, c.want)
		}
	}
	if n := len(teSingleByteTables); n != len(teSingleByteCharmaps) {
		t.Errorf("%d tables for %d encodings", n, len(teSingleByteCharmaps))
	}
}

func TestUTF8DecoderStreaming(t *testing.T) {
	var d teUTF8Decoder
	in := []byte("a\u20ac\U0001F600")
	var out []uint16
	for i := range in {
		var ok bool
		out, ok = d.decode(out, in[i:i+1], i == len(in)-1, true)
		if !ok {
			t.Fatalf("fatal error at byte %d", i)
		}
	}
	want := []uint16{'a', 0x20ac, 0xd83d, 0xde00}
	if len(out) != len(want) {
		t.Fatalf("got %x, want %x", out, want)
	}
	for i := range want {
		if out[i] != want[i] {
			t.Fatalf("got %x, want %x", out, want)
		}
	}
	d.reset()
	if _, ok := d.decode(nil, []byte{0xe2, 0x82}, true, true); ok {
		t.Error("a truncated sequence at the end must fail in fatal mode")
	}
}

func TestOSProbes(t *testing.T) {
	if goruntime.GOOS != "linux" {
		t.Skip("the probes read Linux /proc and /sys")
	}
	cpus := osCPUs()
	if len(cpus) == 0 || len(cpus)%7 != 0 {
		t.Fatalf("osCPUs returned %d values", len(cpus))
	}
	if total, free := osMeminfo("MemTotal:"), osMeminfo("MemAvailable:"); total <= 0 || free <= 0 || free > total {
		t.Errorf("meminfo total %d free %d", total, free)
	}
	if u := osUname(); u[0] != "Linux" || u[2] == "" || u[3] == "" {
		t.Errorf("uname %q", u)
	}
	if up, errno := osUptime(); errno != 0 || up <= 0 {
		t.Errorf("uptime %v errno %v", up, errno)
	}
	addrs, err := osInterfaceAddresses()
	if err != nil {
		t.Fatal(err)
	}
	if len(addrs)%7 != 0 {
		t.Fatalf("interface addresses not in groups of 7: %d", len(addrs))
	}
	if prio, errno := osGetPriority(0); errno != 0 || prio < -20 || prio > 19 {
		t.Errorf("getpriority %d errno %v", prio, errno)
	}
	if _, errno := osGetPriority(1<<31 - 1); errno == 0 {
		t.Error("getpriority of a missing process must fail")
	}
}
