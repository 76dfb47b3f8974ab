package view

import (
	"strings"
	"testing"

	"github.com/nabanlp/naba"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// brackets writes a laid-out tree as text with each element in brackets,
// tagged by its layer: B block, S section, M mention, D date, T trigger.
func brackets(src string, n *node) string {
	var b strings.Builder
	var walk func(n *node)
	walk = func(n *node) {
		for _, c := range n.children {
			if c.text {
				b.WriteString(src[c.m.start:c.m.end])
				continue
			}
			b.WriteByte("BSMDT"[c.m.layer])
			b.WriteByte('(')
			walk(c)
			b.WriteByte(')')
		}
	}
	walk(n)
	return b.String()
}

func TestLayout(t *testing.T) {
	const src = "abcdefghij"
	M := func(s, e int) mark { return mark{s, e, layerMention, 0} }
	D := func(s, e int) mark { return mark{s, e, layerDate, 0} }
	T := func(s, e int) mark { return mark{s, e, layerTrigger, 0} }
	S := func(s, e int) mark { return mark{s, e, layerSection, 0} }
	tests := []struct {
		name  string
		marks []mark
		want  string
	}{
		{"none", nil, "abcdefghij"},
		{"disjoint", []mark{M(0, 2), D(4, 6)}, "M(ab)cdD(ef)ghij"},
		{"date inside mention", []mark{M(0, 10), D(3, 6)}, "M(abcD(def)ghij)"},
		{"mention inside date", []mark{D(0, 10), M(3, 6)}, "D(abcM(def)ghij)"},
		{"same span nests, higher layer outside", []mark{T(2, 5), D(2, 5), M(2, 5)}, "abM(D(T(cde)))fghij"},
		{"date starts in mention and leaves it: the date is cut", []mark{M(0, 6), D(3, 10)}, "M(abcD(def))D(ghij)"},
		{"mention starts in date and leaves it: the date is cut", []mark{D(0, 6), M(3, 10)}, "D(abc)M(D(def)ghij)"},
		{"trigger crossing a date inside a mention", []mark{M(0, 10), D(1, 5), T(3, 8)}, "M(aD(bcT(de))T(fgh)ij)"},
		{"mention crossing sections is cut at the boundary", []mark{S(0, 5), S(5, 10), M(3, 8)}, "S(abcM(de))S(M(fgh)ij)"},
		{"overlapping mentions: the later is cut", []mark{M(0, 5), M(3, 8)}, "M(abcM(de))M(fgh)ij"},
		{"empty and out-of-range marks are dropped", []mark{M(4, 4), D(-3, 2), T(8, 99)}, "D(ab)cdefghT(ij)"},
		{"reopened marks keep their order", []mark{D(0, 7), T(1, 6), M(2, 9)}, "D(aT(b))M(D(T(cdef)g)hi)j"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, brackets(src, layout(src, tt.marks)))
		})
	}
}

func TestLayoutCharacterBoundaries(t *testing.T) {
	src := "أب جد"
	// Offsets inside a two-byte letter are widened to the whole letter.
	root := layout(src, []mark{{1, 3, layerMention, 0}})
	assert.Equal(t, "M(أب) جد", brackets(src, root))
}

// checkTree checks the invariants of a laid-out tree: the text runs spell
// the source in order, and every element lies inside its parent.
func checkTree(t testing.TB, src string, root *node) {
	t.Helper()
	var text strings.Builder
	var walk func(n *node)
	walk = func(n *node) {
		for _, c := range n.children {
			if c.m.start < n.m.start || c.m.end > n.m.end || c.m.start > c.m.end {
				t.Fatalf("element [%d,%d) escapes its parent [%d,%d)", c.m.start, c.m.end, n.m.start, n.m.end)
			}
			if c.text {
				text.WriteString(src[c.m.start:c.m.end])
				continue
			}
			walk(c)
		}
	}
	walk(root)
	if text.String() != src {
		t.Fatalf("text runs spell %q, want %q", text.String(), src)
	}
}

func FuzzLayout(f *testing.F) {
	f.Add("abcdefghij", []byte{0, 6, 2, 3, 10, 3, 1, 5, 4})
	f.Add("أب جد هوز", []byte{1, 3, 2, 0, 9, 1})
	f.Fuzz(func(t *testing.T, src string, spec []byte) {
		var marks []mark
		for i := 0; i+2 < len(spec) && len(marks) < 64; i += 3 {
			marks = append(marks, mark{int(spec[i]), int(spec[i+1]), layer(spec[i+2] % 5), i})
		}
		checkTree(t, src, layout(src, marks))
	})
}

func TestBlocks(t *testing.T) {
	src := "شريط\n\nعنوان\n\nدمشق - نص الفقرة.\nنص بلا قسم\n\nالمصدر: وكالة"
	at := func(s string) (int, int) {
		i := strings.Index(src, s)
		require.GreaterOrEqual(t, i, 0, s)
		return i, i + len(s)
	}
	sec := func(k naba.SectionKind, s string) naba.Section {
		a, b := at(s)
		return naba.Section{Kind: k, Start: a, End: b, Parent: -1}
	}
	secs := []naba.Section{
		sec(naba.Ticker, "شريط"),
		sec(naba.Title, "عنوان"),
		sec(naba.Dateline, "دمشق -"),
		sec(naba.Paragraph, "نص الفقرة."),
		sec(naba.Source, "المصدر: وكالة"),
	}
	var got []string
	for _, b := range blocks(src, secs) {
		got = append(got, b.kind+"="+src[b.start:b.end])
	}
	assert.Equal(t, []string{
		"ticker=شريط",
		"title=عنوان",
		"dateline=دمشق - نص الفقرة.", // a dateline shares its paragraph's line
		"gap=نص بلا قسم",             // text outside every section is kept
		"source=المصدر: وكالة",
	}, got)
}
