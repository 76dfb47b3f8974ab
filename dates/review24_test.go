package dates

import "testing"

// TestReview24RelativeDayKeepsItsSide: a relative day with a weekday after
// it (أمس الأربعاء، غدا الأحد) takes the named weekday nearest to the day
// it counts, but never on the other side of the reference: yesterday's
// Wednesday, read on a Monday, is the last Wednesday (the reference a few
// days after the story), not the coming one; tomorrow's Sunday is the
// coming one. The reference is Monday 2017-05-01. Sentences written for
// this test.
func TestReview24RelativeDayKeepsItsSide(t *testing.T) {
	p := MustNew(Options{Reference: day("2017-05-01")})
	runBothPaths(t, p, []findCase{
		{"وقال الوزير أمس الأربعاء إن المفاوضات متعثرة", "أمس الأربعاء", "2017-04-26"},
		{"وقال الوزير مساء أمس الخميس إن المفاوضات متعثرة", "مساء أمس الخميس", "2017-04-27"},
		{"وقال الوزير أمس السبت إن المفاوضات متعثرة", "أمس السبت", "2017-04-29"},
		{"ويصل الوزير غدا الأحد إلى القاهرة", "غدا الأحد", "2017-05-07"},
		{"ويصل الوزير غدا الأربعاء إلى القاهرة", "غدا الأربعاء", "2017-05-03"},
		// the reference a day early: yesterday's Monday is its day
		{"وقال الوزير أمس الاثنين إن المفاوضات متعثرة", "أمس الاثنين", "2017-05-01"},
	})
}
