package naba

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestEventsRoleIsNoSession: دوره written with ه is "his role", which
// folding makes alike with دورة (a session): a role for a body (دوره
// الكبير للحكومة) is no meeting. A session written with ة, or with the
// article and a final ه (الدوره), still is. Sentences written for this
// test.
func TestEventsRoleIsNoSession(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوثمن الأمير دوره الكبير للحكومة في مواجهة الأزمة بالرياض أمس.",
		"عنوان\n\nوقال النائب إن الوزير أدى دوره كاملا للوزارة في بغداد.",
		"عنوان\n\nوأشاد السفير بالمدير الذي أدى دوره في الدعم المقدم للجيش في عمان.",
	} {
		checkNotEvents(t, text, "2021-04-05", "meet")
	}
	for _, text := range []string{
		"عنوان\n\nوعقدت أمس في تونس الدورة الثانية للجنة العليا المشتركة بين البلدين.",
		"عنوان\n\nوعقدت أمس في تونس الدوره الثانية للجنة العليا المشتركة بين البلدين.",
	} {
		evs := eventsOfType(t, text, "2021-04-05", "meet")
		require.Len(t, evs, 1, "%+v", evs)
	}
}
