package wordfreq

import (
	"bytes"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTableLoads(t *testing.T) {
	tb, err := decode(tableData)
	require.NoError(t, err)
	n := 0
	for _, s := range tb.slots {
		if s != 0 {
			n++
		}
	}
	assert.Equal(t, Words, n)
}

// TestTableRecords checks the records of the embedded file: in strictly
// increasing key order (as gen.go sorts them), each found by its key
// with its own frequency; and that a cut or altered file is an error.
func TestTableRecords(t *testing.T) {
	tb, err := decode(tableData)
	require.NoError(t, err)
	var prev []byte
	n := 0
	for off := 0; off < len(tb.blob); n++ {
		end := off + 2 + int(tb.blob[off])
		key := tb.blob[off+2 : end]
		if bytes.Compare(key, prev) <= 0 {
			t.Fatalf("record %d is not after the one before", n)
		}
		if cb, ok := lookup(key, hash(key)); !ok || cb != -4*int(tb.blob[off+1]) {
			t.Fatalf("record %d: lookup gives %d, %v", n, cb, ok)
		}
		prev, off = key, end
	}
	assert.Equal(t, Words, n)
	for _, cut := range []int{0, 7, 8, 9, len(tableData) / 2, len(tableData) - 1} {
		_, err := decode(tableData[:cut])
		assert.Error(t, err, cut)
	}
	_, err = decode(append(tableData[:len(tableData):len(tableData)], 0))
	assert.Error(t, err, "trailing byte")
	bad := bytes.Clone(tableData)
	copy(bad[12:16], bad[8:12]) // the second record in the first's slot
	_, err = decode(bad)
	assert.Error(t, err, "two records in one slot")
}

// TestTableSlots checks that the slots decode fills from the stored
// places are those that hashing each key in record order fills, as
// lookup probes them.
func TestTableSlots(t *testing.T) {
	tb, err := decode(tableData)
	require.NoError(t, err)
	slots := make([]uint32, slotsFor(Words))
	mask := uint32(len(slots) - 1)
	for off := 0; off < len(tb.blob); off += 2 + int(tb.blob[off]) {
		full := hash(tb.blob[off+2 : off+2+int(tb.blob[off])])
		h := full & mask
		for slots[h] != 0 {
			h = (h + 1) & mask
		}
		slots[h] = full&^offMask | uint32(off+1)
	}
	require.Equal(t, mask, tb.mask)
	require.True(t, slices.Equal(slots, tb.slots), "slots differ")
}

func TestCentibels(t *testing.T) {
	tests := []struct {
		word  string
		known bool
		above int // frequency at least this many centibels
	}{
		{"في", true, -200},
		{"سوريا", true, -450},
		{"تعيين", true, -550},
		{"عمان", true, -500},
		{"بالطاقه", true, -700}, // clitics stay attached
		{"عمانتعيين", false, 0}, // glued headlines
		{"دمشقانفجار", false, 0},
		{"", false, 0},
		{"سوريا2", false, 0},
		{"أحمد", false, 0}, // not folded: keys are Search-folded
	}
	for _, tt := range tests {
		cb, ok := Centibels(tt.word)
		cbb, okb := CentibelsBytes([]byte(tt.word))
		assert.Equal(t, cb, cbb, tt.word)
		assert.Equal(t, ok, okb, tt.word)
		assert.Equal(t, tt.known, ok, tt.word)
		if tt.known {
			assert.GreaterOrEqual(t, cb, tt.above, tt.word)
			assert.LessOrEqual(t, cb, 0, tt.word)
		}
	}
}

func TestFrequencyOrder(t *testing.T) {
	a, _ := Centibels("من")
	b, ok := Centibels("المعارضه")
	assert.True(t, ok)
	assert.Greater(t, a, b)
}

func BenchmarkCentibels(b *testing.B) {
	load()
	words := []string{"في", "الائتلاف", "عمانتعيين", "المعارضه", "والبحريه"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Centibels(words[i%len(words)])
	}
}

func BenchmarkCentibelsBytes(b *testing.B) {
	load()
	var words [][]byte
	for _, w := range []string{"في", "الائتلاف", "عمانتعيين", "المعارضه", "والبحريه"} {
		words = append(words, []byte(w))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		CentibelsBytes(words[i%len(words)])
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decode(tableData); err != nil {
			b.Fatal(err)
		}
	}
}
