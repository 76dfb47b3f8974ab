package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLongLapseNoDate: five years or more after بعد tell how long it took
// until the event (a headline's "after twenty years"), no date to come;
// fewer years, or the years counted from now, stay a date. Sentences
// written for this test; the article is of 2019-06-10.
func TestLongLapseNoDate(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-10")})
	for _, c := range []struct{ in, text, iso string }{
		{"استئناف الرحلات الجوية بين البلدين بعد عشرين عاما..", "", ""},
		{"عودة السفير الأردني إلى دمشق بعد 7 سنوات", "", ""},
		{"فريق المدينة يتوج باللقب بعد ثلاثة عقود", "", ""},
		{"ويكتمل بناء السد بعد عامين", "بعد عامين", "2021-06-10"},
		{"وتنتهي الخطة بعد عشر سنوات من الآن", "بعد عشر سنوات من الآن", "2029-06-10"},
	} {
		got := p.Find(c.in)
		if c.text == "" {
			assert.Empty(t, got, c.in)
			continue
		}
		if assert.NotEmpty(t, got, c.in) {
			assert.Equal(t, c.text, c.in[got[0].Start:got[0].End], c.in)
			assert.Equal(t, c.iso, got[0].ISO(), c.in)
		}
	}
}
