package normalize

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/nabanlp/naba/internal/cputime"
	"github.com/nabanlp/naba/internal/shared"
)

// benchText returns the news corpus in ../shared joined together, or the
// team's sample article when the shared folder is absent.
func benchText(b *testing.B) string {
	b.Helper()
	if shared.Root() == "" {
		data, err := os.ReadFile("../testdata/sample.txt")
		if err != nil {
			b.Skip("no benchmark text: neither ../shared nor testdata/sample.txt")
		}
		return string(data)
	}
	var sb strings.Builder
	for _, f := range newsFiles(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// benchInputs are the texts the speed goals name: news as published,
// news already in the normalizer's output form, and fully diacritized
// news.
func benchInputs(b *testing.B, n *Normalizer) map[string]string {
	news := benchText(b)
	return map[string]string{
		"news":        news,
		"normal":      n.String(news),
		"diacritized": diacritize(news),
	}
}

var benchPresets = []struct {
	name string
	opts Options
}{{"display", Display}, {"search", Search}}

func BenchmarkString(b *testing.B) {
	for _, p := range benchPresets {
		n := MustNew(p.opts)
		for _, in := range []string{"normal", "news", "diacritized"} {
			s := benchInputs(b, n)[in]
			b.Run(p.name+"/"+in, func(b *testing.B) {
				cputime.Loop(b, len(s), func() { _ = n.String(s) })
			})
		}
	}
}

func BenchmarkAppendString(b *testing.B) {
	for _, p := range benchPresets {
		n := MustNew(p.opts)
		for _, in := range []string{"normal", "news", "diacritized"} {
			s := benchInputs(b, n)[in]
			b.Run(p.name+"/"+in, func(b *testing.B) {
				buf := make([]byte, 0, 2*len(s))
				cputime.Loop(b, len(s), func() { buf = n.AppendString(buf[:0], s) })
			})
		}
	}
}

func BenchmarkAppendMap(b *testing.B) {
	n := MustNew(Search)
	for _, in := range []string{"normal", "news", "diacritized"} {
		s := benchInputs(b, n)[in]
		b.Run("search/"+in, func(b *testing.B) {
			buf := make([]byte, 0, 2*len(s))
			offs := make([]int32, 0, 2*len(s))
			cputime.Loop(b, len(s), func() { buf, offs = n.AppendMap(buf[:0], offs[:0], s) })
		})
	}
}

func BenchmarkReader(b *testing.B) {
	n := MustNew(Search)
	for _, in := range []string{"normal", "news", "diacritized"} {
		s := benchInputs(b, n)[in]
		b.Run("search/"+in, func(b *testing.B) {
			cputime.Loop(b, len(s), func() {
				if _, err := io.Copy(io.Discard, n.Reader(strings.NewReader(s))); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

func BenchmarkAnalyze(b *testing.B) {
	n := MustNew(Search)
	s := benchText(b)
	cputime.Loop(b, len(s), func() { _ = n.Analyze(s) })
}

// BenchmarkAnalyzeInto is BenchmarkAnalyze into one reused Text.
func BenchmarkAnalyzeInto(b *testing.B) {
	n := MustNew(Search)
	s := benchText(b)
	var t Text
	cputime.Loop(b, len(s), func() { n.AnalyzeInto(&t, s) })
}

// BenchmarkBaseline is a loop that only reads every byte of the news text
// once (counting ASCII bytes): the machine's speed for the same input, to
// read the normalization figures against on a shared machine.
func BenchmarkBaseline(b *testing.B) {
	s := benchText(b)
	ascii := 0
	cputime.Loop(b, len(s), func() {
		for i := 0; i < len(s); i++ {
			if s[i] < 0x80 {
				ascii++
			}
		}
	})
	_ = ascii
}

func BenchmarkTokenize(b *testing.B) {
	s := MustNew(Search).String(benchText(b))
	var toks []Token
	cputime.Loop(b, len(s), func() { toks = AppendTokens(toks[:0], s) })
}

// BenchmarkTokenizeSource tokenizes the news text as published (marks,
// Arabic punctuation and digits, typographic quotes), as an indexer that
// keeps source offsets does.
func BenchmarkTokenizeSource(b *testing.B) {
	s := benchText(b)
	var toks []Token
	cputime.Loop(b, len(s), func() { toks = AppendTokens(toks[:0], s) })
}

func BenchmarkMap(b *testing.B) {
	n := MustNew(Search)
	s := benchText(b)
	cputime.Loop(b, len(s), func() { _ = n.Map(s) })
}

func BenchmarkSentences(b *testing.B) {
	s := MustNew(Search).String(benchText(b))
	toks := Tokenize(s)
	var ss []Sentence
	cputime.Loop(b, len(s), func() { ss = AppendSentences(ss[:0], s, toks) })
}

// BenchmarkTokenSources maps the span of every token of the news text
// back to the source: token by token (TokenSource) and in one pass
// (AppendTokenSources).
func BenchmarkTokenSources(b *testing.B) {
	tx := MustNew(Search).Analyze(benchText(b))
	b.Run("TokenSource", func(b *testing.B) {
		n := 0
		cputime.Loop(b, len(tx.Source), func() {
			for i := range tx.Tokens {
				s, e := tx.TokenSource(i)
				n += e - s
			}
		})
		_ = n
	})
	b.Run("AppendTokenSources", func(b *testing.B) {
		var spans []Span
		cputime.Loop(b, len(tx.Source), func() {
			spans = tx.AppendTokenSources(spans[:0], 0, len(tx.Tokens))
		})
	})
}

// BenchmarkSpanCursor maps the source span of every token of the
// diacritized news text (an offset map of many segments) to Norm and
// back, in the text's order as the pipeline's stages do: with the Text's
// searches and with a SpanCursor.
func BenchmarkSpanCursor(b *testing.B) {
	tx := MustNew(Search).Analyze(diacritize(benchText(b)))
	srcs := tx.AppendTokenSources(nil, 0, len(tx.Tokens))
	b.Run("NormSpan/Text", func(b *testing.B) {
		n := 0
		cputime.Loop(b, len(tx.Source), func() {
			for _, sp := range srcs {
				s, e := tx.NormSpan(sp.Start, sp.End)
				n += e - s
			}
		})
		_ = n
	})
	b.Run("NormSpan/Cursor", func(b *testing.B) {
		n := 0
		cputime.Loop(b, len(tx.Source), func() {
			c := tx.Cursor()
			for _, sp := range srcs {
				s, e := c.NormSpan(sp.Start, sp.End)
				n += e - s
			}
		})
		_ = n
	})
	b.Run("SourceSpan/Text", func(b *testing.B) {
		n := 0
		cputime.Loop(b, len(tx.Source), func() {
			for _, tok := range tx.Tokens {
				s, e := tx.SourceSpan(tok.Start, tok.End)
				n += e - s
			}
		})
		_ = n
	})
	b.Run("SourceSpan/Cursor", func(b *testing.B) {
		n := 0
		cputime.Loop(b, len(tx.Source), func() {
			c := tx.Cursor()
			for _, tok := range tx.Tokens {
				s, e := c.SourceSpan(tok.Start, tok.End)
				n += e - s
			}
		})
		_ = n
	})
}
