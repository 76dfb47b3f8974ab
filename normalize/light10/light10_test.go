package light10

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLuceneVectors runs the light10_stem rows of Lucene's test vectors
// (TestArabicStemFilter, the stemmer alone on whitespace tokens).
func TestLuceneVectors(t *testing.T) {
	f, err := os.Open(shared.Path(t, "data", "normalize", "lucene_arabic_test_vectors.tsv"))
	require.NoError(t, err)
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 || fields[0] != "light10_stem" {
			continue
		}
		n++
		assert.Equal(t, fields[2], Stem(fields[1]), "Stem(%q)", fields[1])
	}
	require.NoError(t, sc.Err())
	require.Equal(t, 22, n, "light10_stem vectors")
}

func TestStem(t *testing.T) {
	tests := []struct{ word, want string }{
		{"الحسن", "حسن"},
		{"وحسن", "حسن"},
		{"ساهدهات", "ساهد"}, // ات then ه: suffixes are stripped in sequence
		{"الو", "الو"},      // too short for ال
		{"وال", "وال"},      // too short for و (needs 4)
		{"والد", "الد"},     // وال needs 5; و leaves 3
		{"مدرسة", "مدرس"},
		{"مدرسه", "مدرس"}, // after Search normalization ة is ه
		{"ه", "ه"},
		{"", ""},
		{"English", "English"},
		{"ال😀", "😀"}, // lengths in UTF-16 units: the emoji counts 2
		{"ال\xff\xfe", "\xff\xfe"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Stem(tt.word), "Stem(%q)", tt.word)
	}
}

func TestStemDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		Stem("والمدرسة")
		Stem("ساهدهات")
	})
	require.Zero(t, allocs)
}

func FuzzStem(f *testing.F) {
	for _, s := range []string{"الحسن", "ساهدهات", "\xff", "", "و"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Stem(s)
		if !strings.Contains(s, got) {
			t.Fatalf("Stem(%q) = %q is not a substring", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Stem(%q) = %q is not valid UTF-8", s, got)
		}
		if Stem(got) != got && len(got) == len(s) {
			t.Fatalf("Stem(%q) changed nothing but is not a fixed point", s)
		}
	})
}

func BenchmarkStem(b *testing.B) {
	words := strings.Fields("والمدرسة قال الرئيس إن الحكومة ستعمل على تحسين الخدمات للمواطنين في المدن والقرى")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Stem(words[i%len(words)])
	}
}
