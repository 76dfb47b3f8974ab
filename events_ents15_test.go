package naba

import "testing"

// TestEventsDetentionDecidedByBody: a detention or a release that a named
// body decides (قرر + the body + the verbal noun) is told as itself, the
// body its actor, now that the prosecution is a body (النيابة العامة).
func TestEventsDetentionDecidedByBody(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"the prosecution detains", "عنوان\n\nوقررت النيابة العامة حبس ثلاثة موظفين خمسة عشر يوما على ذمة القضية.",
			"arrest", "النيابة العامة", "", ""},
		{"the prosecution with its nationality", "عنوان\n\nوقررت النيابة العامة المصرية حبس سائق الحافلة في طنطا.",
			"arrest", "النيابة العامة المصرية", "طنطا", ""},
		{"the prosecution releases", "عنوان\n\nوقررت النيابة العامة الإفراج عن الطالبين بكفالة مالية.",
			"release", "النيابة العامة", "", ""},
	})
}
