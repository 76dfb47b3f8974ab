package events

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nabanlp/naba/normalize"
)

// TestLexiconConcurrent: the default Lexicon used by several goroutines
// at once (Find, and a Finder each) gives the triggers one goroutine
// gets. Run with -race, it checks that a Lexicon is safe for concurrent
// use.
func TestLexiconConcurrent(t *testing.T) {
	texts := []string{
		"التقى الأمين العام نذير الحكيم، صباح اليوم، في اسطنبول.",
		"وقتل ثلاثة وعشرون شخصاً في قصف على كفرنبل، وأصيب عشرة آخرون",
		"لقي ما لا يقل عن 115 مسلحا حتفهم", "حل البرلمان", "اتصال هاتفي", "وللاجتماع", "",
		"أعلنت الحكومة تعيين محافظ جديد واعتقال خمسة متظاهرين",
	}
	lex := Default()
	txs := make([]*normalize.Text, len(texts))
	want := make([][]Trigger, len(texts))
	for i, s := range texts {
		txs[i] = search.Analyze(s)
		want[i] = lex.Find(txs[i], 0, len(txs[i].Tokens))
	}
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Go(func() {
			f := lex.NewFinder()
			for k := range 3 * len(texts) {
				i := (k + g) % len(texts)
				tx := txs[i]
				if g%2 == 0 {
					assert.Equal(t, want[i], lex.Find(tx, 0, len(tx.Tokens)), "goroutine %d, %q", g, texts[i])
				} else {
					words := AppendSearchWords(nil, tx)
					assert.Equal(t, want[i], f.AppendTriggers(nil, tx, words, 0, len(tx.Tokens)), "goroutine %d, %q", g, texts[i])
				}
			}
		})
	}
	wg.Wait()
}
