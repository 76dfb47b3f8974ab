package entities

import "testing"

// TestGovernorOfAState: والي is the title of a state's governor (Sudan,
// Algeria, the Ottoman and Maghrebi usage) as محافظ is of a governorate:
// the name after it is a person with that role, the place in its
// genitive the role's organization.
func TestGovernorOfAState(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"a state's governor, the state in the genitive", "وأعلن والي كسلا محمد طاهر أيلا تعليق الدراسة في المدارس.",
			"محمد طاهر أيلا", []string{"والي"}, "كسلا", nil},
		{"a governor in Algeria", "وأشرف والي وهران عبد الغني زعلان على افتتاح المستشفى.",
			"عبد الغني زعلان", []string{"والي"}, "وهران", nil},
		{"with the article, no place", "وقال الوالي حسين ياسين إن الطرق أغلقت بسبب السيول.",
			"حسين ياسين", []string{"الوالي"}, "", nil},
	})
}
