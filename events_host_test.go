package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsHostPlace: the place named right after a verb of hosting or
// witnessing (استضاف، شهد) is where the event noun it governs happens,
// across a time phrase between commas and a list of places with their
// regions in brackets; a person there is no place.
func TestEventsHostPlace(t *testing.T) {
	tests := []struct {
		name, text, typ, place string
	}{
		{"a summit a capital hosts, a time between commas",
			"عنوان\n\nوتستضيف طهران، الجمعة المقبلة، قمة بين الرئيس الإيراني حسن روحاني ونظيره الروسي فلاديمير بوتين.", "meet", "طهران"},
		{"protests a list of towns saw",
			"عنوان\n\nوشهدت مدن إربد وجرش والمفرق (شمال) والزرقاء (شرق) والكرك احتجاجات مماثلة.", "protest", "إربد"},
		{"a capital with its title",
			"عنوان\n\nوشهدت العاصمة الأردنية عمان ومدن أخرى موجة جديدة من الاحتجاجات ليلة الاثنين.", "protest", "عمّان"}, // the gazetteer's name
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-09-03", tt.typ)
			if len(evs) > 0 {
				assert.Equal(t, tt.place, evs[0].Place, "%+v", evs)
			}
		})
	}
	// فيما opens another clause (its ف is the word's): the negotiations
	// there are no event Doha hosts.
	for _, e := range eventsOf(t, "عنوان\n\nوتستضيف الدوحة غدا فيما تواصل الأطراف مفاوضات.", "2018-09-03") {
		assert.NotEqual(t, "الدوحة", e.Place, "%+v", e)
	}
	assert.Equal(t, "الدوحة", eventsOfType(t, "عنوان\n\nوتستضيف الدوحة غدا مفاوضات.", "2018-09-03", "meet")[0].Place)
	// A person right after شهد attends: no place from there.
	evs := eventsOfType(t, "عنوان\n\nوشهد الرئيس السوري بشار الأسد توقيع الاتفاق.", "2018-09-03", "agreement")
	if len(evs) > 0 {
		assert.Empty(t, evs[0].Place, "%+v", evs)
	}
}

// TestEventsPressConferenceApart: a press conference in a city is no
// meeting (one speaker speaks to the press: evt16), and no summit that
// city hosts takes it in. (A press conference that frames a statement is
// its setting: TestEventsStatementSetting.)
func TestEventsPressConferenceApart(t *testing.T) {
	text := "عنوان\n\nوعقد الناطق باسم الخارجية الإيرانية بهرام قاسمي مؤتمرا صحفيا في طهران.\n" +
		"وتستضيف طهران، الجمعة المقبلة، قمة بين الرئيس الإيراني حسن روحاني ونظيره الروسي فلاديمير بوتين."
	var meets []string
	for _, e := range eventsOf(t, text, "") {
		if e.Type == "meet" {
			meets = append(meets, e.Trigger)
		}
	}
	assert.ElementsMatch(t, []string{"قمة"}, meets)
}
