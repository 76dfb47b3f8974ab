package view

import (
	"container/heap"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nabanlp/naba"
)

// A layer says what a span of the article marks. Layers are ranked: when
// two spans cross, the lower-ranked one is cut in two so that the markup
// nests, and a span is never cut for the sake of one ranked below it.
// Mentions rank above dates and triggers, so a mention is always one
// element unless it crosses a section (which the pipeline never makes).
type layer uint8

const (
	layerBlock   layer = iota // a line of the page: one or more sections
	layerSection              // a section (a headline inside its ticker)
	layerMention              // an entity mention
	layerDate                 // a date expression
	layerTrigger              // an event trigger
)

// A mark is a span of the source to wrap in one element.
type mark struct {
	start, end int // byte offsets into the source
	layer      layer
	idx        int // index into the blocks, Sections, Mentions, Dates or Events
}

// A node is an element of the laid-out article, or (mark.layer unset and
// children nil) a run of text.
type node struct {
	m        mark
	text     bool
	children []*node
}

// A block is a run of top-level sections that share a line of the
// source, or a stretch of text that no section covers.
type block struct {
	start, end int
	kind       string // the first section's kind, or "gap"
}

// blocks groups the top-level sections of doc into lines: sections with no
// line break between them (a dateline and its paragraph) share a block.
// Text that no section covers and that is not blank becomes a "gap" block,
// so nothing of the source is left out.
func blocks(src string, secs []naba.Section) []block {
	var out []block
	pos := 0
	gap := func(from, to int) {
		// One gap block per non-blank line of src[from:to].
		for from < to {
			nl := strings.IndexByte(src[from:to], '\n')
			lineEnd := to
			if nl >= 0 {
				lineEnd = from + nl
			}
			s, e := trimSpace(src, from, lineEnd)
			if s < e {
				out = append(out, block{start: s, end: e, kind: "gap"})
			}
			from = lineEnd + 1
		}
	}
	for _, s := range secs {
		if s.Parent >= 0 || s.End <= s.Start || s.Start < pos || s.End > len(src) {
			continue
		}
		if n := len(out); n > 0 && out[n-1].kind != "gap" && out[n-1].end <= s.Start &&
			!strings.Contains(src[out[n-1].end:s.Start], "\n") && strings.TrimSpace(src[out[n-1].end:s.Start]) == "" {
			out[n-1].end = s.End
			pos = s.End
			continue
		}
		gap(pos, s.Start)
		out = append(out, block{start: s.Start, end: s.End, kind: string(s.Kind)})
		pos = s.End
	}
	gap(pos, len(src))
	return out
}

// trimSpace narrows [s, e) of src to exclude leading and trailing spaces.
func trimSpace(src string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(src[s:e])
		if !isSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(src[s:e])
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F
}

// markHeap orders marks by start, then longest first, then by layer, so
// that an enclosing mark is opened before the marks it holds.
type markHeap []mark

func (h markHeap) Len() int { return len(h) }
func (h markHeap) Less(i, j int) bool {
	a, b := h[i], h[j]
	if a.start != b.start {
		return a.start < b.start
	}
	if a.end != b.end {
		return a.end > b.end
	}
	if a.layer != b.layer {
		return a.layer < b.layer
	}
	return a.idx < b.idx
}
func (h markHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *markHeap) Push(x any)   { *h = append(*h, x.(mark)) }
func (h *markHeap) Pop() any {
	old := *h
	m := old[len(old)-1]
	*h = old[:len(old)-1]
	return m
}

// clampSpan returns [start, end) clamped to src and moved to character
// boundaries, and whether anything is left of it.
func clampSpan(src string, start, end int) (int, int, bool) {
	start = min(max(start, 0), len(src))
	end = min(max(end, 0), len(src))
	for start > 0 && start < len(src) && !utf8.RuneStart(src[start]) {
		start--
	}
	for end < len(src) && end > 0 && !utf8.RuneStart(src[end]) {
		end++
	}
	return start, end, start < end
}

// layout arranges the marks over src into a tree of properly nested
// elements. Marks that cross are cut: when a mark m starts inside open
// marks that end before m does, the open marks ranked below m are closed
// at m's start and reopened inside m; if one ranked at or above m is among
// them, m itself is cut where that mark ends and its remainder is laid out
// later. The result is well-formed markup whatever the marks are.
func layout(src string, marks []mark) *node {
	h := make(markHeap, 0, len(marks))
	for _, m := range marks {
		s, e, ok := clampSpan(src, m.start, m.end)
		if !ok {
			continue
		}
		m.start, m.end = s, e
		h = append(h, m)
	}
	heap.Init(&h)

	root := &node{m: mark{start: 0, end: len(src)}}
	stack := []*node{root}
	pos := 0
	top := func() *node { return stack[len(stack)-1] }
	text := func(to int) {
		if to > pos {
			t := top()
			t.children = append(t.children, &node{m: mark{start: pos, end: to}, text: true})
			pos = to
		}
	}
	closeTop := func(at int) {
		text(at)
		stack = stack[:len(stack)-1]
	}
	open := func(m mark) {
		n := &node{m: m}
		t := top()
		t.children = append(t.children, n)
		stack = append(stack, n)
	}

	for h.Len() > 0 {
		m := heap.Pop(&h).(mark)
		// Close what ends before m starts.
		for len(stack) > 1 && top().m.end <= m.start {
			closeTop(top().m.end)
		}
		text(m.start)
		// The open marks that end inside m form the top of the stack
		// (ends never increase going up).
		k := len(stack)
		for k > 1 && stack[k-1].m.end < m.end {
			k--
		}
		crossing := stack[k:]
		// The innermost crossing mark that m may not cut: m ends where it
		// ends, and only the marks above it are cut.
		cut := -1
		for i := len(crossing) - 1; i >= 0; i-- {
			if crossing[i].m.layer <= m.layer {
				cut = i
				break
			}
		}
		if cut >= 0 {
			rest := m
			rest.start = crossing[cut].m.end
			heap.Push(&h, rest)
			m.end = crossing[cut].m.end
			crossing = crossing[cut+1:]
		}
		// Marks ranked below m that end inside it: close them at m's start
		// and reopen them inside m.
		var reopen []mark
		for range crossing {
			n := top()
			if n.m.end >= m.end {
				break
			}
			closeTop(m.start)
			if len(n.children) == 0 {
				// Opened at m's start: drop the empty element.
				p := top()
				p.children = p.children[:len(p.children)-1]
			}
			r := n.m
			r.start = m.start
			reopen = append(reopen, r)
		}
		open(m)
		for i := len(reopen) - 1; i >= 0; i-- {
			open(reopen[i])
		}
	}
	for len(stack) > 1 {
		closeTop(top().m.end)
	}
	text(len(src))
	return root
}

// codePoints converts byte offsets of src to code point offsets, as the
// JSON contract counts them.
type codePoints map[int]int

// newCodePoints counts the code points before each of the offsets.
func newCodePoints(src string, offsets []int) codePoints {
	sorted := append([]int(nil), offsets...)
	sort.Ints(sorted)
	cp := make(codePoints, len(sorted))
	b, n := 0, 0
	for _, off := range sorted {
		off = min(max(off, 0), len(src))
		for b < off {
			_, size := utf8.DecodeRuneInString(src[b:])
			b += size
			n++
		}
		cp[off] = n
	}
	return cp
}
