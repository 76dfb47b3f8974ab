package naba

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEventsRequesterNoPlace: the country or body after بطلب من، بدعوة
// من، بمبادرة من، بوساطة من asked for, invited to or brokered the event;
// it is not where the event happened (من before a place is otherwise
// "from").
func TestEventsRequesterNoPlace(t *testing.T) {
	tests := []struct{ name, text, typ, notPlace string }{
		{"a session asked for",
			"عنوان\n\nوعقد مجلس الأمن الدولي جلسة مغلقة مساء الخميس بطلب من فرنسا.", "meet", "فرنسا"},
		{"a meeting on an invitation",
			"عنوان\n\nواجتمع وزراء الخارجية العرب في القاهرة الأحد بدعوة من السعودية.", "meet", "السعودية"},
		{"talks brokered",
			"عنوان\n\nوالتقى رئيس الوزراء الإثيوبي آبي أحمد الرئيس الإريتري أسياس أفورقي أمس بوساطة من الإمارات.", "meet", "الإمارات"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range eventsOfType(t, tt.text, "2018-06-05", tt.typ) {
				assert.NotEqual(t, tt.notPlace, e.Place, "%+v", e)
			}
		})
	}
	// من before a place still says where one comes from or where it is.
	evs := eventsOfType(t, "عنوان\n\nوصل وزير الخارجية الإيراني محمد جواد ظريف إلى بيروت أمس قادما من دمشق.", "2018-06-05", "visit")
	assert.Equal(t, "بيروت", evs[0].Place, "%+v", evs)
}

// TestEventsYearForAThing: a year after ل (لعام 2019، لسنة 2019، للعام
// 2020) closing a noun phrase says what year the thing is for (قانون
// المالية لسنة 2019، خطة التنمية لعام 2020): it does not date a meeting
// told beside it. After the event's own noun (الانتخابات البرلمانية لعام
// 2018) it still dates the event.
func TestEventsYearForAThing(t *testing.T) {
	tests := []struct{ name, text, typ, time string }{
		{"a finance bill's year",
			"عنوان\n\nوبحث رئيس الحكومة التونسية يوسف الشاهد مع رئيس البرلمان محمد الناصر مشروع قانون المالية لسنة 2019.", "meet", ""},
		{"a plan's year, the meeting's day elsewhere",
			"عنوان\n\nواجتمع وزير التخطيط العراقي سلمان الجميلي الاثنين بوفد البنك الدولي لمناقشة خطة التنمية الوطنية لعام 2020.", "meet", "2018-06-04"},
		{"the election's own year",
			"عنوان\n\nوتجري الانتخابات البرلمانية لعام 2018 في العراق وسط إجراءات أمنية مشددة.", "election", "2018"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs)
		})
	}
}

// TestEventsBodysOwnMeeting: an event noun with a possessive pronoun
// (في اجتماعه، خلال جلستها) belongs to the sentence's subject; when no
// person is named before it, the organization right after the opening
// verb is that subject and takes part.
func TestEventsBodysOwnMeeting(t *testing.T) {
	tests := []struct{ name, text, body string }{
		{"a cabinet's weekly meeting",
			"عنوان\n\nوقرر مجلس الوزراء الكويتي، في اجتماعه الأسبوعي صباح الاثنين، تمديد العطلة الرسمية.", "مجلس الوزراء الكويتي"},
		{"a parliament's session",
			"عنوان\n\nوأقر مجلس النواب الأردني، خلال جلسته المسائية الثلاثاء، قانون الانتخاب الجديد.", "مجلس النواب الأردني"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-06", "meet")
			assert.Contains(t, evs[0].Participants, tt.body, "%+v", evs)
		})
	}
	// A person named before the noun is its owner, not the body after him.
	evs := eventsOfType(t, "عنوان\n\nوأكد العاهل الأردني الملك عبد الله الثاني خلال لقائه وفد البنك الدولي في عمان أهمية الإصلاح.", "2018-06-06", "meet")
	assert.Contains(t, evs[0].Participants, "عبد الله الثاني", "%+v", evs)
}

// TestEventsPluperfectClauseOfObject: a pluperfect clause (كانوا قد، كان
// قد) about the people an event acts on tells of an earlier event: its
// place and time are not the event's. Right after the event's noun, or
// with a verb saying the event took place, it still dates the event.
func TestEventsPluperfectClauseOfObject(t *testing.T) {
	tests := []struct{ name, text, typ, time, notPlace string }{
		{"freed hostages kidnapped years before",
			"عنوان\n\nوأعلنت الحكومة الليبية، مساء الخميس، الإفراج عن أربعة مهندسين أتراك كانوا قد خطفوا في مدينة أوباري في آذار 2016.", "release", "2018-05-31", "أوباري"},
		{"released detainees arrested last month",
			"عنوان\n\nوأفرجت السلطات المصرية الاثنين عن ثلاثة طلاب كانوا قد أوقفوا في الإسكندرية الشهر الماضي.", "release", "2018-06-04", "الإسكندرية"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOfType(t, tt.text, "2018-06-05", tt.typ)
			assert.Equal(t, tt.time, evs[0].Time, "%+v", evs)
			assert.NotEqual(t, tt.notPlace, evs[0].Place, "%+v", evs)
		})
	}
	evs := eventsOfType(t, "عنوان\n\nوشارك الوزير الأردني أيمن الصفدي في اجتماع كان قد عقد في الدوحة الأحد.", "2018-06-05", "meet")
	assert.Equal(t, "2018-06-03", evs[0].Time, "%+v", evs)
	assert.Equal(t, "الدوحة", evs[0].Place, "%+v", evs)
}
