package entities

import "testing"

// TestKunyaBeforeFullName: a kunya with its name (أبو خالد) followed by a
// given name without the article and a family name or nisba with it is
// one person's name, not a kunya and a second person; a kunya alone
// before a family name, or before a given name with no family name,
// stays as it was.
func TestKunyaBeforeFullName(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"kunya, given name, nisba", "وأكد أبو خالد سعيد المطيري أن الأسرى عادوا سالمين.",
			map[string]Label{"أبو خالد سعيد المطيري": PER}, []string{"سعيد المطيري"}},
		{"compound kunya name", "وتسلم أبو عبد الرحمن يوسف الشمري المخطوفين مساء الأحد.",
			map[string]Label{"أبو عبد الرحمن يوسف الشمري": PER}, []string{"يوسف الشمري"}},
		{"compound given name after", "ونقل أبو علي عبد الكريم الزبيدي رسالة الشيوخ إلى الحكومة.",
			map[string]Label{"أبو علي عبد الكريم الزبيدي": PER}, nil},
		{"kunya and family name", "وقال أبو حسن التميمي إن المفاوضات مستمرة.",
			map[string]Label{"أبو حسن التميمي": PER}, nil},
	})
}
