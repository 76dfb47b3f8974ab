package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBattlefrontIsAPlace: جبهة before a rare word or a listed place is
// the front fought at that place, a place named by it with the front as
// an alias; fronts that are groups keep their names (listed, or named
// by a frequent word), and a common noun after جبهة makes none.
func TestBattlefrontIsAPlace(t *testing.T) {
	checkLabelCases(t, []labelCase{
		{"a front in a province", "وشن الطيران ثلاث غارات على مواقع للمسلحين في جبهة الجفينة بمأرب، وسط اليمن.", LOC, "الجفينة", "جبهة الجفينة"},
		{"a listed group", "وأعلنت جبهة النصرة مسؤوليتها عن الهجوم.", ORG, "جبهة النصرة", ""},
		{"a group named by frequent words", "وقالت جبهة الخلاص الوطني إن الحكومة فشلت في إدارة الأزمة.", ORG, "جبهة الخلاص الوطني", ""},
	})
	for _, in := range []string{
		"وشكلت الأحزاب جبهة موحدة ضد الحكومة.",
		"وساد الهدوء على جبهة القتال أمس.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			assert.Empty(t, res.Mentions, in)
		}
	}
}

// TestCoordinatedQuarter: after a quarter named with its head (حي
// الجمهوري) a rare definite word after و that a direction places (جنوبي
// المدينة) is a second place; a frequent word there is a common noun.
func TestCoordinatedQuarter(t *testing.T) {
	checkLabelCases(t, []labelCase{
		{"the quarter itself", "واندلعت اشتباكات عنيفة في حي الجمهوري والمجلية جنوبي المدينة.", LOC, "الجمهوري", "حي الجمهوري"},
		{"the second place", "واندلعت اشتباكات عنيفة في حي الجمهوري والمجلية جنوبي المدينة.", LOC, "المجلية", ""},
	})
	in := "وقصفت الطائرات حي الزهور والمستشفى شمالي المدينة."
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		res := r.RecognizeString(in)
		checkInvariants(t, in, res)
		assert.False(t, slices.ContainsFunc(res.Mentions, func(m Mention) bool { return m.Form == "المستشفى" }), "%v", mentions(res))
	}
}

// TestQayfaOfRadaa: قيفة رداع is a region the lists name (with قيفة
// alone), not the town رداع after an unknown word.
func TestQayfaOfRadaa(t *testing.T) {
	checkLabelCases(t, []labelCase{
		{"after ب", "وقتل ثمانية مسلحين في كمين للمقاومة شرقي جبل الثعالب بقيفة رداع.", LOC, "قيفة رداع", ""},
		{"the short name", "وقالت مصادر في المقاومة الشعبية بقيفة إن الكمين استهدف دوريتين.", LOC, "قيفة", ""},
	})
}

// TestFamilyNameBeforeOneOf: a definite word after two names or more is
// the family name when أحد (one of) follows it, even a frequent word or a
// title (الحاكم); after one given name it is not.
func TestFamilyNameBeforeOneOf(t *testing.T) {
	personNamed(t, "a frequent word as the family name",
		"ومن القيادات التي منحت رتبا عبدالله يحيى الحاكم احد القادة الميدانيين للجماعة.", "عبدالله يحيى الحاكم")
	personNamed(t, "أحد with hamza",
		"وقال عبد الكريم محمد السالم أحد وجهاء القبيلة إن الوضع هادئ.", "عبد الكريم محمد السالم")
}

// TestOwnerIsNoGivenName: مالك and كامل before a definite word that is not
// rare are the nouns "owner of" and "all of", not a given name with a
// family name; the name after the owner is the person.
func TestOwnerIsNoGivenName(t *testing.T) {
	for _, in := range []string{
		"وأمر المحامي العام بحبس مالك العقار محمود عبد الحميد الشافعي والمقاول المسؤول. وكان العقار قد انهار فجر الأربعاء.",
		"وأكد الوزير أن الجيش يسيطر على كامل الأراضي في المحافظة.",
	} {
		for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
			res := r.RecognizeString(in)
			checkInvariants(t, in, res)
			for _, m := range res.Mentions {
				assert.NotContains(t, []string{"مالك العقار", "العقار", "كامل الأراضي", "الأراضي"}, m.Form, "%s: %v", in, mentions(res))
			}
		}
	}
	personNamed(t, "the owner's name", "وأمر المحامي العام بحبس مالك العقار محمود عبد الحميد الشافعي والمقاول المسؤول.", "محمود عبد الحميد الشافعي")
}
