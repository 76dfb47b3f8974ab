// Package analysis compares naba's whole text process (normalize with the
// Search preset, offset map, tokens, sentences; then stems) with bleve's
// Arabic analysis on the same ~12 MB of news, side by side in one run.
//
// The text is the 38 articles of ../shared/corpus/news, concatenated and
// repeated to 12 MB, built in memory at run time (never committed). Both
// sides analyze it one article at a time, each from its native input type
// (string for naba, []byte for bleve), and b.SetBytes counts the 12 MB.
package analysis

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/snowballstem"
	sbarabic "github.com/blevesearch/snowballstem/arabic"
	"github.com/nabanlp/naba/internal/cputime"
	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
	"github.com/nabanlp/naba/normalize/stem"
)

// targetBytes is the size of the benchmark text: 12 MiB, or
// $NABA_BENCH_BYTES (icount.sh uses a smaller text under valgrind).
var targetBytes = func() int {
	if n, err := strconv.Atoi(os.Getenv("NABA_BENCH_BYTES")); err == nil && n > 0 {
		return n
	}
	return 12 << 20
}()

type corpus struct {
	docs  []string // the articles, repeated
	bdocs [][]byte // the same, as bleve takes them
	size  int
}

var loadCorpus = sync.OnceValues(func() (*corpus, error) {
	dir := filepath.Join(shared.Root(), "corpus", "news")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var articles []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		articles = append(articles, string(b))
	}
	c := &corpus{}
	for c.size < targetBytes && len(articles) > 0 {
		for _, a := range articles {
			c.docs = append(c.docs, a)
			c.bdocs = append(c.bdocs, []byte(a))
			c.size += len(a)
		}
	}
	return c, nil
})

func text(tb testing.TB) *corpus {
	tb.Helper()
	shared.Path(tb, "corpus", "news") // skips without ../shared
	c, err := loadCorpus()
	if err != nil {
		tb.Fatal(err)
	}
	if len(c.docs) == 0 {
		tb.Skip("no articles in corpus/news")
	}
	return c
}

// snowballFilter is bleve's Snowball stemmer token filter for Arabic,
// written as bleve writes its stemmer_*_snowball filters (bleve ships none
// for Arabic): blevesearch/snowballstem's generated arabic.Stem per token.
type snowballFilter struct{}

func (snowballFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, token := range input {
		env := snowballstem.NewEnv(string(token.Term))
		sbarabic.Stem(env)
		token.Term = []byte(env.Current())
	}
	return input
}

// bleveChain is the unicode tokenizer followed by token filters.
type bleveChain struct {
	tokenizer analysis.Tokenizer
	filters   []analysis.TokenFilter
}

func (c bleveChain) analyze(doc []byte) analysis.TokenStream {
	ts := c.tokenizer.Tokenize(doc)
	for _, f := range c.filters {
		ts = f.Filter(ts)
	}
	return ts
}

var (
	bleveNormalize = bleveChain{unicode.NewUnicodeTokenizer(), []analysis.TokenFilter{ar.NewArabicNormalizeFilter()}}
	bleveSnowball  = bleveChain{unicode.NewUnicodeTokenizer(), []analysis.TokenFilter{ar.NewArabicNormalizeFilter(), snowballFilter{}}}
	search         = normalize.MustNew(normalize.Search)
	searchStemmer  = stem.NewStemmer(search)
)

// nabaStems analyzes doc and appends the stem of every word token to buf
// (the stems are what an indexer would keep); it returns the buffer and
// the number of words.
func nabaStems(doc string, buf []byte) ([]byte, int) {
	t := search.Analyze(doc)
	n := 0
	for i, tok := range t.Tokens {
		if tok.Kind.IsWord() {
			buf = stem.AppendStem(buf, t.TokenText(i))
			buf = append(buf, ' ')
			n++
		}
	}
	return buf, n
}

// nabaStemsInto is nabaStems for a caller that analyzes article after
// article: the analysis goes into the reused Text t, and the stems go
// through the Cache c (the stems of the frequent words are remembered).
func nabaStemsInto(t *normalize.Text, c *stem.Cache, doc string, buf []byte) ([]byte, int) {
	search.AnalyzeInto(t, doc)
	n := 0
	for i, tok := range t.Tokens {
		if tok.Kind.IsWord() {
			buf = c.AppendStem(buf, t.TokenText(i))
			buf = append(buf, ' ')
			n++
		}
	}
	return buf, n
}

