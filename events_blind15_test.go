package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsClosingWorkOrSchools: تعطيل (or عطّل) before what is closed,
// work, schools, classes, offices, is a suspension; before another noun
// (تعطيل المصالح, obstructing) it is none. Sentences written for this test.
func TestEventsClosingWorkOrSchools(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"عنوان\n\nوأعلنت وزارة التربية الأردنية تعطيل الدراسة يوم الخميس بسبب العاصفة.", true},
		{"عنوان\n\nوسيتم تعطيل الدوام الرسمي في الدوائر الحكومية في بيروت غدا.", true},
		{"عنوان\n\nوعطلت المدارس في البصرة ثلاثة أيام بسبب موجة الحر.", true},
		{"عنوان\n\nواتهم النائب الوزير بتعطيل المصالح العامة للمواطنين.", false},
	} {
		evs := eventsOf(t, c.text, "2019-04-10")
		assert.Equal(t, c.want, hasType(evs, "suspend", ""), "%s: %+v", c.text, evs)
	}
}
