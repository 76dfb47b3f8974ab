package stem

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nabanlp/naba/normalize"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScriptOf(t *testing.T) {
	tests := []struct {
		word string
		want Script
	}{
		{"الكتاب", Arabic},
		{"ﻻ", Arabic},
		{"\u064Eكتب", Arabic}, // a leading mark is not a letter
		{"running", Latin},
		{"Über", Latin},
		{"2017", Other},
		{"٢٠١٧", Other},
		{"،", Other},
		{"Москва", Other},
		{"", Other},
		{"#مصر", Arabic},
		{"ـكتب", Arabic}, // tatweel first
		{"ٱلله", Arabic}, // alef wasla, outside ء–ي
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ScriptOf(tt.word), tt.word)
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ word, stem, light string }{
		{"بالمدرسة", "مدرس", "مدرس"},
		{"المعلمون", "معلم", "معلم"},
		{"على", "علي", "عل"}, // Snowball: final ى → ي; light10 folds it, then strips ي
		{"أخرى", "اخري", "اخر"},
		{"running", "run", "run"},
		{"Elections", "elect", "elect"},
		{"2017", "2017", "2017"},
		{"Москва", "Москва", "Москва"},
		{"", "", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.stem, Stem(tt.word), "Stem(%q)", tt.word)
		assert.Equal(t, tt.stem, string(AppendStem([]byte{}, tt.word)), "AppendStem(%q)", tt.word)
		assert.Equal(t, tt.light, Light(tt.word), "Light(%q)", tt.word)
	}
}

func TestAppendStemDoesNotAllocateForArabic(t *testing.T) {
	buf := make([]byte, 0, 64)
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range []string{"الرئيس", "يستخدمون", "2017"} {
			buf = AppendStem(buf[:0], w)
		}
	})
	require.Zero(t, allocs)
}

var searchStemmer = NewStemmer(search)

// TestStemmer checks that a Stemmer gives the stems of AppendStem folded
// with its Normalizer (or not folded, without one), on words of every kind.
func TestStemmer(t *testing.T) {
	words := append(cacheWords, "المدرسة", "إلى", "الرئاسة", "أكتوبر", "؟", "هٰذا", "پاکستان", strings.Repeat("ة", 20))
	display := normalize.MustNew(normalize.Display)
	for _, w := range words {
		stem := AppendStem([]byte("x"), w)
		assert.Equal(t, string(search.Append(nil, stem)), string(searchStemmer.AppendStem([]byte("x"), w)), "%q", w)
		assert.Equal(t, string(display.Append(nil, stem)), string(NewStemmer(display).AppendStem([]byte("x"), w)), "%q", w)
		assert.Equal(t, string(stem), string(NewStemmer(nil).AppendStem([]byte("x"), w)), "%q", w)
	}
}

func TestStemmerDoesNotAllocateForArabic(t *testing.T) {
	buf := make([]byte, 0, 64)
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range []string{"الرئيس", "يستخدمون", "أخرى", "2017"} {
			buf = searchStemmer.AppendStem(buf[:0], w)
		}
	})
	require.Zero(t, allocs)
}

func FuzzStem(f *testing.F) {
	for _, s := range []string{"الكتاب", "running", "\xff", "", "ﻻ", "Москва"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Stem(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Stem(%q) = %q, not valid UTF-8", s, got)
		}
		if a := string(AppendStem(nil, s)); a != got {
			t.Fatalf("AppendStem(%q) = %q, Stem = %q", s, a, got)
		}
		if got, want := string(searchStemmer.AppendStem(nil, s)), string(search.AppendString(nil, Stem(s))); got != want {
			t.Fatalf("Stemmer.AppendStem(%q) = %q, want the Search fold of Stem, %q", s, got, want)
		}
		if l := Light(s); utf8.ValidString(s) && !utf8.ValidString(l) {
			t.Fatalf("Light(%q) = %q, not valid UTF-8", s, l)
		}
	})
}

func BenchmarkAppendStem(b *testing.B) {
	words := []string{"والمدرسة", "قال", "الرئيس", "إن", "الحكومة", "ستعمل", "على", "تحسين", "الخدمات", "للمواطنين"}
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buf = AppendStem(buf[:0], words[i%len(words)])
	}
}
