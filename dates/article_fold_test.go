package dates

import (
	"testing"

	"github.com/nabanlp/naba/normalize"
	"github.com/stretchr/testify/assert"
)

// TestArticleFolded: Find reads the caller's text and FindText a folded
// one; an article written with a hamzated, madda or wasla alef, or with a
// mark on it, is the article for both (a fuzzing input found القرن آلأول
// read by FindText alone).
func TestArticleFolded(t *testing.T) {
	for _, s := range []string{"في القرن آلأول", "منذ مطلع القرن إلعشرين", "في القرن ٱلتاسع عشر", "في القرن اَلحادي والعشرين"} {
		a := ref2017.Find(s)
		b := ref2017.FindText(normalize.MustNew(normalize.Search).Analyze(s))
		if assert.Len(t, a, 1, s) && assert.Len(t, b, 1, s) {
			assert.Equal(t, a[0].Text, b[0].Text, s)
			assert.Equal(t, a[0].ISO(), b[0].ISO(), s)
		}
	}
}
