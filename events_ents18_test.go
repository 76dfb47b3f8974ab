package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsStudentNoAppeal: طالب "a student" where no verb stands (after
// a preposition or a number, before an indefinite nisba or before في and
// a place of learning) is no appeal, and students a university takes in
// (تستقبل … طالب) are no meeting; the verb طالب بـ stays an appeal.
// Sentences written for this test.
func TestEventsStudentNoAppeal(t *testing.T) {
	for _, text := range []string{
		"عنوان\n\nواحتجزت الشرطة الأردنية طالب في كلية الحقوق بعد شجار داخل الحرم.",
		"عنوان\n\nوأوقفت قوات الأمن التونسية طالب جامعي في صفاقس للاشتباه بنشره الأسئلة.",
		"عنوان\n\nوحصل طالب في جامعة اليرموك على جائزة وزارة التعليم العالي الأردنية.",
	} {
		evs := eventsOf(t, text, "2019-03-12")
		assert.False(t, hasType(evs, "appeal", ""), "%s: %+v", text, evs)
	}
	for _, text := range []string{
		"عنوان\n\nجامعة اليرموك تستقبل 4500 طالب في الفصل الأول",
		"عنوان\n\nوتستقبل جامعة دمشق هذا العام آلاف الطلاب الجدد.",
	} {
		evs := eventsOf(t, text, "2019-03-12")
		assert.False(t, hasType(evs, "meet", ""), "%s: %+v", text, evs)
	}
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوطالب وزير الخارجية الأردني أيمن الصفدي بوقف إطلاق النار فورا.", "أيمن الصفدي"},
		{"عنوان\n\nوطالبت منظمة العفو الدولية في بيانها بالإفراج عن الطلاب المعتقلين.", "منظمة العفو الدولية"},
	} {
		evs := eventsOf(t, c.text, "2019-03-12")
		assert.True(t, hasType(evs, "appeal", c.who), "%s: %+v", c.text, evs)
	}
}
