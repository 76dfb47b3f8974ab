package stem

import (
	"testing"

	"github.com/nabanlp/naba/internal/cputime"
	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
)

// BenchmarkTokenizeNormalizeStem is the indexing pipeline on the 38 news
// articles of ../shared/corpus/news: tokens of the source, each word
// stemmed and the stem folded with the Search preset (a Stemmer), other
// tokens folded, all into reused buffers. MB/s is of source text.
//
// impl=plain stems every word; impl=cache stems (and folds) through one
// Cache with Fold set, kept
// across the passes over the articles (the steady state of a long-running
// indexer, though here the same articles come back: 71% of the words are
// found); impl=cache-cold empties the Cache before every pass (67% of the
// words of the second half of the articles are found, the first half
// warms it).
func BenchmarkTokenizeNormalizeStem(b *testing.B) {
	var docs []string
	size := 0
	for _, d := range shared.News(b) {
		docs = append(docs, d.Text)
		size += len(d.Text)
	}
	run := func(b *testing.B, newCache func(c *Cache) *Cache) {
		var (
			toks  []normalize.Token
			terms []byte
			c     *Cache
		)
		st := NewStemmer(search)
		cputime.Loop(b, size, func() {
			c = newCache(c)
			for _, d := range docs {
				toks = normalize.AppendTokens(toks[:0], d)
				terms = terms[:0]
				for _, t := range toks {
					if t.Kind.IsWord() {
						if c != nil {
							terms = c.AppendStem(terms, d[t.Start:t.End]) // folded by the cache
						} else {
							terms = st.AppendStem(terms, d[t.Start:t.End])
						}
					} else {
						terms = search.AppendString(terms, d[t.Start:t.End])
					}
					terms = append(terms, ' ')
				}
			}
		})
	}
	b.Run("impl=plain", func(b *testing.B) { run(b, func(*Cache) *Cache { return nil }) })
	b.Run("impl=cache", func(b *testing.B) {
		run(b, func(c *Cache) *Cache {
			if c == nil {
				c = &Cache{Fold: search}
			}
			return c
		})
	})
	b.Run("impl=cache-cold", func(b *testing.B) {
		run(b, func(c *Cache) *Cache {
			if c == nil {
				c = &Cache{Fold: search}
			}
			c.Reset()
			return c
		})
	})
}
