package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsCourtBeforeHeadlineVerb: a headline tells a verdict subject
// first, in the present (محكمة الجنايات تدين …، محكمة الاستئناف تبرئ …): a
// court that opens the clause makes يدين a conviction, as أدانت المحكمة is
// one; any other subject still condemns. Sentences written for this test.
func TestEventsCourtBeforeHeadlineVerb(t *testing.T) {
	for _, text := range []string{
		"محكمة الجنايات بوهران تدين 7 متهمين في قضية تهريب الوقود",
		"قضية الفساد: محكمة الاستئناف بتيبازة تبرئ الوزير الأسبق من كل التهم",
		"عنوان الخبر\n\nمحكمة سطيف تدين مسؤولين سابقين بالسجن خمس سنوات.",
	} {
		evs := eventsOfType(t, text, "2026-06-24", "trial")
		if assert.NotEmpty(t, evs, text) {
			assert.Contains(t, []string{"تدين", "تبرئ"}, evs[0].Trigger, text)
		}
		checkNotEvents(t, text, "2026-06-24", "statement")
	}
	// Another subject condemns; a court named elsewhere in the clause
	// does not make the verb its ruling.
	for _, text := range []string{
		"وزارة الخارجية الجزائرية تدين الهجوم على السفارة في طرابلس",
		"عنوان الخبر\n\nوقال المحامي أمام المحكمة إن الرابطة الجزائرية لحقوق الإنسان تدين توقيف الناشطين.",
	} {
		eventsOfType(t, text, "2026-06-24", "statement")
		checkNotEvents(t, text, "2026-06-24", "trial")
	}
}
