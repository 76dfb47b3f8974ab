package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

type tok struct {
	text string
	kind Kind
}

func tokensOf(s string) []tok {
	var out []tok
	for _, t := range Tokenize(s) {
		out = append(out, tok{s[t.Start:t.End], t.Kind})
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []tok
	}{
		{"", nil},
		{"قال الرئيس", []tok{{"قال", ArabicWord}, {"الرئيس", ArabicWord}}},
		{"مُحَمَّدٌ", []tok{{"مُحَمَّدٌ", ArabicWord}}},
		{"ﺃﺣﻤﺪ", []tok{{"ﺃﺣﻤﺪ", ArabicWord}}},
		{"Reuters said", []tok{{"Reuters", LatinWord}, {"said", LatinWord}}},
		{"COVID19 x_y", []tok{{"COVID19", LatinWord}, {"x_y", LatinWord}}},
		{"٢٠١٧ 2017 ۲۰۲۴", []tok{{"٢٠١٧", Number}, {"2017", Number}, {"۲۰۲۴", Number}}},
		{"2,5 ٢٫٥ 1.000.000 ١٬٠٠٠", []tok{{"2,5", Number}, {"٢٫٥", Number}, {"1.000.000", Number}, {"١٬٠٠٠", Number}}},
		{"عام 2017.", []tok{{"عام", ArabicWord}, {"2017", Number}, {".", Punct}}},
		{"2017م", []tok{{"2017", Number}, {"م", ArabicWord}}},
		{"50%", []tok{{"50", Number}, {"%", Punct}}},
		{"$100 ﷼", []tok{{"$", Symbol}, {"100", Number}, {"﷼", Symbol}}},
		{"راجع https://example.com/a?b=1.", []tok{{"راجع", ArabicWord}, {"https://example.com/a?b=1", URL}, {".", Punct}}},
		{"www.bbc.co.uk/arabic،", []tok{{"www.bbc.co.uk/arabic", URL}, {"،", Punct}}},
		{"news@example.org", []tok{{"news@example.org", Email}}},
		{"#سوريا #بشار_الأسد", []tok{{"#سوريا", Hashtag}, {"#بشار_الأسد", Hashtag}}},
		{"@Reuters_AR", []tok{{"@Reuters_AR", Mention}}},
		{"@ وحده", []tok{{"@", Punct}, {"وحده", ArabicWord}}},
		{"لماذا؟! ...", []tok{{"لماذا", ArabicWord}, {"؟", Punct}, {"!", Punct}, {"...", Punct}}},
		{"«هذا»", []tok{{"«", Punct}, {"هذا", ArabicWord}, {"»", Punct}}},
		{"a\xffb", []tok{{"a", LatinWord}, {"\xff", Symbol}, {"b", LatinWord}}},
		{"نص\u200fنص", []tok{{"نص", ArabicWord}, {"نص", ArabicWord}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tokensOf(tt.in), "%q", tt.in)
	}
}

func sentencesOf(s string) []string {
	toks := Tokenize(s)
	var out []string
	for _, se := range Sentences(s, toks) {
		out = append(out, s[se.Start:se.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"ذهب. عاد! لماذا؟ لا أعرف… ربما", []string{"ذهب.", "عاد!", "لماذا؟", "لا أعرف…", "ربما"}},
		{"سطر أول\nسطر ثان", []string{"سطر أول", "سطر ثان"}},
		{"بلغ النمو 2.5 في المئة. ثم تراجع", []string{"بلغ النمو 2.5 في المئة.", "ثم تراجع"}},
		{"بلغ ٣٫٥ بالمئة. ثم", []string{"بلغ ٣٫٥ بالمئة.", "ثم"}},
		{"قال د. أحمد إنه مستعد.", []string{"قال د. أحمد إنه مستعد."}},
		{"ولد عام 1950 م. وقال", []string{"ولد عام 1950 م.", "وقال"}},
		{"قال: «ذهبنا. ثم عدنا» وانتهى.", []string{"قال: «ذهبنا. ثم عدنا» وانتهى."}},
		{"قال: «انتهى.» ثم غادر.", []string{"قال: «انتهى.»", "ثم غادر."}},
		{`قال "انتهى. حقا" ثم`, []string{`قال "انتهى. حقا" ثم`}},
		{"حقا؟! نعم.", []string{"حقا؟!", "نعم."}},
		{"زار CNN.com أمس.", []string{"زار CNN.com أمس."}},
		{"انتهى الاجتماع.وقال المتحدث", []string{"انتهى الاجتماع.", "وقال المتحدث"}},
		{"1. البند الأول\n2. البند الثاني", []string{"1. البند الأول", "2. البند الثاني"}},
		{"«بلا إغلاق. ثم\nسطر جديد. آخر", []string{"«بلا إغلاق. ثم", "سطر جديد.", "آخر"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sentencesOf(tt.in), "%q", tt.in)
	}
}

func TestSentenceTokenRanges(t *testing.T) {
	s := "ذهب. عاد!\nانتهى"
	toks := Tokenize(s)
	ss := Sentences(s, toks)
	assert.Len(t, ss, 3)
	last := 0
	for _, se := range ss {
		assert.Equal(t, last, se.First)
		assert.Equal(t, toks[se.First].Start, se.Start)
		assert.Equal(t, toks[se.Last-1].End, se.End)
		last = se.Last
	}
	assert.Equal(t, len(toks), last)
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		if want := referenceTokens(s); !slices.Equal(toks, want) {
			t.Fatalf("Tokenize(%q) = %v, the reference gives %v", s, toks, want)
		}
		if s != "" {
			// Long enough for the loops that read eight bytes at a time.
			long := strings.Repeat(s, 1+64/len(s))
			if got, want := Tokenize(long), referenceTokens(long); !slices.Equal(got, want) {
				t.Fatalf("Tokenize(%q) = %v, the reference gives %v", long, got, want)
			}
		}
		end := 0
		for _, tk := range toks {
			if tk.Start < end || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %+v out of order, empty or out of bounds (previous end %d, len %d)", tk, end, len(s))
			}
			if tk.Kind == Invalid {
				t.Fatalf("token %+v has no kind", tk)
			}
			end = tk.End
		}
		next := 0
		for _, se := range Sentences(s, toks) {
			if se.First != next || se.Last <= se.First || se.Last > len(toks) {
				t.Fatalf("sentence %+v does not follow token %d", se, next)
			}
			if se.Start != toks[se.First].Start || se.End != toks[se.Last-1].End {
				t.Fatalf("sentence %+v span does not match its tokens", se)
			}
			next = se.Last
		}
		if next != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
	})
}

// TestNotCommonLetters4 checks the four-lane test on every pair of bytes
// in every lane, next to lanes that pass and lanes that fail.
func TestNotCommonLetters4(t *testing.T) {
	for p := range 1 << 16 {
		b0, b1 := byte(p), byte(p>>8)
		common := b0 == 0xD8 && b1 >= 0xA0 && b1 <= 0xBF || b0 == 0xD9 && b1 >= 0x80 && b1 <= 0x9F
		for lane := range 4 {
			for _, other := range []uint64{0xA8D8, 0x8AD9, 0x2020, 0xC0D9} {
				var v uint64
				for k := range 4 {
					v |= other << (16 * k)
				}
				v = v&^(0xFFFF<<(16*lane)) | uint64(p)<<(16*lane)
				got := notCommonLetters4(v)>>(16*lane+15)&1 == 0
				if got != common {
					t.Fatalf("bytes %02X %02X in lane %d (others %04X): common %v, want %v", b0, b1, lane, other, got, common)
				}
			}
		}
	}
}
