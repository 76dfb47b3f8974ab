package normalize

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// perByteMap is the offset map spelled out, one offset per byte of Norm
// plus len(Source) at the end, with the lookups written plainly: the
// reference for Text's run-length map.
type perByteMap struct {
	src  string
	offs []int32
}

func newPerByteMap(n *Normalizer, src string) perByteMap {
	_, offs := n.AppendMap(nil, nil, src)
	return perByteMap{src, append(offs, int32(len(src)))}
}

func (m perByteMap) sourceOffset(i int) int { return int(m.offs[i]) }

func (m perByteMap) normOffset(i int) int {
	if i <= 0 {
		return 0
	}
	if i >= len(m.src) {
		return len(m.offs) - 1
	}
	return sort.Search(len(m.offs), func(k int) bool { return int(m.offs[k]) >= i })
}

func (m perByteMap) sourceSpan(start, end int) (int, int) {
	s, e := m.sourceOffset(start), m.sourceOffset(end)
	if end > start && end < len(m.offs)-1 && m.offs[end] == m.offs[end-1] {
		last := m.offs[end-1]
		k := end
		for k < len(m.offs) && m.offs[k] <= last {
			k++
		}
		e = int(m.offs[k])
	}
	return s, max(s, e)
}

// checkMap compares every lookup of the Text of src with the per-byte
// reference.
func checkMap(t testing.TB, n *Normalizer, src string) {
	tx := n.Map(src)
	ref := newPerByteMap(n, src)
	require.Len(t, ref.offs, len(tx.Norm)+1)
	for i := 0; i <= len(tx.Norm); i++ {
		if got, want := tx.SourceOffset(i), ref.sourceOffset(i); got != want {
			t.Fatalf("SourceOffset(%d) = %d, want %d (%q)", i, got, want, src)
		}
	}
	for i := 0; i <= len(src); i++ {
		if got, want := tx.NormOffset(i), ref.normOffset(i); got != want {
			t.Fatalf("NormOffset(%d) = %d, want %d (%q)", i, got, want, src)
		}
	}
	for _, tok := range Tokenize(tx.Norm) {
		gs, ge := tx.SourceSpan(tok.Start, tok.End)
		ws, we := ref.sourceSpan(tok.Start, tok.End)
		if gs != ws || ge != we {
			t.Fatalf("SourceSpan(%d, %d) = %d, %d, want %d, %d (%q)", tok.Start, tok.End, gs, ge, ws, we, src)
		}
	}
	// Spans of every byte length up to 8, and long ones, that need not
	// fall on character or token boundaries.
	for start := 0; start < len(tx.Norm); start++ {
		for _, n := range []int{1, 2, 3, 4, 5, 6, 7, 8, 40, 200} {
			end := min(start+n, len(tx.Norm))
			gs, ge := tx.SourceSpan(start, end)
			ws, we := ref.sourceSpan(start, end)
			if gs != ws || ge != we {
				t.Fatalf("SourceSpan(%d, %d) = %d, %d, want %d, %d (%q)", start, end, gs, ge, ws, we, src)
			}
		}
	}
}

func TestRunLengthMapMatchesPerByte(t *testing.T) {
	for _, o := range optionSets {
		n := MustNew(o)
		for _, s := range fuzzSeeds {
			checkMap(t, n, s)
			checkMap(t, n, diacritize(s))
		}
	}
}

func TestRunLengthMapOnNews(t *testing.T) {
	files := newsFiles(t)
	n := MustNew(Search)
	for _, f := range files[:min(len(files), 6)] {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		checkMap(t, n, string(b))
		checkMap(t, n, diacritize(string(b)))
	}
}

