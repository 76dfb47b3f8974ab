package dates

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSameDayPastParagraphs: اليوم نفسه، اليوم ذاته، نفس اليوم repeat the
// last day told, even when two paragraphs with no date stand between them
// (past the reach of expressions counted from a date, such as اليوم
// التالي). Sentences written for this test; the article is of 2024-03-06.
func TestSameDayPastParagraphs(t *testing.T) {
	p := MustNew(Options{Reference: day("2024-03-06")})
	filler := strings.Repeat("وقالت مصادر محلية إن فرق الإنقاذ واصلت عملها في المنطقة المنكوبة وسط ظروف صعبة. ", 8)
	for _, c := range []struct{ in, text, iso string }{
		{"غرق قارب للصيادين قبالة الساحل أمس الثلاثاء. " + filler + "وزار المحافظ، مساء اليوم نفسه، عائلات المفقودين.", "مساء اليوم نفسه", "2024-03-05"},
		{"اندلع حريق في سوق المدينة فجر أمس الثلاثاء. " + filler + "وتفقد الوزير السوق صباح اليوم ذاته.", "صباح اليوم ذاته", "2024-03-05"},
	} {
		got := p.Find(c.in)
		if assert.Len(t, got, 2, c.in) {
			assert.Equal(t, c.text, c.in[got[1].Start:got[1].End], c.in)
			assert.Equal(t, c.iso, got[1].ISO(), c.in)
		}
	}
}
