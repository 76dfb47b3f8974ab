package naba

import "testing"

// TestEventsBodyFormedWithElative: a body formed with a feminine elative
// after it (لجنة عليا، الهيئة العليا، لجنة دنيا) is still an establishment;
// the words in ا that end شكّل's check for "constituted" are indefinite
// accusatives (شكلت الأزمة تحديا).
func TestEventsBodyFormedWithElative(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوشكل الرئيس لجنة عليا للتحقيق في انهيار المبنى.",
		"عنوان\n\nوشكلت الوزارة الهيئة العليا للمسابقات مطلع الشهر.",
		"عنوان\n\nوشكل رئيس الوزراء لجنة دنيا وأخرى عليا لفض النزاعات.",
	} {
		eventsOfType(t, text, "2018-06-05", "establish")
	}
	for _, text := range []string{
		"عنوان\n\nوشكلت الأزمة المالية تحديا كبيرا للحكومة الجديدة.",
	} {
		checkNotEvents(t, text, "2018-06-05", "establish")
	}
}
