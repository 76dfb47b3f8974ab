package entities

import "testing"

// TestProcliticBeforeListedGiven: a listed given name that the word
// splitter leaves joined to its proclitic (لنجدت: نجدت is a foreign name)
// starts the person's name after the proclitic; a spelling of a listed
// Turkish name without its ي (جاوش أوغلو) is that person.
func TestProcliticBeforeListedGiven(t *testing.T) {
	personNamed(t, "ل before a Turkish given name",
		"وعين الجنرال خلوصي أكار رئيسا لهيئة الأركان التركية، خلفا لنجدت اوزيل الذي أحيل على التقاعد.", "نجدت اوزيل", "لنجدت اوزيل")
	personNamed(t, "a spelling of a listed name",
		"وأكد وزير الخارجية التركي مولود جاوش اوغلو أن بلاده ستبدأ قريبا.", "مولود جاوش اوغلو", "مولود جاوش", "اوغلو")
}
