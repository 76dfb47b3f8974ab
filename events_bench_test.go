package naba

import (
	"context"
	"testing"
)

// extractedNews returns the news corpus's documents extracted once
// (mentions, entities and dates in place) and their text's length.
func extractedNews(b *testing.B) (docs []*Document, total int) {
	texts, _ := newsCorpus(b)
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range texts {
		doc, err := x.Extract(context.Background(), d, ExtractOptions{})
		if err != nil {
			continue
		}
		docs = append(docs, doc)
		total += len(d)
	}
	return docs, total
}

// BenchmarkEventsNews times the events stage alone over the news corpus
// (the documents extracted once, mentions, entities and dates in place);
// compare with BenchmarkExtractNews run alongside for its share of the
// pipeline.
func BenchmarkEventsNews(b *testing.B) {
	extracted, total := extractedNews(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range extracted {
			findEvents(doc)
		}
	}
}

// BenchmarkEventsNewsSession is BenchmarkEventsNews as a Session runs the
// stage: the trigger lexicon's readings of the words of earlier passes
// are remembered (events.Finder) and its memory reused.
func BenchmarkEventsNewsSession(b *testing.B) {
	extracted, total := extractedNews(b)
	f := newEventSession()
	for _, doc := range extracted {
		findEventsWith(doc, f)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range extracted {
			findEventsWith(doc, f)
		}
	}
}
