package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsStatementPlaceInAsideBeforeAnnouncedNoun: a statement whose
// verb takes an event noun as its object (أعلن فلان … تريثه، أعلن … فوز
// فلان) and tells where it was made in an aside set off by commas before
// that object (من القصر الجمهوري في بعبدا، في مؤتمر صحفي عقده في مقر
// الهيئة بضاحية X) was made there, as one whose words follow إن. A place
// head with ب before the name (بضاحية، بحي، بمنطقة، بولاية) sets the
// place as ب on the name does. Sentences written for this test.
func TestEventsStatementPlaceInAsideBeforeAnnouncedNoun(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"عنوان\n\nوأعلن رئيس الحكومة الأردنية هاني الملقي، مساء اليوم الأحد، من قصر الحسينية في عمان، استقالة حكومته.", "عمان"},
		{"عنوان\n\nوأعلن رئيس اللجنة العليا للانتخابات المستشار محمود حسن، في مؤتمر صحفي عقده اليوم في مقر اللجنة بحي الدقي، فوز المرشح أحمد علي بمقعد الدائرة.", "الدقي"},
		{"عنوان\n\nوقال وزير الداخلية في مؤتمر صحفي عقده في مقر الوزارة بضاحية مصر الجديدة إن الأمن مستتب.", "مصر الجديدة"},
	} {
		evs := eventsOfType(t, c.text, "2025-06-01", "statement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
		}
	}
}
