package dates

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/nabanlp/naba/normalize"
)

// TestParserConcurrent: one Parser used by several goroutines at once
// (Find, and FindText on texts analyzed once) gives what one goroutine
// gets. Run with -race, it checks that a Parser is safe for concurrent
// use.
func TestParserConcurrent(t *testing.T) {
	texts := []string{
		"التقى الحكيم صباح اليوم، بتاريخ ٢٨ حزيران الماضي، من ١٩ حتى ٢١ أيلول القادم",
		"٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م", "28/6/2017 و 2017-06-28 و28.06.2017",
		"بين عامي 2011 و2015", "منذ ثلاثة أيام", "الأسبوع الماضي يوم الجمعة", "عيد الفطر 2017",
		"يوم الثلاثاء 19 / 10 / 1436هـ الموافق 4 / 8 / 2015م", "الخميس قبل الماضي", "a\xffب ٢٠١٧", "",
	}
	p := MustNew(Options{Reference: time.Date(2017, 7, 10, 0, 0, 0, 0, time.UTC)})
	n := normalize.MustNew(normalize.Search)
	txs := make([]*normalize.Text, len(texts))
	want := make([][]Date, len(texts))
	wantText := make([][]Date, len(texts))
	for i, s := range texts {
		txs[i] = n.Analyze(s)
		want[i], wantText[i] = p.Find(s), p.FindText(txs[i])
	}
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Go(func() {
			for k := range 3 * len(texts) {
				i := (k + g) % len(texts)
				if g%2 == 0 {
					assert.Equal(t, want[i], p.Find(texts[i]), "goroutine %d, %q", g, texts[i])
				} else {
					assert.Equal(t, wantText[i], p.FindText(txs[i]), "goroutine %d, %q", g, texts[i])
				}
			}
		})
	}
	wg.Wait()
}
