package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsCounterpartIsNoDescription: a counterpart (نظيره) or a title
// joined by و after a name is another actor, the verb's object or the
// name's partner, not a description of the name: the place after it is
// where they met, and the partner is no "ونظيره" with its conjunction.
func TestEventsCounterpartIsNoDescription(t *testing.T) {
	tests := []struct{ name, text, place, other string }{
		{"unnamed counterpart", "عنوان\n\nوالتقى وزير الداخلية سمير الجابري نظيره اللبناني في بيروت يوم الخميس.", "بيروت", "نظيره اللبناني"},
		{"feminine counterpart", "عنوان\n\nوبحثت وزيرة الثقافة هدى الزين نظيرتها التونسية في تونس سبل التعاون.", "تونس", ""},
		{"title joined by و", "عنوان\n\nواجتمع رئيس الحكومة نبيل عوض ووزير المالية الكويتي في الكويت أمس.", "الكويت", "وزير المالية الكويتي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2019-03-10", "meet")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs[0])
			if tt.other != "" {
				assert.Contains(t, evs[0].Participants, tt.other, "%+v", evs[0])
			}
		})
	}
}

// TestEventsBodyInCitySpoke: a body named with the city it sits in
// (وزارة الخارجية في الرباط) spoke there; with a country after it (الصليب
// الأحمر في لبنان) the country names its branch, not where it spoke.
func TestEventsBodyInCitySpoke(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"ministry in a capital", "عنوان\n\nوأكدت وزارة الخارجية المغربية في الرباط أن السفير استدعي.", "الرباط"},
		{"authority in a city", "عنوان\n\nوأعلنت دائرة صحة نينوى في الموصل أن المستشفى استأنف عمله.", "الموصل"},
		{"branch in a country", "عنوان\n\nوقال الصليب الأحمر في لبنان إن الفرق وصلت إلى المخيم.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2019-03-10", "statement")
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, tt.place, evs[0].Place, "%+v", evs[0])
		})
	}
}

// TestEventsJoinedMeetKeepsSubject: a verb of meeting joined by و to a
// clause with a subject (زار الوزير المدينة والتقى المحافظ فلانا) has that
// subject; the one name after it is the one met. A name followed by ب or
// مع, or by another noun, is the verb's own subject.
func TestEventsJoinedMeetKeepsSubject(t *testing.T) {
	tests := []struct{ name, text string }{
		{"after a visit", "عنوان\n\nووصل وزير الخارجية العماني يوسف بن علوي إلى الرباط أمس، والتقى رئيس الحكومة عزيز أخنوش."},
		{"after a statement, with a place", "عنوان\n\nوقال الوزير يوسف بن علوي إن بلاده تدعم الحوار، والتقى عزيز أخنوش في الرباط."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2019-03-10", "meet")
			require.Len(t, evs, 1, "%+v", evs)
			assert.ElementsMatch(t, []string{"يوسف بن علوي", "عزيز أخنوش"}, evs[0].Participants, "%+v", evs[0])
		})
	}
	evs := eventsOfType(t, "عنوان\n\nووصل الوزير يوسف بن علوي إلى الرباط أمس، والتقى عزيز أخنوش بالوفد الإسباني.", "2019-03-10", "meet")
	require.Len(t, evs, 1, "%+v", evs)
	assert.NotContains(t, evs[0].Participants, "يوسف بن علوي", "%+v", evs[0])
}

// TestEventsMetWhereArrived: a meeting verb joined by و to the visit
// before it, with the visitor in it, took place where the visit went.
func TestEventsMetWhereArrived(t *testing.T) {
	evs := eventsOfType(t, "عنوان\n\nووصل وزير الخارجية العماني يوسف بن علوي إلى الرباط أمس، والتقى رئيس الحكومة عزيز أخنوش.", "2019-03-10", "meet")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "الرباط", evs[0].Place, "%+v", evs[0])
	evs = eventsOfType(t, "عنوان\n\nووصل الوزير يوسف بن علوي إلى الرباط أمس، والتقى عزيز أخنوش بالوفد الإسباني في مدريد.", "2019-03-10", "meet")
	require.Len(t, evs, 1, "%+v", evs)
	assert.Equal(t, "مدريد", evs[0].Place, "%+v", evs[0])
}

// TestEventsConcessionNamesNoSide: a concession after an event (رغم
// خلافاتها مع الرياض، على الرغم من الخلاف مع) names a dispute; its other
// side takes no part in the event.
func TestEventsConcessionNamesNoSide(t *testing.T) {
	tests := []struct{ name, text string }{
		{"رغم", "عنوان\n\nوحضر أمير الكويت الشيخ صباح الأحمد القمة في الظهران رغم خلافاته مع الدوحة."},
		{"على الرغم من", "عنوان\n\nوشارك وزير الخارجية الأردني في الاجتماع على الرغم من التوتر مع دمشق."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range eventsOfType(t, tt.text, "2019-03-10", "meet") {
				assert.NotContains(t, ev.Participants, "الدوحة", "%+v", ev)
				assert.NotContains(t, ev.Participants, "دمشق", "%+v", ev)
			}
		})
	}
}
