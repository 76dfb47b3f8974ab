package gazetteer

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nabanlp/naba/normalize"
)

// TestGazetteerConcurrent: the default Gazetteer used by several
// goroutines at once (Matches, Tags, a Scan each) gives what one
// goroutine gets. Run with -race, it checks that a Gazetteer is safe for
// concurrent use.
func TestGazetteerConcurrent(t *testing.T) {
	texts := []string{
		"وسوريا ولبنان", "للائتلاف الوطني لقوى الثورة والمعارضة السورية في اسطنبول",
		"بلقسة وخربة الحمام", "الأمم المتحدة ومنظمة الصحة العالمية في جنيف", "", "\xff\xfe",
	}
	g := Default()
	txs := make([]*normalize.Text, len(texts))
	type result struct {
		matches []Match
		tags    []Tags
		scan    []Tags
	}
	want := make([]result, len(texts))
	for i, s := range texts {
		tx := search.Analyze(s)
		txs[i] = tx
		want[i] = result{g.Matches(tx, 0, len(tx.Tokens), AllKinds), g.Tags(tx), g.Scan(tx).AppendTags(nil)}
	}
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Go(func() {
			for k := range 3 * len(texts) {
				i := (k + w) % len(texts)
				tx := txs[i]
				got := result{g.Matches(tx, 0, len(tx.Tokens), AllKinds), g.Tags(tx), g.Scan(tx).AppendTags(nil)}
				assert.Equal(t, want[i], got, "goroutine %d, %q", w, texts[i])
			}
		})
	}
	wg.Wait()
}
