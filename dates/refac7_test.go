package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPastRelativeMasculineFormFive: after الذي, a verb of four letters
// in ت with ب and a pronoun after it (الذي تقدم به، الذي تبرع به) is the
// past of تفعّل told of a man: the present of that form begins with تت
// and that of فعّل (الذي تقدمه الشركة) takes its object with no ب. A
// year-less date in such a clause has happened, as in one with تقدمت.
// Sentences written for this test; the article is of 2018-06-19.
func TestPastRelativeMasculineFormFive(t *testing.T) {
	p := MustNew(Options{Reference: day("2018-06-19")})
	for _, c := range []struct{ in, text, iso string }{
		{"تنظر المحكمة الأسبوع المقبل في الطلب الذي تقدم به المحامي في 4 يونيو", "4 يونيو", "2018-06-04"},
		{"تراجع اللجنة الشهر المقبل المبلغ الذي تبرع به الرجل في 9 يونيو", "9 يونيو", "2018-06-09"},
		{"تدرس الهيئة الأسبوع المقبل العرض الذي تقدمه الشركة في 2 يونيو", "2 يونيو", "2019-06-02"},
	} {
		got := p.Find(c.in)
		if assert.Len(t, got, 2, c.in) {
			assert.Equal(t, c.text, c.in[got[1].Start:got[1].End], c.in)
			assert.Equal(t, c.iso, got[1].ISO(), c.in)
		}
	}
}
