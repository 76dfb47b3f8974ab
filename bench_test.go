package naba

import (
	"context"
	"encoding/json"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
)

// newsCorpus returns the articles of the news corpus and their size in
// bytes, skipping b when the shared data folder is absent.
func newsCorpus(b *testing.B) (docs []string, total int) {
	b.Helper()
	for _, a := range shared.News(b) {
		docs = append(docs, a.Text)
		total += len(a.Text)
	}
	return docs, total
}

// BenchmarkExtractNews runs the whole pipeline over the news corpus
// (../shared/corpus/news, 38 articles); MB/s is per core.
func BenchmarkExtractNews(b *testing.B) {
	docs, total := newsCorpus(b)
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	// Load the stages' embedded data (tagger model, gazetteer, word
	// table) before timing.
	_, _ = x.Extract(ctx, docs[0], ExtractOptions{})
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Extract(ctx, d, ExtractOptions{}); err != nil && !errors.Is(err, ErrInternal) {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractNewsSession is BenchmarkExtractNews through one
// Session, as a worker reading a stream of documents does: the words of
// earlier passes are known.
func BenchmarkExtractNewsSession(b *testing.B) {
	docs, total := newsCorpus(b)
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	sess := x.NewSession()
	for _, d := range docs {
		_, _ = sess.Extract(ctx, d, ExtractOptions{})
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := sess.Extract(ctx, d, ExtractOptions{}); err != nil && !errors.Is(err, ErrInternal) {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractNewsJSON adds marshalling the JSON contract.
func BenchmarkExtractNewsJSON(b *testing.B) {
	docs, total := newsCorpus(b)
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	// Load the stages' embedded data (tagger model, gazetteer, word
	// table) before timing.
	_, _ = x.Extract(ctx, docs[0], ExtractOptions{})
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			doc, err := x.Extract(ctx, d, ExtractOptions{})
			if errors.Is(err, ErrInternal) {
				continue
			}
			if err != nil {
				b.Fatal(err)
			}
			if _, err := json.Marshal(doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractNewsLine extracts one 1 MB line, the news corpus
// joined with spaces and repeated, through a Session, as the extract
// command reads a huge file: B/byte is the memory allocated per input
// byte (the peak memory of one huge document follows it). A Session
// drops the lists of a text past 65,536 tokens once it is done with it,
// so every pass allocates them anew: the figure is that of the first
// huge document. See BenchmarkExtractLongLine for one sentence repeated.
func BenchmarkExtractNewsLine(b *testing.B) {
	docs, _ := newsCorpus(b)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, d := range docs {
			sb.WriteString(strings.ReplaceAll(d, "\n", " "))
			sb.WriteByte(' ')
		}
	}
	line := sb.String()[:1<<20]
	line = strings.ToValidUTF8(line, "") // the cut may split a character
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	sess := x.NewSession()
	_, _ = sess.Extract(ctx, docs[0], ExtractOptions{})
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		if _, err := sess.Extract(ctx, line, ExtractOptions{}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n)/float64(len(line)), "B/byte")
}

// BenchmarkExtractNewsParallel runs Extract from all Ps at once, to see
// how the Extractor scales.
func BenchmarkExtractNewsParallel(b *testing.B) {
	docs, total := newsCorpus(b)
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	_, _ = x.Extract(context.Background(), docs[0], ExtractOptions{})
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, d := range docs {
				if _, err := x.Extract(context.Background(), d, ExtractOptions{}); err != nil && !errors.Is(err, ErrInternal) {
					b.Error(err)
				}
			}
		}
	})
}

// BenchmarkAnalyzeNews is the normalize step alone, for comparison.
func BenchmarkAnalyzeNews(b *testing.B) {
	docs, total := newsCorpus(b)
	n := normalize.MustNew(normalize.Search)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			n.Analyze(d)
		}
	}
}

// BenchmarkStagesNews splits the time of the article stages.
func BenchmarkStagesNews(b *testing.B) {
	docs, total := newsCorpus(b)
	n := normalize.MustNew(normalize.Search)
	txs := make([]*normalize.Text, len(docs))
	b.Run("glue", func(b *testing.B) {
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			for i, d := range docs {
				txs[i] = n.Analyze(d)
			}
			b.StartTimer()
			for _, tx := range txs {
				repairGlue(tx, 0, len(tx.Tokens), glueStrict, nil)
			}
		}
	})
	b.Run("segment", func(b *testing.B) {
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for i, d := range docs {
			txs[i] = n.Analyze(d)
		}
		for b.Loop() {
			for _, tx := range txs {
				secs, _ := segment(tx, nil, true, nil, nil)
				_, _ = sectionSentences(tx, secs, nil, nil)
			}
		}
	})
}
