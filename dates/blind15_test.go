package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGeneralAfterTitleNotYear: العام after a title noun is the adjective
// "general" (المدير العام، الأمين العام، النائب العام), so العام السابق،
// العام الماضي، العام المقبل after it is no year; elsewhere it still is.
// Sentences written for this test; the article is of 2019-04-10.
func TestGeneralAfterTitleNotYear(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-04-10")})
	for _, c := range []struct{ in, text, iso string }{
		{"استجوبت النيابة المدير العام السابق للمصرف المركزي", "", ""},
		{"زار الأمين العام السابق للجامعة العربية بيروت", "", ""},
		{"قال النائب العام السابق إن الملف أغلق", "", ""},
		{"التقى الوزير والمفتش العام السابق للقوات", "", ""},
		{"انخفضت الصادرات في العام السابق", "العام السابق", "2018"},
		{"ارتفع الدين العام الماضي بنسبة كبيرة", "العام الماضي", "2018"},
		{"زار المدير المدينة في العام الماضي", "العام الماضي", "2018"},
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
