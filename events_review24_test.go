package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsReview24TollCauseKeepsDate: 6662ed6 gave no date told before
// it to an act after بعد أن or بعدما (it came before the clause it
// follows). An attack after a death or an injury is the toll's cause, on
// the toll's day: it keeps the date told before it. Sentences written for
// this test.
func TestEventsReview24TollCauseKeepsDate(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"قتل ثلاثة أشخاص وأصيب عشرة آخرون اليوم الاثنين بعد أن فجر انتحاري نفسه في سوق شعبي وسط بغداد.", "2017-05-01"},
		{"وقتل جنديان مساء أمس بعدما هاجم مسلحون نقطة تفتيش على طريق العريش.", "2017-04-30"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2017-05-01", "attack")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, c.want, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
	// No toll before it: the attack came before the arrest's day.
	for _, e := range eventsOfType(t, "عنوان\n\nواعتقلت الشرطة أمس ثلاثة مسلحين بعدما هاجموا دورية للجيش في الموصل.", "2017-05-01", "attack") {
		assert.Empty(t, e.Time, "%+v", e)
	}
}
