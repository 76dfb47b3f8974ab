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

// BenchmarkEventsNewsSession is BenchmarkEventsNews as a Session runs the
// stage: the trigger lexicon's readings of the words of earlier passes
// are remembered (events.Finder) and its memory reused.
func BenchmarkEventsNewsSession(b *testing.B) {
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
