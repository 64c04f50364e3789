package esm

import (
	"fmt"
	"sort"
	"strings"
)

// rewriter applies position-based edits to a text (esbuild's output) and remembers where
// each piece of the input ended up, so that source maps can be carried over.
//
// An edit replaces src[start:end] with parts; a part is literal text or a sub-range of
// src, emitted with the edits nested inside it. Sub-ranges let an edit reorder code (the
// for-await rewrite moves the iterated expression before the loop head). Edits must not
// partially overlap; an edit wholly inside another edit's replaced range (and not inside
// one of its sub-ranges) is dropped.
type rewriter struct {
	src   string
	edits []*edit
	seq   int

	out    strings.Builder
	chunks []chunk // emitted copies of src, in output order
}

type edit struct {
	start, end int
	parts      []part
	seq        int
}

type part struct {
	lit    string
	a, b   int
	isSpan bool
}

// removed reports whether src offset off lies in text an edit replaces outright (an
// edit without sub-ranges).
func (r *rewriter) removed(off int) bool {
	for _, e := range r.edits {
		if off >= e.start && off < e.end {
			keeps := false
			for _, p := range e.parts {
				if p.isSpan && off >= p.a && off < p.b {
					keeps = true
				}
			}
			if !keeps {
				return true
			}
		}
	}
	return false
}

// chunk records that src[a:b] was copied to output offset at.
type chunk struct{ a, b, at int }

func lit(s string) part  { return part{lit: s} }
func span(a, b int) part { return part{a: a, b: b, isSpan: true} }
func (r *rewriter) add(start, end int, parts ...part) {
	r.seq++
	r.edits = append(r.edits, &edit{start: start, end: end, parts: parts, seq: r.seq})
}

// replace is add with a single literal.
func (r *rewriter) replace(start, end int, text string) { r.add(start, end, lit(text)) }

// insert adds text at off.
func (r *rewriter) insert(off int, text string) { r.add(off, off, lit(text)) }

// blank removes src[start:end], keeping its newlines (so that line numbers of the code
// after it do not move even where no mapping applies).
func (r *rewriter) blank(start, end int) {
	r.replace(start, end, strings.Repeat("\n", strings.Count(r.src[start:end], "\n")))
}

func (r *rewriter) run(prefix, suffix string) (string, error) {
	sort.SliceStable(r.edits, func(i, j int) bool {
		a, b := r.edits[i], r.edits[j]
		if a.start != b.start {
			return a.start < b.start
		}
		// Insertions before replacements starting at the same offset.
		if (a.end == a.start) != (b.end == b.start) {
			return a.end == a.start
		}
		return a.seq < b.seq
	})
	r.out.WriteString(prefix)
	if err := r.emit(0, len(r.src)); err != nil {
		return "", err
	}
	r.out.WriteString(suffix)
	return r.out.String(), nil
}

func (r *rewriter) copySrc(a, b int) {
	if a >= b {
		return
	}
	r.chunks = append(r.chunks, chunk{a: a, b: b, at: r.out.Len()})
	r.out.WriteString(r.src[a:b])
}

func (r *rewriter) emit(a, b int) error {
	cur := a
	// Edits are sorted by start; find the first one at or after a.
	i := sort.Search(len(r.edits), func(i int) bool { return r.edits[i].start >= a })
	for ; i < len(r.edits); i++ {
		e := r.edits[i]
		if e.start >= b && !(e.start == b && e.end == b) {
			break
		}
		if e.start < cur || e.end > b {
			if e.start < cur && e.end <= cur {
				continue // nested inside an edit already emitted
			}
			if e.end > b && e.start < b {
				return fmt.Errorf("esm: overlapping rewrite at %d-%d", e.start, e.end)
			}
			continue
		}
		r.copySrc(cur, e.start)
		// Mark the replaced range's start so positions inside it map somewhere sensible.
		r.chunks = append(r.chunks, chunk{a: e.start, b: e.start, at: r.out.Len()})
		for _, p := range e.parts {
			if p.isSpan {
				if err := r.emit(p.a, p.b); err != nil {
					return err
				}
			} else {
				r.out.WriteString(p.lit)
			}
		}
		cur = e.end
	}
	r.copySrc(cur, b)
	return nil
}

// chunkIndex maps source offsets to output offsets: chunks sorted by source start.
type chunkIndex []chunk

func (r *rewriter) index() chunkIndex {
	idx := make(chunkIndex, 0, len(r.chunks))
	for _, c := range r.chunks {
		if c.b > c.a {
			idx = append(idx, c)
		}
	}
	sort.Slice(idx, func(i, j int) bool { return idx[i].a < idx[j].a })
	return idx
}

func (idx chunkIndex) mapOffset(off int) int {
	i := sort.Search(len(idx), func(i int) bool { return idx[i].b > off })
	if i < len(idx) && off >= idx[i].a {
		return idx[i].at + off - idx[i].a
	}
	return -1
}
