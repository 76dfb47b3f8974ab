package dates

import "testing"

// TestDualWithSeparateLam: a date restated in the other calendar after
// الموافق is one date (testdata/written/CONVENTIONS.md) also when the
// preposition ل stands apart, often drawn out with a tatweel (الموافق لـ
// 29 رجب), as Maghrebi and Algerian datelines write it. Sentences written
// for this test; the reference is 2023-03-01.
func TestDualWithSeparateLam(t *testing.T) {
	p := MustNew(Options{Reference: day("2023-03-01")})
	runBothPaths(t, p, []findCase{
		{"الجزائر: الاثنين 20 فيفري 2023 الموافق لـ 29 رجب 1444 ترأس الوزير اجتماعا", "الاثنين 20 فيفري 2023 الموافق لـ 29 رجب 1444", "2023-02-20"},
		{"صدر القرار يوم 12 يناير 2023 الموافق لـ19 جمادى الآخرة 1444", "يوم 12 يناير 2023 الموافق لـ19 جمادى الآخرة 1444", "2023-01-12"},
		{"حرر بالرباط في 3 رجب 1444 الموافق ل 25 يناير 2023", "3 رجب 1444 الموافق ل 25 يناير 2023", "2023-01-25"},
	})
}
