package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsTaskNotDone: forming a government one is charged with
// (المكلف بتشكيل حكومة) is the task, as after كلّف, not a body formed;
// a government formed is one.
func TestEventsTaskNotDone(t *testing.T) {
	tests := []struct {
		name, text string
		not        string // a type:trigger that must not be found
	}{
		{"the designated prime minister",
			"عنوان\n\nوعد رئيس الوزراء الأردني الجديد المكلف بتشكيل حكومة جديدة عمر الرزاز، الخميس، بسحب مشروع القانون.", "establish:تشكيل"},
		{"feminine, the government's name after it",
			"عنوان\n\nوقالت الشخصية المكلفة بتشكيل الحكومة العراقية إن التشكيلة جاهزة.", "establish:تشكيل"},
		{"a long subject and the one charged between كلّف and its object",
			"عنوان\n\nكلّف رئيس الجمهورية اللبناني العماد ميشال عون، يوم الخميس، رئيس الوزراء السابق نجيب ميقاتي بتشكيل حكومة جديدة.", "establish:تشكيل"},
		{"the verb's task after a dated subject, present tense",
			"عنوان\n\nيكلف الملك، بحسب مصادر مطلعة، وزير الصحة والسكان الحالي سامي كريم بتشكيل حكومة انتقالية.", "establish:تشكيل"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NotContains(t, triggers(eventsOf(t, tt.text, "2018-06-07")), tt.not)
		})
	}
	assert.Contains(t, triggers(eventsOf(t, "عنوان\n\nوأعلن الرئيس تشكيل حكومة جديدة برئاسة عمر الرزاز.", "2018-06-07")), "establish:تشكيل")
}
