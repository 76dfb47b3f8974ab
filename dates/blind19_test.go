package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpentYearsNoDate: بعد and a count of years or months followed by
// where they were spent (في السجن، في المنفى، في منصبه، خلف القضبان، قضاها
// في …) is how long something lasted before the event, no date to come;
// with no such place after it the count is still measured from the
// reference (بعد عامين في العاصمة, after two years, in the capital).
// Sentences written for this test; the article is of 2020-03-04.
func TestSpentYearsNoDate(t *testing.T) {
	p := MustNew(Options{Reference: day("2020-03-04")})
	for _, c := range []struct{ in, text, iso string }{
		{"الإفراج عن المعتقل سامي حداد بعد ١٢ عاماً في السجون", "", ""},
		{"وعاد المعارض إلى بلاده بعد ثلاثين عاما قضاها في المنفى", "", ""},
		{"وأفرج عن الأسير بعد 20 عاما خلف القضبان", "", ""},
		{"وغادر الرئيس منصبه بعد ثماني سنوات في الحكم", "", ""},
		{"وخرج المريض بعد أربعة أشهر في الغيبوبة", "", ""},
		{"وسيعقد المؤتمر بعد عامين في العاصمة", "بعد عامين", "2022-03-04"},
		{"وسيتم افتتاح المستشفى بعد عامين من الآن", "بعد عامين من الآن", "2022-03-04"},
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
