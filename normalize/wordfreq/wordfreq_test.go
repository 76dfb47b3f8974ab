package wordfreq

import (
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
