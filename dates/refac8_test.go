package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDeclaredDayAfterLongSubject: a bare weekday after an observance
// that a verb of calling or deciding names is the day set, to come, when
// the verb's subject is long or a place and the ones called stand between
// (دعت نقابة الأطباء في صنعاء منتسبيها إلى الإضراب يوم الأحد), as with a
// short subject. Sentences written for this test; the article is of a
// Tuesday, 2021-03-02.
func TestDeclaredDayAfterLongSubject(t *testing.T) {
	p := MustNew(Options{Reference: day("2021-03-02")})
	for _, c := range []struct{ in, text, iso string }{
		{"دعت نقابة الأطباء في صنعاء منتسبيها إلى الإضراب يوم الأحد", "يوم الأحد", "2021-03-07"},
		{"ودعا اتحاد عمال النقل في الزرقاء السائقين للإضراب الأحد", "الأحد", "2021-03-07"},
		{"وقرر مجلس الوزراء في جلسته الأسبوعية تعطيل الدوام الخميس", "الخميس", "2021-03-04"},
		// A short subject, as before.
		{"دعت النقابة أعضاءها إلى الإضراب يوم الأحد", "يوم الأحد", "2021-03-07"},
		// No verb of calling: the weekday of the telling, passed.
		{"شارك عمال النقل في الزرقاء أمس في الإضراب يوم الأحد", "يوم الأحد", "2021-02-28"},
	} {
		got := p.Find(c.in)
		var found bool
		for _, d := range got {
			if c.in[d.Start:d.End] == c.text {
				found = true
				assert.Equal(t, c.iso, d.ISO(), c.in)
			}
		}
		assert.True(t, found, "%s: %+v", c.in, got)
	}
}
