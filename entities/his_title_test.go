package entities

import "testing"

// TestHisTitle: an article title with the pronoun ه (مدربه "its coach")
// is the title without the pronoun, of the organization the pronoun
// refers to, the nearest named before it; a feminine title written with
// ة keeps its letter.
func TestHisTitle(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a club dismisses its coach", "أعلن نادي الاتحاد إقالة مدربه الأرجنتيني رامون دياز من منصبه.",
			"رامون دياز", []string{"مدرب"}, "نادي الاتحاد", nil},
		{"a club's coach after the verb", "أقال نادي الهلال مدربه الروماني رازفان لوشيسكو بعد الخسارة الثالثة.",
			"رازفان لوشيسكو", []string{"مدرب"}, "نادي الهلال", nil},
		{"a woman coach", "وقالت مدربة الفريق سارة أحمد إن اللاعبات جاهزات.",
			"سارة أحمد", []string{"مدربة"}, "", nil},
	})
}
