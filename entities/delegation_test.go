package entities

import "testing"

// TestTunisianDelegation: معتمدية, the district of a Tunisian governorate,
// introduces a place as مدينة and قرية do, its name with or without the
// article (معتمدية الرقاب، معتمدية عقارب).
func TestTunisianDelegation(t *testing.T) {
	checkLabelCases(t, []labelCase{
		{"a definite name", "ونفذ أهالي معتمدية الرقاب وقفة أمام مقر الولاية.", LOC, "الرقاب", "معتمدية الرقاب"},
		{"a name without the article", "وشهدت معتمدية عقارب انقطاعا للماء الصالح للشرب طيلة يومين.", LOC, "عقارب", "معتمدية عقارب"},
		{"another definite name", "واندلع حريق في غابة تابعة لمعتمدية الفحص فجر اليوم.", LOC, "الفحص", "معتمدية الفحص"},
	})
}
