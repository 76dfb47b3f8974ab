package entities

import "testing"

// TestRankAfterConstructNoun: a rank that is also a common noun (الفريق
// "the team") right after a noun in construct no list holds as a title
// is that noun's genitive: the title is both words (طبيب الفريق), not
// the rank. A rank after a verb stays the rank.
func TestRankAfterConstructNoun(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a team doctor", "وغاب المهاجم عن التدريب بحسب ما أعلن طبيب الفريق كريم منصور أمس.",
			"كريم منصور", []string{"طبيب الفريق"}, "", nil},
		{"a physiotherapist", "وقال معالج الفريق سامر يوسف إن الإصابة بسيطة.",
			"سامر يوسف", []string{"معالج الفريق"}, "", nil},
		{"the rank after a verb", "وقال الفريق أول عادل جابر إن القوات جاهزة.",
			"عادل جابر", []string{"الفريق أول"}, "", nil},
	})
}
