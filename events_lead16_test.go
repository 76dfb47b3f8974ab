package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsVisitAfterSetOffDay: a visit whose day is set off by commas
// between the visitor and the place (زار X، مساء الجمعة، Y) goes where
// the place after the day says; the Lebanese rank العماد before the
// visitor's name is a title (عماد alone is a given name: no title).
func TestEventsVisitAfterSetOffDay(t *testing.T) {
	tests := []struct{ name, text, visitor, place string }{
		{"a rank and a city",
			"عنوان\n\nوزار العماد ميشال سليمان، مساء الجمعة، مدينة طرابلس.", "ميشال سليمان", "طرابلس"},
		{"a title and a bare capital",
			"عنوان\n\nوزار رئيس الحكومة الأردنية هاني الملقي، صباح الاثنين، بغداد.", "هاني الملقي", "بغداد"},
		{"a rank without commas",
			"عنوان\n\nوزار العماد ميشال سليمان صيدا.", "ميشال سليمان", "صيدا"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2017-10-10", "visit")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.visitor)
			assert.Equal(t, tt.place, evs[0].Place)
		})
	}
	evs := eventsOfType(t, "عنوان\n\nوالتقى عماد خميس رئيس مجلس الوزراء السوري وفد الشركات الصينية في دمشق.", "2017-10-10", "meet")
	for _, e := range evs {
		assert.Contains(t, e.Participants, "عماد خميس")
	}
}

// TestEventsRelievedOfDuties: سحب يد an official (relieving him of his
// duties) is a dismissal by whoever does it, of the one named.
func TestEventsRelievedOfDuties(t *testing.T) {
	tests := []struct{ name, text, actor string }{
		{"a minister announces it",
			"عنوان\n\nوأعلن وزير النقل كاظم فنجان سحب يد مدير الموانئ وإحالته إلى لجنة تحقيقية.", "كاظم فنجان"},
		{"a governor orders it",
			"عنوان\n\nوأمر محافظ نينوى نوفل العاكوب بسحب يد مدير بلدية الموصل.", "نوفل العاكوب"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2017-10-10", "dismiss")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Contains(t, evs[0].Participants, tt.actor)
		})
	}
}

// TestEventsFacilityOfTitlePlace: a body's aid told without a place takes
// the title's place; when its sentence names a facility named after that
// place (مطار عدن الدولي for عدن), the facility is where, more exactly.
func TestEventsFacilityOfTitlePlace(t *testing.T) {
	text := "وصول أول شحنة أدوية إلى عدن\n\nوصلت إلى مطار عدن الدولي، ظهر اليوم الأحد، طائرة تابعة للجنة الدولية للصليب الأحمر تحمل أول شحنة من الأدوية والمستلزمات الطبية."
	evs := eventsOfType(t, text, "2017-05-14", "aid")
	places := map[string]bool{}
	for _, e := range evs {
		places[e.Place] = true
	}
	assert.True(t, places["مطار عدن الدولي"], "%+v", evs)
}
