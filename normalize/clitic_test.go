package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitClitics(t *testing.T) {
	tests := []struct {
		word      string
		proclitic string
		stem      string
		span      string // word[Start:End]
		enclitic  string
	}{
		// Names and words whose first letters only look like clitics.
		{"لبنان", "", "لبنان", "لبنان", ""},
		{"فلسطين", "", "فلسطين", "فلسطين", ""},
		{"بغداد", "", "بغداد", "بغداد", ""},
		{"كركوك", "", "كركوك", "كركوك", ""},
		{"باريس", "", "باريس", "باريس", ""},
		{"لندن", "", "لندن", "لندن", ""},
		{"فرنسا", "", "فرنسا", "فرنسا", ""},
		{"بيروت", "", "بيروت", "بيروت", ""},
		{"ليبيا", "", "ليبيا", "ليبيا", ""},
		{"وليد", "", "وليد", "وليد", ""},
		{"بلال", "", "بلال", "بلال", ""},
		{"كمال", "", "كمال", "كمال", ""},
		{"فيصل", "", "فيصل", "فيصل", ""},
		{"سعيد", "", "سعيد", "سعيد", ""},
		{"وزير", "", "وزير", "وزير", ""},
		// Clitics on names and words.
		{"وسوريا", "و", "سوريا", "سوريا", ""},
		{"بحمص", "ب", "حمص", "حمص", ""},
		{"ولبنان", "و", "لبنان", "لبنان", ""},
		{"ولندن", "و", "لندن", "لندن", ""},
		{"وبغداد", "و", "بغداد", "بغداد", ""},
		{"للائتلاف", "ل", "الائتلاف", "لائتلاف", ""},
		{"والصالح", "و", "الصالح", "الصالح", ""},
		{"بالقاهرة", "ب", "القاهرة", "القاهرة", ""},
		{"وبالتالي", "وب", "التالي", "التالي", ""},
		{"فالحكومة", "ف", "الحكومة", "الحكومة", ""},
		{"وللمرة", "ول", "المرة", "لمرة", ""},
		{"وقال", "و", "قال", "قال", ""},
		{"بشكل", "ب", "شكل", "شكل", ""},
		{"بواسطة", "ب", "واسطة", "واسطة", ""},
		{"لمدة", "ل", "مدة", "مدة", ""},
		{"كريم", "", "كريم", "كريم", ""},
		{"بطولة", "", "بطولة", "بطولة", ""},
		{"وبعيد", "و", "بعيد", "بعيد", ""},
		{"وسيتم", "وس", "يتم", "يتم", ""},
		// Enclitics.
		{"كتابه", "", "كتابه", "كتابه", ""},
		{"بيانهم", "", "بيان", "بيان", "هم"},
		{"لبنانيه", "", "لبنانيه", "لبنانيه", ""},
		{"سوريه", "", "سوريه", "سوريه", ""},
		{"حكومته", "", "حكومت", "حكومت", "ه"},
		{"بيانها", "", "بيان", "بيان", "ها"},
		{"الحكومة", "", "الحكومة", "الحكومة", ""},
		{"عربي", "", "عربي", "عربي", ""},
		{"لبناني", "", "لبناني", "لبناني", ""},
		{"مدرسه", "", "مدرسه", "مدرسه", ""},
		// Not Arabic, or too short.
		{"Reuters", "", "Reuters", "Reuters", ""},
		{"وله", "", "وله", "وله", ""},
		{"", "", "", "", ""},
	}
	for _, tt := range tests {
		sp := SplitClitics(tt.word)
		assert.Equal(t, tt.proclitic, sp.Proclitic, "%s proclitic", tt.word)
		assert.Equal(t, tt.stem, sp.Stem, "%s stem", tt.word)
		assert.Equal(t, tt.span, tt.word[sp.Start:sp.End], "%s span", tt.word)
		assert.Equal(t, tt.enclitic, sp.Enclitic, "%s enclitic", tt.word)
	}
}

func TestSplitCliticsArticle(t *testing.T) {
	assert.True(t, SplitClitics("والصالح").Article)
	assert.True(t, SplitClitics("للائتلاف").Article)
	assert.False(t, SplitClitics("وسوريا").Article)
}

func FuzzSplitClitics(f *testing.F) {
	for _, s := range []string{"وسوريا", "للائتلاف", "والصالح", "كتابه", "لل", "و", "\xff", "وَسُورِيا"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		sp := SplitClitics(word)
		if sp.Start < 0 || sp.Start > sp.End || sp.End > len(word) {
			t.Fatalf("stem span %d:%d outside %q", sp.Start, sp.End, word)
		}
		if word[:sp.Start] != sp.Proclitic {
			t.Fatalf("proclitic %q is not the word's start %q", sp.Proclitic, word[:sp.Start])
		}
		if word[sp.End:] != sp.Enclitic {
			t.Fatalf("enclitic %q is not the word's end %q", sp.Enclitic, word[sp.End:])
		}
	})
}

// TestSplitCliticsAllocatesNothing: entities split every token, so a split
// builds its folded forms on the stack. Only a stem with the article's
// alef restored (للائتلاف → الائتلاف) is a new string.
func TestSplitCliticsAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	words := []string{"وسوريا", "بحمص", "والصالح", "وبالتالي", "لبنان", "حكومته", "بيانهم", "وَقالَ", "المدرسة", "kitab", "ﻻ"}
	assert.Equal(t, 0.0, testing.AllocsPerRun(20, func() {
		for _, w := range words {
			SplitClitics(w)
		}
	}))
	assert.Equal(t, 1.0, testing.AllocsPerRun(20, func() { SplitClitics("للائتلاف") }))
}

// BenchmarkSplitClitics splits every Arabic word of the news text as
// published; ns/op is per word.
func BenchmarkSplitClitics(b *testing.B) {
	s := benchText(b)
	var words []string
	for _, t := range Tokenize(s) {
		if t.Kind == ArabicWord {
			words = append(words, s[t.Start:t.End])
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		SplitClitics(words[i%len(words)])
	}
}
