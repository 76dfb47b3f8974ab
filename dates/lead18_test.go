package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPassivePastRelative: a relative clause told with تم/تمت (the past of
// the passive, which begins like a present verb) has happened: a
// year-less date in it is not pushed to next year by a date to come told
// before it. A clause in the present (يتم) still is to come. Sentences
// written for this test; the article is of 2018-06-19.
func TestPassivePastRelative(t *testing.T) {
	p := MustNew(Options{Reference: day("2018-06-19")})
	for _, c := range []struct{ in, text, iso string }{
		{"تناقش اللجنة الأسبوع المقبل نتائج التفجير الذي تم تنفيذه في 3 يونيو", "3 يونيو", "2018-06-03"},
		{"يبحث الوزراء الشهر المقبل الصفقة التي تمت في 5 يونيو", "5 يونيو", "2018-06-05"},
		{"يعقد المجلس الأسبوع المقبل جلسة يتم فيها في 25 يونيو التصويت", "25 يونيو", "2018-06-25"},
	} {
		got := p.Find(c.in)
		if assert.Len(t, got, 2, c.in) {
			assert.Equal(t, c.text, c.in[got[1].Start:got[1].End], c.in)
			assert.Equal(t, c.iso, got[1].ISO(), c.in)
		}
	}
}
