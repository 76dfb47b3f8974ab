package dates

import "testing"

// TestForecastIsToCome: what a forecast told in the past says (توقعت
// الهيئة أن …) is to come: a weekday or a year-less date in the clause after
// its أن is the coming one, however long the forecaster's name. The date
// right after the verb, before أن, is when the forecast was made, and the
// next sentence is no longer the forecast's. Sentences written for this
// test; the reference is Monday 2025-05-12.
func TestForecastIsToCome(t *testing.T) {
	p := MustNew(Options{Reference: day("2025-05-12")})
	runBothPaths(t, p, []findCase{
		{"وتوقعت الهيئة العامة للأنواء الجوية والرصد الزلزالي أن تنحسر العاصفة تدريجيا ابتداء من يوم الأربعاء", "يوم الأربعاء", "2025-05-14"},
		{"ورجحت مصلحة الأرصاد أن تهطل الأمطار على المرتفعات الخميس", "الخميس", "2025-05-15"},
		{"وتوقع خبراء الطاقة أن يرتفع سعر البرميل في 20 آب", "20 آب", "2025-08-20"},
		{"وتنبأت الأرصاد بأن تعود درجات الحرارة إلى معدلاتها السبت", "السبت", "2025-05-17"},
		// when the forecast was made: the last one
		{"وتوقعت الهيئة الأربعاء أن تنحسر العاصفة", "الأربعاء", "2025-05-07"},
		// a new sentence: not the forecast's
		{"وتوقعت الهيئة أن تنحسر العاصفة. وعقد المجلس جلسته الأربعاء", "الأربعاء", "2025-05-07"},
	})
}
