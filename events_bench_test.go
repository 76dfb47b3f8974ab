package naba

import (
	"context"
	"testing"
)

// BenchmarkEventsNews times the events stage alone over the news corpus
// (the documents extracted once, mentions, entities and dates in place);
// compare with BenchmarkExtractNews run alongside for its share of the
// pipeline.
func BenchmarkEventsNews(b *testing.B) {
	docs, _ := newsCorpus(b)
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	var extracted []*Document
	total := 0
	for _, d := range docs {
		doc, err := x.Extract(context.Background(), d, ExtractOptions{})
		if err != nil {
			continue
		}
		extracted = append(extracted, doc)
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range extracted {
			findEvents(doc)
		}
	}
}
