package stem

import (
	"testing"
	"unicode/utf8"

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
