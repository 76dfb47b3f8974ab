package arabic

import (
	"bufio"
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/stretchr/testify/require"
)

// readLines reads a file of the Snowball test vocabulary, one word a line.
func readLines(tb testing.TB, path string) []string {
	tb.Helper()
	f, err := os.Open(path)
	require.NoError(tb, err)
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	require.NoError(tb, sc.Err())
	return lines
}

// vocabulary returns the 50,000 words of ../shared/data/snowball-arabic and
// their stems as the Snowball compiler's Go output gives them; it skips tb
// when the shared folder is absent.
func vocabulary(tb testing.TB) (voc, want []string) {
	dir := shared.Path(tb, "data", "snowball-arabic")
	voc = readLines(tb, filepath.Join(dir, "voc.txt"))
	want = readLines(tb, filepath.Join(dir, "output.txt"))
	require.Len(tb, want, len(voc), "voc.txt and output.txt are line-aligned")
	return voc, want
}

// isArabicBlock reports whether r is in one of the Arabic blocks.
func isArabicBlock(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0x08A0 && r <= 0x08FF ||
		r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// isGlued reports whether s is one of the lines the word list's README
// counts as "not a bare Arabic word": Arabic letters with punctuation or
// Latin letters glued on (197 lines).
func isGlued(s string) bool {
	hasArabicLetter, hasOther := false, false
	for _, r := range s {
		switch {
		case isArabicBlock(r) && unicode.IsLetter(r):
			hasArabicLetter = true
		case isArabicBlock(r) && unicode.IsMark(r), r == 0x0640:
		default:
			hasOther = true
		}
	}
	return hasArabicLetter && hasOther
}

// TestConformance checks Stem against the stems the Snowball-generated
// program gives for every line of the 50,000-line list, whole string as
// the program sees it: punctuation glued to a word and Latin tokens
// included.
func TestConformance(t *testing.T) {
	voc, want := vocabulary(t)
	require.Len(t, voc, 50000)
	agree, agreeGlued, glued := 0, 0, 0
	var bad []int
	for i, w := range voc {
		got := Stem(w, true)
		g := isGlued(w)
		if g {
			glued++
		}
		if got == want[i] {
			agree++
			if g {
				agreeGlued++
			}
		} else if len(bad) < 20 {
			bad = append(bad, i)
		}
		// AppendStem gives the same stem.
		if a := string(AppendStem(nil, w)); a != got {
			t.Errorf("line %d %q: AppendStem %q, Stem %q", i+1, w, a, got)
		}
	}
	for _, i := range bad {
		t.Errorf("line %d: Stem(%q) = %q, Snowball gives %q", i+1, voc[i], Stem(voc[i], true), want[i])
	}
	t.Logf("%d of %d lines agree: %d of %d words, %d of %d lines with punctuation or Latin glued on",
		agree, len(voc), agree-agreeGlued, len(voc)-glued, agreeGlued, glued)
	require.Equal(t, 197, glued, "the word list's README counts 197 glued lines")
	require.Equal(t, len(voc), agree)
}
