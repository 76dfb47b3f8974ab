package normalize

import (
	"os"
	"sort"
	"testing"

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
