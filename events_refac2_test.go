package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSpeechDateInRelativeClause (refac2): a date right before إن
// dates the speech, but not when it stands in a relative clause about the
// speaker (his visit, his taking office): that clause tells its own time.
// A clause whose verb holds the gathering the speech was given at keeps
// the gathering's day for the speech.
func TestEventsSpeechDateInRelativeClause(t *testing.T) {
	tests := []struct{ name, text, time string }{
		{"the minister's visit in another month",
			"عنوان\n\nوقال وزير الزراعة الذي تفقد الحقول الشمالية في شباط الماضي إن المحصول سيتضاعف.", ""},
		{"the envoys who arrived on another day",
			"عنوان\n\nوقال رئيس الوفد السوداني الذي وصل إلى القاهرة الخميس إن المفاوضات ستستأنف.", ""},
		{"the conference he held that day",
			"عنوان\n\nوقال وزير الزراعة في المؤتمر الذي عقده الأحد إن المحصول سيتضاعف.", "2018-06-03"},
		{"no relative clause",
			"عنوان\n\nوقال وزير الزراعة في مؤتمر صحفي الأحد إن المحصول سيتضاعف.", "2018-06-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			said := eventsWhere(t, eventsOfType(t, tt.text, "2018-06-05", "statement"), "no قال", func(e ev) bool { return e.Trigger == "قال" })
			for _, e := range said {
				assert.Equal(t, tt.time, e.Time, "%+v", e)
			}
		})
	}
}
