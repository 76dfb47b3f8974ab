package naba

import (
	"testing"
)

// TestEventsSeatedBodySpeaks: a body with its seat after في (وزارة الصحة
// في غزة، مكتب الأمم المتحدة في جنيف) before a verb in subject-verb order
// (وكانت … قد أعلنت) is the verb's subject; the place only seats it.
func TestEventsSeatedBodySpeaks(t *testing.T) {
	checkEventCases(t, []eventCase{
		{name: "a ministry with its city, pluperfect",
			text: "عنوان\n\nوكانت وزارة الصحة في رفح قد أعلنت صباح الأحد أن عدد الجرحى ارتفع إلى أربعين.",
			typ:  "statement", part: "وزارة الصحة"},
		{name: "a UN office with its city calls",
			text: "عنوان\n\nوكان مكتب الأمم المتحدة في جنيف قد دعا أطراف النزاع إلى ضبط النفس.",
			typ:  "appeal", part: "الأمم المتحدة"},
		{name: "a commission with its region announces",
			text: "عنوان\n\nوكانت المفوضية العليا للانتخابات في كردستان قد أعلنت أن النتائج نهائية.",
			typ:  "statement", part: "المفوضية العليا للانتخابات"},
	})
}
