package entities

import "testing"

// TestNameBeforePrepNoun: the preposition ب and a frequent word right
// after a person's name open what the person was ordered or tasked with
// (أمر … بفتح تحقيق، كلف … بتسيير الأعمال), no part of the name, even
// where the word without ب is a given name (فتح); names written with ب
// (بدر، بشير، بدوي) stay whole. Sentences written for this test.
func TestNameBeforePrepNoun(t *testing.T) {
	for _, tt := range []struct{ why, in, name, not string }{
		{"a prosecutor orders an inquiry", "وأمر المحامي العام المستشار وليد حمدي بفتح تحقيق في الواقعة.", "وليد حمدي", "وليد حمدي بفتح"},
		{"an engineer tasked with running a company", "وكلف مجلس الإدارة المهندس طارق عزمي بتسيير أعمال الشركة مؤقتا.", "طارق عزمي", "طارق عزمي بتسيير"},
		{"a judge orders a release", "وأمر القاضي ماهر سليم بإخلاء سبيل المتهمين بكفالة.", "ماهر سليم", "ماهر سليم بإخلاء"},
		{"a family name in ب stays", "وقال المخرج رامي بدوي إن الفيلم جاهز للعرض.", "رامي بدوي", ""},
		{"a given name in ب after another stays", "والتقى الوفد رجل الأعمال عادل بشير الراشد في مكتبه.", "عادل بشير الراشد", ""},
	} {
		personNamed(t, tt.why, tt.in, tt.name, tt.not)
	}
}
