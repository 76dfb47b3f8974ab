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
