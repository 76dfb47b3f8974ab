package dates

import "testing"

// TestDecadeOfAnAge: a decade followed by (من) عمره / العمر tells a
// person's age (في الثلاثينيات من عمره: in his thirties), no date; a
// decade of the calendar stays one. Sentences written for this test;
// ref2017 is Monday 10 July 2017.
func TestDecadeOfAnAge(t *testing.T) {
	runCases(t, ref2017, []findCase{
		{"أصيب رجل في الثلاثينيات من عمره بجروح خطيرة", "", "-"},
		{"توفيت سيدة في الستينات من العمر داخل منزلها", "", "-"},
		{"اعتقلت الشرطة شابين في العشرينات من عمرهما", "", "-"},
		{"هاجر آلاف العمال في السبعينيات إلى دول الخليج", "السبعينيات", "1970/1979"},
		{"بني الجسر في الخمسينات من القرن الماضي", "الخمسينات من القرن الماضي", "1950/1959"},
	})
}
