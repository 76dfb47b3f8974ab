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

// TestPersonInEnumeration: between two persons of a list set off by commas
// and و, a given name (a weak one too) and one name part are a person;
// not where a neighbour is no person.
func TestPersonInEnumeration(t *testing.T) {
	personNamed(t, "a weak given name among the accused",
		"والمتهمون في القضية أعضاء بارزون في الحزب، وهم مصطفى بدر الدين، وحسين حسن عنيسي، وأسد صبرا، وحسن مرعي.", "أسد صبرا")
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		in := "وزار الوفد دمشق، وأمل كبير، وحلب."
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		for _, m := range res.Mentions {
			if m.Label == PER {
				t.Errorf("no person in %q: %v", in, mentions(res))
			}
		}
	}
}

// TestListedPersonAfterTitleOverPlace: after a title and its organization,
// a listed person's name that begins with a place's name (صلاح الدين, an
// Iraqi province) is the person, not the place and a stray surname.
func TestListedPersonAfterTitleOverPlace(t *testing.T) {
	personNamed(t, "a Turkish party leader",
		"ويفترض أن يتوجه زعيم حزب الشعب الديموقراطي صلاح الدين دمرتاش، المعارض، إلى أنقرة.", "صلاح الدين دمرتاش", "دمرتاش")
	checkLabelCases(t, []labelCase{
		{"the province after a governor", "وقال محافظ صلاح الدين إن الوضع الأمني مستقر.", LOC, "صلاح الدين", ""},
	})
}
