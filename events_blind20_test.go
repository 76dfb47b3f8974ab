package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsDuringToldEvent: an act told "during" a meeting or a visit
// told before it in its sentence (…، قرر خلالها، وقعا خلاله، جرى خلاله
// الاتفاق) takes what that event tells and the act does not: the meeting's
// parties as its own when it names none, the place, and the day, even past
// a date of an aside between them (هي الثانية هذا الشهر).
func TestEventsDuringToldEvent(t *testing.T) {
	for _, c := range []struct{ text, typ, who, place, time string }{
		{"عنوان\n\nوعقد وزير النقل مراد الهاشمي اجتماعا في صفاقس يوم الاثنين مع ممثلي النقابة، تم خلاله الاتفاق على إنهاء الإضراب.", "agreement", "مراد الهاشمي", "صفاقس", "2021-05-03"},
		{"عنوان\n\nوترأست الوزيرة نادية العمري في سوسة أمس جلسة للمجلس الجهوي، هي الثانية هذا الشهر، قررت خلالها تخصيص اعتمادات للطرقات.", "decision", "نادية العمري", "سوسة", "2021-05-05"},
		{"عنوان\n\nوأجرى الوزير حاتم السالمي زيارة إلى بنزرت يوم السبت التقى خلالها الوالي سمير بن سالم.", "meet", "حاتم السالمي", "بنزرت", "2021-05-01"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", c.typ)
		if len(evs) > 0 {
			assert.Contains(t, evs[0].Participants, c.who, "%s: %+v", c.text, evs)
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}
