package stem

import (
	"bufio"
	"os"
	"path/filepath"
	"testing"

	"github.com/nabanlp/naba/internal/shared"
	"github.com/nabanlp/naba/normalize"
	"github.com/stretchr/testify/require"
)

func lines(t *testing.T, path string) []string {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	require.NoError(t, sc.Err())
	return out
}

// TestWhichTextToStem backs the package documentation: Display-normalized
// words stem as raw words do; Search-folded words do not.
func TestWhichTextToStem(t *testing.T) {
	dir := shared.Path(t, "data", "snowball-arabic")
	voc, want := lines(t, filepath.Join(dir, "voc.txt")), lines(t, filepath.Join(dir, "output.txt"))
	display, search := normalize.MustNew(normalize.Display), normalize.MustNew(normalize.Search)
	sameDisplay, sameSearch, sameSearchFolded := 0, 0, 0
	for i, w := range voc {
		if ScriptOf(w) != Arabic {
			continue
		}
		if Stem(display.String(w)) == want[i] {
			sameDisplay++
		}
		s := Stem(search.String(w))
		if s == want[i] {
			sameSearch++
		}
		if s == search.String(want[i]) {
			sameSearchFolded++
		}
	}
	arabicWords := 0
	for _, w := range voc {
		if ScriptOf(w) == Arabic {
			arabicWords++
		}
	}
	t.Logf("%d Arabic words: Display first %d same stem; Search first %d same, %d same once the raw stem is folded",
		arabicWords, sameDisplay, sameSearch, sameSearchFolded)
	require.Equal(t, arabicWords, sameDisplay)
	require.Less(t, float64(sameSearchFolded), 0.9*float64(arabicWords))
}
