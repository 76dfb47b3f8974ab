package dates

import "testing"

// TestWeekdayDualWithSeparateLam: a weekday restated as its date after
// الموافق is one date when the preposition ل stands apart or is drawn out
// with a tatweel before the number (يوم الأحد الموافق لـ 5 مارس، الموافق
// ل 5 مارس، الموافق لـ5 مارس), as without it (الموافق 5 مارس) and as the
// two calendars after الموافق لـ (fc78621). Sentences written for this
// test; the reference is 2023-03-01.
func TestWeekdayDualWithSeparateLam(t *testing.T) {
	p := MustNew(Options{Reference: day("2023-03-01")})
	runBothPaths(t, p, []findCase{
		{"أعلنت الحكومة أن يوم الأحد الموافق لـ 5 مارس عطلة رسمية", "يوم الأحد الموافق لـ 5 مارس", "2023-03-05"},
		{"أعلنت الحكومة أن يوم الأحد الموافق ل 5 مارس عطلة رسمية", "يوم الأحد الموافق ل 5 مارس", "2023-03-05"},
		{"وتنطلق الامتحانات الأحد المقبل الموافق لـ5 مارس", "الأحد المقبل الموافق لـ5 مارس", "2023-03-05"},
	})
}
