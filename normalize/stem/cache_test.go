package stem

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cacheWords are words of every kind the cache sees: Arabic (stop words,
// long words, presentation forms), Latin, numbers, empty, and words too
// long to keep.
var cacheWords = []string{
	"", "بالمدرسة", "المعلمون", "على", "أخرى", "يستخدمون", "في", "ﻻ", "ﺃﺣﻤﺪ", "Elections", "running", "2017", "٢٠١٧",
	"والمستشفيات", "بالاستراتيجيات", "وبالمستشفياتهم", strings.Repeat("ب", 40), strings.Repeat("a", 40), "Москва", "x",
}

// TestCacheMatchesAppendStem stems the same words through caches of every
// size, the smallest evicting all the time, in an order that revisits
// words, and compares with AppendStem.
func TestCacheMatchesAppendStem(t *testing.T) {
	words := append([]string(nil), cacheWords...)
	if root := shared.Root(); root != "" {
		paths, _ := filepath.Glob(filepath.Join(root, "corpus", "news", "*.txt"))
		sort.Strings(paths)
		for _, p := range paths[:min(len(paths), 5)] {
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			d := string(b)
			for _, tk := range normalize.Tokenize(d) {
				words = append(words, d[tk.Start:tk.End])
			}
		}
	}
	for _, c := range []*Cache{{}, NewCache(0), NewCache(1000)} {
		var got, want []byte
		for pass := range 2 {
			for _, w := range words {
				got = c.AppendStem(got[:0], w)
				want = AppendStem(want[:0], w)
				require.Equal(t, string(want), string(got), "%q (pass %d, %d slots)", w, pass, len(c.slots))
			}
		}
	}
}

// TestCacheFold checks that a Cache with Fold set gives the folded stems,
// words short and long, from the cache or not.
func TestCacheFold(t *testing.T) {
	search := normalize.MustNew(normalize.Search)
	c := &Cache{Fold: search}
	words := append(cacheWords, "المدرسة", "إلى", "الرئاسة", "أكتوبر", strings.Repeat("ة", 20))
	var got, want []byte
	for pass := range 2 {
		for _, w := range words {
			got = c.AppendStem(append(got[:0], 'x'), w)
			want = search.Append([]byte("x"), AppendStem(nil, w))
			require.Equal(t, string(want), string(got), "%q (pass %d)", w, pass)
		}
	}
}

func TestCacheAppendsToDst(t *testing.T) {
	var c Cache
	buf := []byte("x ")
	buf = c.AppendStem(buf, "بالمدرسة")
	buf = c.AppendStem(append(buf, ' '), "بالمدرسة")
	assert.Equal(t, "x مدرس مدرس", string(buf))
}

func TestCacheAllocatesNothingForArabic(t *testing.T) {
	c := NewCache(64)
	buf := make([]byte, 0, 64)
	words := []string{"بالمدرسة", "يستخدمون", "المعلمون", "والمستشفيات"}
	assert.Equal(t, 0.0, testing.AllocsPerRun(50, func() {
		for _, w := range words {
			buf = c.AppendStem(buf[:0], w)
		}
	}))
}

// TestCacheTellsWordsApart stems words that differ in one byte only, at
// every place, through a small cache whose sets they share: a word found
// must be the same word, whatever its length.
func TestCacheTellsWordsApart(t *testing.T) {
	var words []string
	letters := []rune("بتثجحخدذرزسش")
	for n := 1; n <= 16; n++ { // 2 to 32 bytes
		for i := 0; i < n; i++ {
			for _, r := range letters[:4] {
				w := []rune(strings.Repeat("م", n))
				w[i] = r
				words = append(words, string(w), "a"+string(w)[1:])
			}
		}
	}
	c := NewCache(0)
	var got, want []byte
	for pass := range 3 {
		for _, w := range words {
			got = c.AppendStem(got[:0], w)
			want = AppendStem(want[:0], w)
			require.Equal(t, string(want), string(got), "%q (pass %d)", w, pass)
		}
	}
}
