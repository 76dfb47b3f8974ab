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

// TestEventsSignedPastLongAside: a signing verb whose time and place are
// set off by commas in an aside of up to six words (وقعت الدولتان، صباح
// يوم الأحد الماضي في مدينة الحمامات، اتفاقية) is still a signing: its
// agreement is read past the aside, with the sides, the place and the day.
func TestEventsSignedPastLongAside(t *testing.T) {
	for _, c := range []struct{ text, place, time string }{
		{"عنوان\n\nووقعت تونس والجزائر، صباح يوم الأحد الماضي بمدينة طبرقة، مذكرة تفاهم في مجال الطاقة.", "طبرقة", "2021-05-02"},
		{"عنوان\n\nووقعت الأردن ومصر، مساء اليوم الخميس في مدينة العقبة، بروتوكولا للربط الكهربائي.", "العقبة", "2021-05-06"},
	} {
		evs := eventsOfType(t, c.text, "2021-05-06", "agreement")
		if len(evs) > 0 {
			assert.Equal(t, c.place, evs[0].Place, "%s: %+v", c.text, evs)
			assert.Equal(t, c.time, evs[0].Time, "%s: %+v", c.text, evs)
		}
	}
}
