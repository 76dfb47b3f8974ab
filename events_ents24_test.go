package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsSpringNoAppointment: عين that begins a place's name after a
// base or a preposition (قاعدة عين الأسد، في عين الأسد), before a surname
// the lists hold, is the place (the names' reading) and no appointment;
// the verb عيّن before a person stays one. Sentences written for this
// test.
func TestEventsSpringNoAppointment(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nوسقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية غرب العراق فجر اليوم.",
		"عنوان\n\nوهبطت طائرة عسكرية أمريكية في عين الأسد بعد ظهر الأحد.",
	} {
		evs := eventsOf(t, text, "2020-01-12")
		assert.False(t, hasType(evs, "appoint", ""), "%s: %+v", text, evs)
	}
	evs := eventsOf(t, "عنوان\n\nوعين الرئيس السوري بشار الأسد وزيرا جديدا للدفاع أمس.", "2020-01-12")
	assert.True(t, hasType(evs, "appoint", ""), "%+v", evs)
}
