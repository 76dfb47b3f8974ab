package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOrdinalBeforeRelativeMonth: a day in words needs من before a month
// counted from the reference (العاشر من الشهر المقبل); right before الشهر
// it is an adjective of the noun before it (جولتها الثالثة الشهر المقبل:
// its third round, next month). A day in digits needs none (في 25 الشهر
// الجاري). Sentences written for this test; the article is of 2019-06-20.
func TestOrdinalBeforeRelativeMonth(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-20")})
	for _, c := range []struct{ in, text, iso string }{
		{"تعقد اللجنة اجتماعها الأول الشهر المقبل", "الشهر المقبل", "2019-07"},
		{"تبدأ المفاوضات جولتها الثالثة الشهر المقبل في جنيف", "الشهر المقبل", "2019-07"},
		{"تبدأ المفاوضات في العاشر من الشهر المقبل", "العاشر من الشهر المقبل", "2019-07-10"},
		{"يصل الوفد في 25 الشهر الجاري", "25 الشهر الجاري", "2019-06-25"},
	} {
		got := p.Find(c.in)
		if assert.NotEmpty(t, got, c.in) {
			assert.Equal(t, c.text, c.in[got[0].Start:got[0].End], c.in)
			assert.Equal(t, c.iso, got[0].ISO(), c.in)
		}
	}
}
