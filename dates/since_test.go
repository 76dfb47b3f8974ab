package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSinceLooksBack: a date after منذ (since) is a time that has come,
// even in a clause that speaks of the future; the reference is Monday
// 2018-09-03.
func TestSinceLooksBack(t *testing.T) {
	p := MustNew(Options{Reference: day("2018-09-03")})
	for _, c := range []struct{ in, text, iso string }{
		{"وسيبقى الجسر مغلقاً حتى الخميس المقبل بعد أن توقفت حركة السير عليه منذ السبت", "منذ السبت", "2018-09-01"},
		{"ومن المقرر أن يستمر إضراب المعلمين الذي يخوضونه منذ الأربعاء", "منذ الأربعاء", "2018-08-29"},
		{"وسيواصل المعتصمون اعتصامهم المفتوح منذ 20 أكتوبر", "منذ 20 أكتوبر", "2017-10-20"},
		// a weekday that is today: since this day
		{"وسيظل المعبر مغلقاً كما هو منذ الاثنين", "منذ الاثنين", "2018-09-03"},
		// no cue: as before, the latest such day
		{"ولا تزال المدارس مغلقة منذ الخميس", "منذ الخميس", "2018-08-30"},
	} {
		got := p.Find(c.in)
		if assert.NotEmpty(t, got, c.in) {
			d := got[len(got)-1]
			assert.Equal(t, c.text, d.Text, c.in)
			assert.Equal(t, c.iso, d.ISO(), c.in)
		}
	}
}
