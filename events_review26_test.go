package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
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

// TestEventsElectionWinnerOfSeatsOutOf: the winner of an election told
// before it keeps it when his seats are told out of the chamber's (بـ125
// مقعدا من أصل 395), as results are. Sentences written for this test.
func TestEventsElectionWinnerOfSeatsOutOf(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوفاز حزب العدالة والتنمية بـ125 مقعدا من أصل 395 في الانتخابات التشريعية.", "حزب العدالة والتنمية"},
		{"عنوان\n\nوفاز حزب جبهة التحرير الوطني بـ 164 مقعدا من أصل 462 في الانتخابات.", "حزب جبهة التحرير الوطني"},
	} {
		evs := eventsOfType(t, c.text, "2016-10-09", "election")
		if assert.Len(t, evs, 1, c.text) {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
		}
	}
}
