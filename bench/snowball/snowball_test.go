// Package snowball compares naba's Snowball Arabic stemmer with the Go code
// the Snowball compiler generates (github.com/blevesearch/snowballstem),
// side by side on the same 50,000 words.
package snowball

import (
	"bufio"
	"os"
	"testing"

	"github.com/blevesearch/snowballstem"
	sbarabic "github.com/blevesearch/snowballstem/arabic"
	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize/snowball/arabic"
)

func words(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(shared.Path(tb, "data", "snowball-arabic", "voc.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var ws []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		ws = append(ws, sc.Text())
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return ws
}

func snowballStem(env *snowballstem.Env, w string) string {
	env.SetCurrent(w)
	sbarabic.Stem(env)
	return env.Current()
}

// TestSameStems checks that both stemmers agree on every word, so the
// benchmark compares equal work.
func TestSameStems(t *testing.T) {
	env := snowballstem.NewEnv("")
	for i, w := range words(t) {
		if got, want := arabic.Stem(w, true), snowballStem(env, w); got != want {
			t.Errorf("line %d %q: naba %q, snowballstem %q", i+1, w, got, want)
		}
	}
}

// BenchmarkStem stems all 50,000 words per op with each stemmer.
func BenchmarkStem(b *testing.B) {
	ws := words(b)
	b.Run("impl=naba", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, w := range ws {
				arabic.Stem(w, true)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ws)), "ns/word")
	})
	b.Run("impl=naba-append", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 256)
		for b.Loop() {
			for _, w := range ws {
				buf = arabic.AppendStem(buf[:0], w)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ws)), "ns/word")
	})
	b.Run("impl=snowballstem", func(b *testing.B) {
		b.ReportAllocs()
		env := snowballstem.NewEnv("")
		for b.Loop() {
			for _, w := range ws {
				snowballStem(env, w)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ws)), "ns/word")
	})
}
