package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsBareTitleNearestIntroduction: a bare title (الرئيس، الوزير)
// is the person its title introduced nearest before it, not the last one
// the document introduces; الوزير alone is any minister, introduced with
// his portfolio (وزير الخارجية الفرنسي فلان).
func TestEventsBareTitleNearestIntroduction(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"رئيسان يبحثان الأزمة\n\nأكد الرئيس الفرنسي إيمانويل ماكرون دعم بلاده للحوار. واستقبل الرئيس في باريس وفدا من المعارضة.\nوفي موسكو، أكد الرئيس الروسي فلاديمير بوتين رفض بلاده للعقوبات.", "إيمانويل ماكرون"},
		{"وزيران في جولة\n\nأكد وزير الخارجية الفرنسي جان إيف لودريان دعم بلاده للحل. واستقبل الوزير في باريس وفدا من المعارضة.\nوفي موسكو، أكد وزير الخارجية الروسي سيرغي لافروف رفض بلاده للعقوبات.", "جان إيف لودريان"},
		{"وزيران في جولة\n\nأكد وزير الخارجية الفرنسي جان إيف لودريان دعم بلاده للحل.\nوفي موسكو، أكد وزير الخارجية الروسي سيرغي لافروف رفض بلاده للعقوبات. واستقبل الوزير في موسكو وفدا من الحكومة.", "سيرغي لافروف"},
	}
	for _, tt := range tests {
		evs := eventsOfType(t, tt.text, "2018-06-05", "meet")
		if assert.Len(t, evs, 1, tt.text) {
			assert.Equal(t, []string{tt.want}, evs[0].Participants, tt.text)
		}
	}
}
