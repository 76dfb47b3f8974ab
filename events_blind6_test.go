package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSubjectBeforeQad: the pluperfect of a story's background
// (وكان X قد فعل) puts the subject before the particle قد; when a name
// follows the verb too, the name before قد is still the subject and the
// one after it the other side (or the object).
func TestEventsSubjectBeforeQad(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            []string // participants, in any order
	}{
		{"a reception in the pluperfect",
			"عنوان\n\nوكان رئيس الوزراء الإيطالي جوزيبي كونتي قد استقبل الرئيس التونسي الباجي قائد السبسي في روما.",
			"meet", []string{"جوزيبي كونتي", "الباجي قائد السبسي"}},
		{"a meeting, feminine subject",
			"عنوان\n\nوكانت المستشارة الألمانية أنغيلا ميركل قد التقت العاهل المغربي الملك محمد السادس في برلين.",
			"meet", []string{"أنغيلا ميركل", "محمد السادس"}},
		{"a phone call made with a light verb",
			"عنوان\n\nوكان أمير الكويت الشيخ صباح الأحمد قد أجرى اتصالا هاتفيا مع الرئيس اللبناني ميشال عون.",
			"contact", []string{"صباح الأحمد", "ميشال عون"}},
		{"قد without كان",
			"عنوان\n\nوالرئيس الفرنسي إيمانويل ماكرون قد استقبل نظيره اللبناني ميشال عون في باريس.",
			"meet", []string{"إيمانويل ماكرون", "ميشال عون"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			if len(evs) == 0 {
				return
			}
			assert.ElementsMatch(t, tt.want, evs[0].Participants, "%+v", evs)
		})
	}
	// قد before an imperfect is "may": still the verb's own subject
	// after it, and nothing before it to take.
	evs := eventsOfType(t, "عنوان\n\nقد يلتقي وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي مايك بومبيو في هلسنكي.", "2018-06-05", "meet")
	if len(evs) > 0 {
		assert.Contains(t, evs[0].Participants, "سيرغي لافروف", "%+v", evs)
	}
}
