package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDeclaredDayNotFrame: a weekday after an observance right after
// خلال، أثناء، عقب is the day of what happened in it, the one past, even
// with a verb of announcing before it (أعلنت الوزارة مقتل متظاهر خلال
// الإضراب يوم الأحد); a strike called for the day is still the coming
// one. Sentences written for this test; the article is of a Tuesday,
// 2021-03-02.
func TestDeclaredDayNotFrame(t *testing.T) {
	p := MustNew(Options{Reference: day("2021-03-02")})
	for _, c := range []struct{ in, text, iso string }{
		{"وأعلنت المديرية إصابة عاملين خلال الإضراب يوم الأحد", "يوم الأحد", "2021-02-28"},
		{"وأعلنت الشرطة توقيف عشرة أشخاص أثناء الحداد يوم الأحد", "يوم الأحد", "2021-02-28"},
		{"ودعت النقابة أعضاءها إلى الإضراب يوم الأحد", "يوم الأحد", "2021-03-07"},
	} {
		var found bool
		for _, d := range p.Find(c.in) {
			if c.in[d.Start:d.End] == c.text {
				found = true
				assert.Equal(t, c.iso, d.ISO(), c.in)
			}
		}
		assert.True(t, found, c.in)
	}
}
