package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsMaghrebiRegionalOfficer: the officers of a Maghrebi union or
// administration below its general secretary (الكاتب الجهوي، الكاتب
// الإقليمي، الكاتب المحلي; المندوب الجهوي، المدير الولائي) are titles:
// the name after the title and its body's long name, set off by commas or
// not, is the speaker, and the regional adjective is no person's name.
// Sentences written for this test.
func TestEventsMaghrebiRegionalOfficer(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"عنوان\n\nوقال الكاتب الإقليمي للجامعة الوطنية للتعليم، عبد الرحيم الزياني، إن الإضراب سيستمر إلى غاية الاستجابة للمطالب.", "عبد الرحيم الزياني"},
		{"عنوان\n\nوأكد الكاتب الجهوي للنقابة الوطنية للصحة محمد الوردي أن الممرضين سيحتجون أمام المستشفى.", "محمد الوردي"},
		{"عنوان\n\nوقال المندوب الجهوي للصحة، أحمد السالمي، إن الوضع الوبائي مستقر.", "أحمد السالمي"},
	} {
		evs := eventsOfType(t, c.text, "2025-11-25", "statement")
		if assert.Len(t, evs, 1, c.text) {
			assert.Equal(t, []string{c.who}, evs[0].Participants, "%s: %+v", c.text, evs)
		}
	}
}
