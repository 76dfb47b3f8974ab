package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/nabanlp/naba/internal/cputime"
	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
)

// newsText concatenates the news corpus (real Arabic articles).
func newsText(b *testing.B) string {
	var sb strings.Builder
	for _, a := range shared.News(b) {
		sb.WriteString(a.Text)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// BenchmarkFind measures Find (folding included) over the news corpus.
func BenchmarkFind(b *testing.B) {
	text := newsText(b)
	p := MustNew(Options{Reference: day("2018-05-01")})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	c0 := cputime.Process()
	for b.Loop() {
		p.Find(text)
	}
	reportCPU(b, c0, len(text))
}

// reportCPU adds the throughput per CPU second, which holds up on a
// shared machine (run with -cpu 1).
func reportCPU(b *testing.B, c0 time.Duration, size int) {
	if d := cputime.Process() - c0; d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkFindText measures FindText on an already analyzed text (the
// pipeline's cost of this stage).
func BenchmarkFindText(b *testing.B) {
	text := newsText(b)
	t := normalize.MustNew(normalize.Search).Analyze(text)
	p := MustNew(Options{Reference: day("2018-05-01")})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	c0 := cputime.Process()
	for b.Loop() {
		p.FindText(t)
	}
	reportCPU(b, c0, len(text))
}

// BenchmarkAnalyze is the normalizer's Analyze on the same text, for a
// side-by-side ratio on a shared machine.
func BenchmarkAnalyze(b *testing.B) {
	text := newsText(b)
	n := normalize.MustNew(normalize.Search)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	c0 := cputime.Process()
	for b.Loop() {
		n.Analyze(text)
	}
	reportCPU(b, c0, len(text))
}

// BenchmarkAppendTextFolded measures AppendText as the pipeline calls it:
// a Search-folded text, told so, and one result slice reused.
func BenchmarkAppendTextFolded(b *testing.B) {
	text := newsText(b)
	t := normalize.MustNew(normalize.Search).Analyze(text)
	p := MustNew(Options{Reference: day("2018-05-01")})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var ds []Date
	c0 := cputime.Process()
	for b.Loop() {
		ds = p.AppendText(ds[:0], t, true)
	}
	reportCPU(b, c0, len(text))
}