// TestAnalyzeIntoMatchesAnalyze analyzes texts one after the other into
// one Text, and checks each result against a fresh Analyze: texts that
// change under normalization, that do not, and diacritized ones (the
// other loop).
func TestAnalyzeIntoMatchesAnalyze(t *testing.T) {
	n := MustNew(Search)
	texts := append([]string{"", "plain ascii only", "قال الرئيس. ثم غادر!"}, randomText(3, 40, 400)...)
	for _, f := range newsFilesIfAny(t) {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b), n.String(string(b)), diacritize(string(b)))
	}
	var reused Text
	for _, src := range texts {
		want := n.Analyze(src)
		got := n.AnalyzeInto(&reused, src)
		require.Equal(t, want.Norm, got.Norm)
		require.True(t, slices.Equal(want.Tokens, got.Tokens), "tokens of %q", src)
		require.True(t, slices.Equal(want.Sentences, got.Sentences), "sentences of %q", src)
		for i := 0; i <= len(want.Norm); i++ {
			if w, g := want.SourceOffset(i), got.SourceOffset(i); w != g {
				t.Fatalf("SourceOffset(%d) = %d, want %d (%q)", i, g, w, src)
			}
		}
		for i := 0; i <= len(src); i++ {
			if w, g := want.NormOffset(i), got.NormOffset(i); w != g {
				t.Fatalf("NormOffset(%d) = %d, want %d (%q)", i, g, w, src)
			}
		}
	}
}

func TestAnalyzeIntoAllocatesOnlyNorm(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	n := MustNew(Search)
	src := strings.Repeat("أَحْمَدُ فِي المَدْرَسَةِ عَلَى ٢٠١٧، «نعم». قال الرئيس: ", 20)
	var reused Text
	n.AnalyzeInto(&reused, src)
	assert.Equal(t, 1.0, testing.AllocsPerRun(20, func() { n.AnalyzeInto(&reused, src) }))
	plain := n.String(src)
	n.AnalyzeInto(&reused, plain)
	assert.Equal(t, 0.0, testing.AllocsPerRun(20, func() { n.AnalyzeInto(&reused, plain) }))
}

// newsFilesIfAny is newsFiles without the skip when ../shared is absent.
func newsFilesIfAny(t testing.TB) []string {
	if shared.Root() == "" {
		return nil
	}
	return newsFiles(t)
}

// checkTokenSources compares AppendTokenSources with TokenSource for
// every token of tx, over the whole list and over parts of it.
func checkTokenSources(t testing.TB, tx *Text) {
	all := tx.AppendTokenSources(nil, 0, len(tx.Tokens))
	require.Len(t, all, len(tx.Tokens))
	for i, sp := range all {
		if s, e := tx.TokenSource(i); sp != (Span{s, e}) {
			t.Fatalf("AppendTokenSources: token %d at %v, TokenSource says %d, %d (%q)", i, sp, s, e, tx.Source)
		}
	}
	n := len(tx.Tokens)
	for _, r := range [][2]int{{-3, 2}, {n / 3, n / 2}, {n - 1, n + 5}, {n / 2, n / 3}} {
		got := tx.AppendTokenSources([]Span{{-1, -1}}, r[0], r[1])
		lo, hi := max(r[0], 0), min(r[1], n)
		want := []Span{{-1, -1}}
		if lo < hi {
			want = append(want, all[lo:hi]...)
		}
		require.Equal(t, want, got, "tokens [%d, %d) of %q", r[0], r[1], tx.Source)
	}
}

func TestAppendTokenSources(t *testing.T) {
	texts := append([]string{"", "plain ascii only", "قال الرئيس. ثم غادر!", "ﷺ ﻻ ﷲ", "أ\u064eحمد\u0640\u0640 إلى"}, fuzzSeeds...)
	for _, f := range newsFilesIfAny(t) {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	for _, o := range optionSets {
		n := MustNew(o)
		for _, s := range texts {
			checkTokenSources(t, n.Analyze(s))
			checkTokenSources(t, n.Analyze(diacritize(s)))
		}
	}
	// A refined token list out of order (a stage may split and reorder)
	// reads the same as token by token.
	tx := MustNew(Search).Analyze("قال الرئيس إن الأمم المتحدة")
	slices.Reverse(tx.Tokens)
	checkTokenSources(t, tx)
}
