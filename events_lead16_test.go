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

// TestEventsTollOfWreck: a toll told by لقوا حتفهم (the plural of لقي)
// is a death; off a coast (قبالة سواحل X) is where, not who; and the cause
// of a toll as a noun phrase after بعد/إثر (بعد غرق قارب قبالة X) tells
// where it was taken.
func TestEventsTollOfWreck(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"the plural of لقي and a cause",
			"عنوان\n\nوقال متحدث باسم البحرية إن عشرين مهاجرا لقوا حتفهم بعد غرق زورق صيد قبالة شاطئ مدينة زوارة.", "زوارة"},
		{"off the coasts of a country",
			"عنوان\n\nوقتل 12 مهاجرا في غرق قارب قبالة سواحل تونس.", "تونس"},
		{"a vehicle's origin is no place",
			"عنوان\n\nولقي تسعة أشخاص مصرعهم إثر اصطدام حافلة قادمة من عمان بشاحنة قرب بلدة الأزرق.", "الأزرق"},
		{"a shell after إثر",
			"عنوان\n\nوأصيب طفلان بجروح إثر سقوط قذيفة هاون في حي المزة بدمشق.", "المزة"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2017-06-10", "death", "injury")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.place, evs[0].Place)
			assert.Empty(t, evs[0].Participants)
		})
	}
}

// TestEventsListOfAppointees: a list of appointments after one verbal
// noun, each name after a comma and و with its own office in the
// accusative, names the appointees of the one act.
func TestEventsListOfAppointees(t *testing.T) {
	text := "عنوان\n\nوتضمن المرسوم تعيين خالد الكركي وزيرا للثقافة خلفا لنبيه شقم، وسمير مراد وزيرا للعمل، وبسام التلهوني وزيرا للعدل."
	evs := eventsOfType(t, text, "2017-01-15", "appoint")
	require.Len(t, evs, 1, "%+v", evs)
	for _, p := range []string{"خالد الكركي", "سمير مراد", "بسام التلهوني"} {
		assert.Contains(t, evs[0].Participants, p)
	}
	assert.NotContains(t, evs[0].Participants, "نبيه شقم")
}
