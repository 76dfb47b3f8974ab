package arabic

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected stems are those of the Snowball-generated program (lines of
// ../shared/data/snowball-arabic/output.txt, or checked against it).
func TestStem(t *testing.T) {
	tests := []struct{ word, want string }{
		{"الكتاب", "كتاب"},       // Prefix_Step3a_Noun: ال
		{"بالمدرسة", "مدرس"},     // بال + Suffix_Noun_Step2c2: ة
		{"بالبيت", "بيت"},        // بال, Checks1 needs > 4 letters
		{"للحكومة", "حكوم"},      // لل
		{"المعلمون", "معلم"},     // noun: Step1b ن then Step2a و
		{"الاقتصادية", "اقتصاد"}, // ة then nisba ي (Suffix_Noun_Step3)
		{"الأمريكية", "امريك"},   // and Normalize_post: أ → ا
		{"الرئيس", "رييس"},       // Normalize_post: ئ → ي inside the word
		{"مدرستنا", "مدرس"},      // verb: Step1 نا, Step2a ت
		{"يستخدمون", "استخدم"},   // Step2a ون, Prefix_Step4_Verb يست → است
		{"ستذهب", "تذهب"},        // Prefix_Step3_Verb ست → ت
		{"سيأتي", "سيات"},        // Step2a ي; سي needs > 4 letters left
		{"وزارة", "زار"},         // Prefix_Step2 و, then ة
		{"والسلام", "والسلام"},   // و before ا is kept (not 'وا')
		{"فلسطين", "لسط"},        // the algorithm is not a lexicon
		{"مستشفى", "مستشفي"},     // Suffix_All_alef_maqsura ى → ي
		{"أأنت", "اان"},          // Prefix_Step1 أأ → أ, Normalize_post
		{"حسناً", "حسنا"},        // Normalize_pre strips tanwin
		{"مصر", "مصر"},           // too short to touch
		{".أنا", ".انا"},         // the whole string is the word
		{"ﻻ", "لا"},              // lam-alef ligature
		{"ﺍﻟﻜﺘﺎﺏ", "كتاب"},       // presentation forms
		{"الكـــتاب", "كتاب"},    // tatweel
		{"٢٠١٧", "2017"},         // Arabic-Indic digits
		{"", ""},                 // empty
		{"Hello", "Hello"},       // no Arabic: unchanged, not lower-cased
		{"a\xffب", "a\uFFFDب"},   // invalid UTF-8 becomes U+FFFD
		{"ءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءءء", strings.Repeat("ء", 73)}, // longer than the stack buffer
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, Stem(tt.word, true))
			assert.Equal(t, tt.want, string(AppendStem(nil, tt.word)))
			assert.Equal(t, "x"+tt.want, string(AppendStem([]byte("x"), tt.word)))
		})
	}
}

func TestStopWords(t *testing.T) {
	for _, w := range []string{"في", "هذه", "الذي", "هُوَ", "التي"} {
		assert.True(t, IsStopWord(w), w)
		assert.Equal(t, w, Stem(w, false), "stop words are kept when stemStopWords is false")
	}
	assert.Equal(t, "الت", Stem("التي", true))
	assert.False(t, IsStopWord("الكتاب"))
	assert.Equal(t, "كتاب", Stem("الكتاب", false))
}

// TestAmongListsNeverLengthen guards replace, which rewrites the word in
// place and cannot grow it.
func TestAmongListsNeverLengthen(t *testing.T) {
	for _, l := range []*amongList{
		&amongPrefixStep1, &amongPrefixStep2, &amongPrefixStep3Noun, &amongPrefixStep3bNoun,
		&amongPrefixStep3Verb, &amongPrefixStep4Verb, &amongSuffixNounStep1a, &amongSuffixNounStep1b,
		&amongSuffixNounStep2a, &amongSuffixNounStep2b, &amongSuffixNounStep2c1, &amongSuffixNounStep2c2,
		&amongSuffixNounStep3, &amongSuffixVerbStep1, &amongSuffixVerbStep2a, &amongSuffixVerbStep2b,
		&amongSuffixVerbStep2c, &amongSuffixAllAlefMaqsura,
	} {
		for _, x := range []*index{&l.byLast, &l.byFirst} {
			for _, a := range x.entries {
				assert.LessOrEqual(t, len(a.repl), len(a.s), string(a.s))
			}
			for r := rune(indexBase); r < indexBase+indexSize; r++ {
				g := x.lookup(r)
				for j := 1; j < len(g); j++ {
					assert.GreaterOrEqual(t, len(g[j-1].s), len(g[j].s), "longest first")
				}
			}
		}
	}
}

