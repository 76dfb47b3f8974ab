package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsReview22MediaRegulator: 1cbbf74 made a body whose name has
// الإعلام no actor of the act it announces (a media cell tells what
// others did). A ministry, an authority or a council of the media governs
// it: what it announces closing or suspending is its own act.
func TestEventsReview22MediaRegulator(t *testing.T) {
	for _, c := range []struct{ text, typ, who string }{
		{"عنوان\n\nوأعلنت هيئة الإعلام والاتصالات تعليق عمل قناة الرافدين لمدة شهر.", "suspend", "هيئة الإعلام والاتصالات"},
		{"عنوان\n\nوأعلن المجلس الأعلى للإعلام وقف بث قناة النهار ثلاثة أيام.", "suspend", "المجلس الأعلى للإعلام"},
	} {
		evs := eventsOfType(t, c.text, "2021-03-04", c.typ)
		require.NotEmpty(t, evs, "%s: %+v", c.text, eventsOf(t, c.text, "2021-03-04"))
		assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs[0])
	}
	// A media cell still only tells (1cbbf74's own case).
	evs := eventsOfType(t, "عنوان\n\nوأعلنت خلية الإعلام الأمني القبض على ثلاثة مطلوبين في المدينة.", "2021-03-04", "arrest")
	for _, e := range evs {
		assert.NotContains(t, e.Participants, "خلية الإعلام الأمني", "%+v", e)
	}
}
