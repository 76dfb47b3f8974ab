package naba

import "testing"

// TestEventsForTheSakeOfIsNoPostponing: أجّل before a resignation holds
// it off (TestEventsHeldOffResignation), but the same letters in من أجل
// (for the sake of), إجلاء (an evacuation) and الأجل (a term) do not: the
// resignation handed in stays one. Sentences written for this test.
func TestEventsForTheSakeOfIsNoPostponing(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nومن أجل المصلحة العامة قدم وزير النقل استقالته أمس.",
		"عنوان\n\nوخلال عملية إجلاء الرعايا أعلن السفير الفرنسي استقالته أمس.",
		"عنوان\n\nوفي خطوة قصيرة الأجل قدم وزير النقل استقالته أمس.",
	} {
		eventsOfType(t, text, "2018-06-05", "dismiss")
	}
	// The verb itself still holds the resignation off.
	for _, text := range []string{
		"عنوان\n\nوأجل رئيس الحكومة استقالته إلى ما بعد الانتخابات.",
		"عنوان\n\nوأجلت وزيرة الثقافة تقديم استقالتها أسبوعا.",
	} {
		checkNotEvents(t, text, "2018-06-05", "dismiss")
	}
}

// TestEventsVisitThenSaid: a visit followed by a clause of its own that
// opens with و and a verb (زار الموقع وقال إن عدد المصابين بلغ عشرين)
// does not visit the wounded counted in that clause; so a visit whose
// place is not named is not told (draft.empty), as one to a town is not,
// while a visit to the wounded themselves is (TestEventsVisitToWounded).
// Sentences written for this test.
func TestEventsVisitThenSaid(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوزار وزير الصحة الأردني سعد جابر الموقع أمس وقال إن عدد المصابين بلغ عشرين.",
		"عنوان\n\nوزار وزير الداخلية التونسي هشام الفراتي المصنع المحترق صباح اليوم وأكد أن الجرحى نقلوا إلى صفاقس.",
		"عنوان\n\nوتفقد رئيس الحكومة يوسف الشاهد الحي المنكوب وأوضح أن المصابين غادروا المستشفى.",
	} {
		checkNotEvents(t, text, "2018-06-05", "visit")
	}
	for _, text := range []string{
		"عنوان\n\nوزار وزير الصحة الأردني سعد جابر، أمس، الجرحى وقال إن حالتهم مستقرة.",
		"عنوان\n\nوزار وزير الداخلية التونسي هشام الفراتي المصابين وأكد أن الدولة ستتكفل بعلاجهم.",
	} {
		eventsOfType(t, text, "2018-06-05", "visit")
	}
}
