package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGeneralTitlesNotYear: the titles of a consul, a governor, a
// secretary, a supervisor and a rapporteur take العام as their adjective
// (القنصل العام، الحاكم العام، السكرتير العام، المشرف العام، المقرر العام),
// as a director's and a secretary general's do: what follows (السابق،
// الجديد) is the title's, no year. Sentences written for this test; the
// article is of 2019-06-20.
func TestGeneralTitlesNotYear(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-20")})
	for _, in := range []string{
		"وقال القنصل العام الجديد إن القنصلية ستفتح أبوابها",
		"التقى الوفد الحاكم العام السابق للإقليم",
		"واستقال المشرف العام السابق على المشروع",
		"وعرض المقرر العام الجديد للجنة تقريره",
	} {
		assert.Empty(t, p.Find(in), in)
	}
}

// TestScheduledBeforeYear: المقرر after a definite noun is the participle
// "scheduled", so العام المقبل after it is the year; the rapporteur's
// title (المقرر العام) is still no year. Sentences written for this test.
func TestScheduledBeforeYear(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-20")})
	for _, c := range []struct{ in, text, iso string }{
		{"وتأجل المؤتمر المقرر العام المقبل إلى موعد آخر", "العام المقبل", "2020"},
		{"وناقش المجلس الاستفتاء المقرر العام المقبل في الإقليم", "العام المقبل", "2020"},
		{"وعرض المقرر العام الجديد للجنة تقريره", "", ""},
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
