package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFeminineOrdinalNotDay: a lone feminine ordinal before في or من and a
// month counts something feminine (المرة، الجولة، الدفعة), so only the
// month is a date; the masculine ordinal is the day. Sentences written for
// this test; the article is of 2019-06-20.
func TestFeminineOrdinalNotDay(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-20")})
	for _, c := range []struct{ in, text, iso string }{
		{"رفع البنك الفائدة مرتين، الأولى في مارس والثانية في مايو", "مارس", "2019-03"},
		{"وصلت دفعتان من المساعدات، كانت الثالثة من أبريل أكبرها", "أبريل", "2019-04"},
		{"جرت الجولة الثانية في فبراير بعد تأجيل", "فبراير", "2019-02"},
		{"وصل الوزير في الثاني من مارس", "الثاني من مارس", "2019-03-02"},
		{"تنتهي المهلة في الأول من مايو", "الأول من مايو", "2019-05-01"},
		// Written with its vowels, and with the alef maqsura as ي: still feminine.
		{"زاد الإنتاج مرتين، الثانيةَ من أبريل", "أبريل", "2019-04"},
		{"رفع البنك الفائدة مرتين، الاولي في مارس", "مارس", "2019-03"},
	} {
		got := p.Find(c.in)
		if assert.NotEmpty(t, got, c.in) {
			assert.Equal(t, c.text, c.in[got[0].Start:got[0].End], c.in)
			assert.Equal(t, c.iso, got[0].ISO(), c.in)
		}
	}
}

// TestFeminineOrdinalAfterWeekday: after a weekday the feminine ordinal
// agrees with it and picks the nth such weekday of the month.
func TestFeminineOrdinalAfterWeekday(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-06-20")})
	got := p.Find("أقيمت الصلاة في الجمعة الثانية من مايو")
	if assert.NotEmpty(t, got) {
		assert.Equal(t, "2019-05-10", got[0].ISO())
	}
}
