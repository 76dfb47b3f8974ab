package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsVisitedFacilityAfterDayOrCompany: a named facility a visitor
// goes to (a hospital, a port, a plant) is the visit's place when a day
// with no commas (صباح اليوم، أمس) or the ones who went with the visitor,
// set off by commas (، برفقة المحافظ فلان،), stand between the visitor and
// it; the facility takes no part.
func TestEventsVisitedFacilityAfterDayOrCompany(t *testing.T) {
	for _, c := range []struct {
		text, visitor, place string
	}{
		{"وتفقد وزير الصحة الدكتور سامي الحكيم صباح اليوم مستشفى الرازي الجامعي في حي الزهور.", "سامي الحكيم", "مستشفى الرازي"},
		{"وزارت وزيرة النقل هدى الصباغ أمس ميناء طرطوس واطلعت على سير العمل فيه.", "هدى الصباغ", "طرطوس"},
		{"وزار محافظ البصرة أسعد العيداني، برفقة مدير الصحة عباس التميمي، مستشفى الموانئ العام ظهر اليوم.", "أسعد العيداني", "مستشفى الموانئ"},
		{"وتفقد وزير الداخلية خالد النوري، يرافقه والي مدنين سعيد بن زايد، معبر رأس جدير الحدودي.", "خالد النوري", "رأس جدير"},
	} {
		evs := eventsOfType(t, "عنوان\n\n"+c.text, "2025-03-04", "visit")
		if assert.Len(t, evs, 1, "%s: %+v", c.text, evs) {
			assert.Contains(t, evs[0].Participants, c.visitor, "%s: %+v", c.text, evs[0])
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs[0])
			assert.NotContains(t, evs[0].Participants, c.place, "%s: %+v", c.text, evs[0])
		}
	}
}
