package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsRootWaw: the context checks take و off a word as a
// conjunction (bare, trimWaw), but it is the first letter of وزارة، وزير،
// ولاية، وثيقة، وباء، وقت: a word of their lists that begins with it is
// read whole too.
func TestEventsRootWaw(t *testing.T) {
	for _, tt := range []struct {
		name, text, want, not string
	}{
		{"a ministry dissolved", "وقرر الرئيس حل وزارة الإعلام.", "suspend:حل", ""},
		{"a ministry taken up", "وتولى الشيخ محمد وزارة الخارجية عام 2017.", "appoint:تولى", ""},
		{"a minister's decision", "وأثار قرار وزير الداخلية المصري غضب الأهالي.", "decision:قرار", ""},
		{"a document signed", "ووقع الطرفان وثيقة تعاون في الرياض أمس.", "agreement:وقع", ""},
		{"cases of an epidemic are no injuries", "وسجلت السلطات 15 إصابة بوباء غامض في قرية الحمرا.", "", "injury:إصابة"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, "عنوان\n\n"+tt.text, "2018-03-24")
			trs := triggers(evs)
			if tt.want != "" {
				assert.Contains(t, trs, tt.want, "%+v", evs)
			}
			if tt.not != "" {
				assert.NotContains(t, trs, tt.not, "%+v", evs)
			}
		})
	}
}
