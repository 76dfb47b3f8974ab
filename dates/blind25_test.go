package dates

import "testing"

// TestCountComparedIsNoYear: a four-digit number after أكثر من / أقل من
// / نحو … من is a count compared (أصاب أكثر من 1900 آخرين), not a year
// after "from"; من before a year with no such word still starts one.
// Sentences written for this test; ref2017 is Monday 10 July 2017.
func TestCountComparedIsNoYear(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"وأصاب المرض أكثر من 1950 آخرين في المخيمات", "", "-"},
		{"وتضم القائمة أقل من 2010 أسماء", "", "-"},
		{"ويعمل في المصنع من 2010 حتى الآن", "2010", "2010"},
	})
}
