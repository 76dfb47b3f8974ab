// Package snowball compares naba's Snowball Arabic stemmer with the Go code
// the Snowball compiler generates (github.com/blevesearch/snowballstem),
// side by side on the same 50,000 words.
package snowball

import (
	"bufio"
	"os"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	sbarabic "github.com/blevesearch/snowballstem/arabic"
	"github.com/nabanlp/naba/internal/cputime"
	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize/snowball/arabic"
)

func words(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(shared.Path(tb, "data", "snowball-arabic", "voc.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var ws []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		ws = append(ws, sc.Text())
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return ws
}

func snowballStem(env *snowballstem.Env, w string) string {
	env.SetCurrent(w)
	sbarabic.Stem(env)
	return env.Current()
}

// TestSameStems checks that both stemmers agree on every word, so the
// benchmark compares equal work.
func TestSameStems(t *testing.T) {
	env := snowballstem.NewEnv("")
	for i, w := range words(t) {
		if got, want := arabic.Stem(w, true), snowballStem(env, w); got != want {
			t.Errorf("line %d %q: naba %q, snowballstem %q", i+1, w, got, want)
		}
	}
}

// report adds ns/word (wall time) and cpu-ns/word (process CPU time, which
// other programs on a shared machine do not inflate).
func report(b *testing.B, c0 time.Duration, words int) {
	n := float64(b.N * words)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/word")
	b.ReportMetric(float64((cputime.Process()-c0).Nanoseconds())/n, "cpu-ns/word")
}

// BenchmarkStem stems all 50,000 words per op with each stemmer.
func BenchmarkStem(b *testing.B) {
	ws := words(b)
	b.Run("impl=naba", func(b *testing.B) {
		b.ReportAllocs()
		c0 := cputime.Process()
		for b.Loop() {
			for _, w := range ws {
				arabic.Stem(w, true)
			}
		}
		report(b, c0, len(ws))
	})
	b.Run("impl=naba-append", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 256)
		c0 := cputime.Process()
		for b.Loop() {
			for _, w := range ws {
				buf = arabic.AppendStem(buf[:0], w)
			}
		}
		report(b, c0, len(ws))
	})
	b.Run("impl=snowballstem", func(b *testing.B) {
		b.ReportAllocs()
		env := snowballstem.NewEnv("")
		c0 := cputime.Process()
		for b.Loop() {
			for _, w := range ws {
				snowballStem(env, w)
			}
		}
		report(b, c0, len(ws))
	})
}

// alphabet is what the random words are made of: the letters the algorithm
// looks at (all affix letters, hamza forms, ى ة), marks, tatweel, digits,
// presentation forms and lam-alef ligatures, and a few other characters.
var alphabet = []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ" +
	"\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0670\u0640" +
	"٠١٢٣٤٥٦٧٨٩" + "\uFE8D\uFE8E\uFE91\uFEDF\uFEE0\uFEEA\uFEF0\uFEF3\uFEFB\uFEFC\uFEF7\uFEF9\uFEF5\uFE80\uFE83\uFE87" +
	"ابلكسوفنيتهما" + ".a ")

// TestRandomWords compares naba with the generated stemmer on random words
// biased towards the affixes, which reach paths the word list may not.
func TestRandomWords(t *testing.T) {
	env := snowballstem.NewEnv("")
	seed := uint64(0x9E3779B97F4A7C15)
	next := func(n int) int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % uint64(n))
	}
	prefixes := []string{"", "", "ال", "بال", "كال", "لل", "و", "ف", "وال", "فال", "ب", "بب", "كك", "سي", "ست", "سن", "سأ", "يست", "نست", "تست", "أأ", "أآ", "أؤ", "أا", "أإ", "فا", "وا", "با"}
	suffixes := []string{"", "", "ة", "ات", "ون", "ين", "ان", "ها", "هم", "هما", "كما", "كمو", "تم", "تما", "تمو", "وا", "ني", "نا", "ي", "ى", "ت", "ن", "و", "ا", "ه", "ك", "أ", "ئ", "ؤ"}
	fails := 0
	for range 200000 {
		var sb []rune
		sb = append(sb, []rune(prefixes[next(len(prefixes))])...)
		for range next(6) {
			sb = append(sb, alphabet[next(len(alphabet))])
		}
		sb = append(sb, []rune(suffixes[next(len(suffixes))])...)
		if next(4) == 0 {
			sb = append(sb, []rune(suffixes[next(len(suffixes))])...)
		}
		w := string(sb)
		if got, want := arabic.Stem(w, true), snowballStem(env, w); got != want {
			fails++
			if fails <= 20 {
				t.Errorf("%q: naba %q, snowballstem %q", w, got, want)
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of 200000 random words differ", fails)
	}
}

// FuzzSameAsSnowballstem compares the two stemmers on any valid UTF-8.
// (naba turns invalid bytes into U+FFFD; the generated code keeps them.)
func FuzzSameAsSnowballstem(f *testing.F) {
	for _, s := range []string{"الكتاب", "يستخدمون", "ﻻ", "أأنت", "بالمدرسة", "سيستخدمونها"} {
		f.Add(s)
	}
	env := snowballstem.NewEnv("")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := arabic.Stem(s, true), snowballStem(env, s); got != want {
			t.Fatalf("%q: naba %q, snowballstem %q", s, got, want)
		}
	})
}
