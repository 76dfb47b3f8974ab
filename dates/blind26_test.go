package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMonthOfTheSameYear: a month or a day and month followed by من
// العام نفسه / في العام ذاته takes the year of the date told before it,
// not the reference's. Sentences written for this test; ref2017 is
// Monday 10 July 2017.
func TestMonthOfTheSameYear(t *testing.T) {
	for _, c := range []struct{ in, text, iso string }{
		{"اندلع الحريق الأول في 3 شباط 2009، ثم حريق آخر في آب من العام ذاته", "آب من العام ذاته", "2009-08"},
		{"صدر القانون في مارس 2012، وطبق في 15 نوفمبر من العام نفسه", "15 نوفمبر من العام نفسه", "2012-11-15"},
	} {
		got := ref2017.Find(c.in)
		if assert.Len(t, got, 2, "%s: %v", c.in, got) {
			assert.Equal(t, c.text, got[1].Text, c.in)
			assert.Equal(t, c.iso, got[1].ISO(), c.in)
		}
	}
}
