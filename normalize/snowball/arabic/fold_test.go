package arabic

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
	"github.com/stretchr/testify/assert"
)

var (
	searchFold   = normalize.MustNew(normalize.Search).Append
	searchFolder = NewFolder(searchFold)
)

// foldWords are random words of the characters the fast path takes (and
// a few it does not), with the Snowball test list when ../shared is
// present.
func foldWords(t *testing.T) []string {
	return randomWords(t, []string{"", "ا", "أ", "ؤ", "ال", "ـ", "ً", "abc", "a b", "\xff", strings.Repeat("ب", 40)},
		rand.NewPCG(3, 4), "ءآأؤإئابةتثجحخدذرسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ٠١٢٣abcZ09 .ٰٓٔٱ؟،پﻻ\u200d", "ابتكلمنهويةالسفىأإآؤئ", 4)
}

// TestFolderMatchesFold checks that a Folder gives the stem of AppendStem
// folded afterwards, with the Search and Display normalizers, a fold that
// drops and doubles letters, and none.
func TestFolderMatchesFold(t *testing.T) {
	words := foldWords(t)
	folds := map[string]func(dst, src []byte) []byte{
		"search":  normalize.MustNew(normalize.Search).Append,
		"display": normalize.MustNew(normalize.Display).Append,
		"odd": func(dst, src []byte) []byte { // ب dropped, ت doubled, a–z upper-cased
			for _, r := range string(src) {
				switch {
				case r == 'ب':
				case r == 'ت':
					dst = append(dst, "تت"...)
				case 'a' <= r && r <= 'z':
					dst = append(dst, byte(r-'a'+'A'))
				default:
					dst = utf8.AppendRune(dst, r)
				}
			}
			return dst
		},
		"none": nil,
	}
	buf := make([]byte, 128)
	for name, fold := range folds {
		f := NewFolder(fold)
		var want []byte
		for _, w := range words {
			want = AppendStem(want[:0], w)
			if fold != nil {
				want = fold([]byte("x"), want)
			} else {
				want = append([]byte("x"), want...)
			}
			for i := range buf {
				buf[i] = 0xEE
			}
			got := f.AppendStem(append(buf[:0], 'x'), w)
			if string(got) != string(want) {
				t.Fatalf("%s: %q: got %q, want %q", name, w, got, want)
			}
		}
	}
}

// TestFolderByTable checks that the Search fold is done by table for
// nearly every word of real text (the point of a Folder) and without
// allocation. The words are those of the team's articles in testdata,
// and the Snowball vocabulary when ../shared is there; foldWords' random
// words, with their rare letters, are not what the table is made for.
func TestFolderByTable(t *testing.T) {
	whole := 0
	f := NewFolder(func(dst, src []byte) []byte {
		whole++
		return searchFold(dst, src)
	})
	whole = 0 // the calls that made the table
	words := articleWords(t)
	if shared.Root() != "" {
		voc, _ := vocabulary(t)
		words = append(words, voc...)
	}
	var buf []byte
	for _, w := range words {
		buf = f.AppendStem(buf[:0], w)
	}
	t.Logf("%d of %d words folded whole", whole, len(words))
	assert.Less(t, whole, len(words)*15/100, "of %d words", len(words))
	buf = make([]byte, 0, 64)
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		for _, w := range []string{"بالمدرسة", "يستخدمون", "أخرى", "المسؤولون", "إنشاء"} {
			buf = f.AppendStem(buf[:0], w)
		}
	}))
}

// TestShortWords checks what the fast path's shortcut for words of at most
// three characters (shortSuffixes) and its skip of the prefix block below
// four characters rely on: every string of every among list needs
// $word_len >= 4, but those of Suffix_Noun_Step3 (3) and
// Suffix_All_alef_maqsura (0).
func TestShortWords(t *testing.T) {
	lists := map[string]*amongList{
		"PrefixStep1": &amongPrefixStep1, "PrefixStep2": &amongPrefixStep2, "PrefixStep3Noun": &amongPrefixStep3Noun,
		"PrefixStep3bNoun": &amongPrefixStep3bNoun, "PrefixStep3Verb": &amongPrefixStep3Verb, "PrefixStep4Verb": &amongPrefixStep4Verb,
		"SuffixNounStep1a": &amongSuffixNounStep1a, "SuffixNounStep1b": &amongSuffixNounStep1b, "SuffixNounStep2a": &amongSuffixNounStep2a,
		"SuffixNounStep2b": &amongSuffixNounStep2b, "SuffixNounStep2c1": &amongSuffixNounStep2c1, "SuffixNounStep2c2": &amongSuffixNounStep2c2,
		"SuffixVerbStep1": &amongSuffixVerbStep1, "SuffixVerbStep2a": &amongSuffixVerbStep2a, "SuffixVerbStep2b": &amongSuffixVerbStep2b,
		"SuffixVerbStep2c": &amongSuffixVerbStep2c,
	}
	for name, l := range lists {
		for _, a := range l.byLast.entries {
			assert.GreaterOrEqual(t, a.minLen, 4, "%s: %s", name, string(a.s))
		}
	}
	for _, a := range amongSuffixNounStep3.byLast.entries {
		assert.Equal(t, 3, a.minLen)
		assert.Equal(t, "ي", string(a.s))
	}
	for _, a := range amongSuffixAllAlefMaqsura.byLast.entries {
		assert.Equal(t, "ى", string(a.s))
		assert.Equal(t, "ي", string(a.repl))
	}
}

// articleWords returns the words of the team's articles in the
// repository's testdata folder.
func articleWords(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata: %v", err)
	}
	var words []string
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	return words
}
