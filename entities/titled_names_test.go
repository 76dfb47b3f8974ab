package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// personNamed checks that the sentence in names the person name (the
// text of a PER mention) with the rules alone and with the tagger, and
// that none of notPersons is a person.
func personNamed(t *testing.T, why, in, name string, notPersons ...string) {
	t.Helper()
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		k := slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == PER && m.Text == name })
		assert.GreaterOrEqual(t, k, 0, "%s: no person %q: %s: %v", why, name, in, mentions(res))
		for _, m := range res.Mentions {
			assert.False(t, m.Label == PER && slices.Contains(notPersons, m.Text), "%s: %q is no person: %s", why, m.Text, in)
		}
	}
}

// TestForeignSurnameAfterName: a rare word shaped like an imperfect verb
// (يـ، تـ) right after a name is a foreign family name, not a verb; a
// verb after a name is no part of it.
func TestForeignSurnameAfterName(t *testing.T) {
	for _, tt := range []struct{ why, in, name string }{
		{"after a title and a nationality", "وقال المدرب الصربي دوشان تاديتش إن فريقه جاهز.", "دوشان تاديتش"},
		{"after a title alone", "وقال المدرب نيكولا يوكيتش إن الموسم كان صعبا.", "نيكولا يوكيتش"},
		{"the name ends at the surname", "وأعلن النادي التعاقد مع المدرب البوسني ميروسلاف توديتش لموسمين.", "ميروسلاف توديتش"},
	} {
		personNamed(t, tt.why, tt.in, tt.name)
	}
	for _, tt := range []struct{ why, in, name string }{
		{"a rare verb after a name", "وقال الوزير خالد يستقبلونه غدا.", "خالد"},
		{"a headline verb after a name", "المدرب حسام يتعاقد مع لاعب جديد", "حسام"},
	} {
		personNamed(t, tt.why, tt.in, tt.name)
	}
}

// TestTitleNisba: a description nisba after a title (الناشط الإعلامي،
// المحلل العسكري) and the nisba of a group or a place before the place
// the holder serves in (القيادي الحوثي في …) are part of the title: the
// name after them is the person's, the nisba no person.
func TestTitleNisba(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a rights activist placed in a city", "وقال الناشط الحقوقي في حمص عمر الحمصي إن الحصار مستمر.",
			"عمر الحمصي", []string{"الناشط الحقوقي"}, "", []string{"الحقوقي"}},
		{"a military analyst", "وأوضح المحلل العسكري في بيروت خليل حلو أن الجيش مستعد.",
			"خليل حلو", []string{"المحلل العسكري"}, "", []string{"العسكري"}},
		{"an economist, the name before لـ", "وقال الخبير الاقتصادي في القاهرة هاني توفيق لـ«رويترز» إن الأسعار سترتفع.",
			"هاني توفيق", []string{"الخبير الاقتصادي"}, "", []string{"الاقتصادي"}},
		{"a group's nisba before a place and a name", "وأكد القيادي الحوثي في الحديدة عبد الله الشامي أن المعارك مستمرة.",
			"عبد الله الشامي", []string{"القيادي الحوثي"}, "", []string{"الحوثي"}},
		{"a local official's nisba", "وأكد المسؤول المحلي في منبج فاروق الماشي أن الوضع هادئ.",
			"فاروق الماشي", []string{"المسؤول المحلي"}, "", []string{"المحلي"}},
	})
	// A family name after a title, with a place after it but no name,
	// stays the name.
	personNamed(t, "a family name after a title", "وقال الرئيس الحريري في بيروت إن الحكومة باقية.", "الحريري")
}

// TestPlacedOfficial: المسؤول with a nationality, then في and a place,
// introduces the name after them; without a name after it, it names no
// one.
func TestPlacedOfficial(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a Kurdish official in a town", "وقال المسؤول الكردي في القامشلي شيار حسو إن الانتخابات ستجري في موعدها.",
			"شيار حسو", []string{"المسؤول"}, "", nil},
		{"a Turkish official in a city", "وأكد المسؤول التركي في غازي عنتاب أوزان يلماز أن المعبر سيفتح.",
			"أوزان يلماز", []string{"المسؤول"}, "", nil},
	})
	for _, in := range []string{
		"وقال المسؤول التركي في أنقرة إن بلاده ترفض.",
		"وحمل البيان الجهة المسؤولة في المدينة مسؤولية الحادث.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			assert.Equal(t, -1, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == PER }), "%s: %v", in, mentions(res))
		}
	}
}

// TestFamilyBeforeSpeech: after a title, a given name and the word after
// it are the name when the speaker's phrase ends there (إن، لـ, a
// comma): a frequent word (سريع، جميل) or a nationality nisba (الشامي)
// is then the family name.
func TestFamilyBeforeSpeech(t *testing.T) {
	for _, tt := range []struct{ why, in, name string }{
		{"a frequent adjective as a family name", "قال المتحدث العسكري في تعز يحيى سريع إن الهجوم فشل.", "يحيى سريع"},
		{"a nationality nisba as a family name", "وقال الناشط الإعلامي في حرستا سامر المصري لـ«فرانس برس» إن القصف مستمر.", "سامر المصري"},
		{"after an official title", "وقال الناطق الرسمي حسن جميل، إن الوضع هادئ.", "حسن جميل"},
	} {
		personNamed(t, tt.why, tt.in, tt.name)
	}
	// Not before other words: the name is the given name alone.
	personNamed(t, "an adverb after the name", "وقال الناطق الرسمي حسن اليوم إن الوضع هادئ.", "حسن")
}

// TestMemberGroupNisba: after a member's title (القيادي، الناطق) the
// nisba of a group the lists know (الحوثي: الحوثيين) says whose member
// he is and names no person; after an office's title (الزعيم) the same
// word is the person.
func TestMemberGroupNisba(t *testing.T) {
	for _, in := range []string{
		"وقال القيادي الحوثي إن الجماعة لن تنسحب من الحديدة.",
		"وأكد الناطق الحوثي أن الهجوم على المطار فشل.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			assert.Equal(t, -1, slices.IndexFunc(res.Mentions, func(m Mention) bool { return m.Label == PER }), "%s: %v", in, mentions(res))
		}
	}
	personNamed(t, "the leader", "وقال الزعيم الحوثي في خطاب متلفز إن المعركة مستمرة.", "الحوثي")
}
