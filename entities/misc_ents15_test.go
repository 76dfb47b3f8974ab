package entities

import "testing"

// TestNoThingsOfVotesAndVerbalNouns: a landmark the lists hold as a thing
// but named by a facility's head (سد، جسر) is a place; the veto
// (الفيتو) and a verbal noun in the accusative with its complement
// (تمسكا ب، حرصا على) name nothing.
func TestNoThingsOfVotesAndVerbalNouns(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"a dam after مفاوضات", "واستؤنفت مفاوضات سد النهضة بعد توقف دام أشهرا.",
			map[string]Label{"سد النهضة": LOC}, nil},
		{"a dam after ل", "وعرض الخبراء تقريرا عن الآثار البيئية لسد النهضة أمس.",
			map[string]Label{"سد النهضة": LOC}, nil},
		{"a bridge", "وأغلقت السلطات جسر البوسفور أمام السيارات.",
			map[string]Label{"جسر البوسفور": LOC}, nil},
		{"the veto", "ولوحت موسكو باستخدام الفيتو ضد المشروع الغربي.",
			nil, []string{"الفيتو"}},
		{"the veto after حق", "وعطلت الدولة القرار باستخدام حق الفيتو مرة أخرى.",
			nil, []string{"الفيتو", "حق الفيتو"}},
	})
	for _, r := range []*Recognizer{rulesOnce(), fullOnce()} {
		for _, text := range []string{
			"وقال الوزير إن الطرفين \"تمسكا بتحفظاتهما\" على المسودة.",
			"وأبدى الجانبان مرونة حرصا على إنجاح الاتفاق.",
		} {
			for _, m := range r.RecognizeString(text).Mentions {
				if m.Label == MISC {
					t.Errorf("%s: MISC %q", text, m.Text)
				}
			}
		}
	}
}
