package entities

import (
	"math/rand/v2"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
	"github.com/stretchr/testify/require"
)

// TestSamePhrase: samePhrase, which compares two phrases' keys in the
// doc's scratch, answers as comparing their phraseKey strings does, for
// phrases of one to four words of the seed and the news: every pair of
// the same key, and random pairs.
func TestSamePhrase(t *testing.T) {
	norm := normalize.MustNew(normalize.Search)
	texts := []string{seedArticle}
	for _, d := range shared.News(t) {
		texts = append(texts, d.Text)
	}
	r := rulesOnce()
	rng := rand.New(rand.NewPCG(14, 14))
	same := 0
	for _, text := range texts {
		var d doc
		d.reset(r, norm.Analyze(text))
		byKey := map[string][][2]int{}
		for i := range d.n {
			for n := 1; n <= 4 && i+n <= d.n; n++ {
				k := d.phraseKey(i, i+n)
				byKey[k] = append(byKey[k], [2]int{i, i + n})
			}
		}
		for _, spans := range byKey {
			for _, s := range spans[1:] {
				require.True(t, d.samePhrase(spans[0][0], spans[0][1], s[0], s[1]), "%v %v", spans[0], s)
				same++
			}
		}
		for range 2000 {
			f1, f2 := rng.IntN(d.n), rng.IntN(d.n)
			l1, l2 := min(f1+1+rng.IntN(4), d.n), min(f2+1+rng.IntN(4), d.n)
			require.Equal(t, d.phraseKey(f1, l1) == d.phraseKey(f2, l2), d.samePhrase(f1, l1, f2, l2), "%d-%d %d-%d", f1, l1, f2, l2)
		}
	}
	require.Greater(t, same, 1000)
}
