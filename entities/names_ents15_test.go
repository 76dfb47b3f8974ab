package entities

import "testing"

// TestGivenNameAndKunyaSurname: a given name no list holds and a family
// name of a kunya's shape after it (أبو بكر، أبو زيد) are one person; a
// listed kunya after a name is its own.
func TestGivenNameAndKunyaSurname(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"after a governor's title", "وأكد محافظ أربيل نوزاد أبو بكر أن الطرق مفتوحة.",
			map[string]Label{"نوزاد أبو بكر": PER}, []string{"أبو بكر"}},
		{"after a minister's title", "وقال وزير الزراعة دلشاد أبو زيد إن المحصول وفير.",
			map[string]Label{"دلشاد أبو زيد": PER}, []string{"أبو زيد"}},
	})
}

// TestOfficeBeforeListedName: a listed person written in the lists with
// his office (المرشد الأعلى علي خامنئي) is the name after the office, the
// office his role.
func TestOfficeBeforeListedName(t *testing.T) {
	for _, text := range []string{
		"ودعا المرشد الأعلى علي خامنئي إلى الوحدة.",
		"وبحسب المرشد الأعلى علي خامنئي فإن الاتفاق لن يصمد.",
		"والتقى المرشد الأعلى علي خامنئي رئيس الجمهورية.",
	} {
		res := fullOnce().RecognizeString(text)
		checkSpanCases(t, []spanCase{{"office and listed name", text, map[string]Label{"علي خامنئي": PER}, []string{"المرشد الأعلى علي خامنئي"}}})
		titles, _ := roleOf(t, res, "علي خامنئي")
		if len(titles) != 1 || titles[0] != "المرشد الأعلى" {
			t.Errorf("%s: roles %v", text, titles)
		}
	}
}

// TestTribePlace: after a place head, بني and a rare word, and a second
// rare word, name one place (إقليم بني شنقول قماز).
func TestTribePlace(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a region of three words", "ويمر الطريق عبر إقليم بني شنقول قماز نحو الحدود.",
			map[string]Label{"بني شنقول قماز": LOC}, []string{"بني", "شنقول"}},
		{"a town of two words", "وفر السكان من بلدة بني زيتار بعد القصف.",
			map[string]Label{"بني زيتار": LOC}, []string{"بني"}},
	})
}