// tokenTerms is naba in bleve's shape: tokens of the source text (with
// their source offsets), each term normalized with the Search preset into
// one reused buffer. It returns the buffers for reuse.
func tokenTerms(doc string, toks []normalize.Token, terms []byte) ([]normalize.Token, []byte) {
	toks = normalize.AppendTokens(toks[:0], doc)
	terms = terms[:0]
	for _, t := range toks {
		terms = search.AppendString(terms, doc[t.Start:t.End])
		terms = append(terms, ' ')
	}
	return toks, terms
}

// tokenStems is tokenTerms with stemming, done the way package stem
// recommends: each word token of the source is stemmed (the Snowball
// stemmer normalizes by itself) and the stem folded with the Search
// preset, by a stem.Stemmer; other tokens are normalized.
func tokenStems(doc string, toks []normalize.Token, terms, scratch []byte) ([]normalize.Token, []byte, []byte) {
	toks = normalize.AppendTokens(toks[:0], doc)
	terms = terms[:0]
	for _, t := range toks {
		if t.Kind.IsWord() {
			terms = searchStemmer.AppendStem(terms, doc[t.Start:t.End])
		} else {
			terms = search.AppendString(terms, doc[t.Start:t.End])
		}
		terms = append(terms, ' ')
	}
	return toks, terms, scratch
}

// tokenStemsCached is tokenStems with the stems going through the Cache c,
// whose Fold is the Search normalizer: it keeps the folded stems.
func tokenStemsCached(c *stem.Cache, doc string, toks []normalize.Token, terms, scratch []byte) ([]normalize.Token, []byte, []byte) {
	toks = normalize.AppendTokens(toks[:0], doc)
	terms = terms[:0]
	for _, t := range toks {
		if t.Kind.IsWord() {
			terms = c.AppendStem(terms, doc[t.Start:t.End])
		} else {
			terms = search.AppendString(terms, doc[t.Start:t.End])
		}
		terms = append(terms, ' ')
	}
	return toks, terms, scratch
}

// TestSameText reports what each side produces on the benchmark text, so
// the benchmark compares comparable work.
func TestSameText(t *testing.T) {
	c := text(t)
	nabaTokens, nabaWords, bleveTokens := 0, 0, 0
	for i := range min(38, len(c.docs)) {
		tt := search.Analyze(c.docs[i])
		nabaTokens += len(tt.Tokens)
		_, n := nabaStems(c.docs[i], nil)
		nabaWords += n
		bleveTokens += len(bleveSnowball.analyze(c.bdocs[i]))
	}
	t.Logf("%d bytes in %d articles; one copy of the 38 articles: naba %d tokens (%d words), bleve %d tokens",
		c.size, len(c.docs), nabaTokens, nabaWords, bleveTokens)
	if nabaWords == 0 || bleveTokens == 0 {
		t.Fatal("no tokens")
	}
}

// reportCPU adds cpu-MB/s: the text size over the process CPU time, which
// other programs on a shared machine do not inflate.
func reportCPU(b *testing.B, c0 time.Duration, size int) {
	b.ReportMetric(float64(size)*float64(b.N)/(cputime.Process()-c0).Seconds()/1e6, "cpu-MB/s")
}

// BenchmarkNormalize is naba's Analyze (Search preset: normalization with
// the offset map, tokens, sentences) against bleve's unicode tokenizer and
// Arabic normalize filter.
func BenchmarkNormalize(b *testing.B) {
	c := text(b)
	b.Run("impl=naba", func(b *testing.B) {
		b.SetBytes(int64(c.size))
		b.ReportAllocs()
		c0 := cputime.Process()
		for b.Loop() {
			for _, d := range c.docs {
				search.Analyze(d)
			}
		}
		reportCPU(b, c0, c.size)
	})
	b.Run("impl=naba-reuse", func(b *testing.B) {
		b.SetBytes(int64(c.size))
		b.ReportAllocs()
		var t normalize.Text
		c0 := cputime.Process()
		for b.Loop() {
			for _, d := range c.docs {
				search.AnalyzeInto(&t, d)
			}
		}
		reportCPU(b, c0, c.size)
	})
	b.Run("impl=naba-tokens", func(b *testing.B) {
		b.SetBytes(int64(c.size))
		b.ReportAllocs()
		var toks []normalize.Token
		var terms []byte
		c0 := cputime.Process()
		for b.Loop() {
			for _, d := range c.docs {
				toks, terms = tokenTerms(d, toks, terms)
			}
		}
		reportCPU(b, c0, c.size)
	})
	b.Run("impl=bleve", func(b *testing.B) {
		b.SetBytes(int64(c.size))
		b.ReportAllocs()
		c0 := cputime.Process()
		for b.Loop() {
			for _, d := range c.bdocs {
				bleveNormalize.analyze(d)
			}
		}
		reportCPU(b, c0, c.size)
	})
}

