package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"",
	"أَحْمَدُ فِي المَدْرَسَةِ عَلَى ٢٠١٧، «نعم»",
	"\ufeffنص\u200bآخر\u00a0هنا \u200c\u200cx\u200c",
	"ا\u0654 اـ\u0654 و\u200f\u0654 ﷺﷲ﷼ ﻻ\ufe76 \ufc60 \xff\xe2\x80",
	"وسوريا بحمص للائتلاف والصالح لبنان فلسطين",
	"http://example.com/a?b=1. info@example.org #وسم @user_1 ٢٫٥ 1,000.5",
	"قال: «إنه ذهب.» ثم عاد! هل؟ نعم… د. أحمد",
	"\u064e\u064f\u0650",
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	normalizers := []*Normalizer{MustNew(Display), MustNew(Search), MustNew(Options{Diacritics: true, Quotes: true})}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range normalizers {
			out := n.String(s)
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 out of %q: %q", s, out)
			}
			if again := n.String(out); again != out {
				t.Fatalf("not idempotent on %q: %q then %q", s, out, again)
			}
			if ref := reference(n, s); ref != out {
				t.Fatalf("fast path %q differs from the reference %q on %q", out, ref, s)
			}
			if app := string(n.AppendString([]byte("x"), s)); app != "x"+out {
				t.Fatalf("AppendString %q differs from String %q on %q", app, out, s)
			}
			if s != "" {
				// Long enough for the loops that read seven bytes at a time.
				long := strings.Repeat(s, 1+(blockMin+16)/len(s))
				if got, ref := n.String(long), reference(n, long); got != ref {
					t.Fatalf("fast path %q differs from the reference %q on %q", got, ref, long)
				}
			}
			checkMap(t, n, s)
			checkTokenSources(t, n.Analyze(s))
			checkCursor(t, n.Analyze(s))
			tx := n.Map(s)
			if tx.Norm != out {
				t.Fatalf("Map %q differs from String %q", tx.Norm, out)
			}
			prev := 0
			for i := 0; i <= len(tx.Norm); i++ {
				o := tx.SourceOffset(i)
				if o < prev || o > len(s) {
					t.Fatalf("offset map not monotone or out of bounds at %d: %d after %d (len %d)", i, o, prev, len(s))
				}
				prev = o
			}
			if tx.SourceOffset(len(tx.Norm)) != len(s) {
				t.Fatalf("the end of Norm maps to %d, not %d", tx.SourceOffset(len(tx.Norm)), len(s))
			}
			for _, tok := range Tokenize(tx.Norm) {
				ss, se := tx.SourceSpan(tok.Start, tok.End)
				if ss < 0 || ss > se || se > len(s) {
					t.Fatalf("source span %d:%d out of bounds", ss, se)
				}
				ns, ne := tx.NormSpan(ss, se)
				if ns > tok.Start || ne < tok.End {
					t.Fatalf("span %d:%d -> source %d:%d -> %d:%d does not cover it", tok.Start, tok.End, ss, se, ns, ne)
				}
			}
		}
	})
}

func FuzzTransformer(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint8(3), uint8(5))
	}
	normalizers := []*Normalizer{MustNew(Display), MustNew(Search)}
	f.Fuzz(func(t *testing.T, s string, chunk, dst uint8) {
		for _, n := range normalizers {
			want := n.String(s)
			got := streamString(t, n, s, int(chunk%16)+1, int(dst%16)+utf8.UTFMax)
			if got != want {
				t.Fatalf("transformer %q differs from String %q on %q (chunk %d dst %d)", got, want, s, chunk%16+1, dst%16+utf8.UTFMax)
			}
		}
	})
}