func TestStemDoesNotAllocate(t *testing.T) {
	// Stem returns a substring of these words; يستخدمون → استخدم is not
	// one, so only AppendStem is allocation-free on it.
	substr := []string{"الكتاب", "بالمدرسة", "حسناً", "Hello"}
	all := append([]string{"يستخدمون", "الرئيس"}, substr...)
	buf := make([]byte, 0, 64)
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range substr {
			Stem(w, true)
		}
		for _, w := range all {
			buf = AppendStem(buf[:0], w)
		}
	})
	require.Zero(t, allocs)
}

func FuzzStem(f *testing.F) {
	for _, s := range []string{"الكتاب", "يستخدمون", "ﻻ", "أأنت", "\xff\xfe", "", "a b", "ـًٌٍَُِّْ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Stem(s, true)
		if !utf8.ValidString(got) {
			t.Fatalf("Stem(%q) = %q, not valid UTF-8", s, got)
		}
		if a := string(AppendStem(nil, s)); a != got {
			t.Fatalf("AppendStem(%q) = %q, Stem = %q", s, a, got)
		}
		if r := stemRunes(s); r != got {
			t.Fatalf("Stem(%q) = %q, the rune version gives %q", s, got, r)
		}
		if f, want := string(searchFolder.AppendStem(nil, s)), string(searchFold(nil, AppendStem(nil, s))); f != want {
			t.Fatalf("Folder.AppendStem(%q) = %q, want the Search fold of the stem, %q", s, f, want)
		}
		if utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x0600 && r <= 0x06FF || r >= 0xFE80 && r <= 0xFEFC }) && got != s {
			t.Fatalf("Stem(%q) = %q: a word with no Arabic must stay as it is", s, got)
		}
		_ = Stem(s, false)
	})
}

// stemRunes is AppendStem through the rune version only, the reference
// of the fast path (bytes.go).
func stemRunes(word string) string {
	if !mayBeArabic(word) {
		return word
	}
	var rbuf [bufRunes]rune
	return string(appendPost(nil, stem(rbuf[:0], word)))
}

// TestBytesMatchRunes checks the fast path against the rune version on
// random words made of the characters each routine looks at (the among
// letters, hamza forms, ى, marks, tatweel, digits, ASCII) and on the
// Snowball test list when ../shared is present.
func TestBytesMatchRunes(t *testing.T) {
	words := randomWords(t, []string{"", "ا", "ال", "بال", "ـ", "ًٌ", strings.Repeat("ب", 32), strings.Repeat("ال", 32) + "ي"},
		rand.NewPCG(1, 2), "ءآأؤإئابةتثجحخدذرسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ٠١٢٣abc .ٰ؟،", "ابتكلمنهويةالسفى", 3)
	// Like append, AppendStem writes nothing past the stem it returns
	// (a caller's buffer may hold data there).
	buf := make([]byte, 96)
	for _, w := range words[:20_000] {
		for i := range buf {
			buf[i] = 0xEE
		}
		got := AppendStem(buf[:3], w)
		if &got[0] != &buf[0] {
			continue // grown: a new array
		}
		for i := len(got); i < len(buf); i++ {
			if buf[i] != 0xEE {
				t.Fatalf("%q: AppendStem wrote byte %d past the stem %q", w, i-len(got), got[3:])
			}
		}
	}
	taken := 0
	for _, w := range words {
		got, ok := stemBytes(nil, w)
		if !ok {
			continue
		}
		taken++
		if want := stemRunes(w); string(got) != want {
			t.Fatalf("%q: fast path %q, rune version %q", w, got, want)
		}
	}
	assert.Greater(t, taken, len(words)*9/10, "the fast path takes most words")
}

// randomWords returns fixed, then 100,000 random words of one to ten
// characters, one in rare of them from alpha and the others from
// common, then the Snowball test list when ../shared is present.
func randomWords(t *testing.T, fixed []string, src rand.Source, alpha, common string, rare int) []string {
	t.Helper()
	rng := rand.New(src)
	a, c := []rune(alpha), []rune(common)
	words := fixed
	for range 100_000 {
		var sb strings.Builder
		for range 1 + rng.IntN(10) {
			if rng.IntN(rare) == 0 {
				sb.WriteRune(a[rng.IntN(len(a))])
			} else {
				sb.WriteRune(c[rng.IntN(len(c))])
			}
		}
		words = append(words, sb.String())
	}
	if shared.Root() != "" {
		voc, _ := vocabulary(t)
		words = append(words, voc...)
	}
	return words
}
