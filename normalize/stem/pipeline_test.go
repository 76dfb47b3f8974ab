package stem

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
)

// BenchmarkTokenizeNormalizeStem is the indexing pipeline on the 38 news
// articles of ../shared/corpus/news: tokens of the source, each word
// stemmed (AppendStem) and the stem folded with the Search preset, other
// tokens folded, all into reused buffers. MB/s is of source text.
func BenchmarkTokenizeNormalizeStem(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(shared.Path(b, "corpus", "news"), "*.txt"))
	sort.Strings(paths)
	var docs []string
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
		size += len(data)
	}
	var (
		toks           []normalize.Token
		terms, scratch []byte
	)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			toks = normalize.AppendTokens(toks[:0], d)
			terms = terms[:0]
			for _, t := range toks {
				if t.Kind.IsWord() {
					scratch = AppendStem(scratch[:0], d[t.Start:t.End])
					terms = search.Append(terms, scratch)
				} else {
					terms = search.AppendString(terms, d[t.Start:t.End])
				}
				terms = append(terms, ' ')
			}
		}
	}
}
