package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsByAgentNoClause: من قبل before the doer (by armed men, by
// the police) is no time word opening another clause: the place and day
// after it are still the event's. قبل alone (before the vote) still ends
// the window. Sentences written for this test.
func TestEventsByAgentNoClause(t *testing.T) {
	for _, c := range []struct {
		text, typ, place string
	}{
		{"عنوان\n\nوتعرضت قافلة الإغاثة لهجوم من قبل مسلحين ملثمين في بلدة الحصن صباح الاثنين.", "attack", "الحصن"},
		{"عنوان\n\nوجرى اعتقال الناشطين من قبل عناصر الأمن في مدينة السويداء مساء أمس.", "arrest", "السويداء"},
		{"عنوان\n\nوتعرضت الدورية لهجوم من قبل عناصر مجهولة قرب قرية المزرعة فجر الأحد.", "attack", "المزرعة"},
	} {
		evs := eventsOfType(t, c.text, "2019-03-12", c.typ)
		assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
	}
}
