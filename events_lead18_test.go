package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventsHeadingTakesPlannedStatus: a verbless heading names an event
// with no tense of its own; when the report it heads tells the event to
// come with its date, the one event is planned.
func TestEventsHeadingTakesPlannedStatus(t *testing.T) {
	tests := []struct{ name, text, typ, when string }{
		{"a meeting announced for a coming day",
			"وزيرا خارجية مصر والسودان يبحثان ملف المياه\n\nقال مصدر دبلوماسي إن الوفود وصلت إلى العاصمة المصرية.\nلقاء مصري - سوداني\nوأعلن المتحدث باسم الخارجية أنه سيتم عقد لقاء بين وزير الخارجية المصري سامح شكري ونظيره السوداني إبراهيم غندور في القاهرة يوم الأحد المقبل.",
			"meet", "2017-03-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsWhere(t, eventsOf(t, tt.text, "2017-03-15"), "no dated "+tt.typ, func(e ev) bool { return e.Type == tt.typ && e.Time == tt.when })
			require.Len(t, evs, 1, "%+v", evs)
			assert.Equal(t, "planned", evs[0].Status)
		})
	}
}
