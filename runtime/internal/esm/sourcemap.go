package esm

import (
	"encoding/base64"
	"encoding/json"
	"sort"
	"strings"
	"unicode/utf8"
)

// segment is one decoded source-map mapping: a generated position and the original
// position it comes from. Lines are 0-based; columns are 0-based UTF-16 units, as in the
// source-map format.
type segment struct {
	genLine, genCol int
	srcLine, srcCol int
}

const b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64index = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(b64chars); i++ {
		t[b64chars[i]] = int8(i)
	}
	return
}()

// decodeMappings decodes the "mappings" field of a version 3 source map (single source).
func decodeMappings(m string) []segment {
	var out []segment
	// Single-source maps: the source and name indexes are decoded and ignored.
	line, genCol, srcLine, srcCol := 0, 0, 0, 0
	i := 0
	var fields [5]int
	for i < len(m) {
		switch m[i] {
		case ';':
			line++
			genCol = 0
			i++
			continue
		case ',':
			i++
			continue
		}
		n := 0
		for n < 5 && i < len(m) && m[i] != ',' && m[i] != ';' {
			v, next, ok := vlqDecode(m, i)
			if !ok {
				return out
			}
			fields[n] = v
			n++
			i = next
		}
		genCol += fields[0]
		if n >= 4 {
			srcLine += fields[2]
			srcCol += fields[3]
			out = append(out, segment{genLine: line, genCol: genCol, srcLine: srcLine, srcCol: srcCol})
		}
	}
	return out
}

func vlqDecode(s string, i int) (value, next int, ok bool) {
	shift := uint(0)
	result := 0
	for i < len(s) {
		d := b64index[s[i]]
		if d < 0 {
			return 0, i, false
		}
		i++
		result |= int(d&31) << shift
		if d&32 == 0 {
			if result&1 != 0 {
				return -(result >> 1), i, true
			}
			return result >> 1, i, true
		}
		shift += 5
	}
	return 0, i, false
}

func vlqEncode(b *strings.Builder, v int) {
	u := v << 1
	if v < 0 {
		u = (-v << 1) | 1
	}
	for {
		d := u & 31
		u >>= 5
		if u != 0 {
			d |= 32
		}
		b.WriteByte(b64chars[d])
		if u == 0 {
			return
		}
	}
}

// encodeMap builds an inline "//# sourceMappingURL=data:..." comment for segs (sorted by
// generated position) mapping to the single source name.
func encodeMap(source string, segs []segment) string {
	sort.Slice(segs, func(i, j int) bool {
		if segs[i].genLine != segs[j].genLine {
			return segs[i].genLine < segs[j].genLine
		}
		return segs[i].genCol < segs[j].genCol
	})
	var b strings.Builder
	line, prevGen, prevSrcLine, prevSrcCol := 0, 0, 0, 0
	first := true
	for _, s := range segs {
		for line < s.genLine {
			b.WriteByte(';')
			line++
			prevGen = 0
			first = true
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		vlqEncode(&b, s.genCol-prevGen)
		vlqEncode(&b, 0)
		vlqEncode(&b, s.srcLine-prevSrcLine)
		vlqEncode(&b, s.srcCol-prevSrcCol)
		prevGen, prevSrcLine, prevSrcCol = s.genCol, s.srcLine, s.srcCol
	}
	data, _ := json.Marshal(struct {
		Version  int      `json:"version"`
		Sources  []string `json:"sources"`
		Names    []string `json:"names"`
		Mappings string   `json:"mappings"`
	}{3, []string{source}, []string{}, b.String()})
	return "//# sourceMappingURL=data:application/json;base64," + base64.StdEncoding.EncodeToString(data)
}

// lineIndex converts between byte offsets and (line, column) in a text.
type lineIndex struct {
	text  string
	start []int // byte offset of each line start
}

func newLineIndex(text string) *lineIndex {
	li := &lineIndex{text: text, start: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			li.start = append(li.start, i+1)
		}
	}
	return li
}

// pos returns the 0-based line and byte column of offset.
func (li *lineIndex) pos(off int) (line, col int) {
	line = sort.Search(len(li.start), func(i int) bool { return li.start[i] > off }) - 1
	if line < 0 {
		line = 0
	}
	return line, off - li.start[line]
}

// col16 converts a byte column on line to UTF-16 units.
func (li *lineIndex) col16(line, byteCol int) int {
	s := li.start[line]
	seg := li.text[s : s+byteCol]
	n := 0
	for _, r := range seg {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// offset16 converts (line, UTF-16 column) to a byte offset.
func (li *lineIndex) offset16(line, col16 int) int {
	if line >= len(li.start) {
		return len(li.text)
	}
	i := li.start[line]
	n := 0
	for i < len(li.text) && n < col16 && li.text[i] != '\n' {
		r, size := utf8.DecodeRuneInString(li.text[i:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return i
}

// lineText returns the text of 0-based line without its newline.
func (li *lineIndex) lineText(line int) string {
	if line < 0 || line >= len(li.start) {
		return ""
	}
	s := li.start[line]
	e := len(li.text)
	if line+1 < len(li.start) {
		e = li.start[line+1] - 1
	}
	return strings.TrimSuffix(li.text[s:e], "\r")
}
