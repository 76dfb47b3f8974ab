package entities

import "testing"

// TestAdjectiveNisbaAfterTitle: a definite adjective in ي after a word
// that is also a title or a rank (الفريق "the team", الصحفي "press") is
// no family name when its feminine is a frequent word (حكومية، أسبوعية،
// طبية); a family name in ي after a title stays one.
func TestAdjectiveNisbaAfterTitle(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a government team", "وأكد الناطق أن الفريق الحكومي سيواصل عمله حتى نهاية العام، وقال الوزير سالم العلي إن الخطة جاهزة.",
			"سالم العلي", []string{"الوزير"}, "", []string{"الحكومي"}},
		{"a weekly press conference", "وقال رئيس الحكومة المغربية سعد الدين العثماني في مؤتمره الصحفي الأسبوعي إن الحوار مستمر.",
			"سعد الدين العثماني", []string{"رئيس الحكومة"}, "", []string{"الأسبوعي"}},
		{"a medical team", "ووصل الفريق الطبي إلى المستشفى صباح الأحد، وقال المدير خالد النعيمي إن الحالات مستقرة.",
			"خالد النعيمي", []string{"المدير"}, "", []string{"الطبي"}},
		{"a family name in ي after a rank", "وقال العميد الكناني إن القوات جاهزة.",
			"الكناني", []string{"العميد"}, "", nil},
	})
}
