package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestScheduledWeekday: a bare weekday after مقرر، مقررة، مقررا (scheduled)
// is the coming one, though a past verb comes before it in the clause.
// The article is of Monday 2018-09-03. Sentences written for this test.
func TestScheduledWeekday(t *testing.T) {
	p := MustNew(Options{Reference: day("2018-09-03")})
	for _, c := range []struct{ in, iso string }{
		{"وألغي التصويت قبل يومين من الجلسة التي كانت مقررة الأربعاء", "2018-09-05"},
		{"واستقال الوزير قبل المناظرة التي كان مقررا عقدها الخميس", "2018-09-06"},
		{"وأعلن المتحدث أن الاجتماع مقرر يوم الأحد في عمان", "2018-09-09"},
	} {
		got := p.Find(c.in)
		if assert.NotEmpty(t, got, c.in) {
			assert.Equal(t, c.iso, got[len(got)-1].ISO(), c.in)
		}
	}
	// A past verb with no such word keeps the last occurrence.
	got := p.Find("وعقد المجلس جلسته الأربعاء برئاسة الوزير")
	if assert.NotEmpty(t, got) {
		assert.Equal(t, "2018-08-29", got[0].ISO())
	}
}
