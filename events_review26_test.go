package naba

import (
	"testing"
)

// TestEventsRoadClosedByAuthority: the forces or the authorities that
// close roads with berms or barricades are no protesters, whether they are
// named after the verb or before it; residents who block a road with
// stones still protest. Sentences written for this test.
func TestEventsRoadClosedByAuthority(t *testing.T) {
	for _, c := range []struct {
		text    string
		protest bool
	}{
		{"عنوان الخبر\n\nوأغلقت قوات الجيش الطرق المؤدية إلى المدينة بالسواتر الترابية أمس.", false},
		{"عنوان الخبر\n\nوقوات الأمن أغلقت الشوارع المحيطة بالبرلمان بالمتاريس الحديدية أمس.", false},
		{"عنوان الخبر\n\nوأغلقت السلطات المحلية في الموصل الجسر القديم بالحواجز الإسمنتية والسواتر أمس.", false},
		{"عنوان الخبر\n\nوأغلق سكان قرية الزاوية الطريق المؤدي إلى صفاقس بالحجارة أمس احتجاجا على انقطاع المياه.", true},
	} {
		if c.protest {
			eventsOfType(t, c.text, "2019-03-12", "protest")
			continue
		}
		checkNotEvents(t, c.text, "2019-03-12", "protest")
	}
}
