package dates

import "testing"

// TestQuarterAsFasl: الفصل with an ordinal and a named or counted year is
// a quarter, as the Maghreb's economic news writes it (الربع elsewhere);
// a chapter, a school term or الفصل alone is no date. Sentences written
// for this test; ref2017 is Monday 10 July 2017.
func TestQuarterAsFasl(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"ارتفع الناتج بنسبة 2 في المائة خلال الفصل الرابع من 2016", "الفصل الرابع من 2016", "2016-10/2016-12"},
		{"تراجعت البطالة في الفصل الأول من العام الماضي", "الفصل الأول من العام الماضي", "2016-01/2016-03"},
		{"سجل العجز في الفصل الثاني من سنة 2015 مستوى قياسيا", "الفصل الثاني من سنة 2015", "2015-04/2015-06"},
		{"تنطلق امتحانات الفصل الثاني من العام الدراسي الحالي", "", "-"},
		{"قرأ الطلاب الفصل الأول من الرواية", "", "-"},
		{"تغيب عن هذا الفصل عدد من التلاميذ", "", "-"},
		{"ويعرض الفصل المقبل من المسلسل قصة جديدة", "", "-"},
		{"انخفض التضخم في الربع الثالث من عام 2016", "الربع الثالث من عام 2016", "2016-07/2016-09"},
	})
}