// BenchmarkStem adds stemming: naba stems every word token with
// normalize/stem (Snowball Arabic, English for Latin words); bleve runs the
// Snowball Arabic stemmer filter after its normalize filter.
func BenchmarkStem(b *testing.B) {
	c := text(b)
	b.Run("impl=naba", func(b *testing.B) {
		b.SetBytes(int64(c.size))
		b.ReportAllocs()
		var buf []byte
		c0 := cputime.Process()
		for b.Loop() {
			for _, d := range c.docs {
				buf, _ = nabaStems(d, buf[:0])
			}
		}
		reportCPU(b, c0, c.size)
	})
	b.Run("impl=naba-cache", func(b *testing.B) {
		b.SetBytes(int64(c.size))
		b.ReportAllocs()
		var buf []byte
		var t normalize.Text
		var sc stem.Cache
		c0 := cputime.Process()
		for b.Loop() {
			for _, d := range c.docs {
				buf, _ = nabaStemsInto(&t, &sc, d, buf[:0])
			}
		}
		reportCPU(b, c0, c.size)
	})
	b.Run("impl=naba-tokens", func(b *testing.B) {
		b.SetBytes(int64(c.size))
		b.ReportAllocs()
		var toks []normalize.Token
		var terms, scratch []byte
		c0 := cputime.Process()
		for b.Loop() {
			for _, d := range c.docs {
				toks, terms, scratch = tokenStems(d, toks, terms, scratch)
			}
		}
		reportCPU(b, c0, c.size)
	})
	b.Run("impl=naba-tokens-cache", func(b *testing.B) {
		b.SetBytes(int64(c.size))
		b.ReportAllocs()
		var toks []normalize.Token
		var terms, scratch []byte
		sc := stem.Cache{Fold: search}
		c0 := cputime.Process()
		for b.Loop() {
			for _, d := range c.docs {
				toks, terms, scratch = tokenStemsCached(&sc, d, toks, terms, scratch)
			}
		}
		reportCPU(b, c0, c.size)
	})
	b.Run("impl=bleve", func(b *testing.B) {
		b.SetBytes(int64(c.size))
		b.ReportAllocs()
		c0 := cputime.Process()
		for b.Loop() {
			for _, d := range c.bdocs {
				bleveSnowball.analyze(d)
			}
		}
		reportCPU(b, c0, c.size)
	})
}

// BenchmarkBleveAnalyzerAr is, for reference, bleve's complete "ar"
// analyzer (lower-case, NFKC, stop words, normalize, light stemmer).
func BenchmarkBleveAnalyzerAr(b *testing.B) {
	c := text(b)
	a, err := registry.NewCache().AnalyzerNamed(ar.AnalyzerName)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(c.size))
	b.ReportAllocs()
	c0 := cputime.Process()
	for b.Loop() {
		for _, d := range c.bdocs {
			a.Analyze(d)
		}
	}
	reportCPU(b, c0, c.size)
}

// TestReuseAndCacheSame checks that the variants with a reused Text and a
// stem Cache produce what the plain ones do, over two passes of the
// articles (the second one mostly from the cache).
func TestReuseAndCacheSame(t *testing.T) {
	c := text(t)
	var tt normalize.Text
	var sc1 stem.Cache
	sc2 := stem.Cache{Fold: search}
	var toks []normalize.Token
	var terms, scratch []byte
	for pass := range 2 {
		for i := range min(38, len(c.docs)) {
			d := c.docs[i]
			want, _ := nabaStems(d, nil)
			got, _ := nabaStemsInto(&tt, &sc1, d, nil)
			if string(got) != string(want) {
				t.Fatalf("pass %d, article %d: AnalyzeInto with a Cache differs from Analyze with AppendStem", pass, i)
			}
			toks, terms, scratch = tokenStems(d, toks, terms, scratch)
			want = append(want[:0], terms...)
			toks, terms, scratch = tokenStemsCached(&sc2, d, toks, terms, scratch)
			if string(terms) != string(want) {
				t.Fatalf("pass %d, article %d: the token pipeline with a Cache differs", pass, i)
			}
		}
	}
}
