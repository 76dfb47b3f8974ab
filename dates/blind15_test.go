package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGeneralAfterTitleNotYear: العام after a title noun is the adjective
// "general" (المدير العام، الأمين العام، النائب العام، and (b364803) the
// titles of a consul, a governor, a secretary, a supervisor and a
// rapporteur), so العام السابق، العام الماضي، العام المقبل، العام الجديد
// after it is no year; elsewhere it still is: after a noun of an event
// (المؤتمر، الإضراب: refac3) and after المقرر, the participle "scheduled",
// following a definite noun (f0c3794: الاجتماع المقرر العام المقبل).
// Sentences written for this test; the article is of 2019-04-10.
func TestGeneralAfterTitleNotYear(t *testing.T) {
	p := MustNew(Options{Reference: day("2019-04-10")})
	for _, c := range []struct{ in, text, iso string }{
		{"استجوبت النيابة المدير العام السابق للمصرف المركزي", "", ""},
		{"زار الأمين العام السابق للجامعة العربية بيروت", "", ""},
		{"قال النائب العام السابق إن الملف أغلق", "", ""},
		{"التقى الوزير والمفتش العام السابق للقوات", "", ""},
		{"وقال القنصل العام الجديد إن القنصلية ستفتح أبوابها", "", ""},
		{"التقى الوفد الحاكم العام السابق للإقليم", "", ""},
		{"واستقال المشرف العام السابق على المشروع", "", ""},
		{"وعرض المقرر العام الجديد للجنة تقريره", "", ""},
		{"وانتخب الأمين العام المقبل للحزب", "", ""},
		{"انخفضت الصادرات في العام السابق", "العام السابق", "2018"},
		{"ارتفع الدين العام الماضي بنسبة كبيرة", "العام الماضي", "2018"},
		{"زار المدير المدينة في العام الماضي", "العام الماضي", "2018"},
		{"وتأجل المؤتمر المقرر العام المقبل إلى موعد آخر", "العام المقبل", "2020"},
		{"وناقش المجلس الاستفتاء المقرر العام المقبل في الإقليم", "العام المقبل", "2020"},
		{"وعقد الحزب المؤتمر العام الماضي في مدينة صفاقس", "العام الماضي", "2018"},
		{"ونفذت نقابة المعلمين الإضراب العام الماضي احتجاجا على الأجور", "العام الماضي", "2018"},
		{"وتستضيف العاصمة المؤتمر العام المقبل", "العام المقبل", "2020"},
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
