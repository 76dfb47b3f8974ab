package view_test

import (
	"io"
	"strings"
	"testing"

	"github.com/nabanlp/naba"
	"github.com/nabanlp/naba/view"
)

// BenchmarkArticle renders the sample page repeated 200 times (about
// 60 KB, 1800 mentions) into one document.
func BenchmarkArticle(b *testing.B) {
	one := sampleDoc(b)
	doc := repeat(b, one, 200)
	b.SetBytes(int64(len(doc.Source())))
	b.ReportAllocs()
	for b.Loop() {
		if err := view.Article(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}

// repeat extracts the sample text n times over and copies the sample's
// hand-set spans to each copy.
func repeat(tb testing.TB, one *naba.Document, n int) *naba.Document {
	tb.Helper()
	src := one.Source()
	doc := extract(tb, strings.Repeat(src+"\n\n", n))
	doc.Mentions, doc.Dates, doc.Events = nil, nil, nil
	for k := range n {
		off := k * (len(src) + 2)
		for _, m := range one.Mentions {
			m.Start += off
			m.End += off
			doc.Mentions = append(doc.Mentions, m)
		}
		for _, d := range one.Dates {
			d.Start += off
			d.End += off
			doc.Dates = append(doc.Dates, d)
		}
		for _, ev := range one.Events {
			ev.Trigger.Start += off
			ev.Trigger.End += off
			doc.Events = append(doc.Events, ev)
		}
	}
	doc.Entities = one.Entities
	return doc
}
