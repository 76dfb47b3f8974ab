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
