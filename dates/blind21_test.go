package dates

import "testing"

// TestHalfAndQuarterMaghreb: السداسي (half-year) and الثلاثي (quarter)
// with an ordinal and a named or counted year are dates, as the Maghreb's
// news writes them (النصف، الربع elsewhere); a university semester or a
// three-party meeting is no date. Sentences written for this test; ref2017
// is Monday 10 July 2017.
func TestHalfAndQuarterMaghreb(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"يرتقب تسليم المحطة خلال السداسي الثاني من سنة 2018", "السداسي الثاني من سنة 2018", "2018-07/2018-12"},
		{"ارتفعت المبيعات في الثلاثي الأول من العام الجاري", "الثلاثي الأول من العام الجاري", "2017-01/2017-03"},
		{"تراجع العجز خلال السداسي الأول من 2016", "السداسي الأول من 2016", "2016-01/2016-06"},
		{"تنطلق امتحانات السداسي الثاني من السنة الجامعية الحالية", "", "-"},
		{"وانعقد الاجتماع الثلاثي بحضور الوزراء", "", "-"},
	})
}
